package brief

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/sharedtest"
)

// TestVectorOfIsTfidf: a sentence's vector made from its words after
// every sentence is counted (vocabulary.count, vectorOf) is, to the last
// bit, the one of its term counts (the map of counts and tfidf as they
// were), on the sentences of 120 ECB+ articles; and a corpus and a
// citation index given the sentences' content words are those that read
// them from the sentences.
func TestVectorOfIsTfidf(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []Document
	var sentences [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(docs) < 120 {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{Sentences: strings.Split(d.Text, "\n")})
		sentences = append(sentences, docs[len(docs)-1].Sentences)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	words := sentenceWords(sentences)
	counts := &mapVocabulary{ids: map[string]int{}}
	var tfs []map[int]int
	vocab := newVocabulary()
	for _, ws := range words {
		for _, w := range ws {
			tfs = append(tfs, counts.add(w))
			vocab.count(w)
		}
	}
	if diff := cmp.Diff(counts.df, vocab.df); diff != "" {
		t.Fatalf("sentence frequencies differ (-map +count):\n%s", diff)
	}
	repeated := 0
	n := 0
	for _, ws := range words {
		for _, w := range ws {
			want, got := counts.tfidf(tfs[n]), vocab.vectorOf(w)
			n++
			if len(want.terms) < len(w) {
				repeated++
			}
			if len(want.terms) == 0 {
				continue // an empty vector: nil or empty slices alike
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(vector{})); diff != "" {
				t.Fatalf("sentence %d: vectors differ (-tfidf +vectorOf):\n%s", n-1, diff)
			}
		}
	}
	if repeated == 0 {
		t.Fatal("no sentence repeats a word: the counts are not tested")
	}
	fresh, given := newCorpus(leads(docs, 400), nil, nil), newCorpus(leads(docs, 400), words, newReadings(nil))
	if diff := cmp.Diff(fresh.sents, given.sents, cmp.AllowUnexported(sentence{}, vector{})); diff != "" {
		t.Errorf("corpus given its words differs (-read +given):\n%s", diff)
	}
	x, y := newCiteIndex(sentences), newCiteIndexOf(sentences, words)
	for i, ss := range sentences {
		for k := range ss {
			if k%7 == 0 && !cmp.Equal(x.features(i, k).vec, y.features(i, k).vec, cmp.AllowUnexported(vector{})) {
				t.Fatalf("citation vector of sentence %d of article %d differs", k, i)
			}
		}
	}
}

// mapVocabulary is the vocabulary as it was: each sentence's counts in a
// map, which also told the words met once in it.
type mapVocabulary struct {
	ids map[string]int
	df  []int
	n   int
}

func (v *mapVocabulary) add(words []string) map[int]int {
	tf := make(map[int]int, len(words))
	for _, w := range words {
		id, ok := v.ids[w]
		if !ok {
			id = len(v.df)
			v.ids[w] = id
			v.df = append(v.df, 0)
		}
		if tf[id] == 0 {
			v.df[id]++
		}
		tf[id]++
	}
	v.n++
	return tf
}

func (v *mapVocabulary) tfidf(tf map[int]int) vector {
	vec := vector{terms: make([]int, 0, len(tf)), weights: make([]float64, 0, len(tf))}
	for id := range tf {
		vec.terms = append(vec.terms, id)
	}
	sort.Ints(vec.terms)
	var sq float64
	for _, id := range vec.terms {
		w := float64(tf[id]) * math.Log(float64(v.n+1)/float64(v.df[id]))
		vec.weights = append(vec.weights, w)
		sq += w * w
	}
	vec.norm = math.Sqrt(sq)
	return vec
}
