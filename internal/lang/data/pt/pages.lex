# Palavras portuguesas de páginas que não são artigos.

[error-page-phrases]
página não encontrada, a página não existe, a página que você procura,
a página que procura, não está mais disponível, já não está disponível,
conteúdo indisponível, acesso negado, erro 404,
não disponível no seu país, não está disponível no seu país,
não encontramos esta página, não encontramos a página, a página que você buscava,
site em manutenção, voltaremos em breve

[paywall-phrases]
exclusivo para assinantes, conteúdo exclusivo para assinantes,
para continuar lendo, assine para continuar lendo, já é assinante?

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
erro

[home-page-names]
página inicial, início, bem-vindo, bem-vindos

[front-page-endings]
página inicial, documentação

[listing-title-phrases]
resultados da busca, resultados da pesquisa

[section-labels]
política, economia, esportes, desporto, cultura, mundo, opinião, análise,
entrevista, cotidiano

[author-roles]
repórter, jornalista, redação, correspondente, colunista

[credit-labels]
fonte, foto, fotos, vídeo, imagem

[share-phrases]
compartilhar, partilhar, imprimir

[listing-page-names]
arquivo, arquivos, pesquisa, busca, etiquetas, categorias, todos os artigos, mapa do site

[login-page-phrases]
entrar, iniciar sessão, inicie sessão, cadastre-se, criar conta

[more-reading-labels]
leia também, leia mais, veja também, notícias relacionadas, mais lidas,
você pode gostar, saiba mais

[contact-labels]
contato, contacto, assessoria de imprensa

[promo-phrases]
siga-nos, siga a gente, assine nossa

[photo-credit-labels]
foto, fotos, imagem

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
é, são, foi, foram, era, eram, tem, têm, tinha, tinham, será, serão,
pode, podem, disse, diz, morreu, anunciou

# Endings of finite past forms, for the same test.
[lead-verb-endings]
ou, aram, eram, iram

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
categoria, categorias, autor, autores

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
a, e, o, é, à
