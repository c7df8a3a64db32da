# English words for quotes, their speakers and reported speech. The
# classes are documented in ../../classes.go.

# Verbs and phrases that report speech; "said", "told".
[speech-cues]
said, says, say, told, tells, added, adds, stated, commented, noted,
notes, claimed, claims, warned, warns, announced, declared, explained, wrote,
writes, asked, replied, insisted, argued, confirmed, reported, read, reads,
quoted, tweeted, posted, continued, recalled, acknowledged, admitted,
stressed, emphasised, emphasized, urged, predicted, predict, speculate,
indicated, indicate, revealed, insists, believes, suggested, suggest, adding,
saying, warning, stating, noting, insisting, arguing, claiming, calling,
describing,
responded, responds, answered, agreed, agrees, quipped, joked, recounted,
remarked, conceded, countered, cautioned, boasted, complained, lamented,
retorted, rejoined, proclaimed, proclaims, yelled, yells, shouted, shouts,
screamed, screams, chanted, chants

# Participles that report speech in a clause hanging off the main verb.
[speech-participles]
adding, saying, warning, stating, noting, insisting, arguing, claiming,
calling, describing, telling, alleging

# Cues that name whom it was said to before what was said ("told the Times that").
[listener-cues]
tell, told, tells, telling, assured, informed, reminded, warned, warns, warning

# Words in -ing that open a phrase of the clause before them after a
# comma ("…, including Ohio and Texas"), not an adjunct of the writer's
# ("…, raising questions about …").
[participle-prepositions]
including, excluding, according, regarding, concerning, following, pending,
during, notwithstanding, considering, barring, involving, seeing, assuming,
nothing, something, anything, everything

# Cues of saying whose plain noun-phrase object is whom it was said to,
# never what ("told the court in his closing argument", "tells the
# story"): what follows them is said only when it is a clause. Other
# cues keep a noun phrase as what was said ("announced his running
# mate", "noted the clot's existence"), as PolNeAR's annotators and the
# seeds' do ("The Kremlin announced Putin's arrival"); of the judged
# "announced" phrases of the spent rounds 6 were taken and 2 not.
[object-cues]
told, tells, tell

# Cues that take an object and an infinitive that is no statement ("urged residents to leave").
[control-cues]
asked, urged, told, tells, telling, warned, warns, called, ordered, advised,
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

# Relative words that open a clause on a noun of a person or a thing
# ("the socialist who defeated Bolsonaro", "the party which won"): a name
# inside such a clause, with no comma to close it before the cue, is no
# subject of the cue.
[subject-relative-words]
who, whom, whose, which

# Words that may open a speaker's noun phrase.
[determiners]
the, a, an, this, that, these, those, some, many, several, another

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
of, at, in, from, for, with, on, by, within, inside, near, outside, behind,
beside

# Prepositions whose noun phrase is their object, not a cue's subject
# ("acquaintances of the former player said", "reached by CNN").
[object-prepositions]
of, by, to, from, for, with, about, against, among, between, toward,
towards, at, in, on, over, under, near, without

# Prepositions that open an absolute phrase: "with the leader saying".
[absolute-prepositions]
with, without

# Relative pronouns that stand as their clause's subject: "Hart, who
# chairs the board, said".
[relative-subjects]
who, which

# Coordinators that join a clause with a subject of its own, which a
# participle after it then hangs off: "…, but Suri disallowed it,
# saying …".
[contrast-coordinators]
but, yet, while, whereas

# Participles that open a clause about a source ("data seen by the Post").
[reduced-relatives]
seen, obtained, reviewed, published, released, cited, quoted, compiled,
provided, familiar, briefed, speaking, taken, conducted, submitted, filed

# Words between a subject and its verb that are no part of the subject.
[subject-adverbs]
last, next, this, also, already, earlier, later, again, still, yet, now, then,
recently, once, previously, separately, reportedly, himself, herself, itself,
themselves, alone, too, afterwards, afterward, further

# Words that may follow a sentence-final attribution ("announced in Port Ardlow").
[after-cue-words]
in, on, at, from, to, during, after, before, late, early, last, this,
yesterday, today, tonight, earlier, later, reporters, journalists

# Conjunctions that open a clause of their own inside a sentence.
[clause-conjunctions]
although, though, because, whereas, while, but

# Connectives a pattern may take in before a noun phrase.
[phrase-connectives]
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

