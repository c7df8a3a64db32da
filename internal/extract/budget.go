package extract

import (
	"fmt"

	"golang.org/x/net/html"
)

// maxParagraphWork bounds a page's paragraph count times the bytes of
// text in its paragraphs. go-trafilatura's extractContent joins the text
// of every <p> of the page by appending to a string, once per content
// selector it tries, so its time grows with that product: measured
// (BENCHMARKS.md, "Bounded cost") at about 1.5 ns per unit, 2 s for 5,000
// paragraphs of 60 bytes and 17 s for 4,000 of 1,000 bytes. The 263 real
// pages of the extraction and readability sets are all under 2.4e7 (the
// median 1e5), so the limit refuses only pages no newsroom publishes,
// and keeps that step under about a second.
const maxParagraphWork = 5e8

// ErrTooManyParagraphs refuses a page whose paragraphs would make
// extraction take too long; it is an ErrTooLarge.
var ErrTooManyParagraphs = fmt.Errorf("%w: too many paragraphs", ErrTooLarge)

// checkParagraphWork refuses a page over maxParagraphWork, before the
// library spends the time.
func checkParagraphWork(doc *html.Node) error {
	n, text := paragraphWork(doc)
	if work := float64(n) * float64(text); work > maxParagraphWork {
		return fmt.Errorf("%w: %d paragraphs holding %d bytes of text; extraction time grows with their product, and %.2g is over the %.2g it takes (real pages stay under 3e7)",
			ErrTooManyParagraphs, n, text, work, float64(maxParagraphWork))
	}
	return nil
}

// paragraphWork counts a page's <p> elements and the bytes of text they
// hold, nested paragraphs counted in each, as the library reads them.
func paragraphWork(doc *html.Node) (paragraphs, text int) {
	var walk func(n *html.Node, open int)
	walk = func(n *html.Node, open int) {
		switch {
		case n.Type == html.TextNode:
			text += open * len(n.Data)
		case n.Type == html.ElementNode && n.Data == "p":
			paragraphs++
			open++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, open)
		}
	}
	walk(doc, 0)
	return paragraphs, text
}
