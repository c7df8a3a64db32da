package cluster

import (
	"testing"

	"crosscheck/internal/eval"
)

func baselineDocs() []eval.EventDoc {
	quake := "An earthquake of magnitude 6 struck the island of Lombok, shaking hotels and villages; rescuers searched rubble for survivors of the earthquake."
	vote := "Parliament voted on the budget bill after a long debate; the finance minister said the budget bill would cut the deficit."
	return []eval.EventDoc{
		{ID: "q1", Text: quake, Event: "quake"},
		{ID: "v1", Text: vote, Event: "vote"},
		{ID: "q2", Text: "Rescuers on Lombok pulled survivors from rubble after the earthquake shook hotels.", Event: "quake"},
		{ID: "v2", Text: "The finance minister defended the budget bill as parliament voted.", Event: "vote"},
	}
}

func TestBaselinesSeparateStories(t *testing.T) {
	docs := baselineDocs()
	for name, pred := range map[string][]int{
		"single-pass":  SinglePassTFIDF(docs, 0.1, 1),
		"average-link": NewAverageLink(docs, 0.05).Cut(0.1),
	} {
		if s := scoreLabels(docs, pred); s.Event.F1 != 1 {
			t.Errorf("%s: stories %v, F1 %.3f, want the two stories exactly", name, pred, s.Event.F1)
		}
	}
	if pred := NewAverageLink(docs, 0.05).Cut(1.01); len(distinct(pred)) != len(docs) {
		t.Errorf("average-link cut above any similarity: %v, want every article alone", pred)
	}
}

func distinct(pred []int) map[int]bool {
	m := make(map[int]bool)
	for _, p := range pred {
		m[p] = true
	}
	return m
}

func TestCrossValidatePicksOnTheOtherHalf(t *testing.T) {
	docs := baselineDocs()
	for i := range docs {
		docs[i].Topic = docs[i].ID[:1]
	}
	h := Halves(docs)
	if len(h[0]) != 2 || len(h[1]) != 2 || h[0][0].Topic == h[1][0].Topic {
		t.Fatalf("halves %v", h)
	}
	held := CrossValidate([][2][]eval.EventDoc{h}, SinglePassSettings([]uint64{1}))
	for k, ho := range held {
		if len(ho.Test) != 1 || ho.Picked == "" {
			t.Errorf("half %d: %+v", k, ho)
		}
	}
}

func TestMeanScoreSpread(t *testing.T) {
	scores := []Score{
		{Event: eval.BCubed{Precision: 0.9, Recall: 0.8, F1: 0.85}},
		{Event: eval.BCubed{Precision: 0.8, Recall: 0.8, F1: 0.80}},
		{Event: eval.BCubed{Precision: 1, Recall: 0.8, F1: 0.89}},
	}
	m := MeanScore(scores)
	if m.EventF1Min != 0.80 || m.EventF1Max != 0.89 {
		t.Errorf("spread %.3f to %.3f, want 0.800 to 0.890", m.EventF1Min, m.EventF1Max)
	}
	if got, want := m.Event.F1, (0.85+0.80+0.89)/3; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("mean F1 %.4f, want %.4f", got, want)
	}
}
