package pagetype

import (
	"fmt"
	"strings"
	"testing"
)

// TestOnePieceAtTheRoot: a site of one page at its root, titled "Home"
// over a note in prose that links nowhere (go-trafilatura's comparison
// page prof-pc.de.html, a shop's farewell, is scored so by
// bench/extract), is one piece of writing. A front at the root with
// the same note over links to its stories, or titled "Home" over a few
// teasers, is still the front.
func TestOnePieceAtTheRoot(t *testing.T) {
	note := `<p>After twenty-two years we are closing the workshop at the end of the month. We thank every customer who brought us a computer to mend, a printer to set up or a network to lay, and who came back with the next one.</p>
<p>Repairs left with us can be collected until the last Friday of the month during the usual hours. Warranty claims for work we did go to the insurer named on your invoice.</p>
<p>It was a pleasure to work for this town and its people, and we will miss the talk over the counter more than anything else.</p>`
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>"
	}
	menu := `<nav><a href="/">Home</a> <a href="/contact">Contact</a></nav>`
	var teasers strings.Builder
	for i := range 8 {
		fmt.Fprintf(&teasers, `<h2><a href="/news/story-%d">Council approves plan for harbour wall number %d</a></h2>`, i, i)
	}
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a farewell note at the root, titled Home, linking nowhere",
			page("Home", menu+`<h1>Time to say goodbye.</h1>`+note+`<footer><a href="/imprint">Imprint</a></footer>`),
			Article},
		{"the same note over links to stories",
			page("Home", menu+`<h1>Time to say goodbye.</h1>`+note+teasers.String()),
			Index},
		{"a front titled Home over teasers with little prose",
			page("Home", menu+`<h1>Harbour Times</h1>`+teasers.String()),
			Index},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := classify(t, "https://shop.example/", []byte(c.page))
			if got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
