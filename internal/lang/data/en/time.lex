# English names of months and weekdays.

[months]
january = 1, jan = 1
february = 2, feb = 2
march = 3, mar = 3
april = 4, apr = 4
may = 5
june = 6, jun = 6
july = 7, jul = 7
august = 8, aug = 8
september = 9, sep = 9, sept = 9
october = 10, oct = 10
november = 11, nov = 11
december = 12, dec = 12

[weekdays]
sunday = 0, sun = 0
monday = 1, mon = 1
tuesday = 2, tue = 2, tues = 2
wednesday = 3, wed = 3
thursday = 4, thu = 4, thur = 4, thurs = 4
friday = 5, fri = 5
saturday = 6, sat = 6

# Words before a time expression that make it an open interval: the value
# says which end the expression gives. from: the interval starts with it
# ("since 1995"); after: starts when it ends ("after 1995"); before: ends
# when it starts; until: ends when it ends ("until Tuesday", "by 2010").
[time-bounds]
since = from
after = after
before = before, prior to = before, ahead of = before
until = until, till = until, through = until, by = until,
no later than = until, not later than = until

# Prepositions a time expression opens with. A bound word right before
# one ("as it rampaged through on Friday") is an adverb with no object,
# not a bound of the time: "through" of time takes its day directly
# ("through Friday").
[expression-prepositions]
on, in, at, during

# Of those, the ones that set a deadline: "no later than Monday morning",
# "by Monday". A deadline is set ahead of the telling, so in a clause no
# word of which marks its tense the weekday is the coming one ("By
# Monday, 30 people were dead" keeps its past).
[deadline-bounds]
by, no later than, not later than

# Words of a clock time that may stand between a range word and the
# weekday that ends the range ("from noon Wednesday, Aug. 30 through 6
# p.m. Thursday"), besides numbers.
[clock-words]
noon, midnight, a.m., p.m., am, pm

# Articles between a full date and a weekday set beside it ("On February
# 3, 2023, a Friday evening, …"): the weekday names that date.
[weekday-apposition-articles]
a

# Days named from the reference date, with their offset in days.
[relative-days]
yesterday = -1, today = 0, tonight = 0, tomorrow = 1

[parts-of-day]
morning, afternoon, evening, night

# Which of a run of weeks, months, years or seasons: an offset from the
# one the reference date is in.
[relative-steps]
last = -1, past = -1, previous = -1, this = 0, next = 1, coming = 1

# The part of a week, month or year named ("the end of last month"): which
# third of it, 0 the first, 1 the middle, 2 the last.
[period-thirds]
start = 0, beginning = 0, middle = 1, end = 2

# The part of a year or month a word before it names ("late 2011",
# "mid-2015", "early May"): which third. A period so qualified is placed
# whole when closed, as it holds the part; an open interval from or to
# it is bounded by the part ("since late 2011" starts in September).
[period-part-thirds]
early = 0, mid = 1, mid- = 1, late = 2

# Words that cut a period at the reference day ("earlier this week"): the
# side kept, -1 before it, 1 after it.
[period-sides]
earlier = -1, later = 1

# Calendar units that relative expressions count in.
[time-units]
day = day, days = day, week = week, weeks = week, weekend = weekend,
month = month, months = month, year = year, years = year

# Where each (northern) season begins, by its usual astronomical date
# (month-day).
[seasons]
spring = 03-20, summer = 06-21, autumn = 09-22, fall = 09-22, winter = 12-21

# Places of the southern hemisphere, where the seasons fall in the other
# half of the year ("this summer" in New Zealand is December to
# February). A text that names one may be of such a place, so a season in
# it is left undated rather than given the northern months.
# Words that, after a season, make it the name of a games rather than a
# season: the Summer and Winter Olympic Games are named by the northern
# seasons wherever they are held (Sydney's Summer Games were in
# September 2000), so "the 2024 summer Olympic Games" is of 2024 in a
# text that names Lima.
[season-named-games]
olympic, olympics, games, paralympic, paralympics, universiade, youth

