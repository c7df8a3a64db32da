# Spanish: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = no

[quote-marks]
« = », “ = ”, ‘ = ’, " = "

[speech-cues]
ha dado a conocer, dio a conocer, dieron a conocer, da a conocer, han dado a conocer, dijo, afirmó, aseguró, señaló, explicó, añadió, indicó, declaró, manifestó, sostuvo, agregó, destacó, advirtió, subrayó, comentó, precisó, apuntó, insistió, reconoció, anunció, denunció, expresó, admitió, confirmó, respondió, escribió, relató, dice, afirma, asegura, señala, explica, añade, indica, sostiene, agrega, destaca, advierte, ha dicho, ha afirmado, ha asegurado, ha señalado, ha explicado, ha declarado, ha indicado, ha añadido, ha subrayado, dijeron, afirmaron, aseguraron, señalaron, explicaron, indicaron, según

[after-quote-cues]
según

[complementizers]
que

[cue-auxiliaries]
ha, han, había, habían, también, ya

[pronouns]
él, ella, ellos, ellas, yo, nosotros, usted, ustedes

[determiners]
el, la, los, las, un, una, unos, unas, este, esta, estos, estas, ese, esa, su, sus, del, al

[person-titles]
presidente, presidenta, ministro, ministra, portavoz, alcalde, alcaldesa, diputado, diputada, senador, senadora, secretario, secretaria, director, directora, gobernador, gobernadora, fiscal, juez, jueza, general, profesor, profesora, doctor, doctora, sr, sra, srta, dr, dra, don, doña, canciller, embajador, embajadora, rey, reina, papa, jefe, jefa, líder, vicepresidente, vicepresidenta

[title-abbreviations]
sr, sra, srta, dr, dra, lic, ing, prof, d, dña, sto, sta, gral

[other-abbreviations]
etc, ej, aprox, núm, pág, av, ee, uu, ud, uds

[stop-words]
el, la, los, las, un, una, unos, unas, y, e, o, u, pero, sino, ni, de, del, a, al, en, con, por, para, sin, sobre, entre, hasta, desde, hacia, contra, es, son, fue, fueron, era, eran, ser, estar, está, están, estaba, ha, han, había, habían, haber, será, se, su, sus, lo, le, les, que, quien, quienes, cuyo, donde, cuando, como, más, menos, muy, también, ya, no, sí, este, esta, estos, estas, ese, esa, esos, esas, según, tras, durante, ante, bajo, él, ella, ellos, ellas, todo, todos, toda, todas

[months]
enero = 1, ene = 1, febrero = 2, feb = 2, marzo = 3, mar = 3, abril = 4, abr = 4, mayo = 5, junio = 6, jun = 6, julio = 7, jul = 7, agosto = 8, ago = 8, septiembre = 9, setiembre = 9, sep = 9, sept = 9, octubre = 10, oct = 10, noviembre = 11, nov = 11, diciembre = 12, dic = 12

[weekdays]
domingo = 0, lunes = 1, martes = 2, miércoles = 3, jueves = 4, viernes = 5, sábado = 6

[relative-days]
anteayer = -2, antier = -2, ayer = -1, hoy = 0, pasado mañana = 2

[date-fillers]
de, del

[date-order]
numeric = dmy

[number-format]
thousands = dot
decimal = comma

[number-words]
dos = 2, tres = 3, cuatro = 4, cinco = 5, seis = 6, siete = 7, ocho = 8, nueve = 9, diez = 10, once = 11, doce = 12, veinte = 20, cien = 100, mil = 1000, docena = 12, decena = 10, centenar = 100

[number-multipliers]
mil = 1000, millón = 1000000, millones = 1000000, mdd = 1000000, millardo = 1000000000, millardos = 1000000000, billón = 1000000000000, billones = 1000000000000

[units-cased]
% = %, por ciento = %, puntos porcentuales = percentage points, euros = EUR, € = EUR, dólares = USD, $ = USD, pesos = MXN, kilómetros = km, km = km, metros = m, toneladas = t, kilos = kg, kg = kg

[people-nouns]
personas, muertos, heridos, víctimas, habitantes, soldados, niños, pasajeros, migrantes, manifestantes, policías, trabajadores, refugiados, civiles, fallecidos, desaparecidos, detenidos

[speaker-particles]

[speaker-boundaries]

[date-markers]

[setting-particles]

[owner-particles]

[common-nouns]

[noun-suffixes]

[unit-fillers]
de

# Prepositions inside a name between its capitalised words, an article
# after them or not ("Organización de las Naciones Unidas"); before the
# capitalised words that end a phrase they make them a complement, not a
# name ("presidente de Turquía").
[name-connectors]
de, del
