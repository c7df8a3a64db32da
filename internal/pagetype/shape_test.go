package pagetype

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// TestShape: the shape of a story's page and of a front of cards differ
// where they are made differently: the story's prose is in one body and
// it marks itself as a dated article; the front's text is in like cards
// that each hold a link, and its words are mostly link text.
func TestShape(t *testing.T) {
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	story := `<html><head><title>Ferry route closed | Gazette</title><meta property="og:type" content="article">` +
		`<meta property="article:published_time" content="2026-12-01T10:00:00Z"></head><body>` +
		`<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
		`<article><h1>Ferry route closed</h1><div class="body">` +
		strings.Repeat("<p>"+sentence+sentence+"</p>", 4) + `</div></article></body></html>`
	var cards strings.Builder
	for i := range 8 {
		fmt.Fprintf(&cards, `<div class="card"><a href="/story/%d"><h3>Council votes on ferry route number %d</h3></a><p>Short teaser.</p></div>`, i, i)
	}
	front := `<html><head><title>Gazette</title><link rel="canonical" href="https://gazette.example/"></head><body><div class="grid">` + cards.String() + `</div></body></html>`

	type got struct {
		ProseShare, LinkDensity, MainBlock float64
		Cards                              int
		Markup, Dated, HeadlineIsTitle     bool
		RootAddress                        bool
	}
	measure := func(page string) got {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		s := ShapeOf(doc)
		round := func(x float64) float64 { return math.Round(x*100) / 100 }
		return got{
			ProseShare: round(s[2]), LinkDensity: round(s[3]), MainBlock: round(s[7]),
			Cards:  int(math.Round(math.Expm1(s[8]))),
			Markup: s[9] == 1, Dated: s[12] == 1, HeadlineIsTitle: s[11] == 1,
			RootAddress: s[14] == 1,
		}
	}
	for _, tc := range []struct {
		name, page string
		want       got
	}{
		{"story", story, got{ProseShare: 0.98, LinkDensity: 0.01, MainBlock: 1, Cards: 1, Markup: true, Dated: true, HeadlineIsTitle: true}},
		{"front", front, got{ProseShare: 0, LinkDensity: 0.78, MainBlock: 0, Cards: 8, RootAddress: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, measure(tc.page)); diff != "" {
				t.Errorf("shape (-want +got):\n%s", diff)
			}
		})
	}
}

// TestShapeNames: every field of a Shape is named, once.
func TestShapeNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range ShapeNames {
		if n == "" || seen[n] {
			t.Errorf("shape field name %q empty or repeated", n)
		}
		seen[n] = true
	}
}