[southern-hemisphere-places-cased]
New Zealand, Australia, Australian, Australians, Argentina, Argentine,
Argentinian, Chile, Chilean, Uruguay, Paraguay, Bolivia, Peru, Peruvian,
South Africa, South African, Namibia, Botswana, Zimbabwe, Zambia,
Mozambique, Madagascar, Malawi, Lesotho, Eswatini, Fiji, Samoa, Tonga,
Papua New Guinea, Tasmania, Sydney, Melbourne, Brisbane, Perth, Adelaide,
Canberra, Auckland, Wellington, Christchurch, Buenos Aires, Santiago,
Montevideo, Johannesburg, Cape Town, Durban, Pretoria, Lima, Rio de Janeiro,
São Paulo, Brasília, Brazil, Brazilian

# Places far east of UTC that datelines name, with their standard offset.
# A page is dated by its publisher, mostly in Europe or the Americas; a
# reporter there writes on the next day of the place's calendar once
# the publisher's evening has come. "SINGAPORE — Trump concluded a
# historic meeting with Kim on Tuesday" on a page dated Monday is of the
# next day, not of six days before.
[dateline-zones]
karachi = +05:00, islamabad = +05:00, lahore = +05:00,
tashkent = +05:00, new delhi = +05:30, delhi = +05:30, mumbai = +05:30,
kolkata = +05:30, chennai = +05:30, bangalore = +05:30, bengaluru = +05:30,
colombo = +05:30, kathmandu = +05:45, dhaka = +06:00, almaty = +06:00,
yangon = +06:30, bangkok = +07:00, hanoi = +07:00, ho chi minh city = +07:00,
phnom penh = +07:00, jakarta = +07:00, kuala lumpur = +08:00,
singapore = +08:00, manila = +08:00, hong kong = +08:00, beijing = +08:00,
shanghai = +08:00, taipei = +08:00, perth = +08:00, ulaanbaatar = +08:00,
seoul = +09:00, pyongyang = +09:00, tokyo = +09:00, osaka = +09:00,
sydney = +10:00, melbourne = +10:00, brisbane = +10:00, canberra = +10:00,
port moresby = +10:00, vladivostok = +10:00, wellington = +12:00,
auckland = +12:00, christchurch = +12:00, suva = +12:00

# Words that put a clause in the future: modal and future auxiliaries and
# verbs of plans and expectations. A relative day in such a clause is the
# next one after the reference date.
[future-cues]
will, would, 'll, shall, wo, expected, expects, expect, plans, plan,
planned, planning, scheduled, hopes, hope, wants, aims, intends, could,
may, might, likely, anticipated, upcoming, soon, due, set, slated, poised, going,
heading, begins, opens, resumes, reconvenes, premieres,
# "was supposed to" tells a plan as "was expected to" does: "Jackson was
# supposed to stage 10 shows in London, starting July 8" (a page of 25
# June) is of the coming July (only after "be": be-future-cues).
supposed,
# The present of a verb of schedules tells a fixed plan, as its past
# would tell a done thing: "before the U.S. officially ends its 20-year
# presence Tuesday" (a page of the Friday before).
starts, ends, closes, expires,
# A schedule in the simple present: sports and event pages print what is
# to come this way ("Creighton plays Saturday", "hosts Drake Sunday"); a
# past game is told in the past tense.
plays, faces, hosts, visits, meets, travels,
# So do election and assembly pages: "New Jersey, which also holds its
# primary Tuesday", "the Senate convenes Tuesday". ("votes" is left out:
# mostly the noun, "Tuesday's votes".)
holds, convenes

# Verbs after an infinitive marker ("to", grammar.lex) that put a clause
# in the future: "the measures are to be voted on Thursday", "set the
# Jays to meet Drake Saturday". A "to" before other words is mostly a
# preposition ("to death", "to the court") and marks no tense.
[prospective-infinitives]
be, play, face, meet, host, visit, travel, vote, open, start, begin,
resume, appear, testify, return, take

# A present verb right before a time (or before "on"/"for" and a time)
# places its subject at it; for a day other than today that is ahead, as
# a past one would be told in the past: "the game is Sunday", "their
# status is for Saturday", "the trial begins Monday", "Congress returns
# on Tuesday".
[present-placing-verbs]
is, are, begins, starts, opens, ends, resumes, reconvenes, closes,
continues, airs, premieres, expires, returns

[placing-prepositions]
on, for

# "have" after a modal: "may have been set on Sunday" is a guess about
# the past.
[perfect-auxiliaries]
have, 've

