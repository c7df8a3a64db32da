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

// TestStubsAndTitlePages: a moved or removed stub is an error page once
// its footer is set aside, and a documentation title page (its table of
// contents under a title and a licence) is a listing; one-paragraph
// briefs that say something moved or was removed, and a chapter that
// opens with its own contents, are articles.
func TestStubsAndTitlePages(t *testing.T) {
	footer := `<footer><p>Copyright 2011 The Harbour Project Developers. Licensed under the Apache License, Version 2.0 or the MIT licence, at your option. This file may not be copied, modified, or distributed except according to those terms.</p></footer>`
	page := func(head, body string) string {
		return "<html><head>" + head + "</head><body>" + body + "</body></html>"
	}
	toc := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div class="toc"><dl class="toc">`)
		for i := range n {
			fmt.Fprintf(&b, `<dt><a href="ch%02d.html">%d. Chapter %d</a></dt>`, i, i+1, i+1)
		}
		b.WriteString("</dl></div>")
		return b.String()
	}
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a moved stub over a copyright footer",
			page("<title>The (old) Harbour Ferry Guide</title>", `<h1>The (old) Harbour Ferry Guide</h1><p>This content has moved into <a href="book/ferries.html">the Harbour book</a>.</p>`+footer),
			Error},
		{"a removed stub over a copyright footer, pointing to what replaced it",
			page("<title>The Harbour Plugins Guide</title>", `<h1>The Harbour Plugins Guide</h1><p>This content has been removed; see <a href="book/extensions.html">extensions</a>.</p>`+footer),
			Error},
		{"a script redirect's fallback text",
			page("<title>Error codes index</title><script src=redirect.js></script>", `<div>If you are not automatically redirected to the error code index, please <a href="./codes/index.html">here</a>.</div>`),
			Error},
		{"a one-paragraph brief, marked as an article, saying a statue has been removed",
			page(`<title>Statue removed | Harbour Weekly</title><meta property="og:type" content="article">`, `<h1>Statue removed</h1><p>The statue of the ferry captain has been removed from <a href="/square.html">the square</a> after the storm damaged its base, the council said.</p>`+footer),
			Article},
		{"a brief of two paragraphs saying an office has been moved",
			page("<title>Ferry office moved | Harbour Weekly</title>", `<h1>Ferry office moved</h1><p>The ferry office has been moved to the old harbour master's house, the council said on Tuesday.</p><p>Tickets can still be bought on board, a spokeswoman said.</p>`),
			Article},
		{"a manual's title page: its contents under a licence",
			page("<title>Harbour Documentation</title>", `<h1>Harbour Documentation</h1><p>Release 3.19.0</p><p>Copyright 2000-2022 the Harbour developers. Permission is granted to copy, distribute and modify this document under the terms of the licence.</p>`+toc(6)),
			Listing},
		{"a chapter that opens with its own contents",
			page("<title>1. Introduction</title>", `<h1>1. Introduction</h1>`+toc(4)+"<p>"+strings.Repeat(sentence, 4)+"</p><p>"+strings.Repeat(sentence, 4)+"</p>"),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
