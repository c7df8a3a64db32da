package cluster

// Fold merges story from into story into, as a merge decided elsewhere —
// by another process placing articles in the same store — is replayed
// here, so that later Adds see the stories that process left. A story
// this Clusterer has retired is gone for it either way: when into is,
// from carries on under into's id; when from is, nothing changes.
func (c *Clusterer) Fold(into, from int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.stories[from]
	if !ok || into == from {
		return
	}
	if t, ok := c.stories[into]; ok {
		c.fold(t, s)
		return
	}
	terms := s.indexed
	c.unpost(s)
	delete(c.stories, from)
	s.id = into
	c.stories[into] = s
	for _, term := range terms {
		c.post(s, term)
	}
	c.postSignature(s, s.sig)
}
