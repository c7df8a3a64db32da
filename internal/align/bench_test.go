package align

import (
	"os"
	"path/filepath"
	"testing"

	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/textdump"
)

// BenchmarkStory50 analyses and aligns a 50-article story: the five seed
// pages, each ten times under different article IDs.
func BenchmarkStory50(b *testing.B) {
	files := sharedtest.Glob(b, "seeds", "*.txt")
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := textdump.Extract(string(raw))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	b.ReportAllocs()
	for b.Loop() {
		var inputs []Input
		for i := range 50 {
			t := texts[i%len(texts)]
			inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: filepath.Base(files[i%len(files)]), Text: t, Doc: nlp.Analyze(t, seedDate)})
		}
		Align(inputs, Options{})
	}
}
