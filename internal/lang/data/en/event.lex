# English words of events: what the alignment compares facts by.

# Words news reports use for the same thing, folded to one concept (the
# concept, after "=", names the group). Generic reporting vocabulary
# (movement, meetings, speech, violence and disasters, trade), not the
# words of any one story.
[event-paraphrases]
travel = travel, traveled = travel, travels = travel, visit = travel, trip = travel, journey = travel, go = travel, goes = travel, went = travel, gone = travel, head = travel, tour = travel, voyage = travel
leave = depart, left = depart, depart = depart, departure = depart, exit = depart
arrive = arrive, arrival = arrive, reach = arrive
meet = meet, met = meet, meeting = meet, summit = meet, talk = meet, negotiation = meet, negotiate = meet, discuss = meet, discussion = meet, hold = meet, held = meet
say = say, said = say, state = say, statement = say, tell = say, told = say, report = say, announce = say, announcement = say, reveal = say, claim = say, declare = say, note = say
weapon = weapon, arm = weapon, armament = weapon, munition = weapon, ammunition = weapon, arsenal = weapon
shell = shell, projectile = shell, round = shell
missile = missile, rocket = missile
supply = supply, provide = supply, sell = supply, sale = supply, deliver = supply, delivery = supply, shipment = supply, give = supply, gave = supply, transfer = supply, export = supply
buy = acquire, bought = acquire, purchase = acquire, acquire = acquire, obtain = acquire, import = acquire, procure = acquire
die = die, dead = die, death = die, kill = die, fatal = die, fatality = die, toll = die, perish = die
injure = injure, injury = injure, wound = injure, hurt = injure
quake = quake, earthquake = quake, tremor = quake, temblor = quake, seismic = quake
fire = fire, blaze = fire, wildfire = fire, inferno = fire
arrest = arrest, detain = arrest, detention = arrest, custody = arrest, apprehend = arrest,
capture = arrest, catch = arrest, nab = arrest
charge = charge, indict = charge, indictment = charge, accuse = charge
shoot = shoot, shot = shoot, shooting = shoot, gunfire = shoot, gunman = shoot
strike = strike, struck = strike, hit = strike
crash = crash, collide = crash, collision = crash, wreck = crash
ship = vessel, vessel = vessel, boat = vessel, ferry = vessel, tanker = vessel, freighter = vessel
aircraft = aircraft, airplane = aircraft, jet = aircraft, airliner = aircraft
war = war, conflict = war, invasion = war, fighting = war, hostility = war
abroad = abroad, overseas = abroad, foreign = abroad
secret = secret, secretive = secret, covert = secret, clandestine = secret
large = large, huge = large, vast = large, massive = large, big = large, enormous = large
border = border, frontier = border
country = country, nation = country
start = start, begin = start, began = start, begun = start, launch = start, open = start, commence = start
end = end, finish = end, conclude = end, close = end
resign = resign, resignation = resign, quit = resign
win = win, won = win, victory = win, beat = win, defeat = win
endorse = endorse, endorsement = endorse
concede = concede, concession = concede
plan = plan, intend = plan, intention = plan, aim = plan, expect = plan, anticipate = plan
seek = seek, sought = seek, want = seek, desire = seek, keen = seek, eager = seek
nuclear = nuclear, atomic = nuclear, nuclear-powered = nuclear, nuclear-capable = nuclear
technology = technology, tech = technology, know-how = technology
rescue = rescue, save = rescue, evacuate = rescue, evacuation = rescue
flee = flee, fled = flee, escape = flee
hospital = hospital, hospitalized = hospital, clinic = hospital