# Bare verbs of schedules: with a plural subject, the present of a
# schedule ("the Bluejays play Saturday", "the leaders meet Monday").
[plural-schedule-verbs]
play, meet, face, travel, host, hold, convene

# Words right before a bare verb that give its tense or make it no verb
# of its own: auxiliaries, negation, the infinitive marker, and the
# determiners that make it a noun ("the play Sunday", "his visit").
[verb-support]
did, do, does, not, n't, never, to, will, would, could, should, can,
may, might, must, 'll, wo, didn't, don't, doesn't, the, a, an, his, her,
its, their, our, my, your, 's, ’s, this, that

# Future cues that mark the future only after a form of "be": "the vote
# is due to take place Sunday"; "cancelled due to rain on Sunday" gives a
# cause; "was supposed to stage 10 shows" a plan, "the supposed plot" none.
[be-future-cues]
due, supposed

# Verbs of warning and forecasting. What they warn of or forecast is
# ahead of the telling: "warned of up to 40 inches of rain in some areas
# through Wednesday" runs to the coming Wednesday, though "warned" is
# past. A warning is an act of a moment, so a span up to a day ("through",
# "until", "by") after such a verb is what was warned of; a day right
# after it ("warned on Monday") is when it was said.
[forecast-verbs]
warned, warns, warn, warning, forecast, forecasts, forecasted,
predicted, predicts, predict, projected, projects, cautioned, cautions

# Future cues that are also the participle of a deed: a date is "set for
# Tuesday", but fires are "set on Saturday night" and a record "set in
# 2019". A plan is placed at its day by "for" (or "to" a verb); before a
# preposition that tells when a thing was done the word is the deed, and
# the tense is read from the words before it ("there were … fires set on
# Saturday night"; "fires will be set on Saturday").
[deed-future-cues]
set

[deed-prepositions]
on, in, at, during

# The present perfect's auxiliaries: with a participle after them they
# tell a thing done by now, so a deadline it was done by ("all patients
# have been moved by Monday morning", a page of the Thursday after) is no
# later than the telling, not the coming day. A modal or "to" before them
# ("will have moved by Monday", "expected to have moved by") is another
# tense.
[present-perfect-auxiliaries]
has, have, 've

# Present verbs of a state that holds now. A span of such a state up to a
# day ("a curfew is in place through Saturday", "the road remains closed
# until Monday") runs from now to that day, so the day is ahead: a state
# that had ended would be told in the past ("was closed until Monday").
# A participle after one tells the state or a present passive, no past
# ("will remain closed until Monday", "votes are tallied March 15").
[present-state-verbs]
is, are, remains, remain, stays, stay

# Verbs of one happening told in other words, each mapped to one of them:
# the narration and a quotation may name it differently ("died this
# morning" and "“passed away today”"). A phrasal verb is written whole.
[happening-verbs]
died = died, passed away = died, perished = died,
resigned = resigned, stepped down = resigned, quit = resigned,
killed = killed, slain = killed, murdered = killed,
arrested = arrested, detained = arrested,
won = won, clinched = won

# Words right before a weekday in the possessive that tell where the thing
# it owns lies against the clause's time: "still reeling from Monday's
# debate" (earlier), "campaigned ahead of Tuesday's primary" (later),
# "struggled in Monday's debate" (at the same time). After another
# preposition ("questions about Monday's debate") the clause tells
# nothing of the owned thing's time. A verb that can act only on a thing
# already done puts it before the telling whatever the clause's tense:
# one appeals a verdict or a ruling once it is given ("her client will
# appeal Wednesday's verdict" is last Wednesday's) (done).
[possessive-time-relations]
appeal = done, appeals = done, appealed = done, appealing = done,
appeal against = done, appeals against = done, appealed against = done,
appealing against = done,
after = earlier, since = earlier, following = earlier, from = earlier,
before = later, ahead of = later, prior to = later, into = later,
toward = later, towards = later, until = later, ahead to = later,
up to = later, in = same, at = same, during = same, by = same

# Words that count a weekday from another event ("the Tuesday after the
# primary", "on Monday, a day before the vote"): the side of the event
# the weekday lies on.
[event-anchors]
after = after, following = after, before = before, preceding = before,
prior to = before, ahead of = before

# Units that "this" on a Sunday points forward with, in a clause not in
# the past: "Congress returns this week" on a Sunday is the week ahead.
[sunday-weeks]
week

