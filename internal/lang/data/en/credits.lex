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
