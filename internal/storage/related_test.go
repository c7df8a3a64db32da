package storage

import (
	"context"
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
	if _, err := s.RelatedStories(ctx, 99, []string{"Kim"}, 5); err == nil {
		t.Error("RelatedStories of a missing story: no error")
	}
}
