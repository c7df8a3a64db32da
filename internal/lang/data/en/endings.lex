# Endings of English words, as ordered rules a generic function applies
# (internal/lang/suffix.go). One rule a line:
#
#   ending [>N] [+replacement] [!ending…] [then class…]
#
# The rule fits a word that ends in ending, is longer than N bytes and ends
# in none of the !endings; the ending is replaced (or dropped) and the
# rules after "then" are applied to what is left. "(double)" is any letter
# written twice, one of which goes. The first rule that fits is the only
# one applied.
#
# The stemmers are deliberately crude and each keeps its own strength:
# over-stemming merges words that tell stories or facts apart.

# nlp.Stem: plurals, -ing and -ed, enough to meet "visits", "visited" and
# "visiting" ("stopped" and "stopping" meet "stop", "agreed" "agree").
[stem-suffix-rules]
ies >5 +y
ing >5 then undouble-suffix-rules
ed >4 then final-e-suffix-rules undouble-suffix-rules
ses >4 +s
xes >4 +x
zes >4 +z
s >3 !ss !us
e >4

# A consonant doubled before -ing or -ed goes back to one ("stopp"), but l,
# s and z are doubled in the stem itself ("fall", "pass", "buzz"); else a
# final e goes, so "hoped" and "hoping" meet "hope".
[undouble-suffix-rules]
(double) >3 !ll !ss !zz
e

# The e of a stem before -ed ("agreed" is "agree" + "d").
[final-e-suffix-rules]
e

# The summaries' terms (internal/brief): weaker than Porter's stemmer,
# since names must not merge ("Putin"/"Putins").
[term-stem-suffix-rules]
ing >5
ied >4 +y
ies >4 +y
ed >4
s >3 !ss !us

# The story vectors' terms (internal/cluster): only simple plurals, so that
# "shells" meets "shell" ("crisis", "bus" and "glass" are no plurals).
[cluster-stem-suffix-rules]
ies >4 +y
s >3 !ss !us !is

# A plural noun: "residents", "officials"; not "witness", "campus".
[plural-suffix-rules]
s >3 !ss !us

# A plural naming a group of speakers ("officials", not "press").
[group-plural-suffix-rules]
s !ss

# A plural count noun after a number ("12 containers"), not an adjective
# ("12 famous", "12 dangerous").
[count-noun-plural-suffix-rules]
s >3 !ss !ous

# The y of a stem dropped so that "injured" and "injuries" meet ("injur").
[slot-stem-suffix-rules]
y >4

# The ending of a plural noun, added to or cut from a word to meet its
# singular or plural.
[plural-endings]
s

# The ending of a verb's third person singular present ("checks into
# rehab", "she leaves").
[third-person-endings]
s
