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

// TestSettingsReports: a server's status page reports its state in lines
// of a label and a value, or table rows of two cells, with no sentences
// to read. A story's fact box and a recipe's card of times and servings
// have the same lines beside their prose.
func TestSettingsReports(t *testing.T) {
	lines := func(kv ...string) string {
		var b strings.Builder
		b.WriteString("<dl>")
		for i := 0; i+1 < len(kv); i += 2 {
			fmt.Fprintf(&b, "<dt>%s: %s</dt>", kv[i], kv[i+1])
		}
		b.WriteString("</dl>")
		return b.String()
	}
	status := lines("Server Version", "tided/1.4 (Debian)", "Server Built", "2026-11-12T08:58:41", "Current Time", "Thursday, 10-Dec-2026 09:30:00 UTC",
		"Restart Time", "Thursday, 10-Dec-2026 09:00:00 UTC", "Server uptime", "30 minutes", "Server load", "0.42 0.31 0.20",
		"Total accesses", "1204", "Total Traffic", "8.1 MB", "CPU Usage", "u1.2 s0.4")
	workers := `<table><tr><th>Worker</th><th>PID</th><th>Mode</th><th>Request</th></tr>`
	for i := range 3 {
		workers += fmt.Sprintf("<tr><td>%d-0</td><td>%d</td><td>W</td><td>GET /tides/%d.html HTTP/1.1</td></tr>", i, 4100+i, i)
	}
	workers += "</table>"
	prose := strings.Repeat("<p>The harbour master said the new gauge would report the water level every minute, and the pilots would read it on their phones before they brought ships into the channel.</p>", 4)
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a server's status page",
			"<html><head><title>Tided Status</title></head><body><h1>Tided Server Status for harbour.example</h1>" + status +
				"<p>3 requests currently being processed, 5 idle workers</p>" + workers + "</body></html>",
			Listing},
		{"a story with a fact box of the same lines",
			"<html><head><title>A new tide gauge for the harbour | Harbour Weekly</title></head><body><h1>A new tide gauge for the harbour</h1>" + prose +
				lines("Built", "1911", "Length", "212 m", "Depth at low water", "6.5 m", "Berths", "14", "Pilots", "9", "Ships last year", "1,204", "Owner", "the harbour board", "Next survey", "March 2027") + "</body></html>",
			Article},
		{"a recipe whose card of times and servings comes before its method",
			"<html><head><title>Harbour fish stew | Harbour Weekly</title></head><body><h1>Harbour fish stew</h1>" +
				lines("Prep time", "20 minutes", "Cook time", "40 minutes", "Serves", "4", "Calories", "420", "Difficulty", "easy", "Cuisine", "coastal", "Course", "main", "Diet", "pescatarian") +
				strings.Repeat("<p>Fry the onions slowly in the butter until soft and golden, then add the fish stock, the potatoes and the bay leaves and simmer for twenty minutes.</p>", 5) + "</body></html>",
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
