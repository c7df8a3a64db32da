package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/internal/lang"
)

// authors finds who wrote the article, from the most to the least
// deliberate evidence: JSON-LD, author meta tags, the page's byline
// element, and last what trafilatura guessed. Every name must look like
// a person's: placeholders ("No Author"), chrome ("Account You're
// logged"), the site's own name and roles are dropped.
func authors(doc *html.Node, ld map[string]any, m pageMeta, guessed, site, pageURL string, lex *lang.Lexicon) []string {
	notNames := siteNames(site, pageURL)
	names := func(raw []string) []string {
		var out []string
		seen := make(map[string]bool)
		for _, r := range raw {
			for _, name := range splitNames(r, lex) {
				k := strings.ToLower(name)
				if seen[k] || notNames[foldName(name)] {
					continue
				}
				seen[k] = true
				out = append(out, name)
			}
		}
		return out
	}
	if out := names(ldNames(ld["author"])); len(out) > 0 {
		return out
	}
	var visible []string
	for _, el := range bylineElements(doc) {
		if visible = names(el); len(visible) > 0 {
			break
		}
	}
	if v, _ := m.first("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"); v != "" {
		// A meta tag that names nobody the visible byline names is
		// left over from another page of the template (or another
		// story): the byline the reader sees wins.
		if out := names([]string{v}); len(out) > 0 && (len(visible) == 0 || shareWord(out, visible)) {
			return out
		}
	}
	if len(visible) > 0 {
		return visible
	}
	return names([]string{guessed})
}

// shareWord reports whether two lists of names have a word in common.
func shareWord(a, b []string) bool {
	words := map[string]bool{}
	for _, n := range a {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			words[w] = true
		}
	}
	for _, n := range b {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// bylineClassWords mark an element holding the article's byline.
var bylineClassWords = []string{"byline", "author", "authors", "author name", "authorname", "byline name", "contributor", "writer"}

// bylineElements returns the texts of the page's byline elements in
// document order, one list per element: itemprop=author (its name when
// marked), rel=author links, and elements whose class names a byline or
// author. Elements in comments, related-article lists and page chrome
// name other people.
func bylineElements(doc *html.Node) [][]string {
	var out [][]string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Aside, atom.Select:
			return
		}
		cw := classWords(n)
		if hasWord(cw, []string{"comment", "comments", "related", "recommended", "popular", "trending", "most read", "mostread", "outbrain", "taboola", "author bio", "authorbio", "about author"}) {
			return
		}
		marked := strings.EqualFold(attr(n, "itemprop"), "author") || (n.DataAtom == atom.A && hasToken(attr(n, "rel"), "author")) || hasWord(cw, bylineClassWords)
		if marked {
			if t := markedName(n); t != "" && len(t) <= 200 {
				out = append(out, []string{t})
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// markedName is the name an author element gives: its itemprop=name
// child or content attribute when it has one, else its text.
func markedName(n *html.Node) string {
	var name string
	var find func(c *html.Node)
	find = func(c *html.Node) {
		for ; c != nil && name == ""; c = c.NextSibling {
			if c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), "name") {
				name = firstNonEmpty(attr(c, "content"), textOf(c))
				return
			}
			find(c.FirstChild)
		}
	}
	find(n.FirstChild)
	if name == "" && n.DataAtom != atom.A {
		name = authorLinkText(n.FirstChild)
	}
	if name == "" {
		name = firstNonEmpty(attr(n, "content"), textOf(n))
	}
	return collapseSpace(name)
}

// authorPage matches the path of a link to an author's page, which news
// sites put on the name in a byline ("/author/ben-silverman").
var authorPage = regexp.MustCompile(`(?i)/(?:authors?|people|profiles?|staff|journalists?|writers?|autor(?:es)?|auteurs?|autori|redakteure?)/[^/?#]+`)

// authorLinkText returns the text of the first link to an author's page
// among c and its siblings' trees: a byline box holds the name and, in
// elements of their own, a job title, a photo, a follow button ("Ben
// Silverman" "Games Editor"); the linked name is the author's.
func authorLinkText(c *html.Node) string {
	for ; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && (hasToken(attr(c, "rel"), "author") || authorPage.MatchString(attr(c, "href"))) {
			if t := collapseSpace(textOf(c)); t != "" {
				return t
			}
		}
		if t := authorLinkText(c.FirstChild); t != "" {
			return t
		}
	}
	return ""
}

