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

# Coordinators that join a second claim when a subject pronoun, a finite
# verb or a determiner follows ("Williams had returned from rehab and had
# been battling depression", "an act of terrorism and an assault on the
# press"): a citation must state that claim too, as it must each item
# of a list a comma joins.
[claim-coordinators]
and

# Words that deny a part of a sentence: a summary sentence's part that
# one denies ("A burning car was found, but not the suspects") is a claim
# of its own, which a cited sentence states only with a denial of its own
# ("the suspects have not been found").
[claim-negations]
not, n't, never, no, nor, neither, none, nobody, nothing, without,
didn't, doesn't, don't, wasn't, weren't, isn't, aren't, hasn't, haven't,
hadn't, won't, wouldn't, can't, cannot, couldn't

# Verbs whose "as" phrase says what their object is or which role their
# subject takes: in "described the shootings as a terrorist attack",
# "denounced the declaration as unconstitutional", "will resign as prime
# minister" that phrase is the claim, so a citation must name it too
# ("described the shootings as one of the darkest days" does not state the
# first, "is resigning as Tory leader" not the last). The phrase runs from
# the marker to the next preposition, conjunction or punctuation.
[as-complement-verbs]
describe, describes, described, describing, denounce, denounces,
denounced, denouncing, condemn, condemns, condemned, condemning, brand,
brands, branded, branding, label, labels, labeled, labelled, labeling,
labelling, hail, hails, hailed, hailing, dismiss, dismisses, dismissed,
dismissing, reject, rejects, rejected, rejecting, criticise, criticises,
criticised, criticising, criticize, criticizes, criticized, criticizing,
characterise, characterised, characterize, characterized, portray,
portrays, portrayed, portraying, regard, regards, regarded, view, views,
viewed, classify, classifies, classified, identify, identifies,
identified, identifying, name, names, named, naming, appoint, appoints,
appointed, elect, elects, elected, re-elected, sworn, confirm, confirms,
confirmed, serve, serves, served, serving, resign, resigns, resigned,
resigning, quit, quits, step, steps, stepped, stepping, remain, remains,
remained, return, returns, returned, nominate, nominates, nominated,
nominating, choose, chooses, chose, chosen, select, selects, selected,
pick, picks, picked

# The marker of such a phrase.
[as-complement-markers]
as

# Superlatives say a thing ranks first, which is the claim of a sentence
# that gives one: "the deadliest fire in California's history" is not
# stated by "the most destructive wildfire" nor by "one of the 20
# deadliest fires". A citation must give each superlative of the summary
# sentence, and not only as one of a set. Written out, since most words
# ending in -est are none ("interest", "forest", "protest", "west").
[superlatives]
best, worst, largest, biggest, greatest, highest, lowest, longest,
shortest, deadliest, bloodiest, costliest, strongest, weakest, fastest,
slowest, earliest, oldest, youngest, richest, poorest, wealthiest,
heaviest, hottest, coldest, warmest, wettest, driest, busiest, smallest,
tallest, closest, farthest, furthest, newest, safest, fewest, hardest,
toughest, widest, deepest, cheapest, darkest, lightest, loudest, worst-hit

# "most" and "least" make a superlative of the word after them when a
# determiner or a possessive stands before them ("the most destructive",
# "California's most destructive"); alone they count ("most of the
# victims").
[superlative-degrees]
most, least

[superlative-determiners]
the, its, their, his, her, our, my, your

# A superlative after "one of the" or "among the" (a count may stand
# between: "one of the 20 deadliest") puts a thing in a set, it does not
# rank it first.
[superlative-set-openers]
one, among

# Words that, before "to", make what follows an attempt or a plan rather
# than a result: "worked to recover the body" does not state "recovered
# the body"; "was to release a patch" does not state "released".
[attempt-cues]
try, tries, tried, trying, attempt, attempts, attempted, attempting,
seek, seeks, sought, seeking, work, works, worked, working, struggle,
struggles, struggled, struggling, effort, efforts, bid, bids, was, were,
hope, hopes, hoped, hoping, rushed, rushing, scrambled, scrambling

# Verbs that ask someone else to act: "scientists urged the secretaries to
# rescind the changes" states a request, not that they were rescinded. Their
# object stands between them and "to" (a few words at most).
[request-cues]
urge, urges, urged, urging, ask, asks, asked, asking, demand, demands,
demanded, demanding, request, requests, requested, requesting, implore,
implores, implored, imploring, petition, petitions, petitioned,
petitioning, press, pressed, pressing, pressure, pressured, pressuring

# The preposition that, after a verb of asking and its object, names the
# thing asked for ("asked Twitter users for logo ideas and ultimately
# chose the X logo"): no words are reported.
[requested-thing-prepositions]
for

# Forms of "be": before a verb of saying they make it passive ("no
# injuries were reported" states a claim; "police said" names a source).
[be-forms]
be, been, being, is, are, was, were, am
