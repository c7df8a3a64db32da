package brief

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// TestTextsKeptAreRead: the readings of sentences (label ends, word
// counts, whether one reads alone) kept from one build of a story to the
// next give the briefing built without them, step by step, while a
// sentence gains and loses its dateline under its article's id and
// place; what is kept after each step is what a build keeping none
// keeps, and each kept reading is its text's read afresh. A Words that
// took a reading by the article and sentence, not by the text, or that
// kept the texts of builds before, fails here.
func TestTextsKeptAreRead(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	body := "Rescuers pulled 14 people from the flooded metro station in Valdoria on Sunday, the fire service said.\n\nThe station had reopened only last month after repairs to its pumps."
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: body}
	dated := alpha
	dated.Text = "VALDORIA, June 2 (Northwire) - " + body
	labelled := alpha
	labelled.Text = "Details: " + body
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday after the metro flooded.\n\nThe fire service said 14 people were pulled from the station on Sunday."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday."}

	ctx := context.Background()
	words := new(Words)
	for _, c := range []struct {
		name string
		arts []article.Article
	}{
		{"three", []article.Article{alpha, delta, gamma}},
		{"a dateline before the first sentence", []article.Article{dated, delta, gamma}},
		{"a label instead", []article.Article{labelled, delta, gamma}},
		{"none again", []article.Article{alpha, delta, gamma}},
		{"the dateline again, one leaves", []article.Article{dated, gamma}},
	} {
		fresh := buildKeptAndAfresh(ctx, t, c.name, "readings", c.arts, nil, words)
		if diff := cmp.Diff(fresh.texts, words.texts, cmp.AllowUnexported(textReading{})); diff != "" {
			t.Fatalf("%s: readings kept (-read again +kept):\n%s", c.name, diff)
		}
		if len(words.texts) == 0 || words.textBytes != fresh.textBytes || words.Bytes() < words.textBytes {
			t.Fatalf("%s: %d readings kept in %d bytes, want some, in %d", c.name, len(words.texts), words.textBytes, fresh.textBytes)
		}
		for text, tr := range words.texts {
			if tr != readText(text) {
				t.Fatalf("%s: reading of %q kept as %+v, want %+v", c.name, text, tr, readText(text))
			}
		}
	}
}

// TestTextsKeptAreTaken: a build takes the readings its story's last
// build kept instead of reading the texts again. A reading kept wrong on
// purpose (the first sentence's label said to end after its first word)
// shows in the briefing; a build that read every text afresh fails here.
func TestTextsKeptAreTaken(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	first := "Rescuers pulled 14 people from the flooded metro station in Valdoria on Sunday, the fire service said."
	arts := []article.Article{
		{ID: 1, Site: "Alpha", Published: day, Text: first + "\n\nThe station had reopened only last month after repairs to its pumps."},
		{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday."},
	}
	ctx := context.Background()
	words := new(Words)
	if _, _, err := BuildKept(ctx, Story{}, arts, nil, nil, nil, words); err != nil {
		t.Fatal(err)
	}
	tr, ok := words.texts[first]
	if !ok {
		t.Fatalf("no reading kept of %q", first)
	}
	tr.labelEnd = len("Rescuers ")
	words.texts[first] = tr
	b, _, err := BuildKept(ctx, Story{}, arts, nil, nil, nil, words)
	if err != nil {
		t.Fatal(err)
	}
	cut := strings.TrimPrefix(first, "Rescuers ")
	var shown []string
	for _, f := range b.Single {
		shown = append(shown, f.Text)
		if f.Text == cut {
			return
		}
	}
	t.Errorf("the reading kept was not taken: facts %q, want one %q", shown, cut)
}

// buildKeptAndAfresh builds arts from scratch and with words kept (which
// the build updates), fails when the two briefings differ (what names
// what was kept), and returns the Words a build that kept nothing read,
// to compare with words.
func buildKeptAndAfresh(ctx context.Context, t *testing.T, name, what string, arts []article.Article, dups map[int64]int64, words *Words) *Words {
	t.Helper()
	want, err := BuildFrom(ctx, Story{}, arts, dups, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := BuildKept(ctx, Story{}, arts, dups, nil, nil, words)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(briefingJSON(t, want), briefingJSON(t, got)); diff != "" {
		t.Fatalf("%s: briefing built with the %s kept differs (-without +with):\n%s", name, what, diff)
	}
	fresh := new(Words)
	if _, _, err := BuildKept(ctx, Story{}, arts, dups, nil, nil, fresh); err != nil {
		t.Fatal(err)
	}
	return fresh
}
