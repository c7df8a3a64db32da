# Small closed classes of English grammar the clause, quote and speaker
# rules read (internal/nlp: clause.go, quote.go, speaker.go, reported.go).
# The complementizers ("that") are in writing.lex.

# Phrases that name a source before or after what it says ("according to").
[source-phrases]
according to

# Words that modify the subordinator or preposition after them ("almost
# immediately after", "soon after", "even as").
[degree-adverbs]
almost, just, only, even, still, soon, right, long, well, shortly, nearly

# Words before a name that present it as the new topic ("Then there's
# Axelrod."): Lappin and Leass weigh such a name near a subject.
[existential-openers]
there is, there's, there’s, there was, there are, there were, here is, here's, here’s

# Words before a verb's bare form that make an infinitive.
[infinitive-markers]
to

# Cues that name whom something was told before what was told ("told").
[tell-cues]
told

# Conjunctions that, before a complementizer, join a second reported clause
# ("and that …", "but that …").
[joining-conjunctions]
and, but

# Endings of past forms and participles ("reported").
[past-suffixes]
ed

# Endings of present participles ("killing").
[participle-suffixes]
ing

# Endings of adverbs ("reportedly").
[adverb-suffixes]
ly

# Endings of nouns and adjectives: a word ending so after "to" is no verb.
[noun-adjective-suffixes]
tion, ment, ness, ity, ism, ist, ian, ous, ive, ful, less, ics

# Verbs that frame reported speech or belief: what follows them is the
# proposition reported (the cues of speech that are no participle are read
# besides).
[proposition-cues]
revealed, reported, said, says, stated, added, predict, predicted,
speculate, suggest, suggested, believe, believes, warned, claimed,
confirmed, announced, noted, explained, insisted, argued, estimated,
estimate, thinks, think, expects, reports, adding, saying

# The definite article ("the Kremlin").
[definite-articles]
the

# The indefinite articles ("a town", "an island").
[indefinite-articles]
a, an

# The preposition of possession and of names ("Ministry of Defence", "the
# town of Port Ardlow").
[genitive-prepositions]
of

# Prepositions of a place at sea off a coast ("two miles off Cornwall").
[off-prepositions]
off

# Prepositions that make the unknown name after them a place's ("in
# Ardlow", "near Ardlow").
[place-name-prepositions]
in, near

# Words before a role head that make one role of the two ("prime
# minister", "foreign minister").
[role-modifiers]
prime, defense, defence, foreign

# The noun of a country's capital ("the Russian capital").
[capital-nouns]
capital

# The conjunction that adds one more to a list ("Reuters and AP").
[additive-conjunctions]
and

# Conjunctions that join the items of a list ("and", "or").
[list-conjunctions]
and, or

# The forms of "be" before a passive participle ("was quoted", "were told").
[passive-be-forms]
was, were, is, are, been, being

# The finite forms of "be" before a participle ("is reported").
[finite-be-forms]
are, is, was, were

# The singular finite forms of "be" before a passive cue ("X was quoted as
# saying").
[singular-be-forms]
was, is

# Cues of speech whose object, not subject, is the speaker ("People
# quoted him as saying").
[passive-cues]
quoted

# The preposition of a passive's agent ("was asked by X").
[agent-prepositions]
by

# Personal pronouns of one person as subject, which stand for a speaker
# named before ("he", "she").
[personal-subject-pronouns]
he, she

# The pronouns of a man and of a woman, every case: the pronoun resolver
# matches them to a person's gender.
[male-pronouns]
he, him, his, himself

[female-pronouns]
she, her, hers, herself

# The endings of a possessive, with either apostrophe ("Kim's", "Kim’s").
[possessive-endings]
's, ’s

# The same as object ("him", "her").
[personal-object-pronouns]
him, her

# The plural pronoun of a group as subject ("they").
[plural-subject-pronouns]
they

# Participles that cite a source ("citing officials").
[citing-cues]
citing

# Verbs of what a written text says, no speech ("the sign reads").
[inscription-verbs]
read, reads

# Adverbs that make the subordinator after them concessive ("even as").
[concessive-adverbs]
even

# What follows an apostrophe in a contraction of a verb ("she's", "don't",
# "they're").
[contraction-tails]
s, t, re, ll, d, ve, m

# Contraction tails that may be a possessive too ("Trump's").
[ambiguous-contraction-tails]
s

# Demonstratives and expletives that take a contracted verb like a subject
# ("that's", "there's").
[demonstrative-subjects]
that, there

# Verbs after a name that make it the source of a report (prefixes:
# "reported", "reports", "said").
[source-report-verbs]
reported, reports, said

# Words that may open a cited name's phrase and are kept on it ("the
# Times", "his aide").
[name-phrase-openers]
a, the, her, his, their

# Demonstratives that may open a time rather than point back ("This
# morning, …").
[time-demonstratives]
this, these

# Past forms of the stages of a proceeding that do not end in the past
# suffix ("pled").
[stage-irregular-pasts]
pled

# Words before a verb of saying that deny it: "has not indicated that he
# will act", "never said that" report nothing the subject said.
[cue-negations]
not, n't, never, didn't, doesn't, don't, hasn't, haven't, hadn't,
won't, wouldn't, cannot, can't

# Words that open a subject denying its verb: "Neither RIM nor T-Mobile
# has announced …", "No one has said that …", "Nobody told …".
[negative-subjects]
neither, no, none, nobody, nothing

# Words that stand before a determiner inside a noun phrase: "half a
# percentage point", "all the polls", "twice the rate".
[predeterminers]
half, all, both, twice, thrice, such, quite, rather, many, what

# Past participles without the past suffix: after a form of "be" they make
# a passive ("was held on charges of …", "was found guilty of …").
[irregular-participles]
held, found, caught, brought, sought, kept, taken, given, seen, shot,
hit, beaten, sent, told, made, paid, sold, bound, led, left, put, set,
struck, thrown, known, shown, written, driven, stolen, hidden, bitten,
sworn

# Subordinators and relatives that open a clause: the subject of a verb
# after them is never before them ("the speech that Trump gave").
[subject-barriers]
that, which, who, whom, whose, as, when, while, after, before, because,
if, although, though, since, until, where, whether, once, unless

# Pronouns that may fill a verb's subject or object; who they stand for
# is told elsewhere.
[argument-pronouns]
i, you, he, she, it, we, they, me, him, her, us, them, this, these,
those, one, someone, somebody, everyone

# Nouns ending in -s that are never a verb in the present: after a name
# ("the SkyTG24 news channel") they head or modify a noun phrase; no
# subject "news" anything.
[s-nouns]
news, series, species, politics, economics, physics, means, headquarters,
mathematics, ethics, athletics, diabetes, measles, whereabouts

# Modals before a verb of saying that put the saying ahead or in doubt:
# "the defense may argue that …", "she will announce" report nothing
# said ("would", the past of narration, "would later say", is not here).
[unsaid-modals]
may, might, could, should, can, will, shall, must
