package textdump

import (
	"regexp"
	"strings"
	"unicode"
)

// chromeLines are whole lines that pages print around articles: ad slots,
// share bars, comment forms, teaser headers, widget captions, in the
// languages the sources use. A line is compared after lower-casing and
// trimming punctuation, so "- Advertisement -" and "Share this:" match.
var chromeLines = toSet(adSlotLines + `
share|share this|share this article|share this story|share this entry|share on|share article|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|instagram|youtube|flipboard|copy link|copy this link|copy|link copied|compartir|compartilhe|compartilhar|teilen|partager|condividi|поделиться
must read|also read|related topics|read more|read next|read also|related|related article|related articles|related posts|related stories|related news|recommended|recommended for you|trending|trending now|trending today|popular|most popular|most read|most viewed|editors picks|editor's picks|you may also like|you might also like|more from|more stories|more news|latest|latest news|latest stories|top stories|up next|next article|previous article|next post|previous post|next|previous|prev|lee también|leer más|te puede interesar|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|à lire aussi|lire aussi|lire la suite|leggi anche|leia também|leia mais|читайте также|смотрите также
leave a reply|leave a comment|comments|comment|no comments|post a comment|post comment|add comment|cancel reply|reply|join the discussion|deja un comentario|comentarios|kommentare|kommentar|laisser un commentaire|commentaires|lascia un commento|commenti|deixe um comentário|comentários|комментарии
subscribe|subscribe now|newsletter|join our newsletter|sign up for our newsletter|get our newsletter|sign up|sign in|log in|login|logout|register|my account|support us|donate|become a member|subscribe to our newsletter|suscríbete|abonnieren|s'abonner|abbonati|assine
cookies|cookie policy|cookie settings|accept|accept cookies|privacy|privacy policy|terms of use|terms of service|terms and conditions|contact|contact us|about|about us|advertise|advertise with us|careers|sitemap|site map|rss|rss feed|faq|help|imprint|impressum|datenschutz|mentions légales|aviso legal
author|authors|archives|archive|tags|tag|topics|categories|category|filed under|menu|main menu|search|search for|home|homepage|skip to content|skip to main content|back to top|scroll to top|go to top|close|open|toggle navigation|navigation|loading|load more|show more|view all|see all|more|video|videos|photos|gallery|watch|listen|play|follow|follow us|like this|like loading|the latest|today|breaking|breaking news|live|en vivo|en directo|sections|language|edition
`)

// teaserHeaders head a box of other stories' headlines.
var teaserHeaders = toSet(`also read|read more|read next|read also|related|related articles|related posts|related stories|related news|related content|recommended|recommended for you|recommended stories|trending|trending now|trending stories|most popular|most read|most viewed|more stories|more news|latest news|latest stories|top stories|you may also like|you might also like|editors picks|editor's picks|must read|more to read|lee también|te puede interesar|mehr zum thema|lesen sie auch|à lire aussi|lire aussi|leggi anche|leia também|leia mais|читайте также`)

// isTeaserHeader tells a teaser box's header: one of teaserHeaders, or
// "More from"/"More on" and a section's name.
func isTeaserHeader(s string, words int) bool {
	if words > 5 {
		return false
	}
	n := normalizePhrase(s)
	return teaserHeaders[n] || strings.HasPrefix(n, "more from ") || strings.HasPrefix(n, "more on ")
}

// adSlotLines are the placeholders of ad slots, which sit between the
// paragraphs of an article as often as around it.
const adSlotLines = `advertisement|advertisements|advertising|advert|adverts|ad|ads|sponsored|sponsored content|paid content|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|реклама|spot_img|spot_imgspot_img`

var adSlots = toSet(adSlotLines)

