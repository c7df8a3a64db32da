# French: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = no

[quote-marks]
« = », “ = ”, ‹ = ›, " = "

[speech-cues]
a déclaré, a dit, a affirmé, a expliqué, a ajouté, a indiqué, a souligné, a estimé, a assuré, a précisé, a annoncé, a confié, a insisté, a averti, a reconnu, a martelé, a déploré, a rappelé, a répondu, a lancé, a commenté, a prévenu, a jugé, a écrit, a raconté, a confirmé, a dénoncé, a regretté, a promis, ont déclaré, ont dit, ont affirmé, ont expliqué, ont ajouté, ont indiqué, ont souligné, ont estimé, ont assuré, ont précisé, ont annoncé, ont confié, ont insisté, ont averti, ont reconnu, ont martelé, ont déploré, ont rappelé, ont répondu, ont lancé, ont commenté, ont prévenu, ont jugé, ont écrit, ont raconté, ont confirmé, ont dénoncé, ont regretté, ont promis, avait déclaré, avait dit, avait affirmé, avait expliqué, avait ajouté, avait indiqué, avait souligné, avait estimé, avait assuré, avait précisé, avait annoncé, avait confié, avait insisté, avait averti, avait reconnu, avait martelé, avait déploré, avait rappelé, avait répondu, avait lancé, avait commenté, avait prévenu, avait jugé, avait écrit, avait raconté, avait confirmé, avait dénoncé, avait regretté, avait promis, déclaré, dit, affirmé, expliqué, ajouté, indiqué, souligné, estimé, assuré, précisé, annoncé, confié, insisté, averti, reconnu, martelé, déploré, rappelé, répondu, lancé, commenté, prévenu, jugé, écrit, raconté, confirmé, dénoncé, regretté, promis, déclare, dit, affirme, explique, ajoute, indique, souligne, estime, assure, précise, annonce, confie, insiste, reconnaît, rappelle, répond, lance, juge, écrit, raconte, confirme, dénonce, regrette, selon

[after-quote-cues]
selon

[complementizers]
que, qu'il, qu'elle, qu'ils, qu'elles, qu'on, qu’il, qu’elle, qu’ils, qu’elles, qu’on

[cue-auxiliaries]
a, ont, avait, avaient, aussi, également, encore, déjà

[pronouns]
il, elle, ils, elles, on, je, nous, vous, a-t-il, a-t-elle, ont-ils, ont-elles, a-t-on

[determiners]
le, la, les, l', l’, un, une, des, ce, cet, cette, ces, son, sa, ses, leur, leurs, du

[person-titles]
président, présidente, ministre, premier ministre, première ministre, porte-parole, maire, député, députée, sénateur, sénatrice, secrétaire, directeur, directrice, préfet, préfète, procureur, procureure, général, général, professeur, docteur, m, mme, mlle, me, dr, pr, chef, cheffe, juge, ambassadeur, commissaire, président-directeur

[title-abbreviations]
m, mm, mme, mmes, mlle, dr, pr, me, st, ste, mgr, gén

[other-abbreviations]
etc, cf, env, av, apr, jc, n°, p, vol, éd

[stop-words]
le, la, les, l, un, une, des, du, de, d, et, ou, mais, donc, or, ni, car, à, au, aux, en, dans, par, pour, sur, sous, avec, sans, entre, vers, chez, est, sont, était, étaient, a, ont, avait, été, être, avoir, sera, seront, il, elle, ils, elles, on, je, nous, vous, se, ce, cet, cette, ces, son, sa, ses, leur, leurs, qui, que, qu, dont, où, ne, pas, plus, moins, très, aussi, déjà, encore, tout, tous, toute, toutes, selon, comme, si, y, lui, eux, même, après, avant, depuis, pendant, contre

[months]
janvier = 1, janv = 1, février = 2, févr = 2, fév = 2, mars = 3, avril = 4, avr = 4, mai = 5, juin = 6, juillet = 7, juil = 7, août = 8, septembre = 9, sept = 9, octobre = 10, oct = 10, novembre = 11, nov = 11, décembre = 12, déc = 12

[weekdays]
dimanche = 0, lundi = 1, mardi = 2, mercredi = 3, jeudi = 4, vendredi = 5, samedi = 6

[relative-days]
avant-hier = -2, hier = -1, aujourd'hui = 0, aujourd’hui = 0, demain = 1, après-demain = 2

[date-fillers]

# The ending of a first of the month written as an ordinal ("1er mai").
[day-ordinal-endings]
er

[date-order]
numeric = dmy

[number-format]
thousands = space
decimal = comma

[number-words]
deux = 2, trois = 3, quatre = 4, cinq = 5, six = 6, sept = 7, huit = 8, neuf = 9, dix = 10, onze = 11, douze = 12, vingt = 20, cent = 100, mille = 1000, dizaine = 10, douzaine = 12, centaine = 100

[number-multipliers]
mille = 1000, million = 1000000, millions = 1000000, milliard = 1000000000, milliards = 1000000000, md = 1000000000, mds = 1000000000

[units-cased]
% = %, pour cent = %, pourcent = %, points = percentage points, euros = EUR, euro = EUR, € = EUR, dollars = USD, $ = USD, francs = CHF, livres = GBP, kilomètres = km, km = km, mètres = m, tonnes = t, kg = kg

[people-nouns]
personnes, morts, blessés, victimes, habitants, députés, sénateurs, élus, magistrats, juges, médecins, journalistes, experts, soldats, enfants, passagers, migrants, manifestants, policiers, salariés, employés, réfugiés, civils, élèves, détenus

[speaker-particles]

[speaker-boundaries]

[date-markers]

[setting-particles]

[owner-particles]

[common-nouns]

[noun-suffixes]

[unit-fillers]
de, d', d’

# Prepositions inside a name between its capitalised words, an article
# after them or not ("Organización de las Naciones Unidas"); before the
# capitalised words that end a phrase they make them a complement, not a
# name ("presidente de Turquía").
[name-connectors]
de, du, des
