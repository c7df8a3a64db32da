# Deutsche Wörter von Seiten, die keine Artikel sind.

[error-page-phrases]
seite nicht gefunden, nicht gefunden, fehler 404, diese seite gibt es nicht,
seite existiert nicht, zugriff verweigert, nicht mehr verfügbar,
seite konnte nicht gefunden werden,
seite haben wir nicht gefunden, in ihrem land nicht verfügbar,
in deinem land nicht verfügbar, in ihrer region nicht verfügbar,
artikel gibt es leider nicht mehr, seite gibt es leider nicht mehr,
artikel gibt es nicht mehr, seite gibt es nicht mehr, wir konnten die seite nicht finden,
seite wurde nicht gefunden, wir sind gleich wieder für sie da,
website wird gerade gewartet

[paywall-phrases]
nur für abonnenten, jetzt abonnieren und weiterlesen, weiterlesen mit,
dieser artikel ist nur für abonnenten, sie sind bereits abonnent?,
exklusiv für abonnenten, mit plus weiterlesen

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
fehler, fehlerseite

[home-page-names]
startseite, homepage, willkommen

[front-page-endings]
startseite, homepage, dokumentation

[listing-title-phrases]
suchergebnisse, beiträge zum thema, schlagwort:

[section-labels]
meinung, kommentar, analyse, politik, wirtschaft, sport, kultur, wissen,
panorama, ausland, inland, lokales, leitartikel, interview

[author-roles]
redakteur, redakteurin, korrespondent, korrespondentin, autor, autorin,
reporter, reporterin, chefredakteur, redaktion, leiter, leiterin

[credit-labels]
quelle, foto, fotos, bild, bilder, video, titelbild, bildquelle, fotoquelle,
bildnachweis, titelfoto

[share-phrases]
teilen, auf facebook teilen, twittern, per e-mail versenden, drucken

[listing-page-names]
archiv, suche, suchergebnisse, schlagwörter, stichwörter, kategorien, themen, alle beiträge, alle artikel, sitemap, inhaltsverzeichnis

[login-page-phrases]
anmelden, anmeldung, einloggen, login, registrieren, konto erstellen

[list-intro-phrases]
hier folgt eine liste, hier folgt die aufzählung, hier ist eine liste,
hier ist die liste, die folgende liste enthält

[more-reading-labels]
lesen sie auch, lies auch, auch interessant, das könnte sie auch interessieren,
das könnte dich auch interessieren, schon gelesen, mehr zum thema, weitere themen,
weitere artikel, weitere beiträge, ähnliche beiträge, ähnliche artikel,
passend zum thema, meistgelesen, meistgelesene artikel, entdecke weitere,
videos zum thema, mehr aus, auch lesenswert, empfohlene artikel,
siehe auch

[contact-labels]
kontakt, pressekontakt, medienkontakt, ansprechpartner, ansprechpartnerin

[promo-phrases]
folgen sie uns, folgt uns, folge uns, folgt mir, abonnieren sie, jetzt abonnieren,
unseren newsletter, zum newsletter, in deinen posteingang, in ihren posteingang

[disclosure-phrases]
handelt es sich um affiliate links, handelt es sich um affiliate-links,
enthält affiliate links, enthält affiliate-links, erhalten wir eine provision,
erhalten wir ggf. eine provision

[photo-credit-labels]
foto, fotos, bild, bilder, titelbild, bildquelle, fotoquelle, bildnachweis, titelfoto

# Finite verb forms of a news lead above the date line (see en/pages.lex).
[lead-verbs]
ist, sind, war, waren, hat, haben, hatte, hatten, wird, werden, wurde,
wurden, kann, können, soll, sollen, muss, müssen, will, wollen, sagte, sagt,
starb, kam, gab, ging, fand, nahm, teilte, erklärte, kündigte

# Address segments over the page that lists a tag's, a category's or an
# author's posts.
[listing-path-names]
schlagwort, schlagworte, schlagwoerter, stichwort, stichworte, kategorie, kategorien, autor, autoren
