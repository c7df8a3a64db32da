package dom

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestReads(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p id="x" rel="Author nofollow">Kim <b>left</b><script>var a;</script><style>p{}</style> Pyongyang.</p>`))
	if err != nil {
		t.Fatal(err)
	}
	var p *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			p = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if got := Text(p); got != "Kim left Pyongyang." {
		t.Errorf("Text = %q", got)
	}
	if Attr(p, "id") != "x" || Attr(p, "class") != "" {
		t.Error("Attr")
	}
	if !HasToken(Attr(p, "rel"), "author") || HasToken(Attr(p, "rel"), "auth") {
		t.Error("HasToken")
	}
}