# Verbs of saying whose complement is what was said, as a clause ("said
# that …", "told reporters …"), in all their forms; "according" for
# "according to". Reported beliefs ("thinks"), evidence ("shows") and verbs
# that take a person or a thing ("praised", "called", "urged") are not here.
[report-verbs]
say, says, said, saying, tell, tells, told, telling, add, adds, added, adding,
note, notes, noted, noting, claim, claims, claimed, claiming, argue, argues,
argued, arguing, announce, announces, announced, announcing, explain, explains,
explained, explaining, write, writes, wrote, writing, written, insist, insists,
insisted, insisting, warn, warns, warned, warning, report, reports, reported,
reporting, acknowledge, acknowledges, acknowledged, acknowledging, admit,
admits, admitted, admitting, confirm, confirms, confirmed, confirming, state,
states, stated, stating, declare, declares, declared, declaring, suggest,
suggests, suggested, suggesting, predict, predicts, predicted, predicting,
stress, stresses, stressed, stressing, emphasize, emphasizes, emphasized,
emphasizing, emphasise, emphasises, emphasised, emphasising, reply, replies,
replied, replying, respond, responds, responded, responding, tweet, tweets,
tweeted, tweeting, post, posts, posted, posting, assert, asserts, asserted,
asserting, contend, contends, contended, contending, maintain, maintains,
maintained, maintaining, allege, alleges, alleged, alleging, complain,
complains, complained, complaining, concede, concedes, conceded, conceding,
recall, recalls, recalled, recalling, reiterate, reiterates, reiterated,
reiterating, testify, testifies, testified, testifying, promise, promises,
promised, promising, vow, vows, vowed, vowing, pledge, pledges, pledged,
pledging, reveal, reveals, revealed, revealing, disclose, discloses,
disclosed, disclosing, mention, mentions, mentioned, mentioning, remark,
remarks, remarked, remarking, observe, observes, observed, observing, boast,
boasts, boasted, boasting, deny, denies, denied, denying, answer, answers,
answered, answering, concluded, concludes, according

# Nouns that can head the phrase naming a speaker who is not named:
# people by their role, groups, organisations, and the documents that
# speak for them ("the statement said"). A phrase headed by any other noun
# ("a belief in God", "many false market rallies") is no speaker.
[speaker-nouns]
official, officials, spokesman, spokeswoman, spokesperson, spokespeople,
source, sources, aide, aides, adviser, advisers, advisor, advisors, analyst,
analysts, expert, experts, economist, economists, strategist, strategists,
researcher, researchers, scientist, scientists, observer, observers, critic,
critics, supporter, supporters, opponent, opponents, voter, voters, resident,
residents, witness, witnesses, leader, leaders, lawmaker, lawmakers,
legislator, legislators, senator, senators, president, minister, ministers,
secretary, governor, mayor, chairman, chairwoman, chair, director, chief,
executive, executives, manager, managers, owner, owners, founder, member,
members, delegate, delegates, diplomat, diplomats, envoy, ambassador, judge,
judges, prosecutor, prosecutors, lawyer, lawyers, attorney, attorneys,
investigator, investigators, detective, officer, officers, police, commander,
commanders, general, generals, military, army, navy, troops, soldier,
soldiers, doctor, doctors, teacher, teachers, student, students, worker,
workers, employee, employees, activist, activists, protester, protesters,
campaigner, campaigners, candidate, candidates, nominee, organizer,
organizers, organiser, organisers, pollster, pollsters, historian, historians,
professor, professors, author, authors, writer, writers, reporter, reporters,
journalist, journalists, columnist, columnists, editor, editors, host, anchor,
people, person, man, woman, men, women, father, mother, son, daughter, wife,
husband, family, families, friend, friends, neighbor, neighbors, neighbour,
neighbours, fan, fans, republicans, democrats, conservatives, liberals,
progressives, government, administration, authorities, ministry, department,
agency, agencies, office, committee, commission, council, board, court,
congress, parliament, senate, house, party, campaign, company, companies,
firm, group, groups, organization, organisation, union, unions, association,
coalition, team, staff, media, press, newspaper, network, outlet, website,
intelligence, diplomats, statement, statements, report, reports, poll, polls,
survey, surveys, study, studies, letter, memo, filing, documents, data,
release, announcement, information, notice, bulletin, foundation, institute,
center, centre, university, corporation, bank, fund, network, caucus,
pilot, pilots, captain, crew, passenger, passengers, survivor, survivors,
victim, victims, farmer, fishermen, fisherman, nurse, nurses, patient, patients,
sheriff, coroner, head, boss, ceo, coach, player, players, athletes,
defense, defence, prosecution, natives, citizen, citizens,
villager, villagers, local, locals, parent, parents, child, children,
teenager, teenagers, boy, boys, girl, girls, insider, insiders, ally, allies,
rival, rivals, colleague, colleagues, partner, partners, relative, relatives,
brother, sister, uncle, aunt, cousin, widow, tenant, tenants, landlord,
customer, customers, shopper, shoppers, investor, investors, banker, bankers,
agent, agents, negotiator, negotiators, mediator, monitors, inspector,
inspectors, regulator, regulators, watchdog, rebel, rebels, militant,
militants, fighters, gunman, gunmen, attacker, attackers, suspect, suspects,
defendant, defendants, plaintiff, plaintiffs, juror, jurors, priest, imam,
rabbi, pastor, bishop, pope, cleric, clerics, king, queen, prince, princess,
premier, chancellor, deputy, staffer, staffers, volunteer, volunteers,
demonstrator, demonstrators, tourist, tourists, visitor, visitors,
eyewitness, eyewitnesses, rescuer, rescuers, firefighter, firefighters,
paramedic, paramedics, medic, medics, trooper, troopers, marine, marines,
sailor, sailors, diver, divers, guard, guards, surgeon, physician, academic,
academics, scholar, scholars, counsel, lobby, ministry, secretariat, police,
results, tally, count, article, filings, records, figures, estimates,
estimate, analysis, projections, projection, transcript, transcripts, audit,
findings, census, forecast, forecasts, average, averages, index, email,
emails

