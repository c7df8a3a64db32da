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
