package analysis

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
	"crosscheck/internal/textdump"
)

func seedArticles(t *testing.T) []article.Article {
	t.Helper()
	var arts []article.Article
	for _, p := range sharedtest.Glob(t, "seeds", "*.txt") {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := textdump.Extract(string(data))
		if err != nil {
			t.Fatalf("extracting %s: %v", p, err)
		}
		a.Origin = "seeds/" + filepath.Base(p)
		arts = append(arts, a)
	}
	return arts
}

// TestStoredDocIsAnalyze checks that a stored analysis, decoded, is what
// analysing the text again gives, for the article's own date and, for an
// article of unknown date, for the story's.
func TestStoredDocIsAnalyze(t *testing.T) {
	arts := append(seedArticles(t),
		// Languages the rules read with lexicons of their own.
		article.Article{Origin: "zh", Language: "zh", Published: time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC),
			Text: "3月5日晚，一艘载有312名乘客的渡轮在舟岛港附近搁浅，目前已造成2人死亡、15人受伤。\n舟岛海事局局长陈立新表示，救援工作已于昨天深夜全部完成。\n“船体没有出现漏油，乘客都已安全转移。”陈立新说。"},
		article.Article{Origin: "ja", Language: "ja", Published: time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC),
			Text: "2024年3月5日夜、乗客312人を乗せたフェリーが港の沖で座礁し、2人が死亡、15人がけがをした。\n海上保安部の山田健一部長は6日、記者団に対し「乗客は全員救助された。油の流出はない」と述べた。"},
		article.Article{Origin: "de", Language: "de", Published: time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC),
			Text: "Eine Fähre mit 312 Passagieren ist am Dienstagabend vor dem Hafen auf Grund gelaufen. \"Alle Passagiere sind in Sicherheit\", sagte Hafenmeister Jan Becker am Mittwoch."},
	)
	for _, a := range arts {
		an, err := Of(a)
		if err != nil {
			t.Fatal(err)
		}
		ref := a.Published.UTC()
		got, fromStore := Doc(an, a.Text, a.Language, ref, ref)
		if !fromStore {
			t.Errorf("%s: the stored analysis did not serve", a.Origin)
		}
		if diff := cmp.Diff(nlp.AnalyzeIn(a.Text, ref, a.Language), got); diff != "" {
			t.Errorf("%s: stored analysis differs from Analyze (-want +got):\n%s", a.Origin, diff)
		}
		// Undated in a dated story: the story's date resolves its days.
		undated := a
		undated.Published = time.Time{}
		an, err = Of(undated)
		if err != nil {
			t.Fatal(err)
		}
		story := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
		got, fromStore = Doc(an, a.Text, a.Language, time.Time{}, story)
		if fromStore {
			t.Errorf("%s: an analysis made without a date served for the story's date", a.Origin)
		}
		if diff := cmp.Diff(nlp.AnalyzeIn(a.Text, story, a.Language), got); diff != "" {
			t.Errorf("%s: undated article's analysis differs (-want +got):\n%s", a.Origin, diff)
		}
	}
	// Another version's analysis never serves.
	a := seedArticles(t)[0]
	an, _ := Of(a)
	an.Version = "older"
	if _, fromStore := Doc(an, a.Text, a.Language, a.Published.UTC(), a.Published.UTC()); fromStore {
		t.Error("an analysis of another version served")
	}
}

var backends = []struct {
	name string
	dsn  func(t testing.TB) string
}{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "crosscheck.db") }},
	{"postgres", func(t testing.TB) string { return pgtest.DSN(t) }},
}

// TestReanalyze stores articles with analyses of an older version and
// none, stops a reanalysis after its first batch, and checks a second
// run finishes the rest, each analysis now Of's.
func TestReanalyze(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			st, err := storage.Open(ctx, b.dsn(t))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			seeds := seedArticles(t)
			var batch []storage.NewArticle
			for i := range batchSize + 10 {
				a := seeds[i%len(seeds)]
				a.Text += "\n\nCopy " + string(rune('A'+i%26)) + " of " + time.Duration(i).String() + "."
				var an *storage.Analysis
				if i%3 != 0 {
					an = &storage.Analysis{Version: "older", Doc: []byte(`{}`)}
				}
				batch = append(batch, storage.NewArticle{
					Page:    source.Page{Origin: a.Origin, Kind: source.KindText, Data: []byte(a.Text)},
					Article: &a, BodyHash: storage.PageHash([]byte(a.Text)), Analysis: an,
				})
			}
			if _, err := st.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (storage.Placement, error) {
				return storage.Placement{Story: 1, NewStory: i == 0}, nil
			}); err != nil {
				t.Fatal(err)
			}
			stop, cancel := context.WithCancel(ctx)
			p, err := Reanalyze(stop, st, func(Progress) { cancel() })
			if err == nil || p.Done != batchSize || p.Total != len(batch) {
				t.Fatalf("first run, stopped after a batch: %+v, %v", p, err)
			}
			p, err = Reanalyze(ctx, st, nil)
			if err != nil || p.Done != len(batch)-batchSize || p.Failed != 0 {
				t.Fatalf("second run: %+v, %v; want the %d left", p, err, len(batch)-batchSize)
			}
			if n, _ := st.CountStaleAnalyses(ctx, Version); n != 0 {
				t.Errorf("%d stale after reanalysis", n)
			}
			stored, err := st.StoryAnalyses(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			arts, _ := st.StoryArticles(ctx, 1)
			for _, a := range arts {
				want, _ := Of(a.Article)
				var w, g any
				json.Unmarshal(want.Doc, &w)
				json.Unmarshal(stored[a.ID].Doc, &g)
				if diff := cmp.Diff(w, g); diff != "" {
					t.Fatalf("article %d: reanalysed doc differs (-want +got):\n%s", a.ID, diff)
				}
			}
		})
	}
}
