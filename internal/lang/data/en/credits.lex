# The words of the lines that label, credit or annotate an article rather
# than state its news (internal/nlp: label.go, quote.go, credit.go,
# attribution.go), read into regular expressions. Classes ending in
# "-cased" are matched in the case written.

# Labels an article prints before its first words ("Details: ").
[lead-labels-cased]
Details, More details, Quote, Background, Context, Update, Analysis,
Editor's note, Editor’s note

# Labels of a line that quotes a statement ("Quote: …").
[quote-line-labels-cased]
Quote, Quotes, Statement

# The work a credit line credits ("Reporting by", "Photos: …").
[credit-tasks]
reporting, writing, editing, compiled, translated, translation, research,
graphic, graphics, photo, photos, photography, video

# The word before a credited task that adds to the byline ("Additional
# reporting by").
[credit-additions]
additional

# Prepositions of what a work was made from ("Translated from the French
# by").
[credit-source-prepositions]
from, of

# Roles of a byline left in the body ("By X, special correspondent").
[byline-roles]
correspondent, reporter, editor, writer

# Labels of a wire service's note to editors ("Eds: Updates with details.").
[editor-note-labels]
ed, eds, editor's note, editors note, editor’s note

# Words before a live blog's timestamp ("Updated 3:15 p.m.").
[update-stamps]
updated, posted, last updated

# The halves of a day after a clock time, their letters written with or
# without full stops ("a.m.", "pm").
[clock-halves]
am, pm

# A paragraph in a wire correction stub ("6th graf").
[wire-paragraphs]
graf, grafs

# The abbreviations of "previous" ending a wire correction stub ("graf
# prv").
[wire-previous]
prv, pvs

# Agencies and banks of photos credited in brackets ("(AP Photo/…)").
[photo-agencies]
ap, afp, reuters, getty images, epa

# The words of a photo credit in brackets.
[photo-credit-words]
photo, image, images

# The word that opens an AFP-style credit line ("With Northwire."), matched
# capitalised: in lower case it opens prose.
[credit-with-words]
with

# The attribution patterns (internal/nlp/attribution.go). Each pattern is
# tried only on a text holding the first word of one of its cues.

# Labels of a line naming the source ("Source: Reuters"), capitalised.
[source-line-labels]
source, sources, via, credit

# The verb of a contribution line ("Reuters contributed to this report").
[contribution-verbs]
contributed

# The preposition after it ("contributed to").
[contribution-prepositions]
to

# The determiners and nouns of what was contributed to ("this report",
# "the story").
[contribution-determiners]
this, the
[contribution-objects]
report, story, article

# The phrase of an additional reporter ("Additional reporting by X").
[additional-reporting-cues]
additional reporting by

# Where to read the rest ("Read more at X").
[read-more-cues]
read more at, read more on, read more in,
read the full story at, read the full story on, read the full story in

# Verbs after a cited source that end its name ("citing the ministry
# said").
[citation-end-verbs]
said, reported

# The determiners of an unnamed source told to an outlet ("a source told
# CNN", "the officials told …").
[told-source-determiners]
a, the

# Nouns of unnamed sources that tell an outlet.
[told-source-nouns]
source, sources, official, officials, aide, aides, people, rep, spokesman,
spokeswoman, spokesperson

# What such a source did to the outlet ("told", "confirmed to").
[told-cues]
told, confirmed to

# The nouns of an outlet's unnamed sources ("CNN's sources said").
[outlet-source-nouns]
sources

# What an outlet's sources did ("said", "told").
[outlet-source-verbs]
said, say, reported, report, told, claimed

# Words that may join the words of a cited name ("Bank of England",
# "Centers for Disease Control").
[cited-name-joiners]
of, and, for

# Words after a name cited "according to" that end the name ("according
# to officials who", "according to documents obtained by").
[cited-name-enders]
who, which, that, as, on, in, the, seen, obtained, reviewed
