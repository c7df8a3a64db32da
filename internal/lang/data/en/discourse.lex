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

# Words that start a part of a sentence stating a claim of its own: a
# summary sentence's citation must state each part ("One person has been
# arrested, though no injuries have been reported").
[claim-openers]
after, before, because, while, when, though, although, whereas, but,
until, despite, following, amid, since, which, who, whom, whose, where

# Words that, before "to", make what follows an attempt or a plan rather
# than a result: "worked to recover the body" does not state "recovered
# the body"; "was to release a patch" does not state "released".
[attempt-cues]
try, tries, tried, trying, attempt, attempts, attempted, attempting,
seek, seeks, sought, seeking, work, works, worked, working, struggle,
struggles, struggled, struggling, effort, efforts, bid, bids, was, were,
hope, hopes, hoped, hoping, rushed, rushing, scrambled, scrambling

# Forms of "be": before a verb of saying they make it passive ("no
# injuries were reported" states a claim; "police said" names a source).
[be-forms]
be, been, being, is, are, was, were, am
