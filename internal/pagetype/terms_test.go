package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestDescribedTermsAndUnmarkedStubs: an index of programs or documents
// as a definition list (each name linking to its page over a line on
// it) is a listing; a moved or removed stub is an error page also where
// the template's menus and language bars are plain divs of links. The
// hard negatives are a glossary (its terms are not links and it defines
// them), a reference whose terms link to themselves, a chapter that
// lists a few documents under paragraphs of its own, and a brief saying
// something moved, marked as an article by its site.
func TestDescribedTermsAndUnmarkedStubs(t *testing.T) {
	// Menus and language bars as plain divs of links, and a copyright
	// line: the furniture of every page of the tree.
	chrome := func(body string) string {
		var menu strings.Builder
		menu.WriteString(`<div id="page-header"><p class="menu">`)
		for _, m := range []string{"Modules", "Directives", "FAQ", "Glossary", "Sitemap"} {
			fmt.Fprintf(&menu, `<a href="%s.html">%s</a> | `, strings.ToLower(m), m)
		}
		menu.WriteString(`</p><p class="apache">Harbour Server Version 2.4</p></div><div id="path"><a href="/">Harbour</a> &gt; <a href="/server/">Server</a> &gt; <a href="../">Documentation</a></div>`)
		langs := `<div class="toplang"><p><span>Available Languages: </span><a href="x.de.html">de</a> | <a href="x.en.html">en</a> | <a href="x.fr.html">fr</a></p></div>`
		footer := `<div id="footer"><p class="apache">Copyright 2026 The Harbour Foundation. Licensed under the <a href="license.html">Harbour License, Version 2.0</a>.</p></div>`
		return menu.String() + `<div id="page-content"><div id="preamble">` + body + "</div></div>" + langs + footer
	}
	page := func(title, head, body string) string {
		return "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>"
	}
	terms := func(n int, line string, linked bool) string {
		var b strings.Builder
		b.WriteString("<dl>")
		for i := range n {
			name := fmt.Sprintf("tidetool%d", i)
			if linked {
				name = fmt.Sprintf(`<a href="tidetool%d.html">tidetool%d</a>`, i, i)
			}
			fmt.Fprintf(&b, "<dt>%s</dt><dd>%s</dd>", name, line)
		}
		b.WriteString("</dl>")
		return b.String()
	}
	para := "<p>The harbour server reads its tide tables at start and serves them to the pilots' boats over the radio link, and it writes a log of every request it answers so that the harbour master can see who asked for which table and when.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an index of programs: each name links to its page over a line on it",
			page("Server and Supporting Programs - Harbour Server", "", chrome(`<h1>Server and Supporting Programs</h1><p>This page documents all the programs included with the server.</p>`+terms(12, "Reads the tide tables of one harbour", true))),
			Listing},
		{"a moved stub in unmarked menus",
			page("Frequently Asked Questions - Harbour Server", "", chrome(`<h1>Frequently Asked Questions</h1><p>The FAQ has been moved to the <a href="https://wiki.example.org/">Harbour Wiki</a>.</p>`)),
			Error},
		{"a removed stub in unmarked menus, linking nowhere of its own",
			page("Debugging Memory Allocation - Harbour Server", "", chrome(`<h1>Debugging Memory Allocation</h1><p>This document has been removed.</p>`)),
			Error},
		{"a glossary: its terms are not links and it defines them",
			page("Glossary - Harbour Server", "", chrome(`<h1>Glossary</h1>`+terms(12, "A program that reads the tide tables of one harbour and answers the boats; see the manual.", false))),
			Article},
		{"a chapter listing four documents under paragraphs of its own",
			page("Virtual Harbours - Harbour Server", "", chrome(`<h1>Virtual Harbours</h1>`+strings.Repeat(para, 3)+terms(4, "How to serve two harbours from one machine.", true))),
			Article},
		{"a brief saying an office moved, marked as an article",
			page("Ferry office moved | Harbour Weekly", `<meta property="og:type" content="article">`, chrome(`<h1>Ferry office moved</h1><p>The ferry office has been moved to the <a href="/map.html">old harbour master's house</a>.</p>`)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}

// TestNumberedSectionsAndColonTitles: a book's numbered section titled
// "Building the Documentation" and a reference page of a manual titled
// "gio: GIO Reference Manual" are not the tree's front page; the front
// that repeats its whole name ("GLib Reference Manual: GLib Reference
// Manual") and a Sphinx front ("Jinja — Jinja Documentation") are.
func TestNumberedSectionsAndColonTitles(t *testing.T) {
	for _, c := range []struct {
		title string
		front bool
	}{
		{"J.3.\u00a0Building the Documentation", false},
		{"Appendix\u00a0J.\u00a0Documentation", false},
		{"Tidecalc Documentation", true},
	} {
		if got := frontTitle(c.title) != ""; got != c.front {
			t.Errorf("frontTitle(%q) names a front: %v, want %v", c.title, got, c.front)
		}
	}
	for _, c := range []struct {
		title string
		front bool
	}{
		{"gio: GIO Reference Manual", false},
		{"GObject: GObject Reference Manual", false},
		{"GLib Reference Manual: GLib Reference Manual", true},
		{"Jinja — Jinja Documentation (3.1.x)", true},
	} {
		if got := siteNamedTwice(c.title) != ""; got != c.front {
			t.Errorf("siteNamedTwice(%q) names a front: %v, want %v", c.title, got, c.front)
		}
	}
}

// TestPointerTerms: an index of documents whose terms are plain names,
// each in a list of its own, over a description ending in a line that
// links to the document ("See: Access Control"), as Apache's manual
// prints its how-to index, is a listing; it fails with pointsOn or with
// the one-term lists left out. The negatives are a glossary whose
// definitions end in a cross-reference within a sentence, one whose
// pointer lines link within the page, and a story that carries such a
// list under paragraphs of its own.
func TestPointerTerms(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>"
	}
	entries := func(n int, see func(i int) string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<dl><dt>Tide table %d</dt><dd><p>This document explains how the harbour server reads table %d and serves it to the pilots' boats.</p>%s</dd></dl>", i, i, see(i))
		}
		return b.String()
	}
	pointer := func(i int) string {
		return fmt.Sprintf(`<p>See: <a href="tides%d.html">Serving tide table %d</a></p>`, i, i)
	}
	para := "<p>The harbour server reads its tide tables at start and serves them to the pilots' boats over the radio link, and it writes a log of every request it answers so that the harbour master can see who asked for which table and when.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an index of documents, each a name over a line and a pointer to it",
			page("How-To / Tutorials", entries(6, pointer)), Listing},
		{"a glossary: the cross-reference is within its definition's sentence",
			page("Glossary", entries(6, func(i int) string {
				return fmt.Sprintf(`<p>The table is kept in the harbour office, as <a href="tides%d.html">the tide manual</a> explains.</p>`, i)
			})), Article},
		{"pointers within the page",
			page("Tide tables", entries(6, func(i int) string { return fmt.Sprintf(`<p>See: <a href="#t%d">below</a></p>`, i) })), Article},
		{"a story with such a list under its own paragraphs",
			page("The harbour's new tide server", strings.Repeat(para, 4)+entries(4, pointer)), Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}

