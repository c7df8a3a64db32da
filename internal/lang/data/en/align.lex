# English words the alignment reads (internal/align): the context of
# values, places and times.

# Words that put a clause about what will or may happen (modal and future auxiliaries, verbs of plans).
[future-words]
will, would, could, may, might, plans, planning, planned, expected,
anticipated, likely, scheduled, upcoming, next, shall, intends, aims

# Words of time around a value (weekdays, parts of day, calendar units, "last", "next"): context that does not tell one slot from another.
[time-context-words]
monday, tuesday, wednesday, thursday, friday, saturday, sunday, night,
morning, evening, afternoon, week, month, year, last, next, this, between,
or

# Words that mark a noun's thing as one before the one the story is about ("previous", "former").
[earlier-words]
previous, prior, preceding, earlier, former

# Determiners and possessives before an event noun.
[event-determiners]
a, an, the, its, their, this, that

# Words of direction before a place ("from", "off", "away").
[direction-words]
from, of, off, away, east, west, north, south, northeast, northwest,
southeast, southwest, outside, beyond

# Words that make a value approximate or limit it ("just", "nearly").
[hedge-words]
just, only, nearly, almost, about, around, roughly, approximately, least

# Nouns of facilities that place an event inside a place ("hospital", "airport").
[facility-words]
hospital, airport, station, university, school, prison, court, hotel,
stadium, church, mosque, temple, market, plant, factory

# Prepositions that tie a count to what holds it ("of", "aboard").
[owner-words]
of, on, aboard, in, at

# Prepositions before the place of a transfer ("in", "against").
[place-prepositions]
in, on, at, of, against, near, into, across, inside

# Verbs whose subject owns the share or result they govern: "Prabowo …
# claimed to have won 62 percent", "He won the election with about 55
# percent" (internal/align/party.go).
[party-result-verbs]
win, wins, won, winning, get, gets, got, getting, secure, secures, secured,
securing, receive, receives, received, receiving, garner, garners, garnered,
garnering, capture, captures, captured, capturing, poll, polls, polled,
polling, claim, claims, claimed, claiming

# Nouns of a result owned by the one they are "for": "a win for Widodo,
# with about 55 percent of the popular vote".
[party-result-nouns]
win, victory, lead, majority, landslide

# Prepositions between a result noun and the party whose it is: "a win
# for Widodo".
[party-prepositions]
for

# Verbs by which a party claims a result for itself: "claimed to have
# won 62 percent" is the party's own account, not a count.
[party-claim-verbs]
claim, claims, claimed, claiming

# Words that write a number or a count of one ("nine", "dozens", "scores"), before any hyphen.
[count-number-names]
one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, 
thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, 
twenty, thirty, forty, fifty, sixty, seventy, eighty, ninety, hundred, 
hundreds, thousand, thousands, million, millions, billion, dozen, dozens, 
half, scores

# Words that end in -our in both spellings ("detour").
[our-words]
detour, detours, contour, contours, devour, devoured, devouring, velour, 
paramour

# Verbs whose l British English doubles before -ed, -ing, -er ("travelled").
[doubled-l-verbs]
travel, cancel, model, label, fuel, signal, level, channel, counsel, dial, 
equal, marshal, pedal, rival, total, tunnel, quarrel, shovel, duel, jewel

# British spellings to American ones that the regular correspondences do not reach.
[spelling-pairs]
defence = defense
offence = offense
licence = license
pretence = pretense
programme = program
programmes = programs
grey = gray
tyre = tire
tyres = tires
kerb = curb
aluminium = aluminum
manoeuvre = maneuver
manoeuvres = maneuvers
judgement = judgment
ageing = aging
cheque = check
plough = plow
sceptical = skeptical
storey = story
whilst = while
amongst = among
ammo = ammunition
covid = covid-19
jewellery = jewelry

# Goods that states trade and news reports on, to their class ("shell = weapon").
[goods-classes]
weapon = weapon
shell = weapon
missile = weapon
artillery = weapon
drone = weapon
tank = weapon
tanks = weapon
drones = weapon
technology = technology
oil = energy
gas = energy
fuel = energy
energy = energy

# Words that govern a transfer, to their class: an intent, a deterrent or an allegation (stems and concepts of the paraphrase groups).
[transfer-predicate-classes]
seek = intent
plan = intent
meet = intent
hope = intent
agree = intent
agreement = intent
deal = intent
persuade = intent
convince = intent
ask = intent
request = intent
try = intent
consider = intent
offer = intent
willing = intent
warn = deterrent
warning = deterrent
urge = deterrent
against = deterrent
sanction = deterrent
mistake = deterrent
condemn = deterrent
ban = deterrent
prohibit = deterrent
violate = deterrent
violation = deterrent
deter = deterrent
threaten = deterrent
concern = deterrent
fear = deterrent
worry = deterrent
oppose = deterrent
prevent = deterrent
stop = deterrent
accuse = allegation
charge = allegation
allege = allegation
allegation = allegation
suspect = allegation

# Endings of British spellings to the American ones after the same stem
# (-our, -ise and -yse, -tre after a consonant, a doubled l).
[spelling-our-folds]
our = or, ours = ors, oured = ored, ouring = oring, ourite = orite,
ourites = orites, ourable = orable, ourer = orer, ourers = orers

[spelling-ise-folds]
isation = ization, ise = ize, ised = ized, ises = izes, ising = izing,
yse = yze, ysed = yzed, ysing = yzing

[spelling-tre-folds]
tre = ter, tres = ters

[spelling-doubled-l-folds]
lled = led, lling = ling, ller = ler, llers = lers

# The letters of vowels (a -tre ending after one is no -ter: "theatre"
# folds, "acre" does not).
[vowel-letters]
a, e, i, o, u

# Words that make a count a bound when they stand just before it ("more
# than 75", "at least 10").
[bound-words]
more, than, least

# The word of a comparison after a scope word ("more than").
[comparison-words]
than

# Determiners and possessives inside the phrase that says what a count
# counts ("of the crew").
[count-phrase-determiners]
the, a, an, his, her, their, its

# Words that open a restrictive relative clause after a count ("the 20
# points that he scored").
[restrictive-relatives]
that, which

# The concept of the verbs of saying (event-paraphrases): who says a fact,
# not the fact.
[speech-concepts]
say

# The preposition of a purpose ("for talks").
[purpose-prepositions]
for

# The ending of a negated auxiliary ("didn't").
[negation-suffixes]
n't

# Subject pronouns of one person or thing before a present form in -s
# ("she leaves").
[singular-subject-pronouns]
he, she, it

# Prepositions a time expression may open with ("on Monday", "in May").
[time-value-prepositions]
on, in

# The preposition of where goods come from ("from Iran").
[source-prepositions]
from

# Words that may stand before a subordinator opening a sentence to measure the time it gives ("three days after", "hours before", "a week since").
[time-measure-words]
a, an, one, two, three, four, five, six, seven, eight, nine, ten, eleven,
twelve, few, several, many, some, minute, minutes, hour, hours, day, days,
week, weeks, month, months, year, years, moments, decades, just, shortly,
soon, only, long, almost, nearly, barely, even, not, less, than, more