# Words that make a clause say what happens as a rule, not once: "the
# season generally starts about late October" is no date in October.
[habitual-cues]
generally, usually, typically, normally, traditionally, customarily,
ordinarily, routinely, regularly, annually, yearly, always, often,
habitually, tends, tend

# Words right before a time that make it a pattern: "every Monday";
# "no" denies every such day ("there will be no Sunday Masses until
# further notice"), which names none of them.
[habitual-determiners]
every, each, no

# Relative days that, inside a clause before a present-tense verb, mean
# "nowadays" ("in Greece today is a crime").
[nowadays-days]
today

# Present-tense verbs after which "today" means "nowadays": "being a young
# man in Greece today is a crime".
[generic-present]
is, are, has, have, remains, remain, means, mean

# Words that put a clause in the past: past auxiliaries and irregular
# past-tense verbs (regular ones end in -ed).
[past-cues]
had, was, were, did, ago, last, said, told, left, met, went, came,
arrived, began, held, took, made, sent, gave, saw, found, struck, fled,
fell, rose, won, lost, led, spoke, broke, ran, sank, stood, brought,
bought, thought, caught, fought, sought, built, felt, kept, paid, sold,
spent, wrote, drove, flew, threw, grew, knew, chose, froze, stole,
woke, became, got, hid, drew, rode, rang, shook, swore, tore, wore,
heard, meant, lay, laid, slept, shot, killed, died, underwent,
withdrew, overtook, forgot, forgave, overcame, undertook, stuck, swept,
wept, dealt, sat, sprang, swam, sang, blew, bore, beat

# Forms of "be" before a participle: "would be held" is the future of
# "held", not its past.
[passive-auxiliaries]
be, been, being


# Time-zone abbreviations news pages print after a time, as offsets from
# UTC. Where one abbreviation names several zones, the one news pages
# mean most often is kept (IST: India; CST: US Central).
[time-zones-cased]
UTC = +00:00, GMT = +00:00, Z = +00:00, WET = +00:00, BST = +01:00,
IST = +05:30, PKT = +05:00, NPT = +05:45, BDT = +06:00, ICT = +07:00,
WIB = +07:00, HKT = +08:00, SGT = +08:00, PHT = +08:00, AWST = +08:00,
JST = +09:00, KST = +09:00, ACST = +09:30, AEST = +10:00, AEDT = +11:00,
NZST = +12:00, NZDT = +13:00, CET = +01:00, CEST = +02:00, MEZ = +01:00,
MESZ = +02:00, EET = +02:00, EEST = +03:00, MSK = +03:00, EAT = +03:00,
CAT = +02:00, SAST = +02:00, WAT = +01:00, GST = +04:00, AST = -04:00,
EST = -05:00, EDT = -04:00, CST = -06:00, CDT = -05:00, MST = -07:00,
MDT = -06:00, PST = -08:00, PDT = -07:00, AKST = -09:00, AKDT = -08:00,
HST = -10:00, ET = -05:00, PT = -08:00, BRT = -03:00, ART = -03:00

# Time zones of the places that write numeric dates month first (the
# United States): a date line "11/10/11 02:39 PM ET" is 10 November 2011.
[month-first-zones-cased]
ET, EST, EDT, CT, CST, CDT, MT, MST, MDT, PT, PST, PDT, AKST, AKDT, HST

# The words of the time patterns (internal/nlp/timeexpr.go), each list for
# the place in a pattern it fills. Where a pattern takes a word
# capitalised too ("From May 3"), its first letter is matched in either
# case.

# Words that open a range of days or months ("from May 3 to June 2").
[range-openers]
from

# Words between the ends of a range of days across months or of months
# ("May 3 to June 2", "January through March 2009"), besides the dashes.
[range-words]
to, through, until, till

# Words between the two days of a range in one month ("May 3 and 5",
# "3-5 May"), besides the dashes.
[day-range-words]
to, and, through, until, till

# Words between the two years of a range ("1939 to 1945").
[year-range-words]
to, through, until

# The word before a range whose ends "and" joins ("between 2001 and 2003").
[range-between-words]
between

# Words before a month without a day that place it ("in March", "since
# May", "mid-June", "end of July"); "mid-" takes its hyphen.
[month-preceders]
in, since, until, by, during, early, late, mid, mid-, end of, last, next,
this, from, of, after, before

