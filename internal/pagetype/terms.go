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
			if name != nil && namesPage(name) && describes(c) {
				entries++
				words += wordCount(textOf(name)) + wordCount(textOf(c))
			}
			name = nil
		}
	}
	if entries < 2 || entries*5 < terms*4 {
		return 0, 0
	}
	return entries, words
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
