# English words for quotes, their speakers and reported speech. The
# classes are documented in ../../classes.go.

# Verbs and phrases that report speech; "said", "told".
[speech-cues]
said, says, say, told, tells, added, adds, stated, states, commented, noted,
notes, claimed, claims, warned, warns, announced, declared, explained, wrote,
writes, asked, replied, insisted, argued, confirmed, reported, read, reads,
quoted, tweeted, posted, continued, recalled, acknowledged, admitted,
stressed, emphasised, emphasized, urged, predicted, predict, speculate,
indicated, indicate, revealed, insists, believes, suggested, suggest, adding,
saying, warning, stating, noting, insisting, arguing, claiming, calling,
describing

# Participles that report speech in a clause hanging off the main verb.
[speech-participles]
adding, saying, warning, stating, noting, insisting, arguing, claiming,
calling, describing

# Cues that name whom it was said to before what was said ("told the Times that").
[listener-cues]
told, tells, assured, informed, reminded, warned, warns

# Cues that take an object and an infinitive that is no statement ("urged residents to leave").
[control-cues]
asked, urged, told, tells, warned, warns, called, ordered, advised,
encouraged, invited, reminded, begged, pressed

# Personal pronouns: they stand for a speaker named elsewhere, never name one.
[pronouns]
i, you, he, she, it, we, they, me, him, her, us, them

# Pronouns that open a clause as its subject.
[subject-pronouns]
he, she, they, it, we, i, you

# Words that open a relative clause.
[relative-words]
who, whom, which, that, whose, where, when

# Words that may open a speaker's noun phrase.
[determiners]
the, a, an, this, that, these, those, some, many, several

# Determiners that open a noun phrase, never a clause (unlike "that").
[phrase-determiners]
the, a, an, this, these, those, some, many, several

# Auxiliaries between a speaker and its cue ("officials have said").
[cue-auxiliaries]
has, have, had, is, are, was, were, be, been, will, would, could, can, may,
might, should, must, did, does, do, also

# Finite verbs that mark a clause rather than an aside.
[finite-words]
is, are, was, were, will, would, has, have, had, could, may, might, can,
should, must, did, does, said, says

# Plural and collective nouns that name a group of speakers.
[group-nouns]
media, officials, sources, authorities, government, military, officers,
police, analysts, intelligence, diplomats, leaders, spokesman, spokeswoman,
ministry, army, press, state, agencies, residents, experts, researchers,
lawmakers, investigators, prosecutors, observers, spokesperson, reports, data

# Prepositions that open a modifier after a noun phrase's head.
[head-prepositions]
of, at, in, from, for, with, on, by, within, inside, near

# Participles that open a clause about a source ("data seen by the Post").
[reduced-relatives]
seen, obtained, reviewed, published, released, cited, quoted, compiled,
provided, familiar, briefed, speaking

# Words between a subject and its verb that are no part of the subject.
[subject-adverbs]
last, next, this, also, already, earlier, later, again, still, yet, now, then,
recently, once, previously, separately, reportedly, himself, herself, itself,
themselves, alone, too

# Words that may follow a sentence-final attribution ("announced in Port Ardlow").
[after-cue-words]
in, on, at, from, to, during, after, before, late, early, last, this,
yesterday, today, tonight, earlier, later, reporters, journalists

# Conjunctions that open a clause of their own inside a sentence.
[clause-conjunctions]
although, though, because, whereas, while, but

# Connectives a pattern may take in before a noun phrase.
[connectives]
although, though, because, since, while, whereas, but, yet

# Capitalised titles that precede a name ("Gov.", "Secretary").
[person-titles]
president, prime, minister, general, gen, brigadier, brig, colonel, col,
lieutenant, lt, sergeant, sgt, captain, capt, major, maj, admiral, adm,
commander, secretary, senator, sen, rep, representative, governor, gov, mayor,
king, queen, prince, princess, pope, chancellor, dr, mr, mrs, ms, prof,
professor, judge, justice, chairman, director, ambassador, premier, sheikh,
emperor, spokesman, spokeswoman, ceo, chief, detective, officer, deputy, vice,
foreign, defense, defence, interior, finance, state, national, security,
adviser, advisor, leader, supreme, sir, dame, lord, lady, saint, father, rev,
bishop, cardinal, coach