# Parts of a month written after it with a hyphen ("by March-end"). Any
# other word after a month and a hyphen makes the month a part of a
# hyphenated name ("Mar-a-Lago", "Jun-seok"), no date.
[month-compound-parts]
end

# Of those, the ones that bound the time from or until the month: "since
# May" is a past May, "until May" none before the reference month. The
# values are kinds of time-bounds.
[month-bound-prepositions]
since = from, until = until

# Words before a year that place it ("in 2009", "by 2020", "mid-2022";
# a word ending in a hyphen is joined to the year).
[year-preceders]
in, since, until, by, during, before, after, from, early, late, of, mid-

# Words before a range of years ("from 1939 to 1945", "in 1950-53").
[year-range-preceders]
in, from, during, since

# Words before two decades ("in the 1940s and 1950s") and before one ("in
# the 1990s").
[decade-pair-preceders]
in, of, since, during
[decade-preceders]
in, since, during

# Words for a part of a decade, between "the" and it ("the late 1990s",
# "the mid-1990s"): the part's years (period-part-thirds says which
# third).
[decade-parts]
early, late, mid, mid-

# The word before a weekday or two ("on Monday or Tuesday") and the one
# between the two.
[weekday-pair-openers]
on
[weekday-alternatives]
or

# Words before a weekday that place it ("last Friday", "on Monday").
[weekday-preceders]
last, next, this, on, early, late

# Relative days that name a night, with their offset in days ("last night"
# is the night before the reference day).
[night-days]
tonight = 0, last night = -1

# Possessive determiners. Before "last" or "next" with a unit of time
# they make it the final or the following one of the owner's, no time
# counted from the telling: "Tonite was my last night", "their last
# year in office", "his next game".
[final-step-owners]
my, his, her, its, our, their, your

# Words before a part of a day ("this morning", "yesterday afternoon").
[part-of-day-openers]
this, yesterday, tomorrow

# A time counted back from the reference date ("three weeks ago"): the
# count words, the units (plural with a plural ending) and the word after.
[ago-counts]
a, one, two, three, four, five, six, seven, eight, nine, ten
[ago-units]
day, week, month, year
[ago-words]
ago

# The units of a relative period ("next week", "earlier this year").
[relative-units]
week, weekend, month, year

# "the past week", "this past week", "the last two years", "the next few
# days" with a count: a span counted from the reference day itself, not a
# calendar week. "last week" without an opener is the calendar week
# before ("the last week of July" is the final one, not a span).
[span-openers]
the, this
[span-units]
day, week, weekend, month, year
# "previous" and "following" count from another event ("the previous
# week"), so they make no span of the reference day.
[span-steps]
past = -1, last = -1, next = 1, coming = 1
[span-refusers]
of, before, ahead, until, leading, preceding
# Told in the past, "the next two weeks were quiet" counts from the event
# told; "the coming weeks" never does.
[narrative-steps]
next
# Prepositions of a period: "in the next week", "over the next two years"
# look ahead of the telling whatever the tense around them.
[span-prepositions]
in, over, within, during, for, throughout, through, into

# Words before a count back that leave the time open at one end: "less
# than two weeks ago" is after the day two weeks back, "more than a year
# ago" before the day a year back.
[ago-comparatives]
less than = after, fewer than = after, under = after, no more than = after,
within = after, more than = before, over = before, at least = before,
upwards of = before
# Words right before "more than" or "less than" that make it compare an
# amount, not the time ("much more than a year ago"; "$74 million more
# than a year ago" has a number there).
[amount-comparison-words]
much, far, percent, times, points, lot, bit, little, slightly,
significantly, substantially, higher, lower, up, down

# The word before "the" and a part of a period ("at the end of last
# month").
[period-openers]
at

