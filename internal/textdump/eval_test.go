package textdump

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"crosscheck/internal/article"
	"crosscheck/internal/eval"
	"crosscheck/internal/sharedtest"
)

// extractionDir is the extraction evaluation set in the shared data.
var extractionDir = filepath.Join(sharedtest.Root(), "data", "extraction")

var verbose = flag.Bool("textdump.pages", false, "print each page's score in TestExtractionQuality")

// f1Floor guards against regressions: a little under the F1 the
// extractor reaches on the whole set (see BENCHMARKS.md).
const f1Floor = 0.93

// scoreSet extracts every case's text dump and scores it against the
// ground truth.
func scoreSet(t testing.TB, cases []eval.ExtractionCase) []eval.ShingleScore {
	t.Helper()
	scores := make([]eval.ShingleScore, 0, len(cases))
	for _, c := range cases {
		data, err := os.ReadFile(c.TextPath)
		if err != nil {
			t.Fatalf("reading %s: %v", c.TextPath, err)
		}
		a, err := Extract(string(data))
		if err != nil {
			t.Logf("%s: %v", c.ID, err)
		}
		s := eval.ScoreShingles(a.Text, c.Truth)
		if *verbose {
			t.Logf("%s P=%.3f R=%.3f %s", c.ID[:12], s.Precision(), s.Recall(), c.URL)
		}
		scores = append(scores, s)
	}
	return scores
}

func loadCases(t testing.TB) []eval.ExtractionCase {
	t.Helper()
	cases, err := eval.LoadExtraction(sharedtest.Path(t, "data", "extraction"))
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestExtractionQuality scores the whole text-dump evaluation set with the
// benchmark's 4-token shingle F1 and fails below the regression floor.
// Run with -v to see precision, recall and F1.
func TestExtractionQuality(t *testing.T) {
	cases := loadCases(t)
	p, r, f1 := eval.MeanShingleScore(scoreSet(t, cases))
	t.Logf("text-dump extraction on %d pages: P=%.3f R=%.3f F1=%.3f", len(cases), p, r, f1)
	if f1 < f1Floor {
		t.Errorf("F1 = %.3f, below the floor %.3f", f1, f1Floor)
	}
}

// extractDevDump extracts the text dump of the extraction set whose file
// name starts with prefix, skipping the test where the set is absent.
func extractDevDump(t *testing.T, prefix string) article.Article {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(extractionDir, "text", prefix+"*.txt"))
	if len(paths) != 1 {
		t.Skip("extraction set not found")
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(string(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
