package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// storyOf is one story of a ranking test: its outlets' articles, each
// published at an offset from the test's base time (nil: undated).
type storyOf struct {
	title    string
	articles []rankedArticle
}

type rankedArticle struct {
	outlet    string
	published *time.Duration
	short     bool // a page of a sentence, as an error page
}

func at(d time.Duration) *time.Duration { return &d }

// addStories stores the stories, story i+1 for stories[i], with a body
// long enough to be an article unless short is set.
func addStories(t *testing.T, s *Store, base time.Time, stories []storyOf) {
	t.Helper()
	for i, st := range stories {
		for j, a := range st.articles {
			body := fmt.Sprintf("Story %d, article %d. ", i+1, j) + strings.Repeat("The harbour authority said more about the event today. ", 8)
			if a.short {
				body = fmt.Sprintf("Page %d not found.", i+1)
			}
			var published time.Time
			if a.published != nil {
				published = base.Add(*a.published)
			}
			pl := Placement{Story: int64(i + 1), NewStory: j == 0, StoryTitle: st.title}
			add(t, s, fmt.Sprintf("%d-%d.html", i+1, j), a.outlet, st.title, body, published, pl)
		}
	}
}

func TestStoryRanking(t *testing.T) { eachBackend(t, testStoryRanking) }

func testStoryRanking(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	base := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	h := time.Hour
	var slow []rankedArticle
	for i := range 8 {
		slow = append(slow, rankedArticle{outlet: fmt.Sprintf("Outlet %d", i), published: at(time.Duration(i-7)*96*h - 48*h)})
	}
	addStories(t, s, base, []storyOf{
		// 1: four outlets within six hours: weight 4 + 4 - 1 = 7, ranked
		// as if 24·log2(7) = 67.4 hours newer than it is.
		{"Breaking", []rankedArticle{{"A", at(-6 * h), false}, {"B", at(-4 * h), false}, {"C", at(-2 * h), false}, {"D", at(0), false}}},
		// 2: one outlet, two days later: 48 < 67.4.
		{"Lone, two days on", []rankedArticle{{"E", at(48 * h), false}}},
		// 3: one outlet, three days later: 72 > 67.4.
		{"Lone, three days on", []rankedArticle{{"F", at(72 * h), false}}},
		// 4: eight outlets over four weeks, the last two days before the
		// base: weight 8 + 1 - 1, 72 hours, so 24 hours after the base.
		{"Slow and wide", slow},
		// 5: an undated page of a sentence, stored just now: thin.
		{"User-agent: *", []rankedArticle{{"robots.txt", nil, true}}},
		// 6: an error page dated after everything else: thin.
		{"Page not found", []rankedArticle{{"G", at(100 * h), true}}},
		// 7: two outlets, one of them without a date: the story's time is
		// that of its dated article, two hours after the base; weight
		// 2 + 1 - 1 = 2, so 26 hours after the base.
		{"Half dated", []rankedArticle{{"H", at(2 * h), false}, {"I", nil, false}}},
		// 8: two outlets, no dates, stored now: undated, after every
		// dated story, though its time of storing is the newest.
		{"Undated", []rankedArticle{{"J", nil, false}, {"K", nil, false}}},
	})
	for _, tc := range []struct {
		order StoryOrder
		want  []int64
	}{
		// Thin stories last, and the undated after the dated among
		// them as among the rest.
		{OrderTop, []int64{3, 1, 2, 7, 4, 8, 6, 5}},
		{"", []int64{3, 1, 2, 7, 4, 8, 6, 5}},
		// Story 7's newest is its dated article: its undated one, stored
		// now, does not make it the newest.
		{OrderNewest, []int64{3, 2, 7, 1, 4, 8, 6, 5}},
		{OrderOutlets, []int64{4, 1, 7, 8, 3, 2, 6, 5}},
	} {
		got, err := s.Stories(ctx, StoryFilter{Order: tc.order})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, st := range got {
			ids = append(ids, st.ID)
		}
		if diff := cmp.Diff(tc.want, ids); diff != "" {
			t.Errorf("order %q (-want +got):\n%s", tc.order, diff)
		}
		if tc.order != OrderTop {
			continue
		}
		growth := map[int64]int{}
		thin := map[int64]bool{}
		for _, st := range got {
			growth[st.ID] = st.Recent
			if st.Thin {
				thin[st.ID] = true
			}
		}
		if diff := cmp.Diff(map[int64]int{1: 4, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 2}, growth); diff != "" {
			t.Errorf("recent outlets (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(map[int64]bool{5: true, 6: true}, thin); diff != "" {
			t.Errorf("thin stories (-want +got):\n%s", diff)
		}
	}

	// Paging follows the ranking.
	page, err := s.Stories(ctx, StoryFilter{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(page) != 2 || page[0].ID != 1 || page[1].ID != 2 {
		t.Errorf("second and third top stories = %+v, want stories 1 and 2", page)
	}
	if _, err := s.Stories(ctx, StoryFilter{Order: "conflicts"}); !errors.Is(err, ErrUnknownOrder) {
		t.Errorf("order conflicts: error %v, want ErrUnknownOrder", err)
	}
}

// A date in the future, as a misread year gives, counts as now: such a
// story does not outrank one that two outlets ran an hour ago.
func TestStoryRankingFutureDate(t *testing.T) { eachBackend(t, testStoryRankingFutureDate) }

func testStoryRankingFutureDate(t *testing.T, dsn string) {
	s := openTestStore(t, dsn)
	addStories(t, s, time.Now().UTC().Truncate(time.Second), []storyOf{
		{"Misdated", []rankedArticle{{"A", at(75 * 365 * 24 * time.Hour), false}}},
		{"Fresh", []rankedArticle{{"B", at(-time.Hour), false}, {"C", at(-time.Hour), false}}},
	})
	got, err := s.Stories(context.Background(), StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != 2 {
		t.Errorf("top stories = %+v, want story 2 first", got)
	}
}
