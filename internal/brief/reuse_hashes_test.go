package brief

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/align"
	"crosscheck/internal/article"
)

// TestGramSumsKeptAreRead: a story's briefing built with the gram sums
// its last build kept (Words.gramSums) and what its alignment kept is
// the one built without, step by step, while the article a wire
// paragraph comes from changes: one published first joins without the
// wire, then writes it under the same id (its kept sums, read from the
// text without it, hold none of the grams looked up), then leaves. The sums
// kept are those of each original's text. It fails when an article's
// sums are taken by its id alone.
func TestGramSumsKeptAreRead(t *testing.T) {
	wire := "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said, and searched for three more."
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: wire + "\n\nThe station had reopened only last month after repairs to its pumps."}
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday.\n\n" + wire + "\n\nAlpha contributed to this report."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences.\n\n" + wire}
	beta := article.Article{ID: 4, Site: "Beta", Published: day.Add(-time.Hour), Text: "Flood sirens sounded across Valdoria before dawn on Sunday.\n\nFirefighters were seen near a metro station."}
	betaWire := beta
	betaWire.Text = "Crews worked through the night as the water rose in the tunnels.\n\n" + wire
	omega := article.Article{ID: 5, Site: "Omega", Published: day.Add(3 * time.Hour), Text: "Trains ran again on two of the city's lines by noon, the operator said.\n\n" + wire}

	ctx := context.Background()
	words := new(Words)
	var kept *align.Kept
	for _, c := range []struct {
		name string
		arts []article.Article
		of   int64 // the article the wire paragraph of delta comes from
	}{
		{"three", []article.Article{alpha, delta, gamma}, 1},
		{"one published first joins without the wire", []article.Article{alpha, delta, gamma, beta}, 1},
		{"it writes the wire", []article.Article{alpha, delta, gamma, betaWire}, 4},
		{"one joins, published last", []article.Article{alpha, delta, gamma, betaWire, omega}, 4},
		{"the first leaves", []article.Article{alpha, delta, gamma, omega}, 1},
	} {
		want, err := BuildFrom(ctx, Story{}, c.arts, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, next, err := BuildKept(ctx, Story{}, c.arts, nil, nil, kept, words)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(briefingJSON(t, want), briefingJSON(t, got)); diff != "" {
			t.Fatalf("%s: briefing built with the gram sums kept differs (-without +with):\n%s", c.name, diff)
		}
		if of := reusedOf(want, 2); of != c.of {
			t.Errorf("%s: delta's wire paragraph is from article %d, want %d", c.name, of, c.of)
		}
		if len(words.gramSums) != len(c.arts) {
			t.Fatalf("%s: gram sums of %d articles kept, want %d", c.name, len(words.gramSums), len(c.arts))
		}
		for _, a := range c.arts {
			gs := words.gramSums[a.ID]
			if diff := cmp.Diff(readGramSums(a.Title+"\n"+a.Text), gs.sums); gs.text != a.Text || diff != "" {
				t.Fatalf("%s: gram sums of article %d kept of %q (-read +kept):\n%s", c.name, a.ID, gs.text, diff)
			}
		}
		kept = next
	}
}

// TestGramSumsKeptAreTaken: a build takes the gram sums its story's last
// build kept instead of reading the articles again. The source of a wire
// paragraph kept with no sums on purpose is not read when an article
// that reprints the wire joins, which then reuses it from none; a build
// that read every article fails here.
func TestGramSumsKeptAreTaken(t *testing.T) {
	wire := "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said, and searched for three more."
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: wire + "\n\nThe station had reopened only last month after repairs to its pumps."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences."}
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(3 * time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday.\n\n" + wire}

	ctx := context.Background()
	words := new(Words)
	_, kept, err := BuildKept(ctx, Story{}, []article.Article{alpha, gamma}, nil, nil, nil, words)
	if err != nil {
		t.Fatal(err)
	}
	words.gramSums[alpha.ID].sums = nil
	got, _, err := BuildKept(ctx, Story{}, []article.Article{alpha, gamma, delta}, nil, nil, kept, words)
	if err != nil {
		t.Fatal(err)
	}
	if of := reusedOf(got, 2); of != 0 {
		t.Errorf("delta's wire paragraph is from article %d with the source's gram sums kept empty, want none", of)
	}
}
