package pagetype

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// jsoncppLetterBar is the bar of letters over JsonCpp's class index as
// Doxygen 1.9.1 wrote it (libjsoncpp-doc, classes.html), byte for byte.
const jsoncppLetterBar = `<div class="qindex"><a class="qindex" href="#letter_C">C</a>&#160;|&#160;<a class="qindex" href="#letter_E">E</a>&#160;|&#160;<a class="qindex" href="#letter_F">F</a>&#160;|&#160;<a class="qindex" href="#letter_L">L</a>&#160;|&#160;<a class="qindex" href="#letter_P">P</a>&#160;|&#160;<a class="qindex" href="#letter_R">R</a>&#160;|&#160;<a class="qindex" href="#letter_S">S</a>&#160;|&#160;<a class="qindex" href="#letter_V">V</a>&#160;|&#160;<a class="qindex" href="#letter_W">W</a></div>`

// TestLettersOverAnIndex: an index by letter puts a bar of the letters
// over its entries. The page of JsonCpp's classes (the bar above, and
// the entries under letters) is a listing; so is a glossary's bare list
// of terms. The hard negatives: a glossary that defines its terms in
// sentences, a story whose site puts an A-Z bar of topics in its menu,
// letters out of order (a row of grades), and a row of initials with
// words between them.
func TestLettersOverAnIndex(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	entries := func(letters string) string {
		var b strings.Builder
		for _, l := range letters {
			fmt.Fprintf(&b, `<div class="ah">%c</div><ul>`, l)
			for i := range 3 {
				fmt.Fprintf(&b, `<li><a href="class%c%d.html">%cReader%d</a> (Json)</li>`, l, i, l, i)
			}
			b.WriteString("</ul>")
		}
		return b.String()
	}
	definitions := `<p>A tide gauge measures the height of the water against a fixed mark on the harbour wall, and the board publishes its readings every hour of the day and the night.</p>
<p>Neap tides come twice a month, when the sun and the moon pull at right angles, and the difference between high and low water is at its smallest in the harbour.</p>
<p>Spring tides have nothing to do with the season: they come with the full and the new moon, when the range between the tides is at its largest.</p>
<p>The datum is the level from which the heights in the tables are counted, set by the survey office below the lowest water the harbour has known.</p>`
	menuBar := `<nav><div class="az"><a href="/topics/a">A</a> <a href="/topics/b">B</a> <a href="/topics/c">C</a> <a href="/topics/d">D</a> <a href="/topics/e">E</a> <a href="/topics/f">F</a></div></nav>`
	story := `<h1>Harbour board cuts mooring fees</h1>` + definitions
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"JsonCpp's class index: the bar, then the classes under their letters",
			page("", `<div class="header"><div class="headertitle"><div class="title">Class Index</div></div></div><div class="contents">`+jsoncppLetterBar+entries("CEFLPRSVW")+`</div>`),
			Listing},
		{"a glossary's bare list of terms under a bar",
			page("Glossary - Harbour Board", `<h1>Glossary</h1><p class="bar"><a href="#a">a</a> <a href="#b">b</a> <a href="#d">d</a> <a href="#n">n</a> <a href="#s">s</a> <a href="#t">t</a></p><ul><li>anchorage</li><li>berth</li><li>datum</li><li>neap tide</li><li>spring tide</li><li>tide gauge</li></ul>`),
			Listing},
		{"a glossary that defines its terms in sentences",
			page("Words of the tide - Harbour Board", `<h1>Words of the tide</h1><p><a href="#d">D</a> | <a href="#n">N</a> | <a href="#s">S</a> | <a href="#t">T</a> | <a href="#w">W</a></p>`+definitions),
			Article},
		{"a story under a menu with an A-Z bar of topics",
			page("Harbour board cuts mooring fees | The Harbour Times", menuBar+story),
			Article},
		{"letters out of order: a row of grades",
			page("Harbour board cuts mooring fees | The Harbour Times", `<div><a href="#1">B</a> <a href="#2">A</a> <a href="#3">C</a> <a href="#4">F</a> <a href="#5">D</a></div>`+story),
			Article},
		{"initials with words between them",
			page("Harbour board cuts mooring fees | The Harbour Times", `<div><a href="#1">A</a> and <a href="#2">B</a> and <a href="#3">C</a> and <a href="#4">D</a> and <a href="#5">E</a></div>`+story),
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

// TestLetterBar: which blocks are bars of letters, read one by one.
func TestLetterBar(t *testing.T) {
	for _, c := range []struct {
		name, block string
		want        int
	}{
		{"JsonCpp's bar", jsoncppLetterBar, 9},
		{"a symbol before the letters, as Sphinx's index begins", `<div><a href="#_">_</a> | <a href="#A">A</a> | <a href="#B">B</a> | <a href="#C">C</a> | <a href="#D">D</a> | <a href="#E">E</a></div>`, 6},
		{"four letters are too few", `<div><a href="#A">A</a> <a href="#B">B</a> <a href="#C">C</a> <a href="#D">D</a></div>`, 0},
		{"letters out of order", `<div><a href="#1">B</a> <a href="#2">A</a> <a href="#3">C</a> <a href="#4">F</a> <a href="#5">D</a></div>`, 0},
		{"words between the letters", `<div><a href="#1">A</a> and <a href="#2">B</a> and <a href="#3">C</a> and <a href="#4">D</a> and <a href="#5">E</a></div>`, 0},
		{"a link of a word among the letters", `<div><a href="#A">A</a> <a href="#B">B</a> <a href="#C">C</a> <a href="#D">D</a> <a href="#E">E</a> <a href="/all">All</a></div>`, 0},
		{"the bar's parent holds it as a block", `<div><p>` + jsoncppLetterBar + `</p></div>`, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><body>"+c.block+"</body></html>")
			if got := letterBar(firstDiv(doc)); got != c.want {
				t.Errorf("letterBar = %d, want %d", got, c.want)
			}
		})
	}
}

func parse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// firstDiv is the first div of doc, in document order.
func firstDiv(doc *html.Node) *html.Node {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Div {
			return n
		}
	}
	return nil
}
