package extract

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inChrome tells whether n sits in page chrome rather than the article.
func inChrome(n *html.Node) bool {
	inArticle := false
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Article, atom.Main:
			inArticle = true
		}
	}
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Select, atom.Script, atom.Style:
			return true
		case atom.Header:
			if !inArticle {
				return true
			}
		}
		if hasWord(classWords(p), chromeWords) {
			return true
		}
	}
	return false
}

// bylineWindow is how many short text runs before and after the headline
// are read for a dateline: enough for "By X | Updated ... | Published ...",
// not enough to reach the article's own prose.
const (
	bylineBefore = 8
	bylineAfter  = 30
	bylineMaxLen = 200
)

// domDate looks for the publication date in the page body: an element
// marked as the publication date, else a short line beside the headline.
func domDate(doc *html.Node, title string) (time.Time, string, bool) {
	var (
		h1     *html.Node
		marked []*html.Node
		times  []*html.Node
		texts  []*html.Node
		h1At   = -1
	)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.H1:
				if h1 == nil || (!sameTitle(textOf(h1), title) && sameTitle(textOf(n), title)) {
					if !inChrome(n) {
						h1, h1At = n, len(texts)
					}
				}
			case atom.Time:
				times = append(times, n)
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
				marked = append(marked, n)
			}
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				texts = append(texts, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, n := range marked {
		if t, ok := elementDate(n); ok {
			return t, "itemprop", true
		}
	}
	for _, n := range times {
		if inChrome(n) || !nearHeadline(n, h1) {
			continue
		}
		if t, ok := elementDate(n); ok && !isUpdateLabel(n) {
			return t, "time-element", true
		}
	}
	if h1At >= 0 {
		lo, hi := max(0, h1At-bylineBefore), min(len(texts), h1At+bylineAfter)
		for _, n := range texts[lo:hi] {
			line := collapseSpace(blockText(n))
			if len(line) > bylineMaxLen || inChrome(n) || isUpdateText(line) || inLinkList(n) || isProseLine(line) {
				continue
			}
			if t, ok := textDate(line); ok {
				return t, "byline", true
			}
		}
	}
	return time.Time{}, "", false
}

// elementDate reads a date from an element's datetime or content
// attribute, else its text.
func elementDate(n *html.Node) (time.Time, bool) {
	for _, k := range []string{"datetime", "content"} {
		if t, ok := parseDate(attr(n, k)); ok {
			return t, true
		}
	}
	return textDate(collapseSpace(textOf(n)))
}

// nearHeadline tells whether n is in the same article as the headline:
// the two share an ancestor below <body>.
func nearHeadline(n, h1 *html.Node) bool {
	if h1 == nil {
		return false
	}
	anc := make(map[*html.Node]bool)
	for p := h1.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		anc[p] = true
	}
	for p := n.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		if anc[p] {
			return true
		}
	}
	return false
}

// blockText is the text of the nearest enclosing element that is not an
// inline wrapper, so "Sept. <b>4</b>, 2023" reads as one line.
func blockText(n *html.Node) string {
	p := n.Parent
	for p != nil && p.Type == html.ElementNode {
		switch p.DataAtom {
		case atom.Span, atom.B, atom.Strong, atom.I, atom.Em, atom.A, atom.Time, atom.Abbr, atom.Small:
			p = p.Parent
			continue
		}
		break
	}
	if p == nil {
		return n.Data
	}
	return textOf(p)
}

func isUpdateLabel(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "dateModified") {
		return true
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(names, "updated") || strings.Contains(names, "modified")
}

// isUpdateText tells a "Updated: ..." line that does not also give the
// publication date.
func isUpdateText(line string) bool {
	l := strings.ToLower(line)
	return (strings.Contains(l, "updated") || strings.Contains(l, "modified")) &&
		!strings.Contains(l, "published") && !strings.Contains(l, "posted")
}

func sameTitle(a, b string) bool {
	a, b = strings.ToLower(collapseSpace(a)), strings.ToLower(collapseSpace(b))
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// inLinkList tells a text in a link, or in a list item that links
// elsewhere: a related-stories list prints its stories' dates, not this
// one's.
func inLinkList(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.A:
			return true
		case atom.Li:
			return hasLink(p)
		case atom.Article, atom.Main, atom.Body:
			return false
		}
	}
	return false
}

func hasLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A && len(strings.Fields(textOf(c))) >= 3 || hasLink(c)) {
			return true
		}
	}
	return false
}

// isProseLine tells a sentence of the article, whose dates are what the
// story is about, from a dateline.
func isProseLine(line string) bool {
	t := strings.TrimRight(line, "\"'”’) ")
	return len(strings.Fields(line)) > 12 && t != "" && strings.ContainsAny(t[len(t)-1:], ".!?")
}