# Words that state a happening: base verbs and event nouns, and the
# concepts of [event-paraphrases] that are events. A clause's predicates are
# these (by stem or concept), past forms ending in -ed, and the past forms
# of [event-past-forms]. Two sentences state the same fact only when they share
# one, not merely a name, a number or a topic word.
[event-words]
travel, depart, arrive, meet, supply, acquire, die, injure, quake, fire, arrest, charge,
shoot, crash, war, start, end, resign, win, rescue, flee, attend, speak, speech, address
attack, bomb, blast, explode, explosion, erupt, eruption, storm, flood, hurricane, tornado,
kill, murder, massacre, stab, strangle, assault, rape, kidnap, abduct, hijack, hostage,
rob, robbery, steal, theft, heist, loot, burgle, burglary, raid, seize, seizure, capture,
sentence, convict, conviction, acquit, acquittal, jail, imprison, prison, release, free,
parole, plead, plea, sue, lawsuit, trial, testify, verdict, appeal, execute, execution,
fine, ban, bar, suspend, suspension, expel, fire, dismiss, sack, hire, appoint, nominate,
nomination, name, elect, election, vote, ballot, poll, defeat, lose, loss, beat, lead,
sign, signing, agree, agreement, deal, contract, offer, bid, buy, sell, sale, acquisition,
merge, merger, launch, release, unveil, introduce, announce, open, close, shut, cancel,
postpone, delay, host, present, award, honor, marry, wed, wedding, divorce, birth, born,
die, death, funeral, bury, burial, body, found, find, discover, discovery, identify,
search, missing, disappear, disappearance, evacuate, evacuation, collapse, destroy,
damage, burn, blaze, sink, capsize, derail, collide, crash, ground, strand, strike,
hit, shake, tremor, aftershock, injure, wound, hurt, hospitalize, treat, recover, check,
enter, admit, rehab, overdose, cut, sever, disrupt, disruption, outage, restore, repair,
fail, failure, break, leak, spill, protest, riot, clash, fight, battle, invade, invasion,
occupy, withdraw, withdrawal, retreat, surrender, ceasefire, truce, negotiate, talk,
threaten, warn, accuse, deny, condemn, criticize, praise, support, oppose, reject,
approve, pass, veto, block, investigate, investigation, probe, inquiry, indict,
indictment, extradite, deport, escape, pursue, chase, surround, standoff, confront,
replace, succeed, retire, retirement, quit, step, score, play, defend, sack, perform,
record, set, break, crown, top, rank, rise, fall, drop, jump, climb, soar, plunge, grow,
shrink, pay, spend, invest, raise, donate, fund, cost, sentence, serve,
endorse, withhold, concede

# Past forms that do not end in -ed, to their base verb.
[event-past-forms]
hit = hit, struck = strike, shot = shoot, left = leave, went = go, came = come, took = take,
made = make, found = find, lost = lose, won = win, beat = beat, fell = fall, rose = rise,
broke = break, broken = break, caught = catch, fled = flee, fought = fight, held = hold,
met = meet, sent = send, sold = sell, bought = buy, brought = bring, built = build,
chose = choose, drove = drive, flew = fly, gave = give, grew = grow, hid = hide,
knew = know, led = lead, ran = run, sank = sink, sunk = sink, sat = sit, saw = see,
seen = see, shook = shake, spoke = speak, spent = spend, stole = steal, stolen = steal,
stood = stand, swore = swear, threw = throw, thrown = throw, tore = tear, wrote = write,
written = write, sought = seek, began = begin, begun = begin, became = become, blew = blow,
burnt = burn, dug = dig, drew = draw, fed = feed, felt = feel, froze = freeze, got = get,
kept = keep, laid = lay, paid = pay, quit = quit, rode = ride, set = set, shut = shut,
stuck = stick, swept = sweep, swung = swing, taught = teach, withdrew = withdraw,
withdrawn = withdraw, died = die, lied = lie, slain = slay, slew = slay, bled = bleed,
dead = die, born = bear, given = give, taken = take, shaken = shake, driven = drive,
fallen = fall, risen = rise, chosen = choose, frozen = freeze, spoken = speak, hidden = hide,
overtook = overtake, undertook = undertake, upheld = uphold, withheld = withhold,
forbade = forbid, forgave = forgive, mistook = mistake, overran = overrun, hung = hang,
lit = light, shed = shed, spread = spread, cast = cast, put = put, let = let, cut = cut,
hurt = hurt, split = split, upset = upset, bet = bet, read = read, heard = hear, wore = wear,
worn = wear, sang = sing, sung = sing, swam = swim