// chromePrefixes start lines that label page furniture: "Also Read: …",
// "Photo: Reuters", "Advertisement: …", "Tags: …". They count only on
// short lines, followed by a colon, a dash or nothing.
var chromePrefixes = func() []string {
	list := strings.Fields(`
advertisement advertising sponsored anzeige publicidad publicité pubblicità
also_read read_more read_also related recommended trending must_read see_also more_on more_from watch listen
photo photos image images picture pic foto fotos fotografía bild credit credits source_image caption illustration
tags tag topics categories category filed_under posted_in
share share_this follow_us follow_on
lee_también leer_más lesen_sie_auch mehr_zum_thema à_lire_aussi lire_aussi leggi_anche leia_também читайте_также
`)
	for i, p := range list {
		list[i] = strings.ReplaceAll(p, "_", " ")
	}
	return list
}()

// captionLabels start the caption and credit lines that a page's
// screen-reader labels leave in a flattened dump, with no colon after
// them: "Image copyright Getty Images", "Image caption Scooter Braun…".
var captionLabels = []string{"image copyright", "image caption", "image source", "media caption", "video caption"}

// isLabelledCaption tells such a line.
func isLabelledCaption(s string) bool {
	n := normalizePhrase(s)
	for _, p := range captionLabels {
		if strings.HasPrefix(n, p+" ") {
			return true
		}
	}
	return false
}

// chromePhrases betray boilerplate wherever they occur in a line of
// moderate length: comment forms, cookie banners, newsletter boxes,
// copyright notices, calls to follow or support the site.
var chromePhrases = []string{
	"your email address will not be published",
	"required fields are marked",
	"save my name, email",
	"this site uses akismet",
	"all rights reserved",
	"todos los derechos reservados",
	"alle rechte vorbehalten",
	"tous droits réservés",
	"tutti i diritti riservati",
	"todos os direitos reservados",
	"все права защищены",
	"we use cookies",
	"uses cookies",
	"use of cookies",
	"utilizamos cookies",
	"wir verwenden cookies",
	"nous utilisons des cookies",
	"utilizziamo i cookie",
	"by continuing to use",
	"accept cookies",
	"cookie policy",
	"privacy policy",
	"terms of service",
	"sign up for our",
	"subscribe to our",
	"sign up to receive",
	"enter your email",
	"get the latest news",
	"follow us on",
	"like us on facebook",
	"become our patron",
	"become a patron",
	"click here to",
	"quick links",
	"successfully subscribed",
	"thanks for signing up",
	"opt-in box",
	"see all newsletters",
	"keep an eye on your inbox",
	"succesfully subscribed",
	"activation link",
	"reading time",
	"min read",
	"minute read",
	"minutes read",
	"tempo de leitura",
	"tiempo de lectura",
	"temps de lecture",
	"tempo di lettura",
	"lesezeit",
	"by clicking here",
	"continue reading below",
	"view the discussion thread",
	"read more at",
	"read the full story",
	"this article originally appeared",
	"you must be logged in",
	"log in to comment",
	"comments are closed",
	"share this article",
	"download our app",
	"javascript is disabled",
	"requires javascript",
	"enable javascript",
	"your browser does not support",
	"síguenos en",
	"folgen sie uns",
	"suivez-nous",
	"seguici su",
	"siga-nos",
	"подписывайтесь на",
}

// normalizePhrase lower-cases s and trims the punctuation and symbols
// around it, so decorations ("- Advertisement -", "Share this:") do not
// hide a phrase.
func normalizePhrase(s string) string {
	s = strings.ToLower(s)
	return strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

func toSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, group := range strings.Split(list, "\n") {
		for _, p := range strings.Split(group, "|") {
			if p = strings.TrimSpace(p); p != "" {
				m[p] = true
			}
		}
	}
	return m
}

// urlLike matches a bare address or a name glued to one
// ("Daily Global Timeshttps://dailyglobaltimes.com").
var urlLike = regexp.MustCompile(`(?i)(?:https?://|www\.)\S+$`)