# Names of days that fall on a known date: a month and day ("Christmas
# Day = 12-25"), the first given weekday on or after a month and day
# ("Thanksgiving Day = thursday 11-22": the fourth Thursday of
# November), or the
# dates listed for the years known ("Super Tuesday", the day most states
# hold presidential primaries, set by each cycle's calendar). Written as
# they are capitalised. "Election Day" is left out: it is a primary's day
# as often as the general election's, and any country's.
# A one-word feast ("Christmas", "Thanksgiving") mostly names the season
# or a thing of it ("Christmas trees", "Christmas shopping"), not the day:
# only its day's full name is here. A feast that moves with Easter is
# written as days from Western Easter Sunday ("Good Friday = easter-2"),
# which the code computes (the anonymous Gregorian computus); a lone
# "Easter" names the season or the weekend as often as the Sunday.
[named-days-cased]
Christmas Day = 12-25, Christmas Eve = 12-24,
New Year's Day = 01-01, New Year’s Day = 01-01, New Year's Eve = 12-31,
New Year’s Eve = 12-31, Independence Day = 07-04, Fourth of July = 07-04,
July Fourth = 07-04, Valentine's Day = 02-14,
Valentine’s Day = 02-14, Veterans Day = 11-11,
Thanksgiving Day = thursday 11-22,
Labor Day = monday 09-01, Memorial Day = monday 05-25,
Black Friday = friday 11-23,
Cyber Monday = monday 11-26,
Easter Sunday = easter, Easter Day = easter, Easter Monday = easter+1,
Good Friday = easter-2, Holy Saturday = easter-1, Maundy Thursday = easter-3,
Palm Sunday = easter-7, Ash Wednesday = easter-46, Shrove Tuesday = easter-47,
Ascension Day = easter+39, Pentecost Sunday = easter+49, Whit Sunday = easter+49,
Whit Monday = easter+50,
Super Tuesday = 2000-03-07 2004-03-02 2008-02-05 2012-03-06 2016-03-01 2020-03-03 2024-03-05

# Names that hold a time word and date nothing by it: shows, papers,
# days named by an event or a carnival ("Bloody Sunday", "Fat Tuesday").
# Written as they are capitalised; "This Week" is ABC's show
# (the words at a sentence's start are "This week").
[time-word-names-cased]
Saturday Night Live, Good Morning America, USA Today, USA TODAY,
Fox News Sunday, Monday Night Football, Sunday Night Football,
Thursday Night Football, Monday Night Raw, Sunday Times, Mail on Sunday,
Independent on Sunday, Sunday Telegraph, CBS Sunday Morning,
Sunday Morning Futures, Tonight Show, This Week, Bloody Sunday,
Black Monday, Black Tuesday, Fat Tuesday, Sheffield Wednesday
# A paper's section or issue by its weekday, written as a label ("Sunday
# Edition" over items of other dates): a name, not a day.
Monday Edition, Tuesday Edition, Wednesday Edition, Thursday Edition,
Friday Edition, Saturday Edition, Sunday Edition, Sunday Magazine,
Sunday Mirror, Sunday Express, Sunday People

# Sayings that hold a time word and date nothing by it: "the wait 'til
# next year is over" ends a fan's years of waiting for a title (the
# Brooklyn Dodgers' saying), not the coming year; "Wait Till Next Year"
# is its title. Written with "is/was over" after the noun "wait":
# "wait till next year" alone may be the verb, of a real year ("fans
# will have to wait till next year for the sequel").
[time-sayings-cased]
wait 'til next year was over, wait ’til next year was over,
wait till next year was over, wait 'til next year is over,
wait ’til next year is over, wait till next year is over,
Wait Till Next Year, Wait 'Til Next Year, Wait ’Til Next Year
# A site's appeal to its reader ("Will you support our work and become a
# Vox Member today?"): its "today" is whenever the page is read.
Member today?, member today?, Subscribe today, Donate today

# Ordinal words of the days of a month ("March first", "the fourth of
# July").
[day-ordinal-words]
first = 1, second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6,
seventh = 7, eighth = 8, ninth = 9, tenth = 10, eleventh = 11,
twelfth = 12, thirteenth = 13, fourteenth = 14, fifteenth = 15,
sixteenth = 16, seventeenth = 17, eighteenth = 18, nineteenth = 19,
twentieth = 20, twenty first = 21, twenty second = 22, twenty third = 23,
twenty fourth = 24, twenty fifth = 25, twenty sixth = 26,
twenty seventh = 27, twenty eighth = 28, twenty ninth = 29, thirtieth = 30,
thirty first = 31

