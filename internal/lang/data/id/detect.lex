# Indonesian: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
ada, adalah, agar, akan, atau, bahwa, banyak, bisa, dalam, dan, dari,
dengan, di, dia, hanya, ini, itu, juga, ke, kepada, karena, lebih, mereka,
oleh, pada, saat, sangat, sebagai, sudah, telah, tersebut, tidak, untuk,
yang,
antara, bagaimana, bagi, bahkan, begitu, belum, beberapa, bila, bukan,
dapat, harus, hingga, jadi, jika, kalau, kami, kemudian, kenapa, ketika,
kita, lagi, lalu, maka, masih, mengapa, namun, sampai, saja, saya,
sebelum, sebuah, secara, sedang, sejak, selain, semua, seorang, seperti,
serta, setelah, setiap, tapi, tentang, tetapi, yaitu, yakni,
# Abbreviations of the same words, common in informal writing (blogs,
# comments, social posts): "yg" is "yang", "dgn" "dengan".
yg, dgn, utk, dlm, tdk, krn, sdh, jg, blm, tsb, sbg, spt, kpd
