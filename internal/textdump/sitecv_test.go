package textdump

import (
	"flag"
	"testing"

	"crosscheck/internal/eval"
	"crosscheck/internal/eval/sitecv"
)

var cvFile = flag.String("textdump.cv", "", "JSON lines of develop dumps (go run ./bench/extract -mode develop-dumps) for TestSiteCV")

// cvPage is one develop dump of TestSiteCV.
type cvPage struct {
	sitecv.Page
	Text string
}

func loadCVPages(t *testing.T) []cvPage {
	t.Helper()
	return sitecv.Load[cvPage](t, *cvFile, "textdump.cv")
}

// cvScore extracts one page with the current rules.
func cvScore(p cvPage) eval.ShingleScore {
	a, _ := Extract(p.Text)
	return eval.ScoreShingles(a.Text, p.Truth)
}

var cvSets = []string{"real", "flat-extraction", "flat-readability"}

// TestSiteCV measures what each rule family of ablate.go gains on the
// develop sites it was not written on (see sitecv.Rules). The real and
// flattened dumps of one extraction page are one site.
//
//	go run ./bench/extract -mode develop-dumps > /tmp/dev.jsonl
//	go test ./internal/textdump -run SiteCV -textdump.cv=/tmp/dev.jsonl -v
func TestSiteCV(t *testing.T) {
	sitecv.Rules[cvPage]{
		Pages: loadCVPages(t),
		Sets:  cvSets,
		Families: []string{
			"chromeLines", "widgetWords", "shareButton", "chromePrefixes", "chromePhrases", "relativeTime", "ticker", "handleByline", "sectionLink", "gluedCredit", "urlLike", "navLine",
			"teaserSnippet", "dateOnly", "commenter", "slideCounter", "slot", "caption", "barrier",
			"markDuplicates", "markMenus", "markCaptionsOverCredits", "markNameBoxes", "markTeaserRuns", "markTeaserCards", "markKickerTeasers", "markReferenceLists", "markTaggedTeasers",
			"proseRuns", "promoteIfNoneGood", "headlineAnchor", "announcedList", "reachLead", "leadAboveDate", "keepCredit", "dropCaps", "headlineShaped", "commentsShare",
			"disclosure", "readerCall", "markSharedCards", "markGallery", "footNotice", "creditTail", "labelledCredit",
		},
		Ablated: &ablated,
		Score:   cvScore,
	}.Run(t)
}

// cvFold puts a site in one of cvFolds folds by its name's hash.
func cvFold(site string) int {
	h := uint32(2166136261)
	for i := 0; i < len(site); i++ {
		h = (h ^ uint32(site[i])) * 16777619
	}
	return int(h % cvFolds)
}

const cvFolds = 5

// TestSiteCVParams fits the classifier's thresholds by k-fold
// cross-validation over develop sites: each candidate (one threshold
// moved from the current value) is scored on every page once; for each
// fold the candidate best on the other folds' sites is scored on the
// fold's. Candidate pages' lines are measured once, as TestTuneParams
// does, so menuMaxWord (a measure-time threshold) is left out.
func TestSiteCVParams(t *testing.T) {
	pages := loadCVPages(t)
	measured := make([]measuredPage, len(pages))
	for i, p := range pages {
		lines := splitLines(cleanText(p.Text))
		measure(lines)
		measured[i] = measuredPage{lines, p.Truth}
	}
	base := tuned
	defer func() { tuned = base }()
	cands := []params{base}
	vary := func(set func(*params)) {
		p := base
		set(&p)
		if p != base {
			cands = append(cands, p)
		}
	}
	for _, v := range []int{40, 50, 60, 80, 90, 100} {
		vary(func(p *params) { p.lengthLow = v })
	}
	for _, v := range []int{100, 120, 130, 170, 200} {
		vary(func(p *params) { p.lengthHigh = v })
	}
	for _, v := range []float64{0.10, 0.12, 0.18, 0.20} {
		vary(func(p *params) { p.stopLow = v })
	}
	for _, v := range []float64{0.18, 0.20, 0.25, 0.27, 0.30} {
		vary(func(p *params) { p.stopHigh = max(v, p.stopLow) })
	}
	for _, v := range []float64{0.5, 0.75, 1.5, 2} {
		vary(func(p *params) { p.badShare = v })
	}
	for _, v := range []float64{20, 40, 60, 100, 140} {
		vary(func(p *params) { p.badToll = v })
	}
	for _, v := range []float64{5, 15, 20, 40} {
		vary(func(p *params) { p.nearDecay = v })
	}
	// score[c][i] is page i under candidate c.
	score := make([][]eval.ShingleScore, len(cands))
	for c, p := range cands {
		tuned = p
		score[c] = make([]eval.ShingleScore, len(measured))
		for i, m := range measured {
			score[c][i] = m.score()
		}
	}
	tuned = base
	meanOf := func(c int, keep func(i int) bool) (float64, float64, float64) {
		return eval.MeanWhere(score[c], keep)
	}
	for c, p := range cands {
		_, _, f := meanOf(c, func(int) bool { return true })
		t.Logf("candidate %2d all develop F1 %.4f %+v", c, f, p)
	}
	// Held-fold scores of the fitted and the current params, pooled.
	fitted := make([]eval.ShingleScore, len(measured))
	for k := 0; k < cvFolds; k++ {
		best, bf := 0, -1.0
		for c := range cands {
			_, _, f := meanOf(c, func(i int) bool { return cvFold(pages[i].Site) != k })
			if f > bf+1e-9 {
				best, bf = c, f
			}
		}
		_, _, fh := meanOf(best, func(i int) bool { return cvFold(pages[i].Site) == k })
		_, _, f0 := meanOf(0, func(i int) bool { return cvFold(pages[i].Site) == k })
		t.Logf("fold %d: fitted candidate %d (train F1 %.4f); held fold F1 %.4f, current %.4f", k, best, bf, fh, f0)
		for i := range measured {
			if cvFold(pages[i].Site) == k {
				fitted[i] = score[best][i]
			}
		}
	}
	for _, set := range cvSets {
		fp, fr, ff := sitecv.SetF1(pages, fitted, set)
		cp, cr, cf := sitecv.SetF1(pages, score[0], set)
		t.Logf("site-CV %-16s fitted P %.4f R %.4f F1 %.4f | current P %.4f R %.4f F1 %.4f", set, fp, fr, ff, cp, cr, cf)
	}
}

// TestSiteCVPages lists the develop pages below CV_BELOW page F1 (0.9
// unless set) with their precision and recall.
func TestSiteCVPages(t *testing.T) {
	pages := loadCVPages(t)
	below := sitecv.Below(0.9)
	for i, s := range sitecv.Scores(pages, cvScore) {
		if f := eval.PageF1(s); f < below {
			t.Logf("%-16s %-28s %.12s P %.3f R %.3f F1 %.3f", pages[i].Set, pages[i].Site, pages[i].ID, s.Precision(), s.Recall(), f)
		}
	}
}
