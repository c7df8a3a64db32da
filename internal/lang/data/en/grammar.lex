# Small closed classes of English grammar the clause, quote and speaker
# rules read (internal/nlp: clause.go, quote.go, speaker.go, reported.go).
# The complementizers ("that") are in writing.lex.

# Phrases that name a source before or after what it says ("according to").
[source-phrases]
according to

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