// isChromeLine reports whether a line reads like page furniture by its
// wording alone.
func isChromeLine(s string, words int) bool {
	n := normalizePhrase(s)
	if on("chromeLines") && chromeLines[n] || on("widgetWords") && isWidgetWords(n, words) || on("shareButton") && isShareButton(n) {
		return true
	}
	if on("chromePrefixes") && words <= 20 {
		for _, p := range chromePrefixes {
			if rest, ok := strings.CutPrefix(n, p); ok {
				rest = strings.TrimLeft(rest, " ")
				if rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
					return true
				}
			}
		}
		if strings.HasPrefix(n, "©") || strings.HasPrefix(n, "copyright") || strings.HasPrefix(strings.ToLower(s), "©") {
			return true
		}
	}
	if on("chromePhrases") && words <= 60 {
		low := strings.ToLower(s)
		for _, p := range chromePhrases {
			if strings.Contains(low, p) {
				return true
			}
		}
	}
	if on("relativeTime") && words <= 8 && (relativeTime.MatchString(n) || updateTime.MatchString(s)) {
		return true
	}
	if on("ticker") && words <= 20 && tickerItem.MatchString(s) && !endsSentence(s) {
		return true
	}
	if on("handleByline") && words <= 6 && handleByline.MatchString(strings.TrimSpace(s)) {
		return true
	}
	if on("sectionLink") && words <= 12 && sectionLink.MatchString(s) && !endsSentence(s) {
		return true
	}
	if on("gluedCredit") && words <= 40 && strings.ContainsAny(s, ":(") && captionCredit.MatchString(s) {
		return true
	}
	if on("creditTail") && words <= 60 && creditTail.MatchString(strings.TrimSpace(s)) {
		return true
	}
	if on("urlLike") && words <= 6 && urlLike.MatchString(s) {
		return true
	}
	return on("navLine") && words <= 30 && isNavLine(s)
}

// navSeparators split the items of a breadcrumb or a menu printed on one
// line ("Home | News | Sport", "Home › World › Asia").
var navSeparators = regexp.MustCompile(`\s+(?:\||·|•|›|»|>|/)\s+`)

