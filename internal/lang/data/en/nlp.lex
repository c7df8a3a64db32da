# English words of clauses, names and counts the NLP rules read
# (internal/nlp: clause.go, entity_cues.go, quantity.go).

# Subordinators that open an adjunct clause even without a comma.
[strong-subordinators]
amid, whereas, although, because, while

# Whom a speaker tells, when one word names them ("told reporters").
[listener-words]
reporters, journalists, lawmakers, legislators, parliament, investigators,
officials, police, congress, him, her, them, us, me, you

# Auxiliaries that make a run of words a clause.
[clause-auxiliaries]
is, are, was, were, be, been, has, have, had, will, would, could, can, may,
might, should, must, do, does, did, won't

# Pronouns that open a relative clause.
[relative-pronouns]
who, which, whom, whose

# Coordinating conjunctions.
[coordinators]
and, but, or, yet, so

# Determiners and possessives that open a noun phrase.
[noun-phrase-openers]
his, her, its, their, the, a, an, our

# Words that, after a comma, open a clause of their own: coordinating conjunctions, subordinators and relative pronouns.
[clause-openers]
while, whereas, although, though, because, as, after, before, amid, since,
which, who, where, when, whom, whose, until, unless, if

# Words after a reporting verb that belong to the frame, not to what is reported ("said in a statement").
[reporting-objects]
in, on, at, to, by, during, after, before, with, from

# Common nouns ending in -ing that open no clause.
[ing-nouns]
meeting, briefing, building, morning, evening, something, nothing,
anything, everything, during, including, according, spending, funding,
training, hearing, ceiling, wedding, bombing, shooting, landing, opening,
offering, setting, warning, ruling, feeling, beginning, following,
understanding, reporting, housing, clothing, shipping, fighting, rating

# Words that open a place's name ("Port", "Mount").
[place-prefixes]
port, mount, mt, lake, cape, fort, isle, gulf, strait

# Nouns of places named by a number after them ("Pier 39").
[numbered-places]
pier, berth, dock, terminal, gate, platform, route, highway, interstate,
district, sector, camp, block, ward

# Nouns that say the name before or after them is a place.
[place-nouns]
town, city, village, hamlet, port, harbour, harbor, island, islet, reef,
ledge, shoal, bay, cove, inlet, peninsula, cape, headland, region,
province, county, district, state, country, capital, suburb, neighbourhood,
neighborhood, river, lake, mountain, valley, municipality, commune,
borough, settlement, resort, outpost, enclave

# Nouns after a name that make it a place ("coast", "border").
[place-after-nouns]
coast, coastline, shore, shoreline, border, region, countryside,
hinterland, waterfront, seafront, peninsula, province, county

# Nouns that say the name beside them is an organisation's.
[organisation-nouns]
company, firm, group, charity, agency, organisation, organization, club,
newspaper, broadcaster, bank, party, union, association, federation,
ministry, department, authority, startup, airline, website, outlet,
network, foundation, trust, university, institute, council, conglomerate,
consortium, cooperative, nonprofit

# Words before a name that make it a place ("near").
[place-before-words]
near, outside

# Units of distance before "off" a place.
[distance-words]
miles, mile, kilometres, kilometers, km, metres, meters, yards, feet,
aground, anchored, grounded, sank, capsized, just, lying

# Nouns for people a count counts: they count in "people".
[count-person-nouns]
people, persons, person, crew, crew members, crewmen, crewmembers, sailors,
seafarers, passengers, residents, workers, soldiers, troops, children,
adults, women, men, students, victims, officers, firefighters, fishermen,
employees, staff, patients, tourists, migrants, refugees, civilians,
protesters, demonstrators, miners, pilgrims, survivors, casualties,
fatalities, villagers, climbers, hikers, divers, rescuers, volunteers,
inmates, prisoners, hostages, journalists, doctors, nurses, teachers,
pupils, police officers, policemen, members, individuals, visitors,
spectators, fans, guests, citizens

# Words of counts of casualties.
[casualty-words]
injured, wounded, dead, missing, hurt, killed, hospitalised, hospitalized

# Auxiliaries between a count and its casualty word ("were injured").
[count-auxiliaries]
were, was, are, is, have, had, remain, remained

# Party labels that stand for a member of the party ("the Republican
# told a news conference"): a descriptor, not a name that spoke.
[party-labels]
republican, democrat, democratic, conservative, tory, liberal, socialist,
communist, libertarian

# Source phrases that point back to a source named before ("according to
# the same source"): no name of their own.
[anaphoric-sources]
the same source, the same sources, same source, same sources,
this source, these sources, that source, the same official,
the same officials

# Words of a page's stamps that open a paragraph before its first
# sentence: a live blog's "Update 12:45 ET:", a feed's "date 2016-07-14".
[stamp-words]
update, updated, date, posted, published

# A page's age notice after its number, glued to the first sentence
# ("This article is more than 8 year old" leaving "8 year oldDozens of …").
[age-stamps]
year old, years old, month old, months old, day old, days old
