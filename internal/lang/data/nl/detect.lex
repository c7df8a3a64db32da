# Dutch: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
aan, al, als, bij, dan, dat, de, den, der, die, dit, door, een, en, er, had,
heeft, het, hij, hoe, in, is, je, kan, maar, met, meer, na, naar, niet, nog,
of, om, ook, op, over, te, tegen, tot, uit, van, voor, was, wat, werd, wie,
wij, worden, zich, zijn, zo
