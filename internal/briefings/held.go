package briefings

// held is what a Keeper holds of a story between builds, counted
// against a bound in bytes and let go of by when it was used last.
type held interface {
	heldBytes() int
	lastUsed() uint64
}

// letGoOldest removes from stories those used longest ago, never keep,
// until their bytes (given) are within limit or only keep is left, and
// returns the bytes still held.
func letGoOldest[V held](stories map[int64]V, keep int64, bytes, limit int) int {
	for bytes > limit {
		oldest, found := int64(0), false
		for id, v := range stories {
			if id != keep && (!found || v.lastUsed() < stories[oldest].lastUsed()) {
				oldest, found = id, true
			}
		}
		if !found {
			return bytes
		}
		bytes -= stories[oldest].heldBytes()
		delete(stories, oldest)
	}
	return bytes
}
