package pagetype

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// termNameMaxWords is the most words a described term's name may hold:
// a program's, a module's or a document's name ("Performance Notes -
// Apache Tuning"), not a line.
const termNameMaxWords = 8

// termLineMaxWords is the most words of what a described term's
// description says of it: a line or a short paragraph, not a section.
const termLineMaxWords = 60

// describedTerms counts the terms of definition list n that are an
// index's entries: a name that is one link to another page, and under
// it one short paragraph saying what that page is ("httpd — Apache
// hypertext transfer protocol server"), as indexes of programs and
// documents print them. words are those entries' words, prose those of
// their descriptions that read as prose. A glossary's terms are not
// links, and a reference's definitions (a function's signature over
// what it does) link to themselves ("#"), if at all; both explain
// their terms rather than point to them. Only a list of two such
// entries or more, most of its terms, counts.
func describedTerms(n *html.Node) (entries, words int) {
	terms := 0
	var name *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Dt:
			terms++
			name = c
		case atom.Dd:
			if name != nil && (namesPage(name) && describes(c) || leadsToPage(name) && (describes(c) || blank(c)) || isTermName(name) && pointsOn(c)) {
				entries++
				words += wordCount(textOf(name)) + wordCount(textOf(c))
			}
			name = nil
		}
	}
	// Some templates give each entry a list of its own (Apache's
	// manual): a list of one term that is an entry is one of them.
	if entries < 2 && !(entries == 1 && terms == 1) || entries*5 < terms*4 {
		return 0, 0
	}
	return entries, words
}

// termPointerMaxWords is the most words of a description that ends in
// a pointer to the page it describes: a short paragraph or two.
const termPointerMaxWords = 100

// isTermName tells whether term dt is a name of a few words.
func isTermName(dt *html.Node) bool {
	w := wordCount(textOf(dt))
	return w >= 1 && w <= termNameMaxWords
}

// pointsOn tells whether description dd says in a short paragraph or
// two what a document is and ends in a line that is one link to it
// ("See: Access Control"), as an index of documents whose terms are
// plain names gives each. A glossary's or a reference's definition
// explains its term and ends in its own words, or in a reference
// within the text.
func pointsOn(dd *html.Node) bool {
	w := wordCount(textOf(dd))
	if w > termPointerMaxWords {
		return false
	}
	var last *html.Node
	for c := dd.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			last = c
			break
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	if last == nil || last.DataAtom != atom.P {
		return false
	}
	var links []*html.Node
	for d := range last.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
			links = append(links, d)
		}
	}
	if len(links) != 1 || strings.HasPrefix(attr(links[0], "href"), "#") {
		return false
	}
	pointer := wordCount(textOf(last))
	outside := pointer - wordCount(textOf(links[0]))
	return outside <= 2 && w-pointer >= 3
}

// namesPage tells whether term dt is a name of a few words that is all
// one link to another page.
func namesPage(dt *html.Node) bool {
	text := strings.TrimSpace(textOf(dt))
	if w := wordCount(text); w < 1 || w > termNameMaxWords {
		return false
	}
	var links []*html.Node
	for d := range dt.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
			links = append(links, d)
		}
	}
	return len(links) == 1 && strings.TrimSpace(textOf(links[0])) == text && !strings.HasPrefix(attr(links[0], "href"), "#")
}

// leadsToPage tells whether term dt is a name linking to another page,
// a dash or a colon and what the name is and where in a few words, as
// javadoc's index of every name prints each ("absUrl(String) - Method
// in class org.jsoup.nodes.Node"). Its description may be left blank.
func leadsToPage(dt *html.Node) bool {
	text := strings.TrimSpace(textOf(dt))
	if w := wordCount(text); w < 3 || w > termNameMaxWords {
		return false
	}
	var first *html.Node
	for d := range dt.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
			first = d
			break
		}
	}
	if first == nil || strings.HasPrefix(attr(first, "href"), "#") {
		return false
	}
	name := strings.TrimSpace(textOf(first))
	rest, ok := strings.CutPrefix(text, name)
	rest = strings.TrimSpace(rest)
	return ok && name != "" && rest != "" && strings.ContainsRune("-–—:", []rune(rest)[0])
}

// blank tells whether description dd holds no words.
func blank(dd *html.Node) bool { return wordCount(textOf(dd)) == 0 }

// describes tells whether description dd is one short paragraph.
func describes(dd *html.Node) bool {
	w := wordCount(textOf(dd))
	if w < 2 || w > termLineMaxWords {
		return false
	}
	paragraphs := 0
	for d := range dd.Descendants() {
		if d.Type == html.ElementNode && (d.DataAtom == atom.P || d.DataAtom == atom.Li || d.DataAtom == atom.Pre || d.DataAtom == atom.Table) {
			paragraphs++
		}
	}
	return paragraphs <= 1
}