# Speaker nouns for things that report findings but utter no words: a
# poll is the source of what it found, never of words in quotation marks.
[wordless-sources]
poll, polls, polling, survey, surveys, data, results, tally, count, figures,
estimates, estimate, projections, projection, census, forecast, forecasts,
average, averages, index, study, studies, findings, analysis, records,
audit, numbers, statistics

# Nouns for counts and samplings that name nobody: "according to
# unofficial results", "exit polls in Ukraine indicate" credit no one
# unless their phrase names who made them ("a poll by Gallup"; "reports",
# which the seeds annotate as a source phrase, is left to the speaker
# nouns).
[nameless-sources]
results, returns, poll, polls, survey, surveys, figures, estimates,
projections, tally, statistics

# Cues whose object is always the one told, never a speaker put after the
# cue: "“…,” the athlete told the host" (but "“…,” warned Clinton").
[telling-cues]
tell, tells, told, telling, informed, informs, assured, assures, reminded,
reminds

# Words before a name that make it the one talked to, not another
# speaker: "said in an interview with CNBC", "told the host".
[interview-frames]
interview with, interview on, interview to, told, tells, telling, speaking to,
speaking with, talking to, talking with, spoke to, spoke with, statement to,
said to

# Determiners that deny their noun: in "with no reported survivors" the
# participle describes the survivors, nobody reports anything.
[negating-determiners]
no

# Speaker nouns for what carries an organisation's or a person's words:
# "the statement said" names no speaker; "OpenAI's statement", "a
# statement released by the company" name the issuer, who is the speaker.
# A report is news's own source ("according to reports") and stays one.
[document-nouns]
statement, statements, letter, letters, memo, memos,
filing, filings, documents, document, release, releases, announcement,
announcements, information, notice, bulletin, transcript, transcripts, email,
emails, article, articles, post, posts, tweet, tweets, message, messages

# Words that tie a document to its issuer after it: "a statement from the
# White House", "a letter signed by", "released by the company".
[issuer-prepositions]
from, by

# Words after which a name says who made a count or a sampling ("a poll
# by Gallup", "results of the commission"); after other prepositions it
# says where or when ("exit polls in Ukraine").
[maker-prepositions]
by, from, of

# Endings of nouns for people by what they do (engineers, salvors,
# analysts, historians, residents): such a noun can head a speaker phrase.
[agent-suffixes]
er, ers, or, ors, ist, ists, ian, ians, ants, ents

# Words that stand for people named elsewhere or for nobody in particular:
# "another said", "the former said", "others said" name no speaker, though
# some end like an agent noun.
[pronoun-like-words]
another, other, others, former, latter, either, neither, whoever, one, ones,
some, many, few, several, both, each, all, none, someone, somebody, anyone,
anybody, everyone, everybody, nobody

# Words tying an unnamed source to a named person: "a person close to the
# Clintons", "an aide to Mr. Barlow", "a source familiar with his
# thinking" are the source, not the person.
[source-relations]
to, for, of, with, close to, familiar with, near, around, briefed on,
knowledgeable about, loyal to, allied with, working for, inside

# Cues of two words for a reply; the first word alone is no cue ("fired a
# staffer", "shot a video").
[reply-cues]
fired back, shot back, hit back, struck back, pushed back, snapped back,
punched back, swung back, lashed back, wrote back

# Verbs that give a thing a name: the quoted name after them is the
# namer's word ("what critics call “voodoo economics”", "the so-called
# “death tax”"), not the word of the sentence's other speaker.
[naming-verbs]
call, calls, called, calling, dub, dubs, dubbed, term, terms, termed, label,
labels, labeled, labelled, brand, brands, branded, nickname, nicknamed, coin,
coined, so-called

# Participles that give the noun before them a name others use, in a
# phrase of their own ("a double amputee known for his prostheses as the
# “blade runner”", "the ship, dubbed “…”"): the quoted name is theirs,
# not the word of the sentence's subject.
[name-participles]
known, dubbed, nicknamed, billed, styled, termed, labeled, labelled, branded,
called, referred, described, hailed, touted

# Participles and verbs after which a quotation is a name given, not
# words said, when the quotation follows them at once or after "as" and
# other names given ("Alaa Salah, nicknamed “Kandaka” or “Nubian
# queen”", "a plan known as “Project Fear”", "he was dubbed “the
# Butcher”"): news sets off a nickname in marks as it sets off speech.
# "described", "hailed" and "referred" are left out: "hailed “a new
# dawn”" quotes the hailer.
[quoted-name-participles]
nicknamed, dubbed, known, called, named, billed, styled, termed, branded,
labelled, labeled

# The word after a name participle that brings the name: "known … as the
# “blade runner”".
[naming-as-words]
as

# Cues of answering: with an object ("answered 14 questions, including
# No. 6, which asks: “…?”") the object is what was answered, and a
# question quoted after it is the question put, not the answer.
[answer-cues]
answer, answers, answered, answering

