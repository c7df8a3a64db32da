# Indonesian: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
ada, adalah, agar, akan, atau, bahwa, banyak, bisa, dalam, dan, dari,
dengan, di, dia, hanya, ini, itu, juga, ke, kepada, karena, lebih, mereka,
oleh, pada, saat, sangat, sebagai, sudah, telah, tersebut, tidak, untuk,
yang