# Future cues that are also nouns, and the words that, right after one,
# show the noun (as does a mark of punctuation): "Mr. Obama revised his
# withdrawal plans in October" and "announced a spending plan on Monday"
# are told in the past; "he plans to visit" looks ahead.
[future-cue-nouns]
plans, plan, hopes, hope, aims, wants
[future-cue-noun-followers]
in, on, at, of, after, before, since, during, from, with, was, were,
had, have, has, are, is
# Present schedule verbs that are also plural nouns, and the words that,
# right before such a word or a future-cue noun, make it the noun: a verb
# never follows a determiner, a possessive or "as" ("confirmed their
# status as hosts ... on Wednesday" is told in the past; "Creighton hosts
# Drake Sunday" looks ahead).
[schedule-cue-nouns]
hosts, plays, visits, faces, meets, travels
[cue-noun-determiners]
the, a, an, his, her, its, their, our, my, your, these, those, whose, as

# Words between "since" and a date it bounds inside a noun phrase ("since
# their Oct. 13 debate"): the date still lies before the telling.
[since-determiners]
the, their, his, her, its, our, my, your, this, that

# A capitalised word, a weekday and then a possessive or one of these
# heads make a name, not a day: a club or place named with a weekday
# ("Sheffield Wednesday's ground", "Sheffield Wednesday Football Club").
# A name has no preposition or article between its words; "Biden
# Wednesday's speech" is not English, so the possessive after a bare
# capitalised word tells the name.
[weekday-name-heads-cased]
Football Club, FC, F.C., Club, Church, Chapel, School, Street, Road

# Nouns of something that recurs on a day of the week: a weekday right
# before one, with no preposition or determiner of its own, classifies
# it ("Saturday pay", "Sunday trading", "Sunday shifts") and names no
# day.
[weekday-habit-nouns]
pay, rate, rates, premium, premiums, trading, opening, openings,
working, work, shift, shifts, hours, overtime, school, schools, roast,
lunch, lunches, papers, paper, edition, editions, supplement, league,
leagues, fixture, fixtures, opening-hours, rota, rotas, cover, staffing

# Heads of a title that names an office by the day its service recurs
# on: after a determiner or a possessive, a weekday, a noun and one of
# these ("the Friday prayers clergy of Tabriz", "Tehran's Friday prayer
# leader", "a Sunday school teacher"), or one of these, "of", a weekday
# and a noun ("Tabriz Imam of Friday Prayer"), name no day. The same
# weekday and noun that place a happening take no such head ("killed
# during Friday prayers").
[weekday-office-heads]
leader, leaders, imam, imams, clergy, cleric, clerics, preacher,
preachers, khatib, teacher, teachers, pastor, priest, rabbi

# A "from" that opens an interval (a time with nothing after it that
# would close a range: "their relationship from 2012" is from 2012 on).
[open-interval-from]
from

# Words after a time that continue the range "from" opened: "from 2012
# to 2015", "from Monday through Friday".
[open-from-closers]
to, through, until, till

# Words after a time that join a second time to it when a number, month
# or weekday follows them ("from 2012 and 2013"); before anything else
# they join a noun phrase ("her relationship from 2012 and the night").
[open-from-joiners]
and, or

# Words after a time that say the interval runs on ("from 2012
# onwards"). Any other word after the time that is not a function word
# is a noun it classifies ("cut 30% from 2005 levels": the 2005 level).
[open-from-runners]
on, onwards, onward

# Nouns of a record before "from": the record was made then, and the
# "from" bounds nothing ("a photo from 2012", "figures from 2012 show").
[record-nouns-before-from]
photo, photos, photograph, photographs, picture, pictures, image, images,
video, videos, footage, clip, clips, recording, recordings, letter,
letters, email, emails, tweet, tweets, post, posts, data, figures,
statistics, numbers, report, reports, study, studies, survey, surveys,
poll, polls, census, record, records, file, files, document, documents,
interview, interviews, memo, memos, note, notes, message, messages,
speech, speeches, article, articles, story, stories, one, ones, those,
results, election, elections, season, edition, version, model, models,
vintage, class, film, song, album, book, paper, papers, case, cases

# Phrases that set a telling on the day the narration last named:
# "Jugnauth made the announcement late on Friday … Jugnauth earlier in the
# day said …" said it on that Friday.
[same-day-anaphors]
earlier in the day, later in the day, earlier that day, later that day,
that day, the same day, on the same day, that same day, hours earlier,
hours later

