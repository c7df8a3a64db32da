package cluster

// Merges follows stories merged away (Assignment.Merged) to the stories
// that absorbed them, for callers that keep story ids of earlier articles.
type Merges map[int64]int64

// Record notes the merges an assignment reports.
func (m Merges) Record(a Assignment) {
	for _, id := range a.Merged {
		m[id] = a.Story
	}
}

// Resolve returns the live story that story id became.
func (m Merges) Resolve(id int64) int64 {
	for {
		p, ok := m[id]
		if !ok {
			return id
		}
		id = p
	}
}