// isNavLine reports whether s is three or more short items joined by
// navigation separators.
func isNavLine(s string) bool {
	parts := navSeparators.Split(s, -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

var (
	// commentsHeader opens a comment thread: "34 responses to …",
	// "12 Comments", "Leave a Reply", "5 thoughts on …".
	commentsHeader = regexp.MustCompile(`(?i)^(?:\d+\s+(?:comments?|responses?|replies|reactions|thoughts on|kommentare|comentarios|commentaires|commenti|comentários|комментари\w*)\b|(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|(?:top rated |all |view |show |view all |reader |readers |latest |most recent |top )?comments?(?: \d+)?|discussion|deja un comentario|laisser un commentaire|lascia un commento|deixe um comentário|kommentar schreiben)\s*[:.]?\s*$)`)
	// commenterLine is a comment's signature line: "joetoronto says:".
	commenterLine = regexp.MustCompile(`(?i)^\S+(?:\s\S+){0,3}\s(?:says|said|wrote|writes|schreibt|dice|disse|escribió|a écrit|пишет)\s*:?$`)
)

// widgetWords are the labels of share bars and toolbars; a short line made
// of nothing else ("Whatsapp Facebook Pint Baixar") is a row of buttons.
var widgetWords = toSet(`
share|shares|tweet|email|e|mail|print|facebook|twitter|whatsapp|linkedin|pinterest|pin|pint|reddit|telegram|instagram|youtube|flipboard|tumblr|vk|messenger|sms|x|copy|link|save|download|baixar|descargar|herunterladen|télécharger|scarica|comment|comments|like|follow|subscribe|rss|google|plus|pocket|mix|whatsapp
compartir|compartilhar|compartilhe|teilen|partager|condividi|imprimir|drucken|imprimer|stampa
`)

// isWidgetWords reports whether the normalised line n is a few toolbar
// labels and nothing else.
func isWidgetWords(n string, words int) bool {
	if words < 2 || words > 8 {
		return false
	}
	for _, t := range tokenize(n) {
		if !widgetWords[t] {
			return false
		}
	}
	return true
}

// shareButton is a share button's label spelled out for screen readers:
// "Share this with LinkedIn", "Share on Facebook", "Share to Email".
var shareButton = regexp.MustCompile(`^share(?: this(?: article| story| page| post)?)? (?:with|on|via|to|by) (.{1,30})$`)

// isShareButton reports whether the normalised line n is a share button's
// label: "share ... with" and only toolbar words after it.
func isShareButton(n string) bool {
	m := shareButton.FindStringSubmatch(n)
	if m == nil {
		return false
	}
	for _, t := range tokenize(m[1]) {
		if !widgetWords[t] {
			return false
		}
	}
	return true
}

// relativeTime is a comment's or a teaser's age: "2 days ago at 07:52 am".
// Teaser lists abbreviate it: "32M ago", "1H ago".
var relativeTime = regexp.MustCompile(`^(?:posted |updated )?(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|m|d|days?|weeks?|months?|years?)\s+ago\b`)

// Further shapes of furniture: a caption's credit at the end of a line
// (also glued to the caption, "...sought treatmentCredit: EPA", where a
// page sets the credit in a span of its own right after the caption's),
// a "More in World" section link, a bare update time, calls to click.
var (
	captionCredit = regexp.MustCompile(`(?i)(?:(?:\b(?:credit|credits|photo|photograph|image|picture|foto|bild)|(?-i:\p{Ll}Credits?))\s*:\s*[^.:]{2,60}|\((?:photo|image|picture|foto)?[^()]{0,40}\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|dpa)\b[^()]{0,40}\))\s*$`)
	// creditTail is a picture's credit closing a caption in the forms
	// the wires and the papers that print their pictures use, without
	// the colon captionCredit asks for: "... November 18, 2019.
	// REUTERS/Brendan McDermid", "AP Photo/Evan Vucci", "... big win.
	// Credit... Doug Mills/The New York Times". A story's sentence does
	// not end on an agency's name, a slash and a photographer's.
	creditTail  = regexp.MustCompile(`(?:\b(?:REUTERS|Reuters|AP Photo|AFP|EPA|Getty Images|dpa|Xinhua|ANSA|EFE)\s*/\s*` + creditName + `(?:\s*/\s*` + creditName + `)?|\bCredit(?:\.\.\.|…)\s*\p{Lu}[^.]{1,60})$`)
	sectionLink = regexp.MustCompile(`(?i)^(?:more|most read|most popular|latest|top stories|more stories|more news)\s+(?:in|from|on|of|about)\b`)
	updateTime  = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated)\s*(?:at|on)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*\w{0,4}$`)
)

// tickerItem is a live ticker's line: a clock time alone ("14:10"), or
// before a headline ("14:44 Accusations de viols : 14 militaires mis en
// cause"). A live blog's own entries are sentences after their time.
var tickerItem = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s|$)`)

// handleByline is an author's name and social-network handle, which a
// byline or an author box prints: "Nishant Kumar @Nishantopines".
var handleByline = regexp.MustCompile(`^\p{Lu}[\pL.'’-]+(?: \p{Lu}[\pL.'’-]+){0,3} @\w{2,30}$`)

// authorBoxHeader heads the author box below an article: "About the
// author", "Sobre Carlos Nadalim", "Über die Autorin".
var authorBoxHeader = regexp.MustCompile(`^(?:About|ABOUT|Sobre|Über|Acerca de|À propos de|A proposito di|Об авторе)(?:\s+(?i:the author|o autor|a autora|el autor|la autora|l'auteur|die autorin|den autor|dem autor|l'autore)|(?:\s+\p{Lu}[\pL'’-]*){1,3})\s*:?$`)

// creditName is a photographer's or an agency's name in a credit:
// capitalised words, "Brendan McDermid", "Getty Images".
const creditName = `\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`
