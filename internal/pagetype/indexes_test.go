package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnnouncedIndexesAndPartLists: a reference index says what it is in
// the line over its entries ("Here is a list of all documented files
// with brief descriptions:") and has no prose; a guide's first page is a
// sentence or two over the list of its pages, each a short name; a site's
// first page carries the site's name twice in its title. The hard
// negatives are stories and chapters of the same shapes: a story that
// introduces a list and tells it in sentences, a class reference whose
// header links to "List of all members", a chapter ending in a "See also"
// list, a story whose tags follow a label, and a library chapter whose
// title's second part starts with its module's name.
func TestAnnouncedIndexesAndPartLists(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><div class=\"top\"><a href=\"index.html\">Main Page</a> <a href=\"files.html\">Files</a></div>" +
			body + "<div class=\"footer\">Generated for tidecalc 0.3</div></body></html>"
	}
	entries := func(n int, desc string) string {
		var b strings.Builder
		b.WriteString(`<table class="directory">`)
		for i := range n {
			fmt.Fprintf(&b, `<tr><td><a href="tide%d_8h.html">tide%d.h</a></td><td>%s</td></tr>`, i, i, desc)
		}
		b.WriteString("</table>")
		return b.String()
	}
	names := func(n int) string {
		var b strings.Builder
		b.WriteString("<ul>")
		for i := range n {
			fmt.Fprintf(&b, `<li><a href="part%d.html">Tide format %d</a></li>`, i, i)
		}
		b.WriteString("</ul>")
		return b.String()
	}
	sentence := "<p>The harbour board published the tide tables for the coming year on Monday, and the pilots said the spring tides would run higher than last year.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a file index announced by the line over it",
			page("tidecalc: File List", `<div class="title">File List</div><div class="textblock">Here is a list of all documented files with brief descriptions:</div>`+entries(3, "Reading tide tables")),
			Listing},
		{"an index of one entry, announced",
			page("", `<div class="textblock">Here is a list of all documented struct and union fields with links to the documentation for each field:</div>`+entries(1, "tide_table_s")),
			Listing},
		{"a member list, announced",
			page("", `<div class="contents">This is the complete list of members for tide::Table, including all inherited members.`+entries(4, "inline")+"</div>"),
			Listing},
		{"a guide's first page: two sentences over the names of its pages",
			page("User Guide - tidecalc", `<div role="main"><h1>User Guide</h1><p>The user guide explains how to read and write tide tables with tidecalc. You can jump directly to a page listed below.</p>`+names(6)+"</div>"),
			Listing},
		{"a documentation's first page, the site's name twice in its title",
			page("Tidecalc — Tidecalc 0.3 documentation", `<h1>Tidecalc</h1>`+strings.Repeat(sentence, 3)),
			Index},
		{"a story introducing a list and telling it in sentences",
			page("Winners of the harbour regatta | Harbour Weekly", `<h1>Winners of the harbour regatta</h1><p>Here is a list of the winners:</p>`+strings.Repeat(sentence, 6)),
			Article},
		{"a class reference whose header links to the list of all members",
			page("", `<div class="summary"><a href="#pub-methods">Public Member Functions</a> | <a href="class_table-members.html">List of all members</a></div><div class="title">tide::Table Class Reference</div>`+strings.Repeat(sentence, 3)),
			Article},
		{"a short chapter ending in a See also list",
			page("tidecalc-read", `<h1>tidecalc-read</h1><h3>Description</h3>`+sentence+`<h3>See Also</h3>`+names(7)),
			Article},
		{"a story whose tags follow a label",
			page("Spring tides run high | Harbour Weekly", `<h1>Spring tides run high</h1>`+sentence+`<p>Tags:</p>`+names(5)),
			Article},
		{"a library chapter whose title's second part starts with its module's name",
			page("json — JSON encoder and decoder — Python 3.11 documentation", `<h1>json — JSON encoder and decoder</h1>`+strings.Repeat(sentence, 4)),
			Article},
		{"a chapter titled by its name and the site's, the site's not starting with it",
			page("Tides — Harbour Weekly", `<h1>Tides</h1>`+strings.Repeat(sentence, 4)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
