package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestDescribedLinesAndWhereRows: an index of a part's pages or of a
// reference's modules as lines (list items, or a paragraph's lines
// parted by <br>), each a name linking to its page, a dash or a colon
// and a line on it, is a listing; so is an index of names as table rows
// of a plain name and links to the pages that define it. The hard
// negatives: a book's first page that introduces the book in
// paragraphs over its chapters as such lines, a story that closes on a reading list of such lines under
// its own paragraphs, lines that are sentences opening on a link, a
// list whose names link within the page, a chapter with a table of
// names and links under its own prose, a table of results, and an index
// marked as an article.
func TestDescribedLinesAndWhereRows(t *testing.T) {
	page := func(title, head, body string) string {
		return "<html><head><title>" + title + "</title>" + head + `</head><body><nav><a href="/">Home</a> <a href="/docs/">Docs</a> <a href="/about/">About</a></nav><main>` + body + "</main></body></html>"
	}
	names := []string{"Introduction", "Installation", "Source Organization", "Deployment", "Development Processes", "Example Application", "Tide Tables", "Pilot Radio"}
	items := func(n int, href, sep, line string) string {
		var b strings.Builder
		b.WriteString("<ul>")
		for i, name := range names[:n] {
			fmt.Fprintf(&b, `<li><a href="%s%d.html">%s</a> %s %s</li>`, href, i, name, sep, line)
		}
		b.WriteString("</ul>")
		return b.String()
	}
	lines := func(n int, line string) string {
		var b strings.Builder
		b.WriteString("<p>")
		for i, name := range names[:n] {
			fmt.Fprintf(&b, `<a href="harbour-%d.html">%s</a> — %s<br>`, i, name, line)
		}
		b.WriteString("</p>")
		return b.String()
	}
	rows := func(n int, cells func(i int) string) string {
		var b strings.Builder
		b.WriteString("<table>")
		for i := range n {
			fmt.Fprintf(&b, "<tr><td>tideLevel%d</td>%s</tr>", i, cells(i))
		}
		b.WriteString("</table>")
		return b.String()
	}
	where := func(i int) string {
		if i%5 == 0 {
			return fmt.Sprintf(`<td><a href="Harbour-Tide.html#v:tideLevel%d">Harbour.Tide</a>, <a href="Harbour-Pilot.html#v:tideLevel%d">Harbour.Pilot</a></td>`, i, i)
		}
		return fmt.Sprintf(`<td><a href="Harbour-Tide.html#v:tideLevel%d">Harbour.Tide</a></td>`, i)
	}
	// A side menu of the package's modules, as Haddock prints beside
	// its index: words of the page, but not of its main part.
	modules := "<nav><ul>" + strings.Repeat(`<li><a href="Harbour-Tide.html">Harbour.Tide: tides, levels and the tables of the harbour's pilots</a></li>`, 30) + "</ul></nav>"
	line := "Briefly describes how the harbour server reads the tide tables and answers the pilots' boats."
	para := "<p>The ferry company raised its fares on Monday for the second time this year, and the harbour council said it would ask the regional government to review the contract that lets the company set prices without the council's approval, a clause the council's members say was never meant to cover the winter timetable.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a part's pages as list items of a name, a dash and a line",
			page("Application Developer's Guide - Harbour Server", "", `<h1>Application Developer's Guide</h1><p>The following chapters are available:</p>`+items(6, "appdev-", "-", line)),
			Listing},
		{"a reference's modules as a paragraph's lines parted by <br>",
			page("Harbour API Modules", "", `<h1>API Modules</h1>`+lines(8, "the part of the harbour server that reads tide tables and serves them")),
			Listing},
		{"an index of names: a plain name and links to the pages defining it",
			strings.Replace(page("harbour-1.0: the tide server", "", rows(50, where)), "<main>", modules+"<main>", 1),
			Listing},
		{"a story closing on a reading list of such lines",
			page("Ferry fares rise again | Harbour Weekly", "", `<h1>Ferry fares rise again</h1>`+strings.Repeat(para, 3)+`<h2>Further reading</h2>`+items(3, "story-", "-", line)),
			Article},
		{"a book's first page: paragraphs of its own over its chapters as such lines",
			page("Harbour by Example", "", `<h1>Harbour by Example</h1><p>The harbour server is a small program that reads the tide tables and answers the pilots' boats over the radio link.</p><p>Harbour by Example is a collection of runnable examples that show its settings and its tables; install the server locally to try them.</p><p>You can also read the source of this book.</p>`+lines(8, "the part of the harbour server that reads tide tables and serves them")),
			Article},
		{"lines that are sentences opening on a link",
			page("Harbour news in brief", "", `<h1>Harbour news in brief</h1>`+items(6, "story-", "said on Monday that", line)),
			Article},
		{"a chapter's own contents: names linking within the page",
			page("Configuring the Harbour Server", "", `<h1>Configuring the Harbour Server</h1>`+items(6, "#section-", ":", line)+strings.Repeat(para, 2)),
			Article},
		{"a chapter with a table of names and links under its own prose",
			page("Tide functions - Harbour Server", "", `<h1>Tide functions</h1>`+para+rows(12, where)),
			Article},
		{"a table of results: a name and figures",
			page("Regatta results", "", `<h1>Regatta results</h1>`+para+rows(30, func(i int) string { return fmt.Sprintf("<td>%d</td><td>%d:%02d</td>", i+1, 40+i, i) })),
			Article},
		{"an index of modules marked as an article",
			page("Harbour API Modules", `<meta property="og:type" content="article">`, `<h1>API Modules</h1>`+lines(8, "the part of the harbour server that reads tide tables and serves them")),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
