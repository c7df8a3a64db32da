# Italian: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
a, ai, al, alla, alle, anche, che, ci, come, con, da, dai, dal, dalla,
degli, dei, del, della, delle, di, è, e, gli, ha, hanno, i, il, in, la, le,
lo, ma, nel, nella, non, o, per, più, poi, quando, questa, questo, se, si,
sia, sono, su, sua, suo, tra, un, una, uno