# Words that open an indirect question ("asked who he was"), not a
# statement.
[question-words]
who, whom, whose, what, which, when, where, why, how, whether, if

# Words that open a clause standing for a thing, with a gap in it: "what
# Trump says his plan would do" is the thing he says it does, "how experts
# say it would shape tax law" a manner. A verb of saying inside reports no
# whole statement: what follows it lacks a part.
[free-relatives]
what, whatever, how

# Nouns that head a relative clause of manner with a gap, like "how":
# in "change the way we observe the universe" nobody observes anything
# that follows.
[manner-nouns]
way

# Subordinators whose clause says whose account the main clause follows:
# in "As Trump said, the economy is weak" what he said is after the comma.
[accord-subordinators]
as

# Cues whose complement is nearly always a clause, so that what follows
# them needs no finite verb to be taken for a statement ("said the
# polling location never shut"); after other cues ("called", "denied",
# "pledged") a phrase is as likely ("denied the charges"). "Reported" keeps
# a noun phrase as what was reported ("Residents of Vladivostok reported a
# larger than usual police presence on the streets", a seed annotated so);
# "warn" and "recall" are not here: their noun-phrase object is the one
# warned or the matter recalled ("warned him for hitting behind the head",
# "recalled her days as secretary of state"), no statement.
[clause-cues]
say, says, said, saying, tell, tells, told, note, notes, noted,
noting, suggest, suggests, suggested, suggesting, argue, argues, argued,
arguing, insist, insists, insisted, insisting, explain,
explains, explained, contend, contends, contended,
assert, asserts, asserted, reported, reports, announced, announces, according

# Generational suffixes after a name ("Harry B. Harris Jr."), which are no
# part of its head.
[name-suffixes]
jr, sr, ii, iii, iv

# Elided particles that join a name's next word to it ("Ballon d’Or",
# "Côte d'Ivoire"), written in both apostrophes.
[elided-particles]
d’, d'

# Words that open a clause as its dummy subject ("told ABC News there
# are hundreds of people in shelters"): after the one told, what was told.
[expletive-subjects]
there

# Subordinating conjunctions: after a cue they open an adverbial clause
# ("said as he launched the process"), not what was said.
[subordinators]
as, because, since, when, while, if, although, though, after, before, until,
unless, whereas, once

# Prepositions that open an adverbial phrase before a clause's subject
# ("Like Corker, …", "Despite the vote, …"), never the subject itself.
[phrase-openers]
like, unlike, despite, during, amid, amidst, regarding, following, given,
under, over, against, without, with, toward, towards, through, about,
beyond, after, before, since, until, upon, to, into, onto, across, among,
considering, concerning, including, excluding, barring, pending, throughout

# Forms of verbs of saying that are nouns as often ("the state", "his
# remarks", "a tweet", "in writing"): no cue of reported speech unless the
# speech-cues list has them.
[noun-like-cues]
state, states, report, reports, reporting, claim, claims, note, notes, remark,
remarks, tweet, tweets, tweeting, answer, answers, answering, promise, promises,
post, posts, posting, reply, replies, vow, vows, pledge, pledges, pledged,
mention, mentions, written, writing, boast, boasts, observe, promised, vowed,
promising, vowing, pledging

# Cues of direct quotes that do not open reported speech: "calling him a
# jerk", "describing it as", "he continued", "maintained the road". Cries
# ("Cosby yelled at Steele, “…”") voice words but seldom report a
# statement ("shouted slogans", "yelled at reporters").
[direct-only-cues]
calling, describing, continued, continues, maintain, maintains, maintained,
maintaining, yelled, yells, shouted, shouts, screamed, screams, chanted,
chants

# Titles and nouns for people that say a person named beside them is a
# man ("Mr. Guest", "her husband Leroy"): a "she" never stands for him.
[male-person-words]
mr, sir, lord, king, prince, duke, emperor, pope, father, son, husband,
brother, uncle, nephew, grandfather, grandson, boyfriend, stepfather,
spokesman, chairman, businessman, congressman, councilman, policeman,
fireman, sportsman, actor, monk, widower, gentleman, boy

# Titles and nouns for people that say a person named beside them is a
# woman ("Mrs. Palin", "his daughter Ka'loni"): a "he" never stands for her.
[female-person-words]
mrs, ms, miss, madam, madame, dame, lady, queen, princess, duchess, empress,
mother, daughter, wife, sister, aunt, niece, grandmother, granddaughter,
girlfriend, stepmother, spokeswoman, chairwoman, businesswoman,
congresswoman, councilwoman, policewoman, actress, nun, widow, girl

