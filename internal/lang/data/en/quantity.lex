# English words of numbers, units and qualifiers the quantity finder reads
# (internal/nlp/quantity.go).

# Number words and their value, or the range a vague one stands for
# ("tens of thousands = 1e4 1e5"). The number pattern tries them in the
# order written: a phrase before a word it starts with ("tens of
# thousands" before "ten"). A word matches only as a whole word, so
# "seven" does not take the start of "seventeen".
[number-word-values]
a dozen = 12
dozens = 24
tens of thousands = 1e4 1e5
tens of millions = 1e7 1e8
hundreds of thousands = 1e5 1e6
hundreds of millions = 1e8 1e9
hundreds = 100 999
thousands = 1000 9999
millions = 1e6 1e7
billions = 1e9 1e10
one = 1
two = 2
three = 3
four = 4
five = 5
six = 6
seven = 7
eight = 8
nine = 9
ten = 10
eleven = 11
twelve = 12
thirteen = 13
fourteen = 14
fifteen = 15
sixteen = 16
seventeen = 17
eighteen = 18
nineteen = 19
twenty = 20
thirty = 30
forty = 40
fifty = 50
sixty = 60
seventy = 70
eighty = 80
ninety = 90
a hundred = 100
a thousand = 1000

# Vague plurals that state a floor and no ceiling: "dozens" is at least two
# dozen, however many more.
[open-number-words]
dozens

# Words that multiply the number before them.
[number-multiplier-values]
million = 1e6
m = 1e6
billion = 1e9
bn = 1e9
trillion = 1e12
thousand = 1e3
hundred = 100

# Unit words: the unit a quantity is kept in, the factor to it and, for
# scales with another zero, the offset added after the factor.
[measure-units-cased]
mile = km 1.609344
miles = km 1.609344
mi = km 1.609344
km = km 1
kms = km 1
kilometer = km 1
kilometers = km 1
kilometre = km 1
kilometres = km 1
km/h = km/h 1
kph = km/h 1
mph = km/h 1.609344
kilometers per hour = km/h 1
kilometres per hour = km/h 1
km per hour = km/h 1
miles per hour = km/h 1.609344
m = m 1
meter = m 1
meters = m 1
metre = m 1
metres = m 1
foot = m 0.3048
feet = m 0.3048
ft = m 0.3048
mm = mm 1
millimeter = mm 1
millimetre = mm 1
millimeters = mm 1
millimetres = mm 1
cm = cm 1
inch = mm 25.4
inches = mm 25.4
kg = kg 1
kilograms = kg 1
kilos = kg 1
pounds = kg 0.45359237
lbs = kg 0.45359237
tons = t 1
tonnes = t 1
ton = t 1
tonne = t 1
metric tons = t 1
metric tonnes = t 1
short tons = t 0.90718474
long tons = t 1.0160469088
°c = °C 1
ºc = °C 1
° c = °C 1
degrees celsius = °C 1
degrees centigrade = °C 1
degrees c = °C 1
°f = °C 5/9 -160/9
ºf = °C 5/9 -160/9
° f = °C 5/9 -160/9
degrees fahrenheit = °C 5/9 -160/9
degrees f = °C 5/9 -160/9
square kilometres = km² 1
square kilometers = km² 1
sq km = km² 1
km2 = km² 1
km² = km² 1
square miles = km² 2.589988110336
sq miles = km² 2.589988110336
hectares = km² 0.01
acres = km² 0.004046856422
imperial gallons = l 4.54609
cubic metres = l 1000
cubic meters = l 1000
percent = % 1
per cent = % 1
% = % 1
hour = hours 1
hours = hours 1
minute = minutes 1
minutes = minutes 1
day = days 1
days = days 1
week = weeks 1
weeks = weeks 1
month = months 1
months = months 1
year = years 1
years = years 1
dollar = usd 1
dollars = usd 1
euro = eur 1
euros = eur 1
magnitude = magnitude 1
nautical mile = km 1.852
nautical miles = km 1.852
nmi = km 1.852
knot = km/h 1.852
knots = km/h 1.852
litre = l 1
litres = l 1
liter = l 1
liters = l 1
gallon = l 3.785411784
gallons = l 3.785411784
barrel = l 158.987294928
barrels = l 158.987294928

# Units of more than one word or with a sign, matched before single words.
[multi-word-units]
kilometers per hour, kilometres per hour, km per hour, miles per hour, per cent, km/h, nautical miles, nautical mile, metric tonnes, metric tons, short tons, long tons, degrees celsius, degrees centigrade, degrees fahrenheit, degrees c, degrees f, °c, ºc, ° c, °f, ºf, ° f, square kilometres, square kilometers, sq km, km², square miles, sq miles, imperial gallons, cubic metres, cubic meters

# Words before a number that say how exact it is.
[number-qualifiers]
less than = less-than
fewer than = less-than
up to = less-than
under = less-than
at most = less-than
below = less-than
more than = more-than
over = more-than
at least = more-than
upwards of = more-than
above = more-than
about = about
around = about
roughly = about
some = about
approximately = about
nearly = about
almost = about
an estimated = about
estimated = about
close to = about

# Determiners between "of" and the counted noun: "two of the sailors".
[partitive-determiners]
the, these, those, its, their, his, her, our, whom

# What "of" takes after a number to count what the sentence counted last
# ("two of them").
[partitive-pronouns]
of them, of those, of whom

# Ordinal words that count occurrences ("a third day"); "first" is left
# out: it ranks far more often than it counts ("the first minister").
[ordinal-word-values]
second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6, seventh = 7,
eighth = 8, ninth = 9, tenth = 10, eleventh = 11, twelfth = 12,
thirteenth = 13, fourteenth = 14, fifteenth = 15, sixteenth = 16,
seventeenth = 17, eighteenth = 18, nineteenth = 19, twentieth = 20

# What is written after digits to make an ordinal ("12th").
[ordinal-suffixes]
st, nd, rd, th

# Which ordinal suffix a number takes: by its last two digits, else by
# its last digit, else "other" ("1st", "2nd", "3rd", "11th", "5th").
[ordinal-suffix-by-number]
11 = th, 12 = th, 13 = th, 1 = st, 2 = nd, 3 = rd, other = th

# Words between an ordinal and its noun that keep it a count ("the 12th
# consecutive month").
[ordinal-modifiers]
consecutive, straight, successive, such

# Words that make a run of text hold a number though no digit or number
# word is in it ("a dozen", "a hundred").
[number-nouns]
dozen, hundred, thousand

# Scales written after an earthquake's magnitude ("5.6 on the Richter
# scale").
[magnitude-scales]
on the richter scale

# Words between the two numbers of a range ("five to seven"), besides the
# dashes.
[number-range-words]
to

# Words between the parts of a number in words after a scale word ("two
# hundred and five").
[number-joining-words]
and

# Words written before an earthquake's magnitude ("magnitude-5.2", "a
# magnitude of 6.1").
[magnitude-words]
magnitude

# Words that put a temperature below zero ("minus 5C").
[minus-words]
minus

# Pronouns in -s after a number that count nothing ("two others").
[count-pronouns]
others

# Abbreviations of "number" before digits ("No. 5").
[number-abbreviations]
no, nos
