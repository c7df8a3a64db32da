# Portuguese: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
a, ao, aos, as, até, com, como, da, das, de, dela, do, dos, e, é, ela, ele,
eles, em, entre, era, essa, esse, esta, este, foi, foram, há, isso, já,
mais, mas, muito, na, nas, não, no, nos, o, os, ou, para, pela, pelo, por,
que, se, sem, ser, seu, seus, sobre, sua, suas, também, tem, um, uma, uns
