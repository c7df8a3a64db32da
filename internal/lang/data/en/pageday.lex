# Words a page prints right before the day it was put out or last
# changed: "Last updated 23rd Sep 2019", "ITV Report. updated the 23rd
# September 2019", "Published: Dec. 17, 2014". A page stored without its
# date may still carry this stamp in its text.
[page-stamp-words]
updated, published, posted, modified

# Words that open a byline, the writer's name, after which a page prints
# the day it was put out ("By Nick Miroff, December 17, 2014"; scraped
# pages often glue the two: "By Gerald HernandezApril 7, 2020News").
# Written as they are capitalised: "written by" inside a sentence opens
# no byline.
[byline-words-cased]
By

# Words between a stamp word and its date (besides a colon or a dash).
[page-stamp-fillers]
the, on, at

# Idioms that hold a weekday and name no day: a "Monday morning
# quarterback" is a critic judging after the fact. Written as they are
# capitalised; each also matches its plurals and verb forms ("Monday
# morning quarterbacks", "Monday-morning quarterbacking"). "man Friday"
# is left out: "police arrested a man Friday" is a day.
[weekday-idioms-cased]
Monday morning quarterback, Monday-morning quarterback, Sunday best,
Sunday driver

# Where a person stands in a photograph, set off by commas after the
# name in its caption: "Bradley Manning, center, is escorted into a
# courthouse", "Pinera, right, celebrates".
[caption-positions]
left, right, center, centre, second from left, second from right,
third from left, third from right, far left, far right, front, rear,
foreground, background, top, bottom, top left, top right, bottom left,
bottom right
