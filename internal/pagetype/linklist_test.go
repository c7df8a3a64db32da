package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestLinkLists: a page whose main part is entries that are links is a
// listing whatever its headline; an article beside a long list of links
// outside any menu element, and a brief over a few related links, are
// articles.
func TestLinkLists(t *testing.T) {
	links := func(n int, words string) string {
		var b strings.Builder
		b.WriteString("<ul>")
		for i := range n {
			fmt.Fprintf(&b, `<li><a href="/item/%d.html">%s %d</a></li>`, i, words, i)
		}
		b.WriteString("</ul>")
		return b.String()
	}
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	prose := func(sentences int) string {
		return "<p>" + strings.Repeat(sentence, sentences) + "</p>"
	}
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	cards := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `<a href="/story/%d.html"><div class=card><h3>Storm closes the ferry route %d</h3><p>%s</p></div></a>`, i, i, sentence)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an index of modules under a headline that repeats the title",
			page("Library reference index - Docs", "<h1>Library reference index</h1><p>This page lists every module of the library.</p>"+links(40, "module")),
			Listing},
		{"search results: entries of a link and a line each",
			page("Search", "<h1>Search</h1>"+strings.ReplaceAll(links(25, "Ferry route closed for winter"), "</a>", "</a> ferry")),
			Listing},
		{"an article beside a long list of links that no menu element holds",
			page("Ferry route closed for the winter | Harbour Weekly", "<h1>Ferry route closed for the winter</h1>"+prose(8)+"<div class=sidebar>"+links(40, "Other story")+"</div>"),
			Article},
		{"a brief over a few related links",
			page("Ferry route closed | Harbour Weekly", "<h1>Ferry route closed</h1>"+prose(3)+"<h2>Related</h2>"+links(8, "Storm damages the pier again")),
			Article},
		{"a front of teaser cards, each card one link holding a headline and a sentence",
			page("Harbour Weekly - News", cards(12)),
			Index},
		{"an article over teaser cards",
			page("Ferry route closed for the winter | Harbour Weekly", "<h1>Ferry route closed for the winter</h1>"+prose(6)+cards(12)),
			Article},
		{"a server's 301 body",
			page("301 Moved Permanently", `<h1>Moved Permanently</h1><p>The document has moved <a href="/news/a.html">here</a>.</p>`),
			Error},
		{"a brief whose headline says something moved permanently",
			page("Dinosaur skeleton has moved permanently to the new museum hall | Harbour Weekly", "<h1>Dinosaur skeleton has moved permanently to the new museum hall</h1>"+prose(3)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
