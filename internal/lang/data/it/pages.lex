# Parole italiane delle pagine che non sono articoli.

[error-page-phrases]
pagina non trovata, la pagina non esiste, la pagina che stai cercando,
la pagina richiesta, non è più disponibile, contenuto non disponibile,
accesso negato, errore 404,
non disponibile nel tuo paese, non è disponibile nel tuo paese,
non siamo riusciti a trovare la pagina, la pagina che cerchi, qualcosa è andato storto,
sito in manutenzione, torneremo presto

[paywall-phrases]
riservato agli abbonati, articolo riservato agli abbonati,
per continuare a leggere, sei già abbonato?, abbonati per leggere

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
errore

[home-page-names]
home page, pagina iniziale, benvenuto, benvenuti

[front-page-endings]
home page, documentazione

[listing-title-phrases]
risultati della ricerca

[section-labels]
cronaca, politica, economia, sport, cultura, esteri, opinioni, commento,
analisi, intervista, spettacoli

[author-roles]
giornalista, redattore, redattrice, corrispondente, inviato, inviata, redazione

[credit-labels]
fonte, foto, video

[share-phrases]
condividi, condividi su facebook, condividi su twitter, stampa

[listing-page-names]
archivio, ricerca, cerca, etichette, categorie, tutti gli articoli, mappa del sito

[login-page-phrases]
accedi, accesso, registrati, crea un account

[more-reading-labels]
leggi anche, potrebbe interessarti, ti potrebbe interessare, articoli correlati,
più letti, leggi altro,
vedi anche

[contact-labels]
contatti, contatto, ufficio stampa

[promo-phrases]
seguici su, iscriviti alla nostra

[photo-credit-labels]
foto

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
è, sono, era, erano, ha, hanno, aveva, avevano, sarà, saranno, può,
possono, fu, furono, disse, dice, morì

# Endings of finite past forms, for the same test.
[lead-verb-endings]
ò, arono, irono

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
categoria, categorie, autore, autori

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
a, e, i, o, è
