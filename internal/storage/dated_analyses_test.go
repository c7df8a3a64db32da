package storage

import (
	"context"
	"testing"

	"crosscheck/internal/article"
)

// TestDatedAnalyses: dated analyses are read by story; storing an
// article's replaces all of its own (a day not given again goes) and
// leaves the other articles'; they go with their article's story.
func TestDatedAnalyses(t *testing.T) { eachBackend(t, testDatedAnalyses) }

func testDatedAnalyses(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	batch := []NewArticle{newArticle("a", "Alpha text.", nil), newArticle("b", "Beta text.", nil), newArticle("c", "Gamma text.", nil)}
	if _, err := s.AddArticles(ctx, batch, func(_ context.Context, i int, a article.Article) (Placement, error) {
		if i == 2 {
			return Placement{Story: 2, NewStory: true}, nil
		}
		return Placement{Story: 1, NewStory: i == 0}, nil
	}); err != nil {
		t.Fatal(err)
	}
	a, b, c := batch[0].Article.ID, batch[1].Article.ID, batch[2].Article.ID
	day1, day2 := "2013-07-22T00:00:00Z", "2013-07-23T00:00:00Z"
	put := func(as ...DatedAnalysis) {
		t.Helper()
		if err := s.PutDatedAnalyses(ctx, as); err != nil {
			t.Fatal(err)
		}
	}
	put(DatedAnalysis{a, day1, "v1", []byte("fa"), []byte(`{"a":1}`)}, DatedAnalysis{a, day2, "v1", []byte("fa"), []byte(`{"a":2}`)},
		DatedAnalysis{b, day1, "v1", []byte("fb"), []byte(`{"b":1}`)}, DatedAnalysis{c, day1, "v1", []byte("fc"), []byte(`{"c":1}`)})
	got, err := s.StoryDatedAnalyses(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[a]) != 2 || len(got[b]) != 1 || string(got[b][0].Doc) != `{"b":1}` || string(got[b][0].From) != "fb" || got[b][0].Ref != day1 || got[b][0].Version != "v1" {
		t.Fatalf("StoryDatedAnalyses(1) = %+v, want two of article %d and one of %d", got, a, b)
	}
	// a's again, of one day: the other goes; b's stays.
	put(DatedAnalysis{a, day2, "v2", []byte("fa2"), []byte(`{"a":3}`)})
	got, err = s.StoryDatedAnalyses(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got[a]) != 1 || got[a][0].Ref != day2 || got[a][0].Version != "v2" || string(got[a][0].Doc) != `{"a":3}` || len(got[b]) != 1 {
		t.Fatalf("after storing article %d's again: %+v", a, got)
	}
	if other, err := s.StoryDatedAnalyses(ctx, 2); err != nil || len(other) != 1 || len(other[c]) != 1 {
		t.Fatalf("StoryDatedAnalyses(2) = %+v, %v, want article %d's", other, err, c)
	}
	// An article not stored: nothing is written.
	if err := s.PutDatedAnalyses(ctx, []DatedAnalysis{{b, day2, "v1", []byte("fb"), []byte(`{}`)}, {9999, day1, "v1", nil, []byte(`{}`)}}); err == nil {
		t.Error("a dated analysis of an article not stored was stored")
	}
	if got, _ := s.StoryDatedAnalyses(ctx, 1); len(got[b]) != 1 || got[b][0].Ref != day1 {
		t.Errorf("a failed write changed article %d's: %+v", b, got[b])
	}
}
