package pagetype

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTablesOfRecords: a report of records puts its words in the fields
// of a table's rows, however wide. A busy Apache's status page
// (testdata/derived/apache-busy-status.html, recorded from Apache 2.4's
// mod_status on the loopback: ten workers, each a row of thirteen
// fields) and a log of requests are listings. The hard negatives: a
// story of race results under its own headline, a legend of buttons (a
// button, its name and what it does: words, no figures), a function's
// reference whose parameter rows say what each is in a sentence, and a
// table of results inside a report told in prose.
func TestTablesOfRecords(t *testing.T) {
	status, err := os.ReadFile("testdata/derived/apache-busy-status.html")
	if err != nil {
		t.Fatal(err)
	}
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	rows := func(n int, row func(i int) string) string {
		var b strings.Builder
		b.WriteString("<table>")
		for i := range n {
			b.WriteString(row(i))
		}
		b.WriteString("</table>")
		return b.String()
	}
	request := func(i int) string {
		return fmt.Sprintf(`<tr><td>2026-12-06 10:%02d:11</td><td>10.0.0.%d</td><td>GET /news/item-%d.html HTTP/1.1</td><td>200</td><td>%d</td></tr>`, i, i+2, i, 4100+i*17)
	}
	result := func(i int) string {
		return fmt.Sprintf(`<tr><td>%d</td><td>Boat %d</td><td>1:%02d:%02d</td></tr>`, i+1, i+1, 10+i, 7*i%60)
	}
	legend := func(i int) string {
		return fmt.Sprintf(`<tr><td>[ &gt;%d ]</td><td>Forward</td><td>Next section in reading order</td><td>see below</td></tr>`, i)
	}
	param := func(i int) string {
		return fmt.Sprintf(`<tr><td>[in]</td><td>gauge%d</td><td>The gauge to read from.</td></tr>`, i)
	}
	prose := `<p>The harbour regatta was sailed in a steady westerly on Saturday, and the club's committee boat had the fleet away at the first gun after a short delay for the tide.</p>`
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a busy Apache's status page, recorded", string(status), Listing},
		{"a log of requests",
			page("Access log - harbour.test", `<h1>Requests of the last hour</h1>`+rows(14, request)),
			Listing},
		{"a story of race results under its own headline",
			page("Regatta results: Boat 1 takes the cup | The Harbour Times", `<h1>Regatta results: Boat 1 takes the cup</h1>`+prose+rows(14, result)),
			Article},
		{"a legend of buttons: words, no figures",
			page("GNU tide: About This Document", `<h1>About This Document</h1><p>The buttons in the navigation panels have the following meaning:</p>`+rows(12, legend)),
			Article},
		{"a function's parameters, each said in a sentence",
			page("tide_read", `<h1>tide_read()</h1><p>Reads a gauge.</p>`+rows(12, param)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := classify(t, "", []byte(c.page))
			if got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
