# Words that make a sentence lean on the ones before it: a summary that
# picks it out of its article loses what it refers to.

# Personal and possessive pronouns: at the head of a sentence they point
# back ("He added…", "Their lawyer said…").
[anaphors]
he, she, it, they, him, her, his, hers, its, their, theirs, them, we, our

[demonstratives]
this, that, these, those, such

# Nouns that, after "the" at the head of a sentence, stand for something
# said before rather than name it ("The move…", "The decision…"): shell
# nouns (Schmid, "English Abstract Nouns as Conceptual Shells", 2000).
[shell-nouns]
move, decision, step, measure, announcement, estimate, figure, figures,
incident, remarks, comments, statement, latter, former, same, episode,
development, claim, claims, news, situation, case, matter, problem, issue

# Connectives that tie a sentence to the previous one.
[connectives]
but, however, meanwhile, still, also, instead, nevertheless, nonetheless,
moreover, furthermore, besides, yet, and, so, then, otherwise, thus,
therefore, hence, likewise, similarly, in addition, as a result,
by contrast, in contrast, at the same time, even so, after that,
since then, despite this, despite that, in turn, as well

# Prepositions that open a scene-setting phrase ("On the quay, anger is
# rising."): with a bare definite noun the place was named before.
[scene-prepositions]
on, at, in, inside, outside, near, along, across, around, behind, beside,
within, among, throughout, from
