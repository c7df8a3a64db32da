# Mots français des pages qui ne sont pas des articles.

[error-page-phrases]
page introuvable, page non trouvée, erreur 404, n'existe pas,
n'existe plus, accès refusé, accès interdit, contenu indisponible,
page demandée,
pas disponible dans votre pays, indisponible dans votre pays,
pas disponible dans votre région, nous n'avons pas trouvé cette page,
cette page est introuvable, n'avons pas pu trouver cette page, pas pu trouver la page,
la page que vous recherchez, site en maintenance,
nous revenons très vite

[paywall-phrases]
réservé aux abonnés, cet article est réservé aux abonnés, pour lire la suite,
déjà abonné ?, abonnez-vous pour lire, il vous reste

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
erreur

[home-page-names]
accueil, page d'accueil, bienvenue

[front-page-endings]
page d'accueil, documentation

[listing-title-phrases]
résultats de recherche, archives du mot-clé

[section-labels]
opinion, tribune, éditorial, analyse, politique, économie, société, sport,
culture, international, france, monde, chronique, entretien, décryptage

[author-roles]
rédacteur, rédactrice, correspondant, correspondante, envoyé, envoyée,
journaliste, rédaction, chroniqueur, chroniqueuse

[credit-labels]
source, photo, photos, crédit, crédits, vidéo, illustration, crédits photos,
crédit photo

[share-phrases]
partager, partager sur facebook, partager sur twitter, envoyer par e-mail, imprimer

[listing-page-names]
archives, recherche, étiquettes, mots-clés, catégories, tous les articles, plan du site, table des matières

[login-page-phrases]
connexion, se connecter, identifiez-vous, créer un compte

[list-intro-phrases]
voici la liste, voici une liste, la liste complète des

[more-reading-labels]
à lire aussi, lire aussi, voir aussi, sur le même sujet, articles similaires,
dernières news, les plus lus, à voir aussi, à découvrir aussi, nos articles

[contact-labels]
contact, contact presse, contacts presse

[promo-phrases]
suivez-nous, suivez nous, abonnez-vous, inscrivez-vous à notre

[disclosure-phrases]
nous pouvons percevoir une commission, contient des liens affiliés

[photo-credit-labels]
photo, photos, crédit, crédits, crédits photos, crédit photo

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
est, sont, était, étaient, a, ont, avait, avaient, sera, seront, peut,
peuvent, fut, furent, dit, annonce, affirme

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
etiquette, etiquettes, categorie, categories, auteur, auteurs, mot-cle, mots-cles

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
a, à, y
