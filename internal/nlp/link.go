package nlp

// StoryEntity is one entity of a story, merged from the entities of its
// articles.
type StoryEntity struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// KindGuessed is Entity.KindGuessed over the story.
	KindGuessed bool        `json:"kind_guessed,omitempty"`
	Country     string      `json:"country,omitempty"`
	Aliases     []string    `json:"aliases,omitempty"`
	Roles       []string    `json:"roles,omitempty"`
	Members     []EntityRef `json:"members"`
}

// EntityRef names entity Entity of document Doc (indexes into the slice
// given to LinkEntities and into that Doc's Entities).
type EntityRef struct {
	Doc    int `json:"doc"`
	Entity int `json:"entity"`
}

// StoryEntities is the result of LinkEntities.
type StoryEntities struct {
	Entities []StoryEntity `json:"entities"`
	// Of maps a document index and its local entity ID to the story
	// entity's index in Entities.
	Of [][]int `json:"-"`
}

// Lookup returns the story entity of entity e of document doc, or -1.
func (s *StoryEntities) Lookup(doc, e int) int {
	if doc < 0 || doc >= len(s.Of) || e < 0 || e >= len(s.Of[doc]) {
		return -1
	}
	return s.Of[doc][e]
}
