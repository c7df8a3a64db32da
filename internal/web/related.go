package web

import (
	"context"

	"crosscheck/internal/cluster"
	"crosscheck/internal/storage"
)

// A story page lists the stories about the same people and places, so a
// reader can walk a storyline the clusterer split into events. The names
// are the ones the story's articles share most (cluster.Names), looked up
// in the store on each request: the list changes as stories arrive, and
// costs a few full-text queries.
const (
	relatedNames   = 8
	relatedStories = 5
)

func (s *Server) related(ctx context.Context, st storage.Story, arts []storage.StoredArticle) ([]storage.RelatedStory, error) {
	texts := make([]string, 0, len(arts))
	for _, a := range arts {
		if a.DuplicateOf == 0 {
			texts = append(texts, a.Text)
		}
	}
	related, err := s.store.RelatedStories(ctx, st.ID, cluster.Names(relatedNames, texts...), relatedStories)
	if related == nil && err == nil {
		related = []storage.RelatedStory{} // an empty list in JSON, not null
	}
	return related, err
}