# Nouns for people by their role that, next to a name ("analyst Dana
# Stiffler", "Andrew Feldman, SeaMicro CEO"), say the name is a person's,
# not a product's or a place's: what a "he" or "she" may stand for.
[person-role-nouns]
analyst, spokesman, spokeswoman, spokesperson, ceo, chief, executive,
president, founder, chairman, chairwoman, director, manager, coach, player,
quarterback, receiver, guard, forward, striker, goalkeeper, pitcher,
captain, officer, detective, sheriff, deputy, lawyer, attorney, prosecutor,
judge, senator, governor, mayor, minister, secretary, official, aide,
adviser, advisor, economist, professor, researcher, scientist, doctor,
teacher, student, friend, neighbor, neighbour, witness, resident, owner,
author, writer, reporter, editor, actor, actress, singer, star, host,
father, mother, son, daughter, wife, husband, brother, sister, girlfriend,
boyfriend, widow, uncle, aunt, cousin, engineer, vice, partner, agent,
commissioner, superintendent, principal, pastor, priest, bishop, rabbi,
imam, suspect, defendant, victim, survivor, firefighter, paramedic,
inspector, trooper, sergeant, lieutenant, colonel, general, chancellor,
premier, leader, candidate, nominee, consultant, strategist, historian,
activist, organizer, organiser, teammate, veteran, rookie, safety, tackle,
linebacker, defender, midfielder, batter, catcher, rider, driver, pilot,
producer, comedian, musician, artist, designer, chef, photographer,
filmmaker, novelist, poet, dancer, athlete, champion, winner, mp, member,
nephew, niece, fisherman, fisherwoman, farmer, nurse, patient, passenger,
sailor, diver, rescuer, surgeon, physician, medic, marine, eyewitness,
villager, worker, mechanic, shopkeeper, teenager, man, woman, boy, girl,
landlord, tenant, shopper, customer, driver, skipper, lifeguard, volunteer

# Verbs whose subject is a person, which a name right before them is
# evidence of ("Mehdi Irannejad spoke to reporters").
[person-verbs]
spoke, speaks, speak, smiled, laughed, wept, cried, shrugged, nodded,
thanked, apologised, apologized, testified, pleaded, married, resigned

# Common given names of men and of women: a name that opens with one is a
# person's ("Hugh Jackman", not "AMD Opteron"), and it tells which of "he"
# and "she" may stand for that person. Names given to both are in neither.
[male-given-names]
aaron, adam, adrian, alan, albert, alexander, alfred, andrew, angelo, anthony,
antonio, arthur, barack, barry, ben, benjamin, bernard, bernie, bill, billy,
bob, bobby, brad, bradley, brandon, brent, brett, brian, bruce, bryan, carl,
carlos, charles, charlie, christopher, chuck, colin, craig,
daniel, danny, darren, dave, david, dean, dennis, derek, dick, don, donald,
doug, douglas, duncan, dwight, earl, ed, eddie, edward, eric, ernest,
eugene, frank, fred, frederick, gary, gavin, geoff, geoffrey, george,
gerald, glenn, gordon, graham, greg, gregory, harold, harry, hector, henry,
herbert, howard, hugh, ian, jack, jacob, jake, james, jason, jeff, jeffrey,
jeremy, jerry, jim, jimmy, joe, joel, john, johnny, jon, jonathan, jose,
joseph, josh, joshua, juan, justin, keith, ken, kenneth, kevin, kurt, larry,
lawrence, leon, leonard, leroy, louis, luis, luke, marco, mark, martin,
matt, matthew, michael, mike, mitch, mitt, nathan, neil, nicholas, nick,
nigel, oliver, oscar, patrick, paul, pete, peter, phil, philip, phillip,
ralph, randy, ray, raymond, reggie, richard, rick, ricky, rob, robert,
roger, ron, ronald, roy, russell, ryan, samuel, scott, sean, seth,
simon, stanley, stephen, steve, steven, stuart, ted, theo, thomas,
tim, timothy, todd, tom, tommy, tony, travis, troy, tyler, victor, vincent,
walter, warren, wayne, william, willie, zach

[female-given-names]
abigail, alice, alicia, alison, amanda, amy, angela, ann, anna,
anne, annie, barbara, beth, betty, beverly, brenda, carol, caroline,
catherine, cheryl, christina, christine, cindy, claire, clara, cynthia,
deborah, debra, denise, diana, diane, donna, doris, dorothy, eileen,
elaine, elizabeth, ellen, emily, emma, erin, eva, evelyn, frances, gail,
gloria, grace, hannah, heather, helen, hillary, holly, irene, jane, janet,
janice, jennifer, jenny, jessica, jill, joan, joanne, josephine, joy,
joyce, judith, judy, julia, julie, karen, kate, katherine, kathleen, kathy,
katie, laura, lauren, linda, lisa, lois, lori, louise, lucy,
luann, margaret, maria, marie, marilyn, martha, mary, megan, melanie,
melissa, michelle, nancy, natalie, nicole, nora, olivia, pamela, patricia,
paula, peggy, penny, rachel, rebecca, regina, rita, roberta, rose, ruth,
sally, samantha, sandra, sara, sarah, sharon, shirley, sophie, stephanie,
susan, suzanne, tamara, teresa, theresa, tina, valerie, victoria,
virginia, wendy

# Nouns of a text that says something, which the rules of languages
# written without spaces keep from being speakers; English reads its
# subjects by their grammar instead.
[report-nouns]

# The word between a quoting cue's object and the participle of what
# that object said: "quoted him as saying".
[quoted-as-words]
as