# Verbs and nouns of saying: they frame who says a fact, they are not it.
[event-frame-verbs]
say, said, says, saying, tell, told, tells, report, reported, reports, reporting, announce,
announced, announces, state, stated, states, statement, claim, claimed, claims, add, added,
adds, confirm, confirmed, confirms, note, noted, notes, explain, explained, write, wrote,
quote, quoted, according, tweet, tweeted, post, posted, comment, update, updated,
publish, published, modified,
commented, insist, insisted, believe, believed, think, thought, describe, described

# Words before a predicate that make it not (yet) a fact: the future,
# modality, intent, plans, conditions. "Will face a confidence vote" and
# "lost the vote" are different facts.
[event-irrealis]
will, would, could, may, might, shall, should, must, can, 'll, to,
plan, plans, planned, planning, intend, intends, intended, aim, aims, aimed,
expect, expects, expected, anticipated, likely, unlikely, scheduled, upcoming, next,
set to, due to, going to, about to, poised, ready, prepared, hope, hopes, hoped,
want, wants, wanted, seek to, seeks to, sought to, try, tries, tried, attempt, attempts,
threaten, threatens, threatened, propose, proposes, proposed, consider, considers,
considering, if, unless, whether, possible, possibly, potential, reportedly planning,
face, faces, facing

# Of those, the words that make a predicate only possible or conditional,
# not planned or expected: "he faces up to 115 years" is told as real,
# "if convicted, he could face up to 115 years" is not.
[event-conditional]
could, would, might, may, if, unless, possibly, potentially

# Words before a predicate that deny it.
[event-negation]
not, n't, never, no, nor, without, neither, denied, denies, deny, failed to, refused to

# Counts that move as a story unfolds: a toll given at different times is
# an update, not a contradiction.
[event-moving-counts]
dead, death, deaths, die, died, killed, kill, toll, fatalities, fatality, casualties,
casualty, victims, victim, injured, injuries, injury, wounded, hurt, missing, bodies, body,
survivors, survivor, rescued, evacuated, evacuees, displaced, homeless, arrested, arrests,
detained, infected, cases, hospitalized, affected, trapped, stranded

# English's moving counts are told apart by reading their predicates, not
# by kind (internal/align/countslot.go).
[event-moving-count-kinds]

# Adverbs after a verb that make another event of it: "checks out" is not
# "checks in", "stepped down" not "stepped".
[event-particles]
out, off, back, down, away, up, over

# Prepositions that say where an event took place.
[event-locatives]
in, at, into, inside, near, outside

# Determiners and possessives: a participle after them describes a thing
# ("his armored train", "the banned missiles"), an -ing form after them is
# a noun ("the meeting").
[event-noun-markers]
a, an, the, his, her, its, their, our, my, your, this, that, these, those, whose

# Forms of "be" that make an -ing form a verb ("is experiencing").
[event-auxiliaries]
is, are, was, were, be, been, being, am, 's, 're

# Light verbs: the event is in what follows them ("were taken to
# hospital", "made an offer", "took place"), so they are no predicate.
[event-light-verbs]
take, make, get, give, put, set, do, have, come, keep, let, bring

# Words of place names that do not tell one place from another: "Betty
# Ford Center" and "Betty Ford Clinic" share "Betty" and "Ford", not
# "Center"; "Gulf of Aden" and "Gulf of Mexico" only "Gulf".
[event-place-generic]
center, centre, clinic, hospital, street, road, avenue, square, city, county, province,
state, region, district, island, islands, bay, gulf, river, lake, mount, mountain, north,
south, east, west, northern, southern, eastern, western, central, new, san, santa, saint,
port, fort, university, college, school, airport, station, hotel, park, beach, valley,
national, international, general, federal, united, great, upper, lower, old, the