var (
	nameSeparators = regexp.MustCompile(`\s*(?:;|\||,|&| and | AND | und | et | y | e | и |/)\s*`)
	// byPrefix is a byline's lead-in: "By", "Written by", "Par", "Von".
	byPrefix = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|text|words)\s+by|by|von|par|por|di|door|af|av|autor|author|auteur)\s*[:\-–]?\s+`)
	// otherRoles start a credit that names someone who did not write
	// the article: a photographer, an editor, a translator.
	otherRoles = regexp.MustCompile(`(?i)^(?:photo(?:graph)?s?|pictures?|image|illustration|graphics?|video|editing|edited|translated|translation|additional reporting|compiled|produced|via|source|credit|courtesy)\b`)
	// laterCredit starts the credit of someone who did not write the
	// article inside a byline: "..., edited by", "; photographs by".
	laterCredit = regexp.MustCompile(`(?i)[\s,;|]+(?:edited|photos?|photographs|pictures|illustrations?|graphics|video|translated|additional reporting|reporting|compiled|produced)\s+by\b`)
	// nameEnd cuts a names part where a date, time or other field
	// starts.
	nameEnd = regexp.MustCompile(`\s*(?:\d|\bupdated\b|\bpublished\b|\bposted\b|\bon\b\s|\bat\b\s|\bin\b\s|•|·|—|–| - |\().*$`)
)

// splitNames splits an author field or byline into the names of people,
// dropping what is not one.
func splitNames(s string, lex *lang.Lexicon) []string {
	s = collapseSpace(unescapeAll(s))
	if otherRoles.MatchString(s) {
		return nil
	}
	s = byPrefix.ReplaceAllString(s, "")
	// "Written by Rob Ewaschuk Edited by Betsy Beyer": the names after
	// another role's credit are not the writers'.
	if loc := laterCredit.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	var out []string
	for _, part := range nameSeparators.Split(s, -1) {
		part = strings.TrimSpace(byPrefix.ReplaceAllString(strings.TrimSpace(part), ""))
		if part == "" || strings.Contains(part, "://") || strings.HasPrefix(part, "www.") || strings.Contains(part, "@") {
			continue
		}
		if isRole(part, lex) {
			// "Name, Senior Staff Technologist, ACLU Speech, Privacy":
			// what follows a job title is where the person works.
			break
		}
		part = strings.TrimSpace(nameEnd.ReplaceAllString(part, ""))
		part = trimDateWords(part, lex)
		if isPerson(part, lex) {
			out = append(out, part)
		}
	}
	return out
}

// trimDateWords drops the weekday and month names a byline's date left
// after the name ("Joe Wee Monday, February"), and what follows them.
func trimDateWords(name string, lex *lang.Lexicon) string {
	words := strings.Fields(name)
	for i, w := range words {
		k := strings.ToLower(strings.Trim(w, ".,;:"))
		// A month is a name inside a name ("Laura June Topolsky"),
		// a date at its end.
		if isWeekday(k, lex) || isMonth(k, lex) && i == len(words)-1 {
			words = words[:i]
			break
		}
	}
	// Lower-case words after a name are the rest of a dateline in
	// another language ("před 2 hodinami", "hace 3 horas"); an article
	// after it starts the next line of the page ("Matt Bai The").
	for len(words) > 1 {
		last := words[len(words)-1]
		if r := []rune(last); !unicode.IsLower(r[0]) && !trailingArticles[strings.ToLower(last)] {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// trailingArticles never end a name.
var trailingArticles = map[string]bool{"the": true, "a": true, "an": true, "of": true}

func isWeekday(w string, lex *lang.Lexicon) bool { return inMap(w, lang.Weekdays, lex) }
func isMonth(w string, lex *lang.Lexicon) bool   { return inMap(w, lang.Months, lex) }

// inMap looks a word of more than three letters up in a class of the
// language's lexicon and of English ("may" and "sun" are words too).
func inMap(w string, c lang.Class, lex *lang.Lexicon) bool {
	if len([]rune(w)) <= 3 {
		return false
	}
	for _, l := range []*lang.Lexicon{lex, lang.English()} {
		if l == nil {
			continue
		}
		if _, ok := l.Map(c)[w]; ok {
			return true
		}
	}
	return false
}

// nameParticles may stand lower-case inside a personal name.
var nameParticles = map[string]bool{"de": true, "da": true, "del": true, "della": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "di": true, "dos": true, "das": true, "do": true, "du": true, "bin": true, "ibn": true, "al": true, "el": true, "ter": true, "y": true}

// isPerson tells whether s reads as a person's name: one to five words,
// no digits, not a placeholder or a role; in a script with capitals,
// every word but a particle starts with one.
func isPerson(s string, lex *lang.Lexicon) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 60 {
		return false
	}
	k := strings.ToLower(s)
	if lang.English().Set(lang.NotAuthorNames).Has(k) || lex != nil && lex.Set(lang.NotAuthorNames).Has(k) {
		return false
	}
	if first := []rune(s)[0]; !unicode.IsLetter(first) {
		return false
	}
	for _, w := range words {
		w = strings.ReplaceAll(w, "’", "'")
		r := []rune(w)
		for _, c := range r {
			if unicode.IsDigit(c) || c == '?' || c == '!' {
				return false
			}
		}
		if i := strings.Index(w, "'"); i >= 0 && i+1 < len(w) && strings.IndexFunc(w[i+1:], unicode.IsUpper) < 0 {
			return false // "You're", not "O'Brien"
		}
		if nameParticles[strings.ToLower(w)] && len(words) > 1 {
			continue
		}
		if unicode.IsLower(r[0]) {
			return false
		}
	}
	return true
}

// isRole reports whether a byline part names a job ("AP Auto Writer",
// "Senior Correspondent"): it holds a role word of the language or of
// English.
func isRole(s string, lex *lang.Lexicon) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()")
		w = strings.TrimSuffix(w, "s")
		for _, l := range []*lang.Lexicon{lex, lang.English()} {
			if l != nil && (l.Set(lang.AuthorRoles).Has(w) || l.Set(lang.AuthorRoles).Has(w+"s")) {
				return true
			}
		}
	}
	return false
}

// headline is the text of the page's first h1 outside its chrome.
func headline(doc *html.Node) string {
	var h string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && h == ""; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Head, atom.Nav, atom.Footer, atom.Aside:
					continue
				case atom.H1:
					if t := collapseSpace(textOf(c)); t != "" && !inChrome(c) {
						h = t
						return
					}
				}
			}
			walk(c)
		}
	}
	walk(doc)
	return h
}
