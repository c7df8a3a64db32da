package align

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestPostingsAreTerms: postingsOf and topicTerms, which count the whole
// sentences by term number, list for each term the sentences and make
// the topic terms that a scan of each sentence's terms by name does
// (postingsScan, the code before) on 2, 5 and 200 ECB+ articles as one story.
func TestPostingsAreTerms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the units of 200 ECB+ articles")
	}
	inputs := ecbInputs(t, 200)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	for _, n := range []int{2, 5, 200} {
		indexes, ents := indexed(inputs[:n])
		units, names, _, _ := buildUnits(inputs[:n], docs[:n], indexes, ents, nil, nil, newAnalysisSums(docs[:n]))
		postings, sentences := postingsOf(units, len(names))
		got := map[string][]int{}
		for id, p := range postings {
			if len(p) > 0 {
				got[names[id]] = p
			}
		}
		want, wantTopic := postingsScan(units)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Errorf("%d articles: postings differ (-scan +postingsOf):\n%s", n, diff)
		}
		topic := topicTerms(postings, sentences, names)
		if diff := gocmp.Diff(wantTopic, topic); diff != "" {
			t.Errorf("%d articles: topic terms differ (-scan +topicTerms):\n%s", n, diff)
		}
	}
}

// TestTopicTerms: a term of more than half the whole sentences is the
// story's topic, one of half of them or of clauses only is not.
func TestTopicTerms(t *testing.T) {
	sets := []map[string]bool{
		{"quake": true, "E:1": true},
		{"quake": true, "Q:7": true},
		{"quake": true, "E:1": true, "toll": true},
		{"toll": true, "E:1": true}, // a clause of the sentence before
		{"aid": true},
	}
	parents := []int{-1, -1, -1, 2, -1}
	names, raw, _ := numberTerms(sets, sets, make([]bool, len(sets)))
	terms, _, vecs, _ := weigh(raw, raw, make([]bool, len(sets)), func(int) bool { return true }, names)
	units := make([]unit, len(sets))
	for i := range units {
		units[i] = unit{parent: parents[i], terms: terms[i], vec: vecs[i]}
	}
	postings, sentences := postingsOf(units, len(names))
	got := topicTerms(postings, sentences, names)
	_, scan := postingsScan(units)
	want := map[string]bool{"quake": true}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("topic terms (-want +got):\n%s", diff)
	}
	if diff := gocmp.Diff(scan, got); diff != "" {
		t.Errorf("topic terms (-scan +got):\n%s", diff)
	}
}

// postingsScan is addContaining's postings and topicTerms as they were
// before term numbers: the whole sentences by each term of unit.terms,
// and the terms of more than half of them.
func postingsScan(units []unit) (map[string][]int, map[string]bool) {
	postings := map[string][]int{}
	n := 0
	for i, u := range units {
		if u.parent < 0 {
			n++
			for t := range u.terms {
				postings[t] = append(postings[t], i)
			}
		}
	}
	topic := map[string]bool{}
	for t, p := range postings {
		if 2*len(p) > n {
			topic[t] = true
		}
	}
	return postings, topic
}
