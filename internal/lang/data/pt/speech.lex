# Portuguese: quotes and their speakers, dates and numbers, for the rules of
# languages other than English (internal/nlp/multilingual*.go).

[writing]
spaces = yes
capitalised-nouns = no

[quote-marks]
“ = ”, « = », ‘ = ’, " = "

[speech-cues]
disse, afirmou, declarou, explicou, acrescentou, garantiu, destacou, ressaltou, informou, contou, avaliou, defendeu, alertou, comentou, reconheceu, anunciou, salientou, sublinhou, frisou, admitiu, confirmou, respondeu, escreveu, relatou, diz, afirma, explica, garante, destaca, ressalta, avalia, defende, disseram, afirmaram, declararam, segundo, informa, acrescenta, aponta, apontou, conta, alerta, comenta, reconhece, anuncia, salienta, sublinha, admite, confirma, responde, escreve, relata, declara, dizem, afirmam, explicaram, acrescentaram, informaram, destacaram

[after-quote-cues]
segundo

[complementizers]
que

[cue-auxiliaries]
tem, têm, havia, também, já

[pronouns]
ele, ela, eles, elas, eu, nós, você, vocês

[determiners]
o, a, os, as, um, uma, uns, umas, este, esta, esse, essa, seu, sua, seus, suas, do, da, dos, das, no, na

[person-titles]
presidente, ministro, ministra, porta-voz, prefeito, prefeita, deputado, deputada, senador, senadora, secretário, secretária, diretor, diretora, governador, governadora, procurador, procuradora, juiz, juíza, general, professor, professora, doutor, doutora, sr, sra, dr, dra, técnico, treinador, vice-presidente, embaixador, chanceler, papa, rei, rainha, líder

[title-abbreviations]
sr, sra, srta, dr, dra, prof, profa, eng, gen, st, sto, sta

[other-abbreviations]
etc, ex, aprox, nº, pág, av

[stop-words]
o, a, os, as, um, uma, uns, umas, e, ou, mas, nem, de, do, da, dos, das, em, no, na, nos, nas, por, pelo, pela, para, com, sem, sobre, entre, até, desde, contra, é, são, foi, foram, era, eram, ser, estar, está, estão, tem, têm, ter, havia, será, se, seu, sua, seus, suas, lhe, que, quem, cujo, onde, quando, como, mais, menos, muito, também, já, não, sim, este, esta, isso, esse, essa, segundo, após, durante, ele, ela, eles, elas, todo, todos, toda, todas, ao, aos, à, às

[months]
janeiro = 1, jan = 1, fevereiro = 2, fev = 2, março = 3, mar = 3, abril = 4, abr = 4, maio = 5, junho = 6, jun = 6, julho = 7, jul = 7, agosto = 8, ago = 8, setembro = 9, set = 9, outubro = 10, out = 10, novembro = 11, nov = 11, dezembro = 12, dez = 12

[weekdays]
domingo = 0, segunda-feira = 1, segunda = 1, terça-feira = 2, terça = 2, quarta-feira = 3, quarta = 3, quinta-feira = 4, quinta = 4, sexta-feira = 5, sexta = 5, sábado = 6

[relative-days]
anteontem = -2, ontem = -1, hoje = 0, amanhã = 1

[date-fillers]
de

[date-order]
numeric = dmy

[number-format]
thousands = dot
decimal = comma

[number-words]
dois = 2, duas = 2, três = 3, quatro = 4, cinco = 5, seis = 6, sete = 7, oito = 8, nove = 9, dez = 10, onze = 11, doze = 12, vinte = 20, cem = 100, mil = 1000, dezena = 10, dúzia = 12, centena = 100

[number-multipliers]
mil = 1000, milhão = 1000000, milhões = 1000000, mi = 1000000, bilhão = 1000000000, bilhões = 1000000000, bi = 1000000000, trilhão = 1000000000000

[units-cased]
% = %, por cento = %, pontos percentuais = percentage points, reais = BRL, r$ = BRL, euros = EUR, € = EUR, dólares = USD, us$ = USD, quilômetros = km, quilómetros = km, km = km, metros = m, toneladas = t, quilos = kg, kg = kg

[people-nouns]
pessoas, mortos, feridos, vítimas, habitantes, soldados, crianças, passageiros, migrantes, manifestantes, policiais, trabalhadores, refugiados, civis, desaparecidos, presos

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
de, da, do, das, dos