# Pronouns that, as the subject of an attribution ("…,” he said"), go on
# with the speaker named before: the quotation after it is told on the
# same occasion.
[continuing-speaker-pronouns]
he, she, they

# Days named from the day of writing that show a writer who counts from
# it ("canceled roughly 109 flights yesterday"): such a writer calls the
# day of writing "today", so a past weekday of the page's own weekday is
# the week before ("On Friday night ... made an emergency landing" on a
# page dated Friday). "today" is left out: it also means nowadays.
[deictic-page-days]
yesterday

# A church calendar named before a feast that moves with Easter, whose
# Easter is not the Western one ("Orthodox Easter Sunday"): the feast is
# left undated.
[other-feast-calendars-cased]
Orthodox, Coptic

# Words that may stand before the word closing a range "from" opened
# ("from 1967 up until 2009").
[open-from-closer-leads]
up, right

# Verbs that move a date, right before "from": "postponed from 2025 until
# 2027" names the old date and the new one, not a span between them.
[date-move-verbs]
moved, move, moves, moving, postponed, postpone, delayed, delay,
rescheduled, reschedule, pushed, push, shifted, shift, changed, change,
brought, bring, put, pulled, advanced, deferred, defer, extended, extend,
back, forward

# Words of an attribution that place the telling after the happening the
# narration has just dated ("said Musk afterward"): said between that
# happening and the writing.
[after-happening-anaphors]
afterward, afterwards

# The article between a ruler's name and the epithet that follows it
# ("August the Strong", "Peter the Great"), and the epithets: a month word
# so followed is the name, and dates nothing. Only a listed epithet
# tells it: "Remember in November the Democrats who filibustered" is the
# month, before its verb's object.
[name-epithet-articles]
the

[ruler-epithets-cased]
Strong, Great, Bold, Bald, Fat, Good, Wise, Pious, Just, Terrible, Elder,
Younger, Magnificent, Conqueror, Confessor, Unready, Fair, Simple, Lame,
Short, Tall, Red, Victorious, Mad, Brave, Learned, Blessed, Cruel,
Peaceful, Martyr, Lawgiver, Navigator, Liberator, Builder

# Determiners between the word closing a range "from" opened and a year
# that modifies the noun ending the range ("from 1967 until his 2009
# death", "until the 2016 election"): the year is the range's end.
[range-end-determiners]
the, their, his, her, its, our, my, your

# Words that make a year a fiscal year ("the 2017 fiscal year", "the
# 2017 budget year"): an organization's year of accounts, which runs from
# the month it chooses (the US government's from October, the British
# government's from April, many firms' from July), named by the year it
# ends in or by the one it starts in. It is no calendar year.
[fiscal-year-words]
fiscal, budget


# A preposition before a span looking ahead that makes it a term, the
# length of what it belongs to ("an order barring entry for the next 90
# days"), counted from that thing's start, not from the telling.
[term-prepositions]
for

# Words before a day that put a happening in its first hours, after
# midnight ("operations halted early Tuesday"): a story of that day then
# began the night before, and the words it quotes may have been said
# that evening.
[small-hours-words]
early

# Phrases right before a year that place the telling in that year
# ("plunging China into mourning at the start of 2015", "so far in
# 2015"): a page of unknown date that writes one is of that year. The
# value is how many of the year's first months the telling may lie in
# (the start of a year is its first two).
[telling-year-openers]
the start of = 2, the beginning of = 2, the first days of = 2,
so far in = 12

# The determiner before the thing a count of years back from the telling
# names ("the election five years ago").
[counted-thing-determiners]
the

# Prepositions between a thing and the year that names it ("the election
# of 2014", "the election in 2014").
[thing-year-prepositions]
of, in

# Words of a page that looks back from a later time ("ten years on",
# "the anniversary of"): a year its title names is then not the year of
# its telling.
[retrospective-words]
anniversary, anniversaries, remembering, retrospective, years on,
years ago, years later, years after, decades ago, decade ago,
looking back

# Words that open a clause telling what happened on the day just named
# ("on Friday evening when a speeding train ran over hundreds"): that
# clause's tense is the day's, whatever the clause before it says.
[event-clause-openers]
when

# Words right before a day that cite a report already made ("according
# to a Thursday estimate"): the day is the report's, so it is past.
[cited-report-openers]
according to a, according to an, according to the, according to
