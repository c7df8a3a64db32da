# How English is written, for the classes the rules of other languages
# read (English's own rules are deeper and read its other lists).

[writing]
spaces = yes
capitalised-nouns = no

# Each opening mark and every mark that may close it (English text mixes
# straight and curly marks; „ and « turn up in quoted foreign text). The
# rules of other languages read the first closing mark only.
[quote-marks]
“ = ”", " = "”, ‘ = ’', ' = '’, « = », „ = “”

# Two single marks that plain-text archives write for one double mark
# (the NYT archive's ''He said,''), and the mark they stand for.
[quote-mark-doubles]
'' = ", ’’ = "

[number-format]
thousands = comma
decimal = dot

[date-order]
numeric = mdy

[date-markers]
year = none

[date-fillers]
of, the

# None: English dates are read by the patterns of internal/nlp/timeexpr.go,
# which take "1st" themselves.
[day-ordinal-endings]

[number-words]
one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7,
eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12, twenty = 20,
hundred = 100, dozen = 12

[number-multipliers]
thousand = 1000, million = 1000000, billion = 1000000000, trillion = 1000000000000,
m = 1000000, bn = 1000000000

[units-cased]
people = people, persons = people, percent = %, per cent = %, % = %,
dollars = USD, $ = USD, euros = EUR, € = EUR, pounds = GBP, £ = GBP,
kilometres = km, kilometers = km, km = km

[people-nouns]
people, persons, residents, civilians, soldiers, children, passengers

[complementizers]
that

[after-quote-cues]
according to

[speaker-particles]

# The forms of attribution of other languages' rules; English has rules
# of its own for them.
[as-cue-openers]

[speech-dashes]

[reported-mood-words]

[impersonal-cues]

[naming-cues]


# Words that carry no content: term vectors and titles leave them out.
[stop-words]
a, an, the, and, or, but, of, to, in, on, at, for, with, by, from, as, is,
are, was, were, be, been, being, has, have, had, do, does, did, will, would,
could, should, may, might, can, must, shall, that, this, these, those, it,
its, he, she, they, them, his, her, their, we, our, you, your, i, me, my,
who, whom, which, what, when, where, why, how, not, no, so, than, then,
there, also, into, about, after, before, over, under, up, down, out, if,
while, said, says, say, told, according, more, most, some, any, all, such,
other, own, same, just, even, very, s, t, mr, ms, mrs, would, one, two, new,
via, per, him, us, only, both, each, few, many, much, well, still, yet,
already

[speaker-boundaries]

[setting-particles]

[owner-particles]

[common-nouns]

[noun-suffixes]

[unit-fillers]
of
