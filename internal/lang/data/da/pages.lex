# Danske ord fra sider, der ikke er artikler.

[error-page-phrases]
siden blev ikke fundet, siden findes ikke, siden kunne ikke findes,
fejl 404, adgang nægtet, ikke fundet,
ikke tilgængelig i dit land

[paywall-phrases]
kun for abonnenter, log ind for at læse, bliv abonnent for at læse videre,
er du allerede abonnent?

[section-labels]
debat, kommentar, analyse, leder, indland, udland, erhverv, sport, kultur

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
fejl

[home-page-names]
forside, forsiden, velkommen

[front-page-endings]
forside, dokumentation

[login-page-phrases]
log ind, opret konto

[more-reading-labels]
læs også, læs mere, relaterede artikler, mest læste,
se også

[contact-labels]
kontakt, pressekontakt

[promo-phrases]
følg os på, tilmeld dig vores

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
i, å, ø
