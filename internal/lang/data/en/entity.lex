# English words the name finder reads (internal/nlp/entity.go).

# Nouns that end a role description ("the Kremlin spokesman").
[role-heads]
president, leader, dictator, minister, spokesman, spokeswoman, 
spokesperson, secretary, adviser, advisor, general, chief, boss, premier, 
chancellor, king, queen, prince, governor, mayor, senator, ambassador, 
director, commander, official, analyst, resident, actress, actor, star, 
rep, representative, lawyer, attorney, judge, head, chairman, ceo, founder, 
coach, officer, strongman, ruler, envoy, diplomat, singer, player, manager, 
captain, colonel, admiral, pope, prosecutor, sheriff, master

# Role heads that name a role only after a modifier: "the harbour master", but "the master permit".
[modified-role-heads]
master

# Reporting verbs that end a backwards walk for a role before a name.
[role-stop-verbs]
said, says, told, tells, stated, added, commented, noted, claimed, warned, 
announced, declared, explained, wrote, asked, replied, insisted, argued, 
confirmed, reported, according, cited, citing

# Words that may stand inside a capitalised name ("Bashar al-Assad", "Ministry of Defence").
[name-connectors]
of, de, da, al, bin, van, von, der, du, la, del

# Prepositions inside an organisation's name after one of its nouns
# ("Federal Agency for Air Transport", "Ministry of Defence").
[organisation-name-prepositions]
of, for

# Words of the calendar that are never a name though capitalised.
[calendar-words]
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, 
february, march, april, may, june, july, august, september, october, 
november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, 
dec, today, yesterday, tomorrow

# Nouns that, just before a name, say it names a ship or boat.
[vessel-nouns]
ship, vessel, carrier, tanker, bulker, freighter, ferry, yacht, trawler, 
liner, tug, tugboat, barge, boat, frigate, destroyer, cruiser, submarine, 
schooner, dredger, steamer, warship, icebreaker, containership

# Last words that make a name an organisation's ("... Council", "... Times").
[organisation-suffixes]
university, council, ministry, agency, department, committee, party, bank, 
group, company, corporation, inc, corp, times, news, post, press, force, 
army, navy, organization, organisation, institute, association, court, 
commission, office, service, federation, union, league, club, network, 
networks, center, centre, police, fund, board, authority, school, college, 
media, journal, tribune, herald, telegraph, guardian, magazine, airlines, 
airways, foundation, hospital, government, line, lines, holdings, shipping, 
logistics, energy, motors, systems, technologies, partners, capital, trust, 
coastguard, guard, survey, society

# Last words that name a company's legal form ("Bayer AG", "Vale S.A."),
# written without dots.
[company-legal-forms]
ag, sa, plc, ltd, llc, inc, gmbh, nv, bv, spa, ab, asa, oyj, kk

# Last words that make a name an event's ("... Summit", "... Games").
[event-suffixes]
forum, summit, games, olympics, cup, war, conference, festival, 
championship, championships, election, elections, awards, pandemic, 
earthquake, hurricane, storm, attack, crisis, revolution

# Last words that make a name a place's ("... River", "... Harbour"). "Hill", "Lane", "Channel" or "Sound" are left out: they end persons' and broadcasters' names as often.
[place-suffixes]
city, county, province, state, river, island, islands, street, square, 
mountains, valley, bay, pier, airport, station, port, cosmodrome, park, 
beach, lake, sea, ocean, region, district, peninsula, avenue, road, bridge, 
coast, strait, desert, village, town, ledge, reef, reefs, shoal, shoals, 
harbour, harbor, cove, inlet, fjord, firth, estuary, gulf, headland, 
lagoon, canal, creek, islet, atoll, isle, glacier, archipelago, straits

# Role heads that name the same position, to one of them: a country's
# "leader", "president", "dictator" and "boss" are one person.
[role-classes]
president = leader, leader = leader, dictator = leader, boss = leader,
chief = leader, strongman = leader, ruler = leader, supreme leader = leader,
head of state = leader, prime minister = pm, premier = pm, pm = pm,
spokeswoman = spokesman, spokesperson = spokesman, spokesman = spokesman,
defence minister = defense minister, defence secretary = defense secretary

# Party initials that open a party-state tag after a politician's name:
# "Sen. Rob Portman (R-Ohio)", "Rep. Tim Ryan, D-OH".
[party-initials-cased]
R, D, I

# The US states' postal codes, news abbreviations and names. After a party
# initial they end a party-state tag; after a place name and a comma they
# make it a "City, ST" place ("Berea, OH", "Berea, Ohio"): never a speaker.
[us-state-codes-cased]
AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA,
ME, MD, MA, MI, MN, MS, MO, MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK,
OR, PA, RI, SC, SD, TN, TX, UT, VT, VA, WA, WV, WI, WY, DC, Ala., Ariz.,
Ark., Calif., Colo., Conn., Del., Fla., Ga., Ill., Ind., Kan., Ky., La.,
Md., Mass., Mich., Minn., Miss., Mo., Mont., Neb., Nev., N.H., N.J.,
N.M., N.Y., N.C., N.D., Okla., Ore., Pa., R.I., S.C., S.D., Tenn., Tex.,
Vt., Va., Wash., W.Va., Wis., Wyo., D.C., Alabama, Alaska, Arizona,
Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia,
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine,
Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri,
Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York,
North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode
Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
Virginia, Washington, West Virginia, Wisconsin, Wyoming
