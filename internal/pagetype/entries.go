package pagetype

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// entryMaxWords is the most words a list item may hold and still be an
// index's entry: a name and where it is ("isArray() : Json::Value"),
// not a line saying something.
const entryMaxWords = 8

// isEntry tells whether list item n is an index's entry: a few words
// with a link among them.
func isEntry(n *html.Node) (words int, ok bool) {
	words = wordCount(textOf(n))
	if words == 0 || words > entryMaxWords {
		return 0, false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && attr(d, "href") != "" {
			return words, true
		}
	}
	return 0, false
}
