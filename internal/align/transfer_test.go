package align

import (
	"testing"
	"time"

	"crosscheck/internal/nlp"
)

// framesOfText returns the transfer frames of each sentence of each text,
// read as one story.
func framesOfText(t *testing.T, texts ...string) [][]transfer {
	t.Helper()
	date := time.Date(2024, 3, 4, 12, 0, 0, 0, time.UTC)
	docs := make([]nlp.Doc, len(texts))
	for i, s := range texts {
		docs[i] = nlp.Analyze(s, date)
	}
	ents := nlp.LinkEntities(docs)
	var out [][]transfer
	for i := range docs {
		x := nlp.NewIndex(&docs[i])
		for _, s := range docs[i].Sentences {
			out = append(out, transfersOf(transferSitesIn(x, nlp.Span{Start: s.Start, End: s.End}), i, &ents))
		}
	}
	return out
}

func TestTransferFrames(t *testing.T) {
	got := framesOfText(t,
		"Iran is seeking to buy more drones from Belarus.",
		"Officials say the two will discuss Belarus's supply of weapons to Iran.",
		"Washington warned Belarus against selling missiles to Iran.",
		"The minister met farmers in Belarus on Monday.",
	)
	if len(got) != 4 {
		t.Fatalf("got %d sentences, want 4: %v", len(got), got)
	}
	want := transfer{from: "belarus", to: "iran", goods: "weapon", class: "intent"}
	for i := range 2 {
		if len(got[i]) != 1 || got[i][0] != want {
			t.Errorf("sentence %d: frames %v, want %v", i, got[i], want)
		}
	}
	if len(got[2]) != 1 || !got[2][0].same(want) || got[2][0].class != "deterrent" {
		t.Errorf("warning: frames %v, want the same transfer as a deterrent", got[2])
	}
	if !transfersConflict(got[0], got[2]) || transfersConflict(got[0], got[1]) {
		t.Errorf("buying and supplying should agree and the warning clash: %v %v %v", got[0], got[1], got[2])
	}
	if len(got[3]) != 0 {
		t.Errorf("no transfer: frames %v", got[3])
	}
}
