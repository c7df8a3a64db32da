package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestReferenceIndexesAndEmptyLists: an index of modules or classes gives
// each entry as its name, linking to its page, and a line on what it is;
// a package's page of classes, a class tree or an empty "Deprecated API"
// list has no line of its own at all, only links under a name; a stub
// says the page "has been relocated". The hard negatives are a chapter
// with a table of its functions that explains them in paragraphs, a
// function's page that says what it does in one line without a full stop
// beside a sidebar of its siblings, a story with a table of candidates
// linking to their profiles, and a photo story that marks itself as an
// article.
func TestReferenceIndexesAndEmptyLists(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	// A navigation bar drawn as a table, as old reference generators do.
	navbar := `<table><tr><td><a href="overview.html">Overview</a></td><td><a href="package-summary.html">Package</a></td><td><a href="tree.html">Tree</a></td><td><a href="index-all.html">Index</a></td><td><a href="help.html">Help</a></td></tr></table>`
	described := func(n int, line string) string {
		var b strings.Builder
		b.WriteString("<table>")
		for i := range n {
			fmt.Fprintf(&b, `<tr><td><a href="tide%d.html">tide%d</a></td><td><p>%s</p></td></tr>`, i, i, line)
		}
		b.WriteString("</table>")
		return b.String()
	}
	siblings := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div class="sidebar"><ul>`)
		for i := range n {
			fmt.Fprintf(&b, `<li><a href="method.Table.get%d.html">get_%d</a></li>`, i, i)
		}
		b.WriteString("</ul></div>")
		return b.String()
	}
	paragraph := "<p>The function reads the tide table of one harbour from the file and returns the heights of the water in metres for every hour of the year, or an error when the file cannot be read.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an index of modules, each a name and a line on it",
			page("tidecalc 0.3", `<h1>tidecalc</h1><p>Version 0.3</p>`+described(14, "Reads and writes the tide tables of one harbour in the board's format.")),
			Listing},
		{"a package's page of classes: no line of its own, only links under a name",
			page("Package tide", navbar+`<h2>Package tide</h2><table><tr><th>Class Summary</th></tr><tr><td><a href="Table.html">Table</a></td></tr><tr><td><a href="Gauge.html">Gauge</a></td></tr></table>`+navbar),
			Listing},
		{"an empty list under its name",
			page("Deprecated List", navbar+`<h2>Deprecated API</h2>`+navbar),
			Listing},
		{"a stub saying the front page has been relocated",
			page("", `<p>The front page has been relocated. Please see: <a href="overview.html">Frame version</a> <a href="overview-summary.html">Non-frame version</a>.</p>`),
			Error},
		{"a chapter with a table of its functions that explains them in paragraphs",
			page("Reading tide tables — tidecalc", `<h1>Reading tide tables</h1>`+strings.Repeat(paragraph, 4)+described(10, "Reads the tide table of one harbour.")+strings.Repeat(paragraph, 6)),
			Article},
		{"a function's page: one line without a full stop beside its siblings",
			page("tide.Table.get_height", siblings(20)+`<h1>get_height</h1><pre>double tide_table_get_height (TideTable* table)</pre><p>Retrieves the height of the water at the current hour</p>`),
			Article},
		{"a story with a table of candidates linking to their profiles",
			page("Who is standing for the harbour board | Harbour Weekly", `<h1>Who is standing for the harbour board</h1>`+strings.Repeat(paragraph, 6)+described(12, "Pilot, 54, standing again.")+strings.Repeat(paragraph, 4)),
			Article},
		{"a photo story that marks itself as an article",
			page("Spring tides in pictures", `<head><meta property="og:type" content="article"></head><h1>Spring tides in pictures</h1>`+siblings(6)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
