# Nederlandse woorden van pagina's die geen artikel zijn.

[error-page-phrases]
pagina niet gevonden, deze pagina bestaat niet,
de pagina die je zoekt, de pagina die u zoekt, toegang geweigerd,
niet meer beschikbaar, er is iets misgegaan, fout 404,
niet beschikbaar in jouw land, niet beschikbaar in uw land,
we kunnen deze pagina niet vinden, pagina kan niet worden gevonden,
bestaat niet (meer), bestaat niet meer, dit artikel bestaat niet,
we konden de pagina niet vinden, website in onderhoud, we zijn zo terug

[paywall-phrases]
alleen voor abonnees, word abonnee en lees verder, lees verder met,
log in om verder te lezen, ben je al abonnee?, bent u al abonnee?

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
fout, foutmelding

[home-page-names]
home, homepage, voorpagina, welkom

[front-page-endings]
homepage, documentatie

[listing-title-phrases]
zoekresultaten, zoekresultaten voor, artikelen met tag, berichten met tag

[listing-page-names]
archief, zoeken, categorieën, alle berichten, sitemap

[login-page-phrases]
inloggen, log in, aanmelden, registreren, account aanmaken

[more-reading-labels]
lees ook, lees meer, meer over, gerelateerde artikelen, meest gelezen,
bekijk ook,
zie ook

[contact-labels]
contact, perscontact

[promo-phrases]
volg ons op, schrijf je in voor onze

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
is, zijn, was, waren, heeft, hebben, had, hadden, wordt, worden, werd,
werden, zal, zullen, kan, kunnen, zei, zegt, overleed

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
categorie, auteur, auteurs, trefwoord
