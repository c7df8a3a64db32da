# German: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
aber, alle, als, also, am, an, auch, auf, aus, bei, bereits, bis, da, damit,
dann, das, dass, dem, den, der, des, die, dies, diese, dieser, doch, durch,
ein, eine, einem, einen, einer, es, für, gegen, hat, hatte, ich, ihr, im,
in, ist, jetzt, kann, kein, man, mehr, mit, nach, nicht, noch, nun, nur,
oder, schon, sein, seine, sich, sie, sind, so, über, um, und, uns, unter,
vom, von, vor, war, waren, was, wenn, werden, wie, wird, wir, wurde, zu,
zum, zur, zwischen
