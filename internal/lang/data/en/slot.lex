# English words that tell slots of values apart, and stages of one
# proceeding that are different happenings.

# Words that set the scope of a count: a part, a sum or an addition of
# its kind. "A total of 923 rounds" (over five operations) is not "300
# rounds" (of one seizure); "20 additional payments" is not "24 equal
# payments".
[slot-scope-words]
total, totals, combined, overall, cumulative, aggregate, altogether, career, season,
seasonal, lifetime, additional, another, extra, further, more, other, remaining, rest,
first, final, last, latest, new, earlier, initial, original, previous, prior,
preliminary, revised, average, averaging, net, gross, annual, monthly, weekly, daily,
yearly, per, each, record, straight, consecutive, own, personal

# Prepositions that open a phrase saying which of its kind a count counts,
# right after the count's noun.
[slot-qualifier-prepositions]
on, in, of, for, with, against, during, at, over, from, off, by, per, since, through, via

# One-word spellings of a qualifying phrase: "crew onboard the aircraft"
# and "crew aboard the aircraft" say what "crew on board the aircraft"
# does.
[slot-closed-compounds]
onboard = on board, aboard = on board

# The word joining a measured noun to the named thing it is part of: "a
# 200-metre section of the Morandi bridge".
[slot-part-of-words]
of

# Words joining the words of a unit: "(250 km per hour)" is a conversion,
# "(9,000 throughout the UK)" is not.
[slot-unit-joiners]
per

# A person's age beside the name (internal/align/age.go): the words
# between the name's comma and the age ("Whitney Houston, aged 48,"),
# and the words after a number that make it an age ("the 30-year-old
# Usain Bolt", "Bolt, 30 years old,").
[slot-age-before]
aged, age

[slot-age-suffixes]
year-old, year old, years old, years-old

# What a person does once (internal/align/personday.go): two outlets'
# days on which one named person died cannot both be right.
[slot-once-verbs]
died, dies

# What befalls a person once, read only in the passive ("was crowned"):
# "Welby crowned", "the gunman killed" tell what someone did, perhaps
# more than once.
[slot-once-passives]
crowned, born, assassinated, executed, killed

# Stages of a proceeding: each is its own happening. An outlet saying
# someone "has been charged" or "pleaded not guilty" does not state that
# he "was convicted"; "faces life in prison" is not "was sentenced".
[slot-stage-words]
arrest = arrest, arrested = arrest, detain = arrest, detained = arrest,
charge = charge, charged = charge, indict = charge, indicted = charge, indictment = charge,
accuse = charge, accused = charge,
arraign = arraign, arraigned = arraign, arraignment = arraign,
plead = plead, pleaded = plead, pled = plead, plea = plead,
try = trial, tried = trial, trial = trial,
convict = convict, convicted = convict, conviction = convict,
acquit = acquit, acquitted = acquit, acquittal = acquit,
sentence = sentence, sentenced = sentence, sentencing = sentence,
appeal = appeal, appealed = appeal,
release = release, released = release, parole = release, paroled = release

# Words between a relative clause's subject and its verb.
[slot-auxiliaries]
had, has, have, would, will, could, did, was, were, is, are, still, already

# Ordinal words and their numbers.
[slot-ordinals]
first = 1, second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6, seventh = 7, eighth = 8,
ninth = 9, tenth = 10, eleventh = 11, twelfth = 12, thirteenth = 13, fourteenth = 14,
fifteenth = 15, sixteenth = 16, seventeenth = 17, eighteenth = 18, nineteenth = 19,
twentieth = 20

# Words that give a figure for each of several, before the figure in its
# clause or right after it: "the two perjury counts each carry a maximum
# prison sentence of five years" is not "a maximum possible sentence of 65
# years".
[slot-distributive-words]
each, apiece, every

# Nouns of a happening over in moments, whose day outlets may give apart:
# "the ice avalanche on Thursday", "an avalanche … killed 12 on Friday".
# A trial, a fire, a war or a storm lasts days, and days of its verbs are
# different steps of it; these do not.
[slot-day-happenings]
avalanche, landslide, mudslide, quake, earthquake, tremor, eruption, explosion, blast,
collapse, crash, collision, derailment, capsizing, sinking, shooting, stabbing,
bombing, massacre, assassination, coup, heist, robbery, stampede, crush, tsunami

