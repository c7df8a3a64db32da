package textdump

import (
	"flag"
	"os"
	"testing"

	"crosscheck/internal/eval"
)

var tune = flag.Bool("textdump.tune", false, "grid-search the classifier's params with two-fold cross-validation")

// measuredPage is an evaluation page with its lines measured once.
type measuredPage struct {
	lines []line
	truth string
}

func (p measuredPage) score() eval.ShingleScore {
	lines := make([]line, len(p.lines))
	copy(lines, p.lines)
	d := decide(lines)
	return eval.ScoreShingles(d.bodyText(), p.truth)
}

func meanF1(pages []measuredPage) float64 {
	scores := make([]eval.ShingleScore, len(pages))
	for i, p := range pages {
		scores[i] = p.score()
	}
	_, _, f1 := eval.MeanShingleScore(scores)
	return f1
}

// TestTuneParams searches a grid of params on one half of the extraction
// set and reports F1 on the other half, both ways, so that the reported
// number is not fitted to the pages it is measured on. It prints the
// params best on the whole set last.
func TestTuneParams(t *testing.T) {
	if !*tune {
		t.Skip("no -textdump.tune")
	}
	var halves [2][]measuredPage
	for i, c := range loadCases(t) {
		data, err := os.ReadFile(c.TextPath)
		if err != nil {
			t.Fatal(err)
		}
		lines := splitLines(cleanText(string(data)))
		measure(lines)
		halves[i%2] = append(halves[i%2], measuredPage{lines, c.Truth})
	}
	defer func(p params) { tuned = p }(tuned)
	base := tuned
	var grid []params
	for _, lengthLow := range []int{30, 50, 70} {
		for _, lengthHigh := range []int{100, 150, 200} {
			for _, stopLow := range []float64{0.15, 0.20, 0.25} {
				for _, stopHigh := range []float64{0.22, 0.27, 0.32} {
					for _, badToll := range []float64{10, 40, 80} {
						for _, nearDecay := range []float64{10, 20, 40} {
							if stopHigh < stopLow {
								continue
							}
							p := base
							p.lengthLow, p.lengthHigh, p.stopLow, p.stopHigh, p.badToll, p.nearDecay = lengthLow, lengthHigh, stopLow, stopHigh, badToll, nearDecay
							grid = append(grid, p)
						}
					}
				}
			}
		}
	}
	best := func(pages []measuredPage) (params, float64) {
		var bp params
		bf := -1.0
		for _, p := range grid {
			tuned = p
			if f := meanF1(pages); f > bf {
				bp, bf = p, f
			}
		}
		return bp, bf
	}
	all := append(append([]measuredPage{}, halves[0]...), halves[1]...)
	for k := 0; k < 2; k++ {
		p, fTrain := best(halves[k])
		tuned = p
		fTest := meanF1(halves[1-k])
		tuned = base
		fBase := meanF1(halves[1-k])
		t.Logf("fold %d: tuned on %d pages F1=%.3f; held-out %d pages F1=%.3f (current params %.3f); %+v", k, len(halves[k]), fTrain, len(halves[1-k]), fTest, fBase, p)
	}
	p, f := best(all)
	tuned = base
	t.Logf("whole set: best F1=%.3f with %+v; current params F1=%.3f", f, p, meanF1(all))
}