# Verbs that give their object a description, a quotation after "as"
# holding it: "One eyewitness described the scene as “horrific and
# hellish,” Xinhua said" quotes the eyewitness, whom the outlet relays.
[characterising-verbs]
described, describes, describing, characterised, characterized,
characterises, characterizes, portrayed, portrays, depicted, depicts

# Verbs whose object is the person whose words a report passes on ("The
# news service cited Myo Nyunt, a spokesperson"): that object is a
# speaker for the "he said" after it, not a mere object.
[source-object-verbs]
cited, cites, citing, quoted, quotes, quoting

# Prepositions that take a participle clause with a subject of its own
# ("the allegations made against Twitter, by Musk claiming that …",
# "with officials saying …"): the name between the preposition and a
# speech participle is the participle's speaker, not the main clause's
# subject.
[gerund-prepositions]
by, with, without, after, before, despite, amid, amidst, about, over

# Verbs that narrate an act of speech by its name: an accusation, an
# attack, a demand or request, a reminder, a refusal, a vow, a restatement.
# After ", and" at the end of what a cue reports they tell a next act, the
# speaker's or a new subject's ("…, and his lawyers then accused Twitter
# of …", "…, and requested another month", "…, and he reiterated his claim
# that …"), not more of what was said. Verbs that take what was said as a
# clause of the same report ("asked", "questioned why", "cited") are none.
[speech-act-verbs]
accused, accuses, railed, rails, reminded, reminds, requested, requests,
demanded, demands, rejected, rejects, blasted, blasts, slammed, slams,
criticized, criticised, criticizes, criticises, attacked, attacks,
denounced, denounces, condemned, condemns, lambasted, lambasts, chided,
chides, mocked, mocks, ridiculed, ridicules, berated, berates, scolded,
scolds, refused, refuses, declined, declines, reiterated, reiterates,
repeated, repeats, vowed, vows, pledged, pledges, promised, promises,
hinted, hints

# Cues that tell what a thing is evidence of as well as what a speaker
# said: "Clinton suggested that …" is reported speech, "The findings
# suggest that …" the writer's inference.
[inference-cues]
suggest, suggests, suggested, suggesting, indicate, indicates, indicated,
reveal, reveals, revealed, imply, implies, implied

# Nouns for evidence, which speaks for nobody: the subject of an inference
# cue headed by one ("The findings suggest", "the fact that SpaceX has
# released no update suggests", "The latest information suggests") makes
# the sentence the writer's inference, no one's words. Counts and
# samplings that report what people answered (polls, surveys) are
# nameless sources instead (nameless-sources); results are both, but
# what they "indicate" or "suggest" is read from them, never said
# ("These results indicated that it was necessary to unify …").
[evidence-nouns]
finding, findings, evidence, fact, facts, information, sign, signs,
indication, indications, clue, clues, trend, trends, lead, leads,
result, results

# Nouns for what records or pictures a happening, which shows what the
# writer tells and says nothing: "Photos suggested a panel had separated"
# is the writer's reading of the photos, and "…, according to webcast
# video of the landing" credits no one's words (a speaker is a person,
# an organisation or a group; issue 13). Documents that carry someone's
# words are document-nouns instead; an analysis reports a body's
# findings ("according to an interim analysis by the monitoring
# committee") and is left to the speaker checks.
[record-nouns]
photo, photos, photograph, photographs, picture, pictures, image, images,
imagery, video, videos, footage, webcast, livestream, recording,
recordings, calendar, map, maps, chart, charts, graph,
graphs, scan, scans, x-ray, x-rays

# Nouns for news reports that credit nobody when bare: "According to
# reports, the plane lost contact …", "reports say", "what reports have
# dubbed" name no person, organisation or group (issue 13), so the
# speaker is shown uncertain; "a Reuters report", "Japanese media
# reports" name who reported and are left to the other checks.
[unnamed-report-nouns]
report, reports, reporting

# Participles that, after a form of "be", make the sentence's subject the
# one others spoke of: "Mr Mugabe … was accused of allowing his wife to
# “usurp constitutional power”" quotes his accusers, not him. ("was
# quoted as saying", "was heard saying" keep the subject the speaker and
# are not here.)
[talked-about-participles]
accused, charged, blamed, criticised, criticized, condemned, described,
called, branded, labelled, labeled, dubbed, urged, ordered, warned,
attacked, mocked, ridiculed, praised, hailed, denounced, slammed, nicknamed

# Marks that close a dateline or a label at a paragraph's start: "San
# Fransisco: “The bird is free,” was …", "SEYNE-LES-ALPES Mar. 27:
# Investigators …". A name there is where the story was filed, not who
# spoke.
[dateline-marks]
:, —, –, -, --

# Two words that open the time of a record's state after its noun: "the
# Parliamentary Calendar as of this writing" is headed by "Calendar".
[record-time-openers]
as of, as at

# Nouns that, bare after "according to", say in accordance with what, not
# whose account: "If everything goes according to plan, the car will
# drift …" credits nobody.
[accordance-nouns]
plan, plans, schedule, script, tradition, custom, expectations

# Cries: cues of the words in quotation marks after them ("Cosby yelled at
# Steele, “…”"; a crowd's "chanted “Yes, we can!”"), which report no
# statement of their own ("booed and shouted down", "why hadn't she
# screamed?").
[cry-cues]
yelled, yells, shouted, shouts, screamed, screams, chanted, chants

