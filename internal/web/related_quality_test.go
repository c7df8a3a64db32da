package web

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"crosscheck/internal/article"
	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

// TestRelatedStoriesJoinSplitStories measures what related stories are
// for: where the clusterer split one labelled developing story into
// several, the parts should list each other. The developing-stories set
// (testdata/stories) is clustered in date order with the default
// configuration and stored; for every pair of stories holding articles of
// one labelled story, it counts whether either lists the other.
func TestRelatedStoriesJoinSplitStories(t *testing.T) {
	docs, err := eval.LoadPolNeARStories("../../testdata/stories/polnear-stories.jsonl", sharedtest.Path(t, "data", "attribution", "polnear"))
	if err != nil {
		t.Fatal(err)
	}
	slices.SortStableFunc(docs, func(a, b eval.EventDoc) int { return a.Published.Compare(b.Published) })
	ctx := context.Background()
	st := openStore(t)
	c := cluster.New(cluster.DefaultConfig())
	storyOf := make(map[int64]int64) // article id to story, after merges
	goldOf := make(map[int64]string)
	for i, d := range docs {
		page := source.Page{Origin: d.ID, Kind: source.KindText, Data: []byte(d.ID + "\n" + d.Title + "\n\n" + d.Text)} // PolNeAR holds two printings of one article
		a := &article.Article{Origin: d.ID, Site: fmt.Sprint("outlet", i%7), Title: d.Title, Text: d.Text, Published: d.Published}
		_, err := st.AddArticle(ctx, page, a, storage.PageHash(page.Data), func(_ context.Context, a article.Article) (storage.Placement, error) {
			as := c.Add(cluster.Doc{ID: a.ID, Title: a.Title, Text: a.Text, Published: a.Published})
			return storage.Placement{Story: as.Story, NewStory: as.New, StoryTitle: a.Title, Merged: as.Merged, Similarity: as.Similarity}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		goldOf[a.ID] = d.Event
	}
	// Where each labelled story's articles ended up.
	parts := make(map[string]map[int64]bool)
	for id, gold := range goldOf {
		sa, err := st.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		storyOf[id] = sa.Story
		if parts[gold] == nil {
			parts[gold] = make(map[int64]bool)
		}
		parts[gold][sa.Story] = true
	}
	srv := &Server{store: st}
	related := make(map[int64][]int64)
	relatedTo := func(id int64) []int64 {
		if r, ok := related[id]; ok {
			return r
		}
		s, err := st.Story(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := st.StoryArticles(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := srv.related(ctx, s, arts)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			related[id] = append(related[id], r.ID)
		}
		return related[id]
	}
	// For every labelled story split into parts: the share of its parts a
	// reader reaches from one part by following related links either way
	// (the largest group of parts so linked).
	var split int
	var reach, alone float64
	for _, ps := range parts {
		if len(ps) < 2 {
			continue
		}
		split++
		alone += 1 / float64(len(ps))
		var ids []int64
		for id := range ps {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		group := make(map[int64]int64)
		var find func(int64) int64
		find = func(x int64) int64 {
			if p, ok := group[x]; ok && p != x {
				return find(p)
			}
			return x
		}
		for _, a := range ids {
			for _, b := range relatedTo(a) {
				if ps[b] {
					group[find(a)] = find(b)
				}
			}
		}
		size := make(map[int64]int)
		best := 0
		for _, id := range ids {
			size[find(id)]++
			best = max(best, size[find(id)])
		}
		reach += float64(best) / float64(len(ids))
	}
	reach /= float64(split)
	alone /= float64(split)
	// And how often a listed story shares a labelled story at all.
	var listed, sameStory int
	for id := range related {
		for _, r := range related[id] {
			listed++
			for _, ps := range parts {
				if ps[id] && ps[r] {
					sameStory++
					break
				}
			}
		}
	}
	t.Logf("%d labelled stories split by the clusterer: on average %.2f of a story's parts are linked by related stories (%.2f without links); related links within one labelled story: %d of %d", split, reach, alone, sameStory, listed)
	if reach < alone+0.15 {
		t.Errorf("related stories link %.2f of the parts of a split story, against %.2f without them; want 0.15 more", reach, alone)
	}
}
