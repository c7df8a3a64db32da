package brief

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMergeEventsIsScan: events merged through the index by interval and
// anchor are the ones merged by asking every event kept so far, in
// order, on events of few intervals, expressions and words.
func TestMergeEventsIsScan(t *testing.T) {
	scan := func(events []Event) []Event {
		vocab := newVocabulary()
		tfs := make([]map[int]int, len(events))
		for i, e := range events {
			tfs[i] = vocab.add(contentWords(e.Text))
		}
		var out []Event
		var outVec []vector
		for i, e := range events {
			merged := false
			for k := range out {
				o := &out[k]
				if o.Start != e.Start || o.End != e.End || o.Open != e.Open || o.Unresolved != e.Unresolved || o.Anchor != e.Anchor ||
					!strings.EqualFold(strings.TrimSpace(o.Expression), strings.TrimSpace(e.Expression)) ||
					cosine(outVec[k], vocab.tfidf(tfs[i])) < lexRankThreshold {
					continue
				}
				for _, r := range e.Refs {
					if !slices.Contains(o.Refs, r) {
						o.Refs = append(o.Refs, r)
					}
				}
				merged = true
				break
			}
			if !merged {
				out = append(out, e)
				outVec = append(outVec, vocab.tfidf(tfs[i]))
			}
		}
		if out == nil {
			return []Event{}
		}
		return out
	}
	r := rand.New(rand.NewPCG(3, 4))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	words := strings.Fields("summit talks storm schools reopen officials expect vladivostok leaders meet ministers harbour ferry")
	for round := range 100 {
		var events []Event
		for k := range r.IntN(40) {
			var text []string
			for range 3 + r.IntN(5) {
				text = append(text, pick(words...))
			}
			events = append(events, Event{
				Start: pick("2023-09-05", "2023-09-06", ""), End: pick("2023-09-06", ""),
				Open: pick("", "", "after"), Unresolved: pick("", "", "vague"), Anchor: pick("story", "", "article"),
				Expression: pick("on Tuesday", "on tuesday ", "this week"),
				Text:       strings.Join(text, " ") + ".",
				Refs:       []Ref{{Article: int64(k % 7), Outlet: fmt.Sprint("outlet ", k%7)}},
			})
		}
		want := scan(slices.Clone(events))
		got := mergeEvents(slices.Clone(events), nil)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: merged (-every one asked +index):\n%s", round, diff)
		}
		// Given the texts' words made before (as the timeline gives
		// the summary's), and some not, the same.
		words := make([][]string, len(events))
		for i, e := range events {
			if i%3 != 0 {
				words[i] = contentWords(e.Text)
			}
		}
		if diff := cmp.Diff(want, mergeEvents(slices.Clone(events), words)); diff != "" {
			t.Fatalf("round %d: merged with the words given (-every one asked +given):\n%s", round, diff)
		}
	}
}
