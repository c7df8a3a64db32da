package nlp

// LinkEntities merges the entities of the documents of one story: entities
// with the same normalised name or alias become one story entity.
func LinkEntities(docs []Doc) StoryEntities {
	var s StoryEntities
	byKey := map[string]int{}
	s.Of = make([][]int, len(docs))
	for di, d := range docs {
		s.Of[di] = make([]int, len(d.Entities))
		for ei, e := range d.Entities {
			key := nameKey(e.Name)
			id, ok := byKey[key]
			if !ok {
				id = len(s.Entities)
				byKey[key] = id
				s.Entities = append(s.Entities, StoryEntity{ID: id, Name: e.Name, Kind: e.Kind})
			}
			se := &s.Entities[id]
			se.Members = append(se.Members, EntityRef{Doc: di, Entity: ei})
			s.Of[di][ei] = id
		}
	}
	return s
}
