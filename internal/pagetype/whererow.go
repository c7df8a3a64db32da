package pagetype

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// whereRowNameMaxWords is the most words of a name in an index of
// where names are defined: an identifier, or one with its kind
// ("map (Function)").
const whereRowNameMaxWords = 4

// whereRow tells whether table row n is an entry of an index of names:
// a first cell that is a plain name (a few words, no link), and after it cells that are nothing but links to other
// pages (the modules or pages that define it), with no words of their
// own between the links but commas. words counts the row's words. A
// story's table names things in its first cell too, but its other
// cells are figures or text, not links alone.
func whereRow(n *html.Node) (words int, ok bool) {
	var cells []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && strings.TrimSpace(textOf(c)) != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 {
		return 0, false
	}
	name := strings.TrimSpace(textOf(cells[0]))
	w := wordCount(name)
	if w < 1 || w > whereRowNameMaxWords || linksIn(cells[0]) > 0 {
		return 0, false
	}
	words = w
	for _, c := range cells[1:] {
		if !onlyLinks(c) {
			return 0, false
		}
		words += wordCount(textOf(c))
	}
	return words, true
}

// linksIn counts the links to another page under n.
func linksIn(n *html.Node) int {
	links := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
			links++
		}
	}
	return links
}

// onlyLinks tells whether cell n holds one link or more, each to
// another page, and no text outside them but punctuation.
func onlyLinks(n *html.Node) bool {
	links, within := 0, false
	var outside strings.Builder
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.TextNode {
			outside.WriteString(x.Data)
			return
		}
		if x.Type == html.ElementNode && x.DataAtom == atom.A && attr(x, "href") != "" {
			links++
			within = within || strings.HasPrefix(attr(x, "href"), "#")
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	return links > 0 && !within && strings.IndexFunc(outside.String(), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
