# German: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = yes

[quote-marks]
„ = “, » = «, « = », ‚ = ‘, “ = ”, " = "

# Verbs of saying (past and present, and the perfect's participle, which
# ends the clause: "hat … gesagt").
[speech-cues]
sagte, sagten, sagt, sagen, gesagt, erklärte, erklärten, erklärt, betonte,
betonten, betont, sagte dazu, teilte mit, teilte, mitgeteilt, berichtete,
berichtet, meinte, meint, fügte hinzu, ergänzte, ergänzt, warnte, warnt,
kritisierte, kritisiert, forderte, fordert, räumte ein, bestätigte, bestätigt,
versicherte, unterstrich, verkündete, kündigte an, sprach, schrieb, schreibt,
antwortete, erläuterte, hieß es, heißt es

# Cues that only follow a quote: "„…“, so Scholz."
[after-quote-cues]
so

[complementizers]
dass, daß, ob

[speaker-particles]

[speaker-boundaries]

# Auxiliaries between a speaker and a perfect's participle ("hat gesagt").
[cue-auxiliaries]
hat, haben, hatte, hatten, habe, wird, werden, wurde, auch, am, bereits

[pronouns]
er, sie, es, wir, ich, du, ihr, man

[determiners]
der, die, das, den, dem, des, ein, eine, einen, einem, einer, eines, dieser,
diese, dieses, diesen, jener, jene, sein, seine, ihr, ihre, unser, unsere

# Titles and role nouns before a name ("Bundeskanzler Olaf Scholz").
[person-titles]
kanzler, kanzlerin, bundeskanzler, bundeskanzlerin, präsident, präsidentin,
bundespräsident, bundespräsidentin, minister, ministerin, bundesminister,
bundesministerin, außenminister, außenministerin, innenminister,
innenministerin, finanzminister, ministerpräsident, ministerpräsidentin,
sprecher, sprecherin, regierungssprecher, regierungssprecherin,
bürgermeister, bürgermeisterin, oberbürgermeister, chef, chefin, vorsitzende,
vorsitzender, direktor, direktorin, professor, professorin, prof, dr, herr,
frau, abgeordnete, abgeordneter, senator, senatorin, staatssekretär,
polizeisprecher, polizeisprecherin, generalsekretär, papst, könig, königin

[title-abbreviations]
dr, prof, hr, fr, st, nr, bzw, ca, dipl, ing

[other-abbreviations]
z, b, u, a, usw, etc, vgl, evtl, ggf, inkl, jh, mio, mrd, tsd, abs

# Nouns that news writes beside one another often enough to pass for a
# name ("die Polizei Demonstranten …"): never a name's word by themselves.
[common-nouns]
polizei, regierung, bundesregierung, menschen, leute, jahr, jahre, jahren,
prozent, euro, land, länder, stadt, zeit, kinder, frauen, männer, woche,
wochen, monat, monaten, tag, tage, tagen, uhr, millionen, milliarden,
unternehmen, staat, krieg, angriff, angriffe, opfer, tote, toten, verletzte,
soldaten, truppen, behörden, behörde, ministerium, parlament, gericht,
gesetz, partei, parteien, wahl, wahlen, welt, zahl, ende, anfang, seite,
frage, fragen, kritik, polizisten, demonstranten, einsatzkräfte, feuerwehr,
rettungskräfte, experten, bürger, einwohner, nachrichtenagentur, agentur,
medien, berichten, angaben, informationen, montag, dienstag, mittwoch,
donnerstag, freitag, samstag, sonntag

# Endings of German common nouns: a capitalised word ending so is a noun.
[noun-suffixes]
ung, ungen, heit, heiten, keit, keiten, schaft, schaften, tion, tionen, tät,
täten, ismus, nis, nisse, tum, ling, linge, chen, ment, ik, enz, anz, ei

