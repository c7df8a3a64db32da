# Dutch: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = no

[quote-marks]
„ = ”, “ = ”, ‘ = ’, " = "

[speech-cues]
zei, zeiden, zegt, zeggen, gezegd, verklaarde, verklaart, stelde, stelt, meldde, meldt, benadrukte, benadrukt, liet weten, laat weten, vertelde, vertelt, schreef, schrijft, waarschuwde, waarschuwt, erkende, erkent, bevestigde, bevestigt, reageerde, reageert, antwoordde, voegde toe, aldus

[after-quote-cues]
aldus

[complementizers]
dat

[cue-auxiliaries]
heeft, hebben, had, hadden, ook, al

[pronouns]
hij, zij, ze, wij, we, ik, jij, je, u, men

[determiners]
de, het, een, deze, dit, die, dat, zijn, haar, hun

[person-titles]
premier, minister, president, presidente, woordvoerder, woordvoerster, burgemeester, wethouder, kamerlid, directeur, voorzitter, hoogleraar, professor, dr, drs, mr, ir, prof, koning, koningin, paus, generaal, ambassadeur, officier, rechter, staatssecretaris

[title-abbreviations]
dhr, mevr, mw, dr, drs, mr, ir, prof, ing, st

[other-abbreviations]
enz, etc, bijv, o, a, m, b, t, v, ca, nr, blz

[stop-words]
de, het, een, en, of, maar, want, dus, van, in, op, aan, met, voor, door, bij, naar, uit, over, om, tot, tegen, zonder, onder, na, is, zijn, was, waren, wordt, worden, werd, werden, heeft, hebben, had, hadden, zal, zullen, kan, kunnen, moet, moeten, wil, hij, zij, ze, het, wij, we, ik, u, men, zich, niet, geen, ook, nog, al, wel, zo, als, dan, dat, die, dit, deze, wie, wat, waar, wanneer, hoe, meer, zeer, heel, volgens, aldus, er, hier, daar, haar, hun, zijn, ons

[months]
januari = 1, jan = 1, februari = 2, feb = 2, maart = 3, mrt = 3, april = 4, apr = 4, mei = 5, juni = 6, jun = 6, juli = 7, jul = 7, augustus = 8, aug = 8, september = 9, sep = 9, sept = 9, oktober = 10, okt = 10, november = 11, nov = 11, december = 12, dec = 12

[weekdays]
zondag = 0, maandag = 1, dinsdag = 2, woensdag = 3, donderdag = 4, vrijdag = 5, zaterdag = 6

[relative-days]
eergisteren = -2, gisteren = -1, vandaag = 0, overmorgen = 2

[date-fillers]

[date-order]
numeric = dmy

[number-format]
thousands = dot
decimal = comma

[number-words]
twee = 2, drie = 3, vier = 4, vijf = 5, zes = 6, zeven = 7, acht = 8, negen = 9, tien = 10, elf = 11, twaalf = 12, twintig = 20, dertig = 30, veertig = 40, vijftig = 50, zestig = 60, zeventig = 70, tachtig = 80, negentig = 90, honderd = 100, duizend = 1000, dozijn = 12, tiental = 10

[number-multipliers]
duizend = 1000, miljoen = 1000000, mln = 1000000, miljard = 1000000000, mld = 1000000000, biljoen = 1000000000000

[units-cased]
% = %, procent = %, procentpunt = percentage points, euro = EUR, € = EUR, dollar = USD, $ = USD, kilometer = km, km = km, meter = m, ton = t, kilo = kg, kg = kg, °c = °C, ºc = °C, dag = days, dagen = days, week = weeks, weken = weeks, maand = months, maanden = months, jaar = years, jaren = years

[people-nouns]
mensen, personen, doden, gewonden, slachtoffers, inwoners, soldaten, kinderen, passagiers, migranten, betogers, demonstranten, agenten, werknemers, vluchtelingen, burgers, vermisten, arrestanten

[speaker-particles]

[speaker-boundaries]

[date-markers]

[setting-particles]

[owner-particles]

[common-nouns]

[noun-suffixes]

[unit-fillers]
aan

# Prepositions inside a name between its capitalised words, an article
# after them or not ("Organización de las Naciones Unidas"); before the
# capitalised words that end a phrase they make them a complement, not a
# name ("presidente de Turquía").
[name-connectors]
van, voor
