package pagetype

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linesMaxProse is the most prose words a page whose main part is
// described lines may hold outside them: a sentence saying what the
// list is, not paragraphs introducing a book.
const linesMaxProse = 40

// describedLines counts the lines of list or paragraph n that are an
// index's entries: a name that is one link to another page, then a
// dash or a colon and a line saying what that page is ("Deployment -
// How to install the application"), as a part's list of its pages or
// a reference's list of modules print them; the list form of
// describedTerms. A list's lines are its items, a paragraph's are the
// runs of text between its <br> elements. words are those lines'
// words. Only lines of three such entries or more, most of the lines,
// count: a story's sentence that opens on a link ("Reuters - The
// minister said ...") is one line, and a chapter's "See also" list
// links to other pages without a line on each.
func describedLines(n *html.Node) (entries, words int) {
	var lines [][]*html.Node
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				lines = append(lines, children(c))
			}
		}
	case atom.P:
		var line []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Br {
				lines = append(lines, line)
				line = nil
				continue
			}
			line = append(line, c)
		}
		lines = append(lines, line)
	default:
		return 0, 0
	}
	count := 0
	for _, line := range lines {
		w, ok := describedLine(line)
		if w == 0 {
			continue // an empty line: a <br> at the end
		}
		count++
		if ok {
			entries++
			words += w
		}
	}
	if entries < 3 || entries*5 < count*4 {
		return 0, 0
	}
	return entries, words
}

// describedLine tells whether the nodes of a line are a name that is
// one link to another page, of at most termNameMaxWords words, and
// after it a dash or a colon and 2 to termLineMaxWords words of
// description with no other link. words counts the line's words.
func describedLine(line []*html.Node) (words int, ok bool) {
	var text strings.Builder
	var links []*html.Node
	for _, c := range line {
		text.WriteString(textOf(c))
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && attr(c, "href") != "" {
			links = append(links, c)
		}
		for d := range c.Descendants() {
			if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
				links = append(links, d)
			}
		}
	}
	all := strings.TrimSpace(text.String())
	words = wordCount(all)
	if len(links) != 1 || strings.HasPrefix(attr(links[0], "href"), "#") {
		return words, false
	}
	name := strings.TrimSpace(textOf(links[0]))
	if w := wordCount(name); w < 1 || w > termNameMaxWords || !strings.HasPrefix(all, name) {
		return words, false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(all, name))
	sep, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(lineSeparators, sep) {
		return words, false
	}
	w := wordCount(rest[size:])
	return words, w >= 2 && w <= termLineMaxWords
}

// lineSeparators are the marks between an index entry's name and its
// line: a hyphen, en and em dashes, a colon.
const lineSeparators = "-–—:"

// children are the child nodes of n.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}
