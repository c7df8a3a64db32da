package brief

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/align"
	"crosscheck/internal/article"
)

// TestReusesKeptAreFound: a story's briefing built taking what its last
// build kept is the one built without, step by step, where each step
// changes what some article reused that was not itself changed: an
// article published before the others becomes the source of their wire
// paragraph, that source's text changes, it leaves, an outlet is renamed.
// A key that left out the articles before one, or an outlet, fails here.
func TestReusesKeptAreFound(t *testing.T) {
	wire := "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said, and searched for three more."
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: wire + "\n\nThe station had reopened only last month after repairs to its pumps."}
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday.\n\n" + wire + "\n\nAlpha contributed to this report."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences.\n\n" + wire}
	omega := article.Article{ID: 5, Site: "Omega", Published: day.Add(3 * time.Hour), Text: "Trains ran again on two of the city's lines by noon, the operator said.\n\n" + wire}
	beta := article.Article{ID: 4, Site: "Beta", Published: day.Add(-time.Hour), Text: "Flood sirens sounded across Valdoria before dawn on Sunday.\n\n" + wire}
	betaChanged := beta
	betaChanged.Text = "Flood sirens sounded across Valdoria before dawn on Sunday.\n\nThe fire service said it had pulled people from a metro station."
	gammaAsAlpha := gamma
	gammaAsAlpha.Site = "Alpha"

	ctx := context.Background()
	var kept *align.Kept
	var last []article.Article
	for _, c := range []struct {
		name string
		arts []article.Article
		of   int64 // the article the wire paragraph of delta comes from
	}{
		{"three", []article.Article{alpha, delta, gamma}, 1},
		{"one joins, published last", []article.Article{alpha, delta, gamma, omega}, 1},
		{"one joins, published first", []article.Article{alpha, delta, gamma, omega, beta}, 4},
		{"the first's text changes", []article.Article{alpha, delta, gamma, omega, betaChanged}, 1},
		{"the first is back", []article.Article{alpha, delta, gamma, omega, beta}, 4},
		{"the first leaves", []article.Article{alpha, delta, gamma, omega}, 1},
		{"an outlet renamed", []article.Article{alpha, delta, gammaAsAlpha, omega}, 1},
	} {
		want, err := BuildFrom(ctx, Story{}, c.arts, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, next, err := BuildKept(ctx, Story{}, c.arts, nil, nil, kept, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(briefingJSON(t, want), briefingJSON(t, got)); diff != "" {
			t.Fatalf("%s: briefing built with what was kept differs (-without +with):\n%s", c.name, diff)
		}
		if of := reusedOf(want, 2); of != c.of {
			t.Errorf("%s: delta's wire paragraph is from article %d, want %d", c.name, of, c.of)
		}
		kept, last = next, c.arts
	}

	// What is kept is taken: a kept answer made wrong on purpose shows in
	// the briefing built with it (else the steps above prove nothing).
	m, stated := decodeAssembly(kept.Assembly())
	if len(m) == 0 {
		t.Fatal("nothing kept of the reuses")
	}
	for id, k := range m {
		for j := range k.paras {
			k.paras[j].overlap = 0.5
		}
		m[id] = k
	}
	kept.SetAssembly(encodeAssembly(m, stated))
	got, _, err := BuildKept(ctx, Story{}, last, nil, nil, kept, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, o := range got.Outlets {
		for _, r := range o.Reuses {
			if r.Overlap != 0.5 {
				t.Errorf("%s's paragraph %d: overlap %v, not the one kept", o.Name, r.Paragraph, r.Overlap)
			}
			n++
		}
	}
	if n == 0 {
		t.Error("no reuses")
	}
}

func briefingJSON(t *testing.T, b *Briefing) string {
	t.Helper()
	out, err := json.MarshalIndent(b, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// reusedOf is the article the first reused paragraph of article id comes
// from, 0 if none.
func reusedOf(b *Briefing, id int64) int64 {
	for _, o := range b.Outlets {
		for _, r := range o.Reuses {
			if r.Article == id {
				return r.Of
			}
		}
	}
	return 0
}

func TestReusesDecodeRefusesGarbage(t *testing.T) {
	enc := encodeReuses(map[int64]keptReuse{
		3: {key: 7, paras: []keptPara{{para: 1, sents: []int{2, 3}, of: 1, overlap: 0.9}}},
		4: {key: 9},
	})
	if diff := cmp.Diff(map[int64]keptReuse{
		3: {key: 7, paras: []keptPara{{para: 1, sents: []int{2, 3}, of: 1, overlap: 0.9}}},
		4: {key: 9},
	}, decodeReuses(enc), cmp.AllowUnexported(keptReuse{}, keptPara{})); diff != "" {
		t.Errorf("decoded (-encoded +decoded):\n%s", diff)
	}
	for n := range len(enc) {
		if m := decodeReuses(enc[:n]); m != nil {
			t.Errorf("%d of %d bytes decoded to %v", n, len(enc), m)
		}
	}
	if m := decodeReuses(append(enc, 0)); m != nil {
		t.Errorf("a trailing byte decoded to %v", m)
	}
}
