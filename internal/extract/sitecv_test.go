package extract

import (
	"context"
	"flag"
	"strings"
	"testing"

	"crosscheck/internal/eval"
	"crosscheck/internal/eval/sitecv"
	"crosscheck/internal/source"
)

var cvFile = flag.String("extract.cv", "", "JSON lines of develop HTML pages (go run ./bench/extract -mode develop-html) for TestSiteCV")

// cvPage is one develop page of TestSiteCV.
type cvPage struct {
	sitecv.Page
	URL, HTML string
}

func loadCVPages(t *testing.T) []cvPage {
	t.Helper()
	return sitecv.Load[cvPage](t, *cvFile, "extract.cv")
}

// cvBody extracts one page as the benchmark does.
func cvBody(p cvPage) string {
	a, _ := Extract(context.Background(), source.Page{Origin: p.ID, URL: p.URL, Kind: source.KindHTML, Data: []byte(p.HTML)})
	return a.Text
}

// TestSiteCV measures what each HTML rule family of ablate.go gains on
// the develop sites it was not written on (see sitecv.Rules).
//
//	go run ./bench/extract -mode develop-html > /tmp/devhtml.jsonl
//	go test ./internal/extract -run 'SiteCV$' -extract.cv=/tmp/devhtml.jsonl -v
func TestSiteCV(t *testing.T) {
	sitecv.Rules[cvPage]{
		Pages: loadCVPages(t),
		Sets:  []string{"extraction", "readability"},
		Families: []string{
			"refine", "headline", "linkList", "boilerplate", "standfirst", "commentTail", "teaserBetween",
			"recoverLead", "recoverGap", "recoverTail", "wholeBlock",
			"commentPolicy", "labelledLink", "taggedTeaserBox", "moreReading", "foot", "disclosure", "leadCaption", "captions",
			"leadingTitle", "liftByline", "embeddedPost", "trailingHeading", "labelEllipsis", "stampLine", "mimeLine",
		},
		Ablated: &ablated,
		Score:   func(p cvPage) eval.ShingleScore { return eval.ScoreShingles(cvBody(p), p.Truth) },
	}.Run(t)
}

// TestSiteCVLosses lists, for the develop pages below CV_BELOW page F1
// (0.97 unless set), the body paragraphs whose words the truth lacks
// (marked "+") and truth paragraphs the body lacks ("-"), to read which
// losses recur across sites.
func TestSiteCVLosses(t *testing.T) {
	pages := loadCVPages(t)
	below := sitecv.Below(0.97)
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