// TestNameIndexTerms: javadoc's index of every name gives each as a
// term that is the name linking to its page, a dash and what and where
// it is ("absUrl(String) - Method in class Node"), over the first
// sentence of its description or nothing; it is a listing and fails
// with leadsToPage off. The negatives are the same terms linking within
// the page, terms that say more than where a name is, and a story that
// carries a few such terms under paragraphs of its own.
func TestNameIndexTerms(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	terms := func(n int, href, kind string) string {
		var b strings.Builder
		b.WriteString("<dl>")
		for i := range n {
			fmt.Fprintf(&b, `<dt><span><a href="%s">tide%d(String)</a></span> - %s <a href="Tides.html">Tides</a></dt>`, fmt.Sprintf(href, i), i, kind)
			if i%2 == 0 {
				b.WriteString("<dd>&nbsp;</dd>")
			} else {
				fmt.Fprintf(&b, `<dd><div class="block">Reads tide table %d of the harbour.</div></dd>`, i)
			}
		}
		b.WriteString("</dl>")
		return b.String()
	}
	para := "<p>The harbour server reads its tide tables at start and serves them to the pilots' boats over the radio link, and it writes a log of every request it answers so that the harbour master can see who asked for which table and when.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an index of names, each linking to its page with where it is",
			page("T-Index (Harbour API)", `<h2 class="title">T</h2>`+terms(40, "Tides.html#tide%d(java.lang.String)", "Method in class")), Listing},
		{"the same terms linking within the page",
			page("Tides (Harbour API)", terms(40, "#tide%d(java.lang.String)", "Method in class")), Article},
		{"terms that say more than where a name is",
			page("Tides (Harbour API)", terms(40, "Tides.html#tide%d", "a method the pilots of the northern harbour use every morning in class")), Article},
		{"a story with a few such terms under its own paragraphs",
			page("The harbour's new tide server", "<h1>The harbour's new tide server</h1>"+strings.Repeat(para, 4)+terms(4, "Tides.html#tide%d", "Method in class")), Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
