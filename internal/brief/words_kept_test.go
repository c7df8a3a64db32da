package brief

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// TestWordsKeptAreRead: a story's briefing built taking the content
// words and stated days its last build kept is the one built without,
// step by step, and
// what is kept after each step is what a build keeping none keeps: the
// words of an article whose text changed under its id are read again,
// those of one that did not are taken as kept; so is an undated
// article's stated day. A Words that took an article's words or day by
// its id alone fails here.
func TestWordsKeptAreRead(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said.\n\nThe station had reopened only last month after repairs to its pumps."}
	delta := article.Article{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday after the metro flooded.\n\nThe fire service said 14 people were pulled from the station."}
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday."}
	beta := article.Article{ID: 4, Site: "Beta", Published: day.Add(-time.Hour), Text: "Flood sirens sounded across Valdoria before dawn on Sunday."}
	betaChanged := beta
	betaChanged.Text = "Trains ran again on two of the city's lines by noon, the operator said, after the flooding in Valdoria."
	// Undated: its day is the one its text states.
	eta := article.Article{ID: 6, Site: "Eta", Text: "The operator reopened its Valdoria metro line today (June 3) after the flood.\n\nWorkers at the station on June 3, 2024 cheered."}
	etaChanged := eta
	etaChanged.Text = "The operator reopened its Valdoria metro line today (June 4) after the flood.\n\nWorkers at the station on June 4, 2024 cheered."

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
		{"one undated joins", []article.Article{alpha, gamma, beta, eta}},
		{"the day its text states changes", []article.Article{alpha, gamma, beta, etaChanged}},
		{"the day before is back", []article.Article{alpha, gamma, beta, eta}},
	} {
		fresh := buildKeptAndAfresh(ctx, t, c.name, "words", c.arts, nil, words)
		if diff := cmp.Diff(fresh, words, cmp.AllowUnexported(Words{}, articleWords{}, statedText{}, articleGrams{}, textReading{}, pageDayRead{}, gramSums{})); diff != "" {
			t.Fatalf("%s: words kept (-read again +kept):\n%s", c.name, diff)
		}
		undated := 0
		for _, a := range c.arts {
			if a.Published.IsZero() {
				undated++
				if !words.stated[a.ID].ok {
					t.Fatalf("%s: no day kept as stated by article %d", c.name, a.ID)
				}
			}
		}
		if len(words.articles) != len(c.arts) || len(words.stated) != undated || words.Bytes() == 0 {
			t.Fatalf("%s: words of %d articles and days of %d kept (%d bytes), want %d and %d", c.name, len(words.articles), len(words.stated), words.Bytes(), len(c.arts), undated)
		}
		// alpha never changes: its words are taken, not read again.
		aw := &words.articles[alpha.ID].words[0]
		if alphaWords != nil && aw != alphaWords {
			t.Errorf("%s: the words of an unchanged article were read again", c.name)
		}
		alphaWords = aw
	}
}

// TestGramsKeptAreRead: the word 4-gram sets of the sentences of an
// article a copy's words came from (witnessRef) are kept from one build
// to the next with the sentences: the briefing is the one built without,
// what is kept is what a build keeping none keeps, an unchanged
// article's sets are taken and a changed one's made again. A Words that
// took an article's sets by its id alone fails here.
func TestGramsKeptAreRead(t *testing.T) {
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	alpha := article.Article{ID: 1, Site: "Alpha", Published: day, Text: "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said.\n\nThe station had reopened only last month after repairs to its pumps."}
	alphaChanged := alpha
	alphaChanged.Text = "Rescuers pulled 15 people from the flooded metro station in Valdoria overnight, the fire service said.\n\nThe station had reopened only last month after repairs to its pumps."
	copied := article.Article{ID: 2, Site: "Copier", Published: day.Add(time.Hour), Text: alpha.Text + "\n\nMore on this story later."}
	copiedChanged := copied
	copiedChanged.Text = alphaChanged.Text + "\n\nMore on this story later."
	gamma := article.Article{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences on Sunday, after 14 people were pulled from the metro station."}
	dups := map[int64]int64{2: 1}

	ctx := context.Background()
	words := new(Words)
	var alphaSets map[string]bool
	for _, c := range []struct {
		name  string
		arts  []article.Article
		taken bool // alpha's sets are the ones kept before
	}{
		{"copied", []article.Article{alpha, copied, gamma}, false},
		{"again", []article.Article{alpha, copied, gamma}, true},
		{"the original's text changes", []article.Article{alphaChanged, copiedChanged, gamma}, false},
		{"the text before is back", []article.Article{alpha, copied, gamma}, false},
		{"again", []article.Article{alpha, copied, gamma}, true},
	} {
		fresh := buildKeptAndAfresh(ctx, t, c.name, "grams", c.arts, dups, words)
		if diff := cmp.Diff(fresh.grams, words.grams, cmp.AllowUnexported(articleGrams{})); diff != "" {
			t.Fatalf("%s: grams kept (-read again +kept):\n%s", c.name, diff)
		}
		ag, ok := words.grams[alpha.ID]
		if !ok || len(ag.sets) == 0 || words.gramBytes == 0 {
			t.Fatalf("%s: no grams kept of the original (%d bytes)", c.name, words.gramBytes)
		}
		if taken := alphaSets != nil && reflect.ValueOf(ag.sets[0]).Pointer() == reflect.ValueOf(alphaSets).Pointer(); taken != c.taken {
			t.Errorf("%s: the original's sets taken as kept %v, want %v", c.name, taken, c.taken)
		}
		alphaSets = ag.sets[0]
	}
}
