# Italian: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = no

[quote-marks]
« = », “ = ”, ‘ = ’, " = "

[speech-cues]
ha detto, ha dichiarato, ha affermato, ha spiegato, ha aggiunto, ha sottolineato, ha commentato, ha annunciato, ha ribadito, ha assicurato, ha precisato, ha osservato, ha ammesso, ha confermato, ha scritto, ha raccontato, ha risposto, ha avvertito, ha denunciato, hanno detto, hanno dichiarato, hanno affermato, hanno spiegato, hanno aggiunto, hanno sottolineato, hanno commentato, hanno annunciato, hanno ribadito, hanno assicurato, hanno precisato, hanno osservato, hanno ammesso, hanno confermato, hanno scritto, hanno raccontato, hanno risposto, hanno avvertito, hanno denunciato, detto, dichiarato, affermato, spiegato, aggiunto, sottolineato, commentato, annunciato, ribadito, assicurato, precisato, osservato, ammesso, confermato, scritto, raccontato, risposto, avvertito, denunciato, dice, afferma, spiega, aggiunge, sottolinea, dichiara, commenta, ribadisce, assicura, precisa, osserva, conferma, racconta, risponde, disse, secondo, dicono, affermano, spiegano, aggiungono, sottolineano, dichiarano, commentano, ribadiscono, assicurano, precisano, osservano, confermano, raccontano, rispondono, scrive, scrivono, annuncia, annunciano, avverte, avvertono, ammette, ammettono, denuncia, denunciano, comunica, comunicano, comunicato, ha comunicato, hanno comunicato

[after-quote-cues]
secondo

[complementizers]
che

[cue-auxiliaries]
ha, hanno, aveva, avevano, anche, già

[pronouns]
lui, lei, loro, io, noi, voi, egli, ella

[determiners]
il, lo, la, i, gli, le, l', l’, un, uno, una, un', questo, questa, quel, quella, suo, sua, suoi, sue, del, della, dei, degli, delle

[person-titles]
presidente, premier, ministro, ministra, portavoce, sindaco, sindaca, deputato, deputata, senatore, senatrice, segretario, segretaria, direttore, direttrice, governatore, procuratore, giudice, generale, professore, professoressa, dottore, dottoressa, sig, sig.ra, dott, prof, on, papa, re, regina, leader, ambasciatore, commissario, assessore

[title-abbreviations]
sig, sigg, sig.ra, dott, dr, prof, on, avv, ing, arch, gen, s, st

[other-abbreviations]
ecc, es, pag, n, art, cfr

[stop-words]
il, lo, la, i, gli, le, l, un, uno, una, e, ed, o, ma, né, di, del, della, dei, degli, delle, a, al, alla, ai, agli, alle, da, dal, dalla, in, nel, nella, nei, con, su, sul, sulla, per, tra, fra, è, sono, era, erano, essere, stato, stata, ha, hanno, aveva, avere, sarà, si, suo, sua, suoi, sue, che, chi, cui, dove, quando, come, più, meno, molto, anche, già, non, sì, questo, questa, quello, quella, secondo, dopo, durante, lui, lei, loro, tutto, tutti, tutta, tutte

[months]
gennaio = 1, gen = 1, febbraio = 2, feb = 2, marzo = 3, mar = 3, aprile = 4, apr = 4, maggio = 5, mag = 5, giugno = 6, giu = 6, luglio = 7, lug = 7, agosto = 8, ago = 8, settembre = 9, set = 9, sett = 9, ottobre = 10, ott = 10, novembre = 11, nov = 11, dicembre = 12, dic = 12

[weekdays]
domenica = 0, lunedì = 1, martedì = 2, mercoledì = 3, giovedì = 4, venerdì = 5, sabato = 6

[relative-days]
ieri = -1, oggi = 0, domani = 1, dopodomani = 2

[date-fillers]

[date-order]
numeric = dmy

[number-format]
thousands = dot
decimal = comma

[number-words]
due = 2, tre = 3, quattro = 4, cinque = 5, sei = 6, sette = 7, otto = 8, nove = 9, dieci = 10, undici = 11, dodici = 12, venti = 20, cento = 100, mille = 1000, decina = 10, dozzina = 12, centinaio = 100

[number-multipliers]
mila = 1000, mille = 1000, milione = 1000000, milioni = 1000000, mln = 1000000, miliardo = 1000000000, miliardi = 1000000000, mld = 1000000000

[units-cased]
% = %, per cento = %, percento = %, punti percentuali = percentage points, euro = EUR, € = EUR, dollari = USD, $ = USD, chilometri = km, km = km, metri = m, tonnellate = t, chili = kg, kg = kg, °c = °C, ºc = °C

[people-nouns]
persone, morti, feriti, vittime, abitanti, soldati, bambini, passeggeri, migranti, manifestanti, poliziotti, lavoratori, rifugiati, civili, dispersi, arrestati

[speaker-particles]

[speaker-boundaries]

[date-markers]

[setting-particles]

[owner-particles]

[common-nouns]

[noun-suffixes]

[unit-fillers]
di

# An attribution inside a quote, set off by dashes ("“… – spiegano gli
# attivisti – …”").
[speech-dashes]
–, —

# Prepositions inside a name between its capitalised words, an article
# after them or not ("Organización de las Naciones Unidas"); before the
# capitalised words that end a phrase they make them a complement, not a
# name ("presidente de Turquía").
[name-connectors]
di, del, della, dei, degli, delle, dello
