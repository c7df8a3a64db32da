package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestDocumentationPartsAndStubs: documentation generators mark their
// menus with ARIA roles rather than nav elements, and a part's first
// page is its table of contents ("toctree") under a paragraph or three
// saying what the part holds: a listing, however many paragraphs, while
// they are a fraction of the contents. A stub saying where a document
// went is an error page. A chapter in the same menus, and one opening
// with its own contents over its text, are articles.
func TestDocumentationPartsAndStubs(t *testing.T) {
	para := "<p>This part of the manual describes the modules that read and write tide tables, the formats they accept and the errors they raise when a table is incomplete.</p>"
	menus := func(body string) string {
		related := `<div class="related" role="navigation" aria-label="related navigation"><ul><li><a href="genindex.html">index</a></li><li><a href="py-modindex.html">modules</a> |</li><li><a href="next.html">next</a> |</li><li><a href="prev.html">previous</a> |</li><li><a href="index.html">tidecalc 0.3 documentation</a> »</li></ul></div>`
		sidebar := `<div class="sphinxsidebar" role="navigation" aria-label="main navigation"><h4>Previous topic</h4><p><a href="prev.html">Installing tidecalc</a></p><h4>Next topic</h4><p><a href="next.html">Reading tables</a></p><h3>This page</h3><ul><li><a href="bugs.html">Report a bug</a></li><li><a href="_sources/x.rst.txt">Show source</a></li></ul></div>`
		footer := `<div class="footer">© Copyright 2026, the tidecalc authors. <a href="license.html">History and license</a>. Created using <a href="https://www.sphinx-doc.org/">Sphinx</a>.</div>`
		return "<html><head><title>Tide tables — tidecalc 0.3 documentation</title></head><body>" + related +
			`<div class="document"><div class="body" role="main">` + body + "</div></div>" + sidebar + related + footer + "</body></html>"
	}
	toctree := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div class="toctree-wrapper compound"><ul>`)
		for i := range n {
			fmt.Fprintf(&b, `<li class="toctree-l1"><a class="reference internal" href="tides%d.html">Tide format %d</a></li>`, i, i)
		}
		b.WriteString("</ul></div>")
		return b.String()
	}
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a part's first page: one paragraph over its table of contents, menus marked by role",
			menus("<h1>Tide tables</h1>" + para + toctree(12)),
			Listing},
		{"a part's first page whose three paragraphs are a fraction of its contents",
			menus("<h1>Tide tables</h1>" + strings.Repeat(para, 3) + toctree(60)),
			Listing},
		{"a moved stub inside the site's menus",
			menus(`<h1>Policies</h1><p>Stability: 1 - Experimental</p><p>The former Policies documentation is now at <a href="permissions.html">Permissions documentation</a>.</p>`),
			Error},
		{"a chapter in the same menus",
			menus("<h1>Reading tables</h1>" + strings.Repeat(para, 12)),
			Article},
		{"a chapter opening with its own contents",
			menus("<h1>Reading tables</h1>" + toctree(8) + strings.Repeat(para, 10)),
			Article},
		{"a story saying where an archive went",
			`<html><head><title>Flood archive moves to the library | Harbour Weekly</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Flood archive moves to the library</h1>` +
				strings.Repeat("<p>The town's flood documentation is now at the public library, where the archivists catalogued forty years of surveys and photographs of the harbour wall.</p>", 3) + "</body></html>",
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}

// TestFrontPageTitles: a site's or a documentation's first page is
// titled with the name of what it fronts and "Home Page" or
// "Documentation", and nothing else; the chapters of that documentation
// carry the name after their own, and a story titled with such words
// has its headline as its h1.
func TestFrontPageTitles(t *testing.T) {
	parts := `<ul><li><a href="tutorial/index.html">Tutorial</a> start here</li><li><a href="library/index.html">Library reference</a> every module</li><li><a href="faq/index.html">FAQs</a> questions asked</li></ul>`
	story := strings.Repeat("<p>The harbour board published its new tide tables on Monday, and the pilots said the documentation finally matched what they see at the pier.</p>", 4)
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a documentation's first page", page("Tidecalc Documentation", "<h1>Tidecalc Documentation</h1><p>Welcome! This is the documentation for Tidecalc 0.3.</p>"+parts), Index},
		{"a project's home page", page("Tidecalc Home Page", `<p>Small. Exact. Free. Tidecalc reads the tide tables of any harbour.</p><ul><li><a href="about.html">About</a></li><li><a href="docs.html">Documentation</a></li><li><a href="download.html">Download</a></li></ul>`), Index},
		{"a German documentation's first page", page("Tidecalc Dokumentation", "<p>Willkommen.</p>"+parts), Index},
		{"a chapter of that documentation", page("Reading tables — Tidecalc 0.3 documentation", "<h1>Reading tables</h1>"+story), Article},
		{"a story titled with the words and the site's name", page("Pilots praise new documentation | Harbour Weekly", "<h1>Pilots praise new documentation</h1>"+story), Article},
		{"a story whose headline repeats its one-part title", page("Writing Good Documentation", "<h1>Writing Good Documentation</h1>"+story), Article},
		{"a story whose headline is its whole title", page("Harbour board rewrites its home page", "<h1>Harbour board rewrites its home page</h1>"+story), Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
