package extract

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/internal/eval"
	"crosscheck/internal/source"
)

var cvFile = flag.String("extract.cv", "", "JSON lines of develop HTML pages (go run ./bench/extract -mode develop-html) for TestSiteCV")

// cvPage is one develop page of TestSiteCV.
type cvPage struct {
	Set, Site, ID, URL string
	HTML, Truth        string
}

func loadCVPages(t *testing.T) []cvPage {
	t.Helper()
	if *cvFile == "" {
		t.Skip("no -extract.cv")
	}
	pages, err := eval.ReadJSONLines[cvPage](*cvFile)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// cvBody extracts one page as the benchmark does.
func cvBody(p cvPage) string {
	a, _ := Extract(context.Background(), source.Page{Origin: p.ID, URL: p.URL, Kind: source.KindHTML, Data: []byte(p.HTML)})
	return a.Text
}

// cvScores extracts every page with the current rules.
func cvScores(pages []cvPage) []eval.ShingleScore {
	out := make([]eval.ShingleScore, len(pages))
	for i, p := range pages {
		out[i] = eval.ScoreShingles(cvBody(p), p.Truth)
	}
	return out
}

// setF1 is the benchmark's mean score of the pages of one set.
func setF1(pages []cvPage, scores []eval.ShingleScore, set string) (p, r, f float64) {
	return eval.MeanWhere(scores, func(i int) bool { return pages[i].Set == set })
}

var cvSets = []string{"extraction", "readability"}

// ruleFamilies are the switches of ablate.go.
var ruleFamilies = []string{
	"refine", "headline", "linkList", "boilerplate", "standfirst", "commentTail", "teaserBetween",
	"recoverLead", "recoverGap", "recoverTail", "wholeBlock",
	"commentPolicy", "labelledLink", "taggedTeaserBox", "moreReading", "foot", "disclosure", "leadCaption", "captions",
	"leadingTitle", "liftByline",
}

// TestSiteCV measures what each HTML rule family gains on the develop
// sites it was not written on. A hand rule is read off a few pages; its
// gain on the site where it gains most is taken as the fitting and left
// out ("others"), and the sites it helps and hurts are counted.
//
//	go run ./bench/extract -mode develop-html > /tmp/devhtml.jsonl
//	go test ./internal/extract -run 'SiteCV$' -extract.cv=/tmp/devhtml.jsonl -v
func TestSiteCV(t *testing.T) {
	pages := loadCVPages(t)
	base := cvScores(pages)
	for _, set := range cvSets {
		p, r, f := setF1(pages, base, set)
		t.Logf("all rules: %-12s P %.4f R %.4f F1 %.4f", set, p, r, f)
	}
	only := strings.Split(os.Getenv("CV_RULES"), ",")
	if only[0] == "" {
		only = ruleFamilies
	}
	defer func() { ablated = nil }()
	for _, name := range only {
		ablated = map[string]bool{name: true}
		off := cvScores(pages)
		t.Log(ruleGain(name, pages, base, off))
	}
}

// ruleGain reports what a rule family gains: the change in each set's F1
// with it against without it, the sites it helps and hurts, and the gain
// left when the site it helps most is taken out.
func ruleGain(name string, pages []cvPage, with, without []eval.ShingleScore) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s", name)
	for _, set := range cvSets {
		_, _, f1 := setF1(pages, with, set)
		_, _, f0 := setF1(pages, without, set)
		fmt.Fprintf(&b, " %s %+.4f", set[:6], f1-f0)
	}
	sites := make([]string, len(pages))
	for i, p := range pages {
		sites[i] = p.Site
	}
	b.WriteString(eval.SiteGains(sites, with, without))
	return b.String()
}

// TestSiteCVLosses lists, for the develop pages below CV_BELOW page F1
// (0.97 unless set), the body paragraphs whose words the truth lacks
// (marked "+") and truth paragraphs the body lacks ("-"), to read which
// losses recur across sites.
func TestSiteCVLosses(t *testing.T) {
	pages := loadCVPages(t)
	below := 0.97
	if v := os.Getenv("CV_BELOW"); v != "" {
		fmt.Sscan(v, &below)
	}
	for _, p := range pages {
		got := cvBody(p)
		s := eval.ScoreShingles(got, p.Truth)
		if eval.PageF1(s) >= below {
			continue
		}
		t.Logf("== %s %s %s P %.3f R %.3f", p.Set, p.Site, p.ID, s.Precision(), s.Recall())
		truth := squash(p.Truth)
		for _, para := range strings.Split(got, "\n\n") {
			if k := squash(para); k != "" && !strings.Contains(truth, k) {
				t.Logf("  + %.160s", para)
			}
		}
		body := squash(got)
		for _, para := range strings.Split(p.Truth, "\n") {
			if k := squash(para); len(k) > 20 && !strings.Contains(body, k) {
				t.Logf("  - %.160s", strings.TrimSpace(para))
			}
		}
	}
}

// squash is s in lower case with only its letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	return b.String()
}
