package brief

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// TestWordsKeptAreRead: a story's briefing built taking the content
// words its last build kept is the one built without, step by step, and
// what is kept after each step is what a build keeping none keeps: the
// words of an article whose text changed under its id are read again,
// those of one that did not are taken as kept. A Words that took an
// article's words by its id alone fails here.
func TestWordsKeptAreRead(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said.\n\nThe station had reopened only last month after repairs to its pumps."}
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday after the metro flooded.\n\nThe fire service said 14 people were pulled from the station."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday."}
	beta := article.Article{ID: 4, Site: "Beta", Published: day.Add(-time.Hour), Text: "Flood sirens sounded across Valdoria before dawn on Sunday."}
	betaChanged := beta
	betaChanged.Text = "Trains ran again on two of the city's lines by noon, the operator said, after the flooding in Valdoria."

	ctx := context.Background()
	words := new(Words)
	var alphaWords *[]string
	for _, c := range []struct {
		name string
		arts []article.Article
	}{
		{"three", []article.Article{alpha, delta, gamma}},
		{"one joins", []article.Article{alpha, delta, gamma, beta}},
		{"its text changes", []article.Article{alpha, delta, gamma, betaChanged}},
		{"the text before is back", []article.Article{alpha, delta, gamma, beta}},
		{"one leaves", []article.Article{alpha, gamma, beta}},
	} {
		want, err := BuildFrom(ctx, Story{}, c.arts, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := BuildKept(ctx, Story{}, c.arts, nil, nil, nil, words)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(briefingJSON(t, want), briefingJSON(t, got)); diff != "" {
			t.Fatalf("%s: briefing built with the words kept differs (-without +with):\n%s", c.name, diff)
		}
		fresh := new(Words)
		if _, _, err := BuildKept(ctx, Story{}, c.arts, nil, nil, nil, fresh); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(fresh, words, cmp.AllowUnexported(Words{}, articleWords{})); diff != "" {
			t.Fatalf("%s: words kept (-read again +kept):\n%s", c.name, diff)
		}
		if len(words.articles) != len(c.arts) || words.Bytes() == 0 {
			t.Fatalf("%s: words of %d articles kept (%d bytes), want %d", c.name, len(words.articles), words.Bytes(), len(c.arts))
		}
		// alpha never changes: its words are taken, not read again.
		aw := &words.articles[alpha.ID].words[0]
		if alphaWords != nil && aw != alphaWords {
			t.Errorf("%s: the words of an unchanged article were read again", c.name)
		}
		alphaWords = aw
	}
}
