package web

import (
	"context"

	"crosscheck/internal/briefings"
	"crosscheck/internal/cluster"
	"crosscheck/internal/storage"
)

// A story page lists the stories about the same people and places, so a
// reader can walk a storyline the clusterer split into events. The names
// are the ones the story's articles share most (cluster.Names), looked up
// in the store on each request: the list changes as stories arrive, and
// costs a few full-text queries.
const (
	relatedNames   = briefings.RelatedNames
	relatedStories = 5
)

func (s *Server) related(ctx context.Context, st storage.Story, arts []storage.StoredArticle) ([]storage.RelatedStory, error) {
	texts := make([]string, 0, len(arts))
	for _, a := range arts {
		if a.DuplicateOf == 0 {
			texts = append(texts, a.Text)
		}
	}
	return s.relatedTo(ctx, st, cluster.Names(relatedNames, texts...))
}

// relatedTo is related with the story's names found already: the story
// page has them from the briefing's stored page, made when the briefing
// was built (briefings.RelatedNames of them).
func (s *Server) relatedTo(ctx context.Context, st storage.Story, names []string) ([]storage.RelatedStory, error) {
	related, err := s.store.RelatedStories(ctx, st.ID, names, relatedStories)
	if related == nil && err == nil {
		related = []storage.RelatedStory{} // an empty list in JSON, not null
	}
	return related, err
}
