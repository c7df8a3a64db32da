# Spanish: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
a, al, algo, algunos, ante, antes, aquí, así, aunque, cada, como, con,
contra, cual, cuando, de, del, desde, donde, dos, durante, e, el, ella,
ellas, ellos, en, entre, era, es, esa, ese, esta, este, esto, estos, fue,
fueron, ha, había, han, hasta, hay, la, las, le, les, lo, los, más, me, mi,
mientras, muy, ni, no, nos, o, otra, otro, para, pero, poco, por, porque,
que, quien, se, sea, ser, si, sido, sin, sobre, son, su, sus, también,
tiene, todo, todos, tras, un, una, uno, unos, y, ya
