package storage

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// TestArticleDateLines: the dated lines the extractor kept out of a body
// are stored with the article and read back with it, for the briefing's
// page-day reading; an article with none reads back with none.
func TestArticleDateLines(t *testing.T) { eachBackend(t, testArticleDateLines) }

func testArticleDateLines(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	lines := []string{"— Lauren Alaina (@Lauren_Alaina) October 2, 2017", "— TODAY (@TODAYshow) October 2, 2017"}
	for _, tt := range []struct {
		origin, body string
		lines        []string
	}{
		{"01.txt", "Tragedy struck during a Jason Aldean concert in Las Vegas Sunday night.", lines},
		{"02.txt", "A gunman opened fire on a concert crowd.", nil},
	} {
		p := source.Page{Origin: tt.origin, Kind: source.KindText, Data: []byte(tt.body)}
		a := &article.Article{Origin: tt.origin, Title: "Las Vegas", Text: tt.body, DateLines: tt.lines}
		if _, err := s.AddArticle(ctx, p, a, PageHash([]byte(tt.body)), func(context.Context, article.Article) (Placement, error) {
			return Placement{Story: 1, NewStory: tt.lines != nil, StoryTitle: "Las Vegas"}, nil
		}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.lines, got.DateLines); diff != "" {
			t.Errorf("%s: date lines (-want +got):\n%s", tt.origin, diff)
		}
	}
}
