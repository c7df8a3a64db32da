package extract

import (
	"context"
	"strings"
	"testing"

	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// TestTaggedTeaserBoxOnDevelopPages: the Express (extraction set,
// develop part) sets a "DON'T MISS" box of three headlines, each closed
// by a label ("[WARNING]", "[INSIGHT]", "[NEWS]"), between its
// paragraphs; the HTML runs the links into one paragraph, which stayed
// in the body. The story around the box stays.
func TestTaggedTeaserBoxOnDevelopPages(t *testing.T) {
	for _, tt := range []struct {
		id, url    string
		gone, kept string
	}{
		{"ba4dfe2d3e81", "https://www.express.co.uk/news/science/1205992/bubonic-plague-china-plague-news-the-plague-pneumonic-plague-in-china-2019-symptoms",
			"BLACK DEATH PLAGUE fears", "the plague is treatable with antibiotics"},
		{"624fcd903d56", "https://www.express.co.uk/news/world/1206313/hong-kong-latest-china-protesters-police-china-hong-kong-riots-Polytechnic-University",
			"China furious at Macron", "Polytechnic University"},
	} {
		html := sharedtest.Gunzip(t, sharedtest.Glob(t, "data", "extraction", "html", tt.id+"*.html.gz")[0])
		a, err := Extract(context.Background(), source.Page{Origin: tt.id + ".html", URL: tt.url, Kind: source.KindHTML, Data: html})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, tt.gone) {
			t.Errorf("%s: teaser %q kept", tt.id, tt.gone)
		}
		if !strings.Contains(a.Text, tt.kept) {
			t.Errorf("%s: %q lost", tt.id, tt.kept)
		}
	}
}

// TestIsTaggedTeaserBox: labelled headlines run together are a box; one
// label, a sentence before a label, or text after the last label are not.
func TestIsTaggedTeaserBox(t *testing.T) {
	for p, want := range map[string]bool{
		"CDC names EIGHT deadly diseases [WARNING]BLACK DEATH PLAGUE fears: Holidaymakers die [INSIGHT]Plane passengers quarantined [NEWS]": true,
		"China furious at Macron for protest jibe [INSIGHT]|Lakers vs Nets: NBA make final decision [VIDEO]|":                               true,
		"Watch the moment the bridge collapsed [VIDEO]":                                                                                     false,
		"The council said the vote was close. [UPDATED] The mayor cast the last ballot. [CORRECTED]":                                        false,
		"Bridge closed [VIDEO] and council meets [LIVE] as the storm moves north across the county":                                         false,
	} {
		if got := isTaggedTeaserBox(p); got != want {
			t.Errorf("isTaggedTeaserBox(%q) = %v, want %v", p, got, want)
		}
	}
}
