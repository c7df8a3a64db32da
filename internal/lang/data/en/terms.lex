# English function words for the term vectors of summaries (internal/brief)
# and of stories (internal/cluster): one shared list and what each adds.

# Function words: pronouns, determiners, auxiliaries, prepositions and
# conjunctions, which say nothing about a story.
[function-words]
a, about, above, after, again, against, all, also, am, an, and, any, are,
as, at, be, because, been, before, being, below, between, both, but, by,
can, could, did, do, does, doing, down, during, each, few, for, from,
further, had, has, have, having, he, her, here, hers, herself, him,
himself, his, how, i, if, in, into, is, it, its, itself, just, me, more,
most, my, myself, no, nor, not, now, of, off, on, once, only, or, other,
our, ours, ourselves, out, over, own, same, she, should, so, some, such,
than, that, the, their, theirs, them, themselves, then, there, these, they,
this, those, through, to, too, under, until, up, very, was, we, were, what,
when, where, which, while, who, whom, why, will, with, would, you, your,
yours, yourself, yourselves, said, says, say, told, according, per, mr, ms,
mrs, one, two, new, may, might, must, shall

# What the summary's vectors leave out besides: the contractions its
# tokenizer keeps whole.
[summary-stop-words]
it's, that's, there's

# What the story vectors leave out besides: negated auxiliaries as the
# tokenizer cuts them, common verbs and adverbs, time words (stories of
# one day share them) and the pieces of web addresses.
[cluster-stop-words]
aren, cannot, couldn, didn, don, hadn, hasn, haven, isn, let, mustn, ought,
shan, shouldn, wasn, weren, won, wouldn, three, year, last, first, like,
get, got, even, still, yet, since, ago, via, http, https, www, com, org,
net, html, htm, php, aspx, co, uk, monday, tuesday, wednesday, thursday,
friday, saturday, sunday, today, yesterday, tomorrow, week, month

# Nouns of scheduled gatherings that hold other events (a speech at a
# convention, a protest outside a summit), each form to its singular: an
# article whose title or lead sets its happening at one, named, is part of
# it (internal/cluster, occasions.go).
[occasion-nouns]
convention = convention, conventions = convention, debate = debate,
debates = debate, primary = primary, primaries = primary, caucus = caucus,
caucuses = caucus, summit = summit, summits = summit,
conference = conference, conferences = conference, congress = congress,
congresses = congress, rally = rally, rallies = rally, hearing = hearing,
hearings = hearing, forum = forum, forums = forum, festival = festival,
festivals = festival, ceremony = ceremony, ceremonies = ceremony,
inauguration = inauguration, inaugurations = inauguration, games = games,
olympics = olympics, parade = parade, parades = parade, funeral = funeral,
funerals = funeral, trial = trial, trials = trial, election = election,
elections = election, referendum = referendum, referendums = referendum,
assembly = assembly, assemblies = assembly