# Words before a happening noun that make it one of several: "another
# avalanche on Friday" is not the one of Thursday.
[slot-day-other-happening]
another, second, third, new, further, fresh, more, latest, first, earlier, previous, prior, later, subsequent

# Verbs whose day is no day of the happening they tell of: a step that
# starts or goes on ("the search resumed Friday"), or a count that moves
# ("deaths continued to mount Friday", "the toll climbed Thursday").
[slot-day-step-verbs]
begin, began, begun, start, started, continue, continued, resume, resumed, end, ended,
rise, rose, risen, climb, climbed, mount, mounted, increase, increased, grow, grew, grown,
jump, jumped, surge, surged, reach, reached, top, topped

# The preposition joining a day to the happening noun before it: "the ice
# avalanche on Thursday".
[slot-day-prepositions]
on

# Verbs a happening noun is the subject of on its day, telling what it did
# as it happened: "an avalanche … killed 12 Sherpa guides … on Friday",
# "the quake struck on Sunday". Not what followed ("the crash rattled
# confidence", "the coup prompted sanctions").
[slot-day-happening-verbs]
strike, struck, hit, sweep, swept, bury, buried, kill, killed, injure, injured, wound,
wounded, destroy, destroyed, damage, damaged, flatten, flattened, level, levelled, leveled,
occur, occurred, happen, happened, shake, shook, rock, rocked, engulf, engulfed, trap,
trapped, tear, tore, torn, erupt, erupted, collapse, collapsed

# Verbs that tell a measured quantity moving to another level: "winds of
# 90mph, later dropping to 75 mph", "the toll rose to 10". A value they
# govern is the same quantity at another time, not another quantity; a
# sentence telling one is not one value of it.
[slot-change-verbs]
rise, climb, mount, increase, grow, jump, surge, soar, swell, fall, drop, decline, decrease,
dip, slip, slide, sink, plunge, tumble, shrink, ease, weaken, strengthen, intensify, slow,
diminish, subside, reduce, lower, raise, revise, upgrade, downgrade, risen, fallen, grown, shrunk

# The words before the earlier and the later figure of a change statement
# ("the toll rose from 36 to 41", "revised to 41 from 36"), and the
# adverbs that state a change without a verb of change ("41, up from 36").
[slot-change-from-words]
from

[slot-change-to-words]
to

[slot-change-adverbs]
up, down

# Predicates that say nothing of what a count they govern is of: two
# counts of one noun under them ("55 passengers were", "had 56
# passengers", "the 55 passengers included") are not one figure by the
# predicate alone (countlink.go).
[slot-light-count-verbs]
be, have, say, tell, include, make, get, take, give, do, see, report, add, put, show, leave

# The sides of a vote or a split, said right after a count, with the side
# each names: "20 senators voted against" and "61 voted in favour" count
# the two sides of one vote, not one slot.
[slot-side-words]
against = against, opposed = against, opposing = against, favour = for, favor = for,
for = for, supporting = for, abstained = abstained, abstaining = abstained

# Words that leave a list of names open: "battleground states -- Ohio,
# Florida, Iowa and more" names some and says there are others, so a
# sentence holding them does not give a fact's longer list as closed
# (internal/align/creditodds.go).
[open-list-words]
and more, and others, among others, and elsewhere, including, such as, etc

# Words that open a coordination whose every part is asserted: "has
# replaced the bird logo both on the web and mobile versions" says it of
# the mobile versions too, so a sentence telling only the web version
# does not tell it (internal/align/creditparts.go, internal/brief/citeclaims.go).
[distributive-openers]
both

# Times of day (internal/align/clock.go). The words after a time that say
# which half of the day it is in, with the hours to add.
[slot-clock-halves]
a.m. = 0, a.m = 0, am = 0, p.m. = 12, p.m = 12, pm = 12

# Words before a time of day that make it approximate: "around 3 am",
# "at approximately 2.30 am", "shortly after 5pm", "just before midnight".
[slot-clock-hedges]
about, around, approximately, roughly, nearly, almost, some, shortly, just, circa

# Words after a time of day saying it is the time where the thing happened
# ("at 01:00 local time"). A time with no zone is read so too: news gives
# times in the zone of the place it reports from.
[slot-clock-local]
local time, local

# Words after a time on the 24-hour clock ("died at 22:29 hours").
[slot-clock-hours]
hours, hrs
