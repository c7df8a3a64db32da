package pagetype

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Shape is a page's structure as numbers: how much of its text is prose,
// how much sits in links, whether one block holds the prose or many
// repeated cards share it, whether the page marks itself as a dated
// article. No word of any language enters it, so what it says of a page
// holds on sites and in languages the rules were never written for.
// bench/pagetypefit fits and cross-validates a model of it.
type Shape [shapeLen]float64

// ShapeNames name the fields of a Shape, in order.
var ShapeNames = [shapeLen]string{
	"log_main_words",      // words outside menus, headers and footers
	"log_prose_words",     // words in prose blocks (sentences, few links)
	"prose_share",         // prose words / words outside menus
	"link_density",        // words inside links / all visible words
	"log_prose_blocks",    // number of prose blocks
	"log_headline_links",  // links of 4-25 words outside menus
	"list_share",          // words in blocks that are mostly links / words outside menus
	"main_block_share",    // the largest share of prose that one element's children hold
	"log_repeated_cards",  // the most sibling elements of one tag and class, each holding a link
	"article_markup",      // JSON-LD article type or og:type article
	"log_article_elems",   // <article> elements
	"headline_is_title",   // an h1 repeats the title's start
	"dated",               // a publication date in meta, microdata, JSON-LD or <time>
	"log_linked_headings", // h2-h6 that are one link to another page
	"root_address",        // the address or the canonical link is a site's root
}

const shapeLen = 15

// ShapeOf measures a parsed page.
func ShapeOf(doc *html.Node) Shape {
	return gather(doc, true).shape("")
}

func (f *features) shape(pageURL string) Shape {
	b := func(ok bool) float64 {
		if ok {
			return 1
		}
		return 0
	}
	l := func(n int) float64 { return math.Log1p(float64(n)) }
	share := func(a, b int) float64 {
		if b <= 0 {
			return 0
		}
		return min(1, float64(a)/float64(b))
	}
	return Shape{
		l(f.mainWords),
		l(f.proseWords),
		share(f.proseWords, f.mainWords),
		share(f.linkWords, f.visibleN),
		l(f.proseBlocks),
		l(f.headlineLinks),
		share(f.listWords, f.mainWords),
		share(f.mainBlockWords(), f.proseWords),
		l(f.repeatedCards),
		b(f.ldArticle || isArticleType(f.ogType)),
		l(f.articleElems),
		b(f.headlineIsTitle()),
		b(f.dated),
		l(f.linkedHeadings),
		b(isRoot(pageURL) || isRoot(f.canonical)),
	}
}

// mainBlockWords is the most prose that the children of one element hold:
// an article's paragraphs are siblings in one body, a front's teasers sit
// one or two to a card.
func (f *features) mainBlockWords() int {
	most := 0
	for _, w := range f.proseByParent {
		most = max(most, w)
	}
	return most
}

// countCards notes the largest run of siblings of one tag and class
// under n that each hold a link: the cards of a front, the entries of a
// list of results. Menus are left out by the caller.
func (f *features) countCards(n *html.Node) {
	var counts map[string]int
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !holdsLink(c) {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
		}
		key := c.Data + "." + strings.Join(strings.Fields(attr(c, "class")), ".")
		counts[key]++
		f.repeatedCards = max(f.repeatedCards, counts[key])
	}
}

func holdsLink(n *html.Node) bool {
	if n.DataAtom == atom.A && attr(n, "href") != "" {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsLink(c) {
			return true
		}
	}
	return false
}

// datedMeta tells whether a meta element's name or property names a
// publication date.
func datedMeta(key string) bool {
	switch key {
	case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date":
		return true
	}
	return false
}
