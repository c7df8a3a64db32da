# English abbreviations and sentence openers for the sentence splitter.

# Abbreviations that precede a name, so never end a sentence ("Mr.", "Gen.").
[title-abbreviations]
mr, mrs, ms, messrs, dr, prof, gen, brig, col, lt, sgt, capt, cmdr, adm, maj,
gov, sen, rep, rev, st, fr, pres, hon, supt, insp, cpl, pvt, amb, atty, mt,
ft, vs, v, gens, sens, reps, lieut, det, cmdt, mme, mlle, const, sgts, supts

# Abbreviated month names ("Sept. 10").
[month-abbreviations]
jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec

# Abbreviations that may end a sentence ("Inc.", "Jr.").
[other-abbreviations]
inc, co, corp, ltd, jr, sr, etc, approx, est, dept, univ, ave, blvd, rd, fig,
al, mass, calif, fla, wash

# Words that commonly open a sentence, to tell an abbreviation's period from a full stop.
[sentence-starters]
the, a, an, he, she, it, they, we, i, you, this, that, these, those, but, and,
in, on, at, his, her, their, its, our, there, however, meanwhile, after, when,
while, as, if, for, some, many, according, officials, police, what, who, why,
how, since, last, next, earlier, later, also, still, yet, so, both, one, two,
no, not, mr, mrs, ms, dr, now, instead, then, afterwards, afterward