# Participles of crying out: the quotation right after one is what the
# subject of its clause cried, even inside what another cue reports
# ("A witness said the attacker was shouting “You die!”").
[cry-participles]
shouting, yelling, screaming, chanting, shrieking, hollering

# Prepositions that open the topic of a saying: "warned them about
# interactions with the media", "told reporters about the plan" name what
# it was about, not what was said.
[topic-prepositions]
about

# Conjunctions that join the speaker's next act to what a cue reports
# with no comma and no subject of their own: "Sawang said several people
# had been taken to a nearby hospital but refused to provide an exact
# figure" (the refusal is Sawang's, as in the news formula "but declined
# to elaborate").
[contrast-conjunctions]
but, yet

# Prepositions that open the channel of a saying: "said through an
# interpreter that …", "said via a spokesman that …" (what follows the
# "that" is what was said).
[medium-prepositions]
through, via

# Nouns for the occasion or channel of a saying: "announced the news on
# state television" tells how the news went out, not what was said.
[medium-nouns]
television, tv, radio, broadcast, broadcasts, address, speech, statement,
conference, briefing, interview, tweet, post, video, podcast, livestream,
twitter, facebook, instagram, telegram, youtube, tiktok, website, blog

# Cues that with a noun-phrase object name an act, not words: "declared a
# state of emergency", "concluded an extraordinary summit"; "explained the
# Big Bang and black holes in his book" names the topic explained. Only a
# clause after them ("declared that the vote was void", "explained the
# delay was caused by a strike") is what was said.
[act-cues]
declare, declares, declared, declaring, conclude, concludes, concluded,
concluding, explain, explains, explained, explaining

# Cues that take a clause or a noun-phrase object ("warned the storm
# could strengthen", "warned him for hitting", "recalled her days as
# secretary of state"): what follows is a statement only with a finite
# verb of its own, looked for further than after other cues and among the
# irregular past forms (lang lead-verbs).
[clause-or-object-cues]
warn, warns, warned, recall, recalls, recalled

# Words a verb of saying takes as a set phrase that names a parting, a
# greeting or a rite, no words reported ("we also said goodbye to
# Lemmy", "said grace", "said a prayer"); written in lower case, since
# "said Grace Mugabe …" names a person.
[saying-set-objects]
goodbye, goodbyes, farewell, farewells, hello, goodnight, grace, prayer

# Nouns that, as the object of a verb of saying after a determiner, name
# the telling itself and not its words ("announced the news himself in a
# Twitter message", "shared the news on Instagram"); words follow only a
# "that" ("announced the news that …").
[tidings-objects]
news, tidings

# Reflexive pronouns: right after a verb of saying they name its subject
# as what was shown or declared ("he would reveal himself to be a doddering
# father", "proved herself the stronger"), no words reported, unless
# "that" follows ("told himself that …").
[reflexive-objects]
himself, herself, itself, themselves, myself, yourself, ourselves,
yourselves, oneself

# Nouns that, as the object of a verb of saying opened by "the", stand for
# an answer the sentence does not give ("announced the name of the new
# pope", "revealed the identity of the gunman", "will announce the
# winners on Friday": a concealed question), so no words are reported.
[concealed-question-nouns]
name, names, identity, identities, whereabouts, winner, winners

# Words before "than" that make a past form after it a verb ("profits
# more than doubled"); after another comparative the past form is a
# participle whose clause is left out ("better than expected results").
[quantity-comparatives]
more, less, fewer, rather

# Nouns for the occasion of a saying: ", in an unexpected announcement
# that came as she confirmed …", ", in an interview with CNN on Sunday"
# set off after what was said tell when and how it was said.
[saying-occasions]
announcement, announcements, interview, interviews, statement,
statements, speech, speeches, address, conference, briefing, appearance,
remarks, post, tweet, video, letter, message, broadcast, podcast,
testimony, hearing

# Prepositions before a saying's occasion ("in an interview", "at a news
# conference", "during a briefing"); "for a possible interview" tells a
# purpose, part of what was said.
[occasion-prepositions]
in, at, during

# Auxiliaries of what has not happened yet: an occasion after them is
# part of what was said ("he would explain the plan in a speech").
[prospective-auxiliaries]
would, will, shall, could, might, may, should, must, can

# Words that open the writer's circumstance after a source set off by
# commas: "The death toll rose to 84, according to Civil Defense, as
# mining giant Vale announced …" (the source vouches for the toll, not for
# Vale's announcement).
[circumstance-openers]
as, while, amid, amidst, despite, whereas

# Phrases that name where the writer read what was said, after it:
# "…,” as per an Indian Express report".
[source-markers]
as per

# Verbs that deny or reject what their object says: "denied reports that
# he has been selected" gives the report's words, which the subject
# denies, not words of the subject's.
[denial-cues]
deny, denies, denied, denying, rejected, rejects, rejecting, dismissed,
dismisses, dismissing, refuted, refutes, disputed, disputes

