# Palabras españolas de páginas que no son artículos.

[error-page-phrases]
página no encontrada, no encontramos la página, no se encontró,
error 404, la página que buscas, la página no existe, acceso denegado,
contenido no disponible,
esta página ya no está, la página ya no está, página no disponible,
no está disponible en tu país, no disponible en tu país, no disponible en tu región,
no hemos podido encontrar la página, no hemos podido encontrar lo que buscabas,
no pudimos encontrar la página, la página que buscabas, sitio en mantenimiento,
estamos realizando tareas de mantenimiento

[paywall-phrases]
exclusivo para suscriptores, suscríbete para seguir leyendo,
para seguir leyendo, contenido exclusivo para suscriptores,
¿ya eres suscriptor?

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
error, página de error

[home-page-names]
inicio, portada, página de inicio, bienvenido, bienvenidos

[front-page-endings]
página de inicio, documentación

[listing-title-phrases]
resultados de búsqueda, archivo de la etiqueta

[section-labels]
opinión, análisis, editorial, política, economía, deportes, cultura,
internacional, nacional, sociedad, tribuna, columna, entrevista

[author-roles]
redactor, redactora, corresponsal, periodista, redacción, columnista,
enviado, enviada

[credit-labels]
fuente, foto, fotos, imagen, crédito, créditos, vídeo, video

[share-phrases]
compartir, compartir en facebook, compartir en twitter, enviar por correo, imprimir

[listing-page-names]
archivo, archivos, búsqueda, buscar, etiquetas, categorías, todas las entradas, mapa del sitio

[login-page-phrases]
iniciar sesión, inicia sesión, identifícate, regístrate, crear una cuenta

[list-intro-phrases]
esta es la lista, esta es una lista, aquí está la lista,
la lista completa de

[more-reading-labels]
te puede interesar, también te puede interesar, lee también, leer más, lea también,
noticias relacionadas, artículos relacionados, más noticias, lo más leído,
temas relacionados, te recomendamos,
véase también, ver también

[contact-labels]
contacto, contacto de prensa

[promo-phrases]
síguenos en, siguenos en, suscríbete, suscribete, nuestro boletín

[disclosure-phrases]
podemos recibir una comisión, contiene enlaces de afiliados

[photo-credit-labels]
foto, fotos, imagen, crédito, créditos

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
es, son, fue, fueron, era, eran, ha, han, había, habían, será, serán,
puede, pueden, dijo, dice, murió, anunció, afirmó, informó

# Endings of finite past forms, for the same test.
[lead-verb-endings]
ó, aron, ieron

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
etiqueta, etiquetas, categoria, categorias, autor, autores

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
a, e, o, u, y, ó
