# English: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
a, about, after, against, all, already, also, although, am, among, an, and,
another, any, are, around, as, at, away, back, be, because, been, before,
being, below, between, both, but, by, can, could, did, do, does, down,
during, each, even, ever, every, few, for, from, further, get, got, had,
has, have, having, he, her, here, hers, herself, him, himself, his, how,
however, i, if, in, into, is, it, its, itself, just, last, later, like,
made, make, many, may, me, might, more, most, much, must, my, myself, never,
new, next, no, nor, not, now, of, off, often, on, once, one, only, or,
other, our, ourselves, out, over, own, per, said, same, says, she, should,
since, so, some, still, such, than, that, the, their, them, then, there,
these, they, this, those, though, through, thus, to, too, toward, under,
until, up, upon, us, use, used, using, very, via, was, we, well, were, what,
when, where, whether, which, while, who, whom, why, will, with, within,
without, would, year, years, yet, you, your, yours, yourself, yourselves

[detection-letters]
