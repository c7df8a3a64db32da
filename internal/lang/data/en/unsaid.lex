# Words that tell a phrase or a clause is no speaker's words or no
# speaker's name (internal/nlp speaker_unsaid.go, reported_unsaid.go).

# Verbs of hearing and seeing: "A witness reports hearing the boy tell
# his mother he wanted to get in the water": the one heard said it, and
# a speaker phrase holding such a verb is a clause, not a name.
[perception-verbs]
hear, hears, heard, hearing, overhear, overhears, overheard, overhearing,
see, sees, saw, seen, seeing, watch, watches, watched, watching

# Cues whose noun-phrase object is the matter explained or defended, not
# words said: "released a video statement explaining his decision to
# withdraw the diplomatic asylum" names what the statement was about.
[topic-object-cues]
explain, explains, explained, explaining, justify, justifies, justified,
justifying, defend, defends, defended, defending, discuss, discusses,
discussed, discussing, outline, outlines, outlined, outlining, detail,
details, detailed, detailing

# Pronouns that open the writer's "as" clause of what the speaker did
# meanwhile: "said the collapse was a “matter of profound regret” as he
# apologised to the company's staff".
[narration-as-subjects]
he, she, they

# Conjunctions of concession that, after an "according to X," set off
# inside a sentence, open the writer's own clause: "88 per cent … had
# never heard of Alibaba last Monday, according to a poll conducted for
# Reuters, though that looks set to change …".
[concession-openers]
though, although

# The word that opens the writer's "as" clause after what was reported
# ("… ” as he apologised").
[narration-as-openers]
as

# The ending of an -ing form, on a word longer than five letters
# ("saying", "posting"; not "king", "thing").
[ing-form-suffix-rules]
ing >5

# Nouns that, heading a phrase set off by a comma after a clause, sum
# that clause up in the writer's words: "the contest had been rigged
# against him, a charge that Colorado Republican leaders strongly
# denied"; "Obama expanded the number that qualify, a move that survived
# court challenges". The phrase is no part of what was said.
[summary-nouns]
move, moves, step, decision, declaration, claim, charge, accusation,
allegation, assertion, result, outcome, practice, acknowledgment,
acknowledgement, admission, announcement, development, reversal, shift,
departure, turnaround, blow, setback, gesture, signal, sign, proportion,
figure, tally, jump, rise, increase, drop, decline, milestone, record,
prospect, possibility, scenario, remark, comment, statement, stance,
position, view, argument, contention, promise, pledge, threat, warning,
concession, rebuke, rebuff, snub, gaffe, jab, swipe, dig, reference,
nod, sentiment, notion, idea, theory, tactic, strategy

# Prepositions that, before "which" after a comma, open the writer's
# relative clause on a noun of what was said: "Clinton's actions in
# Libya are not confined to the Benghazi scandal, in which four
# Americans were killed".
[aside-relative-prepositions]
in, during, at, under, after, through, amid

# The relative pronouns that follow such a preposition.
[aside-relative-pronouns]
which, whom

# Nouns of a rite, a ceremony or an event: quoted words right before one,
# after a determiner, are its name, nobody's words ("the traditional
# “washing of the feet” ritual", "the “Urbi et Orbi” blessing").
[rite-nouns]
ritual, rituals, rite, rites, ceremony, ceremonies, blessing, prayer,
prayers, mass, service, procession, pilgrimage, festival, feast, vigil,
liturgy, sermon, homily, parade, celebration, celebrations, tradition,
custom

# Verbs of holding or taking part in a rite or an event: quoted words
# that are their object, after its article, name it ("The pope
# celebrated the “Missa pro eligendo Romano Pontifice”", "presided over
# the “Way of the Cross”"). Verbs of saying one (recite, sing, chant)
# are left out: their object is words spoken; so are verbs of leading or
# holding, whose object may be a speaker's phrase ("to lead a “big tent”
# Republican Party").
[rite-verbs]
celebrate, celebrates, celebrated, celebrating, perform, performs,
performed, performing, attend, attends, attended, attending, preside,
presides, presided, presiding, observe, observes, observed, observing,
officiate, officiates, officiated, officiating

# Adverbs of time or sequence that open a clause before its subject with
# no comma after them: "Now the defense argues …", "Meanwhile the
# ministry said …". They are no part of the speaker's phrase.
[opening-adverbs]
now, meanwhile, later, instead, then, earlier, also, still, afterwards,
afterward, separately, similarly, likewise, today, yesterday, tonight,
subsequently, previously, initially


# Nouns for a person by the trade or the sport they are known for, with
# which news text calls its subject after naming them ("Roger Federer …
# The tennis player confirmed"), unlike an office that brings in an
# unnamed source ("the prosecutor said").
[epithet-nouns]
player, star, superstar, singer, actor, actress, athlete, champion, legend,
icon, rapper, musician, sprinter, swimmer, boxer, golfer, footballer,
cricketer, gymnast, cyclist, skier, racer, striker, goalkeeper, quarterback

# Words of hindsight or appearance in a relative clause on what was
# said (", which he seemed to recover from", ", which later proved
# false"): the writer judging the words with what came after, not the
# speaker; "judging" opens the writer's own inference (", which judging by
# the earthquake it set off appeared to be its most powerful explosion").
[hindsight-words]
seemed, appeared, proved, later, eventually, ultimately, subsequently,
judging