[stop-words]
der, die, das, den, dem, des, ein, eine, einen, einem, einer, eines, und,
oder, aber, doch, in, im, an, am, auf, aus, bei, mit, nach, von, vom, zu, zum,
zur, für, über, unter, vor, hinter, neben, zwischen, durch, gegen, ohne, um,
ist, sind, war, waren, wird, werden, wurde, wurden, hat, haben, hatte,
hatten, sei, seien, kann, können, muss, müssen, soll, sollen, will, wollen,
er, sie, es, wir, ich, ihr, man, sich, nicht, kein, keine, auch, noch, schon,
nur, so, wie, als, wenn, dass, daß, ob, weil, da, dann, denn, dies, diese,
dieser, dieses, sein, seine, ihre, ihren, ihrem, mehr, sehr, sagte, sagt,
laut, nun, jetzt, hier, dort, bereits, etwa, rund, fast, gut, neue, neuen

[months]
januar = 1, jan = 1, jänner = 1, februar = 2, feb = 2, märz = 3, mär = 3,
april = 4, apr = 4, mai = 5, juni = 6, jun = 6, juli = 7, jul = 7, august = 8,
aug = 8, september = 9, sep = 9, sept = 9, oktober = 10, okt = 10,
november = 11, nov = 11, dezember = 12, dez = 12

[weekdays]
sonntag = 0, montag = 1, dienstag = 2, mittwoch = 3, donnerstag = 4,
freitag = 5, samstag = 6, sonnabend = 6

# "morgen" is also "the morning" ("am Morgen"): left out.
[relative-days]
vorgestern = -2, gestern = -1, heute = 0, übermorgen = 2

[date-fillers]

[date-markers]

[date-order]
numeric = dmy

[number-format]
thousands = dot
decimal = comma

[number-words]
zwei = 2, drei = 3, vier = 4, fünf = 5, sechs = 6, sieben = 7, acht = 8,
neun = 9, zehn = 10, elf = 11, zwölf = 12, zwanzig = 20, hundert = 100,
tausend = 1000, dutzend = 12

[number-multipliers]
tausend = 1000, tsd = 1000, million = 1000000, millionen = 1000000,
mio = 1000000, milliarde = 1000000000, milliarden = 1000000000,
mrd = 1000000000, billion = 1000000000000, billionen = 1000000000000

[units-cased]
prozent = %, % = %, prozentpunkte = percentage points, euro = EUR, € = EUR,
dollar = USD, us-dollar = USD, $ = USD, franken = CHF, pfund = GBP,
kilometer = km, km = km, meter = m, tonnen = t, kilogramm = kg, kg = kg

[people-nouns]
menschen, personen, leute, tote, toten, verletzte, verletzten, einwohner,
soldaten, kinder, passagiere, opfer, todesopfer, flüchtlinge, demonstranten,
polizisten, mitarbeiter, beschäftigte, bewohner, besucher, teilnehmer

[unit-fillers]

# "Wie Müller sagte, …": the first clause names the speaker of the rest.
[as-cue-openers]
wie

# "Laut Polizei …", "nach Angaben der Feuerwehr …": the source of the
# sentence, named right after the phrase without a comma.
[source-phrases]
laut, nach angaben, nach informationen, nach worten

# Konjunktiv I (and the Konjunktiv II written where I looks like the
# indicative): the mood that marks reported speech ("er sei", "sie habe").
[reported-mood-words]
sei, seien, sei's, habe, werde, könne, müsse, solle, wolle, dürfe, möge,
gebe, liege, stehe, gehe, komme, bleibe, wisse, wäre, wären, hätte, hätten,
würde, würden, könnten, müssten, sollten

# A clause before its main clause: "Als er ankam, erklärte Müller die
# Lage" is no attribution of "als er ankam".
[subordinators]
als, wenn, weil, nachdem, obwohl, während, bevor, sobald, seit, seitdem,
damit, falls, da, ob, dass, wie, wo

# "Darin heißt es, …": said by nobody the words before name.
[impersonal-cues]
hieß es, heißt es

# What a speaker called a thing, in quote marks after the thing.
[naming-cues]
nannte, nannten, bezeichnete, bezeichneten

# Prepositions inside a name between its capitalised words, an article
# after them or not ("Organización de las Naciones Unidas"); before the
# capitalised words that end a phrase they make them a complement, not a
# name ("presidente de Turquía").
[name-connectors]
für, des, von, vom, zur, zum
