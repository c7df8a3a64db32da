package storage

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRelatedStories(t *testing.T) { eachBackend(t, testRelatedStories) }

func testRelatedStories(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	d := time.Date(2023, 9, 10, 8, 0, 0, 0, time.UTC)
	add(t, s, "a.txt", "Planet", "Kim heads to Russia", "Kim Jong Un left Pyongyang by armoured train to meet Vladimir Putin in Vladivostok.", d, Placement{Story: 1, NewStory: true, StoryTitle: "Kim heads to Russia"})
	add(t, s, "b.txt", "Globe", "Kim and Putin meet", "Vladimir Putin met Kim Jong Un at the Vostochny space centre.", d.Add(48*time.Hour), Placement{Story: 2, NewStory: true, StoryTitle: "Kim and Putin meet"})
	add(t, s, "c.txt", "Star", "Kim back home", "Kim Jong Un returned to Pyongyang from Vladivostok by train.", d.Add(7*24*time.Hour), Placement{Story: 3, NewStory: true, StoryTitle: "Kim back home"})
	add(t, s, "d.txt", "Herald", "Putin visits China", "Vladimir Putin arrived in Beijing for talks with Xi Jinping.", d.Add(30*24*time.Hour), Placement{Story: 4, NewStory: true, StoryTitle: "Putin visits China"})
	add(t, s, "e.txt", "Daily", "Quake in Chile", "An earthquake struck northern Chile.", d, Placement{Story: 5, NewStory: true, StoryTitle: "Quake in Chile"})

	got, err := s.RelatedStories(ctx, 1, []string{"Kim Jong Un", "Vladimir Putin", "Pyongyang", "Vladivostok"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	type rel struct {
		ID       int64
		Shared   []string
		Relation string
	}
	var brief []rel
	for _, r := range got {
		brief = append(brief, rel{r.ID, r.Shared, r.Relation})
	}
	// Story 3 shares three names, story 2 two; story 4 shares one name
	// only, story 5 none, and story 1 is the story itself.
	want := []rel{
		{3, []string{"Kim Jong Un", "Pyongyang", "Vladivostok"}, "later"},
		{2, []string{"Kim Jong Un", "Vladimir Putin"}, "later"},
	}
	if diff := cmp.Diff(want, brief); diff != "" {
		t.Errorf("RelatedStories (-want +got):\n%s", diff)
	}
	if got, err := s.RelatedStories(ctx, 3, []string{"Kim Jong Un", "Pyongyang"}, 1); err != nil || len(got) != 1 || got[0].ID != 1 || got[0].Relation != "earlier" {
		t.Errorf("RelatedStories(3, limit 1) = %+v, %v; want story 1, earlier", got, err)
	}
	// Found once, the list is stored and read back as it was found.
	names := []string{"Kim Jong Un", "Vladimir Putin", "Pyongyang", "Vladivostok"}
	waitRelatedStored(t, s, 1)
	if again, err := s.RelatedStories(ctx, 1, names, 5); err != nil || !cmp.Equal(relatedIDs(got), relatedIDs(again)) {
		t.Errorf("RelatedStories read back = %v, %v; want %v", relatedIDs(again), err, relatedIDs(got))
	}
	// An article stored since is taken into account.
	add(t, s, "f.txt", "Daily", "Kim in Chile", "Kim Jong Un flew from Pyongyang to Chile.", d.Add(time.Hour), Placement{Story: 5})
	if again, err := s.RelatedStories(ctx, 1, names, 5); err != nil || !slices.Contains(relatedIDs(again), 5) {
		t.Errorf("RelatedStories after an article joined story 5 = %v, %v; want story 5 among them", relatedIDs(again), err)
	}

	if _, err := s.RelatedStories(ctx, 99, []string{"Kim"}, 5); err == nil {
		t.Error("RelatedStories of a missing story: no error")
	}
}

func relatedIDs(rs []RelatedStory) []int64 {
	var out []int64
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// waitRelatedStored waits for the related list of story to be stored,
// which RelatedStories does without waiting.
func waitRelatedStored(t *testing.T, s *Store, story int64) {
	t.Helper()
	for range 500 {
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM related_stories WHERE story_id = $1`, story).Scan(&n); err == nil && n > 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the related stories of story %d were not stored", story)
}
