package brief

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/sharedtest"
)

// TestSimilarIsPairwise: the sentence graph summed on the inverted index
// is, edge for edge and to the last bit, the one of every pair's cosine
// (vector.dot), on ECB+ articles' sentences.
func TestSimilarIsPairwise(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(docs) < 120 {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{Sentences: strings.Split(d.Text, "\n")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	c := newCorpus(docs, nil, nil)
	want := make([][]edge, len(c.sents))
	for i := range c.sents {
		for j := i + 1; j < len(c.sents); j++ {
			if s := cosine(c.sents[i].vec, c.sents[j].vec); s >= lexRankThreshold {
				want[i] = append(want[i], edge{j, s})
				want[j] = append(want[j], edge{i, s})
			}
		}
	}
	got := c.similar()
	edges := 0
	for _, es := range want {
		edges += len(es)
	}
	if edges < 1000 {
		t.Fatalf("%d edges among %d sentences: too few to tell", edges, len(c.sents))
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(edge{})); diff != "" {
		t.Errorf("graph on the index (-pairwise +index):\n%s", diff)
	}
}
