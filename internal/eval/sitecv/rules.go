// Package sitecv runs the site-held-out checks of an extractor's hand
// rule families (TestSiteCV in extract and textdump) on eval's
// site-held-out helpers; only tests import it.
package sitecv

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/internal/eval"
)

// Page is what the checks read of a develop page. An extractor's test
// page embeds it and adds what its extractor reads (HTML, text).
type Page struct {
	Set, Site, ID string
	Truth         string
}

func (p Page) held() Page { return p }

// Held is a test page that embeds Page.
type Held interface{ held() Page }

// Load reads the develop pages of the JSON lines file at path, given by
// the flag named flag; it skips the test when the flag is not set.
func Load[P any](tb testing.TB, path, flag string) []P {
	tb.Helper()
	if path == "" {
		tb.Skip("no -" + flag)
	}
	pages, err := eval.ReadJSONLines[P](path)
	if err != nil {
		tb.Fatal(err)
	}
	return pages
}

// Below is the page F1 under which a listing test shows a develop page:
// the environment's CV_BELOW, or def when it is unset.
func Below(def float64) float64 {
	if v := os.Getenv("CV_BELOW"); v != "" {
		fmt.Sscan(v, &def)
	}
	return def
}

// Scores scores every page with score.
func Scores[P any](pages []P, score func(P) eval.ShingleScore) []eval.ShingleScore {
	out := make([]eval.ShingleScore, len(pages))
	for i, p := range pages {
		out[i] = score(p)
	}
	return out
}

// SetF1 is the benchmark's mean score of the pages of one set.
func SetF1[P Held](pages []P, scores []eval.ShingleScore, set string) (p, r, f float64) {
	return eval.MeanWhere(scores, func(i int) bool { return pages[i].held().Set == set })
}

// Rules measures what each hand rule family of an extractor gains on the
// develop sites it was not written on. A hand rule is read off a few
// pages; its gain on the site where it gains most is taken as the
// fitting and left out ("others"), and the sites it helps and hurts are
// counted.
type Rules[P Held] struct {
	Pages    []P
	Sets     []string                  // the page sets, each scored apart
	Families []string                  // the switches of the extractor's ablate.go
	Ablated  *map[string]bool          // the extractor's families switched off
	Score    func(P) eval.ShingleScore // one page with the families in use
}

// Run logs each set's score with all families, then what each family
// gains, one line a family. CV_RULES (comma-separated) names the
// families to measure; unset, it is all of them.
func (r Rules[P]) Run(t *testing.T) {
	t.Helper()
	base := Scores(r.Pages, r.Score)
	setWidth := 0
	for _, set := range r.Sets {
		setWidth = max(setWidth, len(set)+1)
	}
	for _, set := range r.Sets {
		p, rec, f := SetF1(r.Pages, base, set)
		t.Logf("all rules: %-*s P %.4f R %.4f F1 %.4f", setWidth, set, p, rec, f)
	}
	only := strings.Split(os.Getenv("CV_RULES"), ",")
	if only[0] == "" {
		only = r.Families
	}
	defer func() { *r.Ablated = nil }()
	for _, name := range only {
		*r.Ablated = map[string]bool{name: true}
		off := Scores(r.Pages, r.Score)
		t.Log(r.gain(name, base, off))
	}
}

// gain reports what the family name gains: the change in each set's F1
// with it against without it, the sites it helps and hurts, and the gain
// left when the site it helps most is taken out.
func (r Rules[P]) gain(name string, with, without []eval.ShingleScore) string {
	nameWidth := 0
	for _, f := range r.Families {
		nameWidth = max(nameWidth, len(f)+1)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s", nameWidth, name)
	for _, set := range r.Sets {
		_, _, f1 := SetF1(r.Pages, with, set)
		_, _, f0 := SetF1(r.Pages, without, set)
		fmt.Fprintf(&b, " %s %+.4f", set[:min(len(set), 6)], f1-f0)
	}
	sites := make([]string, len(r.Pages))
	for i, p := range r.Pages {
		sites[i] = p.held().Site
	}
	b.WriteString(eval.SiteGains(sites, with, without))
	return b.String()
}