# Nouns for what others claimed, the object of a denial before its
# "that" ("denied reports that", "rejected claims that").
[claim-nouns]
report, reports, claim, claims, allegation, allegations, suggestion,
suggestions, rumour, rumours, rumor, rumors, speculation, accusation,
accusations

# Prepositions that, after a comma closing what was reported, open the
# writer's circumstance of it ("announced the closure of borders, amid
# hearing gunfire from automatic weapons in Libreville").
[circumstance-prepositions]
amid, amidst

# Words no clause ends with: what was reported that stops on one was cut
# off (a line broken inside the sentence: "which caused more than"; the
# editor's mark of words left out, "said the UN agency [...]").
[unfinished-ends]
a, an, the, than, of, and, or, nor, whose, its, their, [...], […], (...), (…)

# Nouns for a relative ("his father, Omar Bongo"): a family shares its
# surname, so the surname alone may be another member's.
[kin-nouns]
father, mother, son, daughter, brother, sister, wife, husband, uncle,
aunt, cousin, nephew, niece, grandfather, grandmother, grandson,
granddaughter, widow, widower, stepfather, stepmother, stepson,
stepdaughter, father-in-law, mother-in-law, son-in-law, daughter-in-law

# Title words that qualify another title rather than name a rank of
# their own ("Foreign Minister", "State Secretary"): before a capitalised
# word they may open an organisation's name ("State Department").
[modifier-titles]
prime, foreign, defense, defence, interior, finance, state, national,
security, supreme, vice, deputy, chief, general, major, officer, director,
leader, adviser, advisor, coach, spokesman, spokeswoman

# The preposition before a gerund of telling that says what a report
# left out ("without naming a cause").
[untold-detail-openers]
without

# Gerunds of telling after "without": the writer's note on what a
# report left out ("announced his death without naming a cause"), no
# part of what was said.
[untold-detail-gerunds]
naming, giving, specifying, expanding, elaborating, providing, citing,
disclosing, explaining, detailing, mentioning, identifying, revealing,
commenting, offering, stating, saying

# Nouns of coming or being somewhere that a cue takes as its object with
# a sign after it ("announced its arrival with a double sonic boom"):
# the sign made it known, not words.
[signalled-arrival-nouns]
arrival, presence, return, comeback, entrance, approach, departure

# Prepositions that open the sign an arrival was made known by ("with a
# double sonic boom").
[arrival-sign-prepositions]
with

# Prepositions that open the place a photo's caption closes with before
# its date (", in Palm Beach, Florida, U.S., August 8, 2022").
[caption-place-prepositions]
in

# Forms of "have" that make a perfect with a participle after them ("had
# already “wiped out”").
[have-forms]
has, have, had

# Participles that tie a noun to a body it stands with ("a Telegram
# channel associated with the Wagner Group", "a militia linked to Iran"):
# after the noun they open its modifier, as a preposition does.
[tie-participles]
associated, linked, affiliated, allied, aligned, connected, tied, loyal,
backed, owned, run, operated, based

# Nouns for a happening made known, as the object of a verb of saying
# with no "that" ("announced the news to the nation at 23.50 local time,
# saying …"): the noun stands for what was made known without giving it,
# so the cue reports no words; what was said follows "saying", if
# anything. "announced the death of …" stays: it tells what was announced
# (judged right in spent round 25), as "announced his retirement" does.
[made-known-events]
news, tidings

# Words before a gerund that make it the writer's own remark ("it's
# worth noting the role …", "worth mentioning"): nobody is reported.
[writer-gerund-openers]
worth, worthwhile

# Auxiliaries a verb of saying and a later verb phrase joined by "and"
# share ("he had denied that … and had brushed off calls"): the second
# phrase, with the same auxiliary and no subject, goes on with the
# speaker as its subject, the writer's account of another act.
[shared-auxiliaries]
had, has, have

# Short adverbs that may stand between a form of "be" and a past form
# ("they were only denied a second", "was also reported"): the past form
# is still a passive (longer adverbs are read by their ending).
[short-adverbs]
only, just, also, even, still, already, then, once

# Prepositions that open a phrase of attendant circumstance at the start
# of a sentence ("With wind gusts of up to 235mph, according to some
# reports, Haiyan carved a path …"): a source set off right after such a
# phrase vouches for the phrase, not for the main clause that follows.
[attendant-openers]
with, without, despite, amid, amidst

# The ending of a present participle ("announcing", "saying"): a cue in
# this form may modify a noun before it.
[participle-endings]
ing

# The word that makes a cue's object the speaker of a participle after it
# ("reported the Red Cross as saying", "quoted him as telling").
[speaker-object-markers]
as

# Verbs whose object a following "as saying" makes the speaker ("The
# Associated Press quoted Serdar Kamar Hayyat … as saying", "Reuters
# reported the Red Cross as saying"): the subject only relays the words.
[relay-object-verbs]
quoted, quotes, quoting, cited, cites, citing, reported, reports, reporting

# Cues of chants: words a crowd voices together ("the crowd chanted “Yes,
# we can!”", "protesters chanted, “Hands up, don't shoot!”") are a
# slogan, no one person's or organisation's statement: shown unnamed.
[chant-cues]
chanted, chants
