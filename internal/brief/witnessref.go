package brief

// A sentence a copy carried over, or a paragraph another outlet reused,
// is evidence of the outlet it came from (witness), not of the outlet
// that printed it. The briefing then lists that outlet with the fact,
// and a reader must be able to check it: so the outlet is credited
// through its own sentence, the one the words were taken from. When no
// one sentence of the original carries them (a paragraph cut and joined
// anew), the original's words cannot be shown, and the sentence stays
// the evidence of the outlet that printed it.

// witnessRef returns the article index and sentence that sentence si of
// article i is evidence of: itself, or the sentence of the article its
// words came from that holds carriedOver of its word 4-grams, the most
// of them first.
func (s *state) witnessRef(i, si int) (int, int) {
	j := s.source(i, si)
	if j == i {
		return i, si
	}
	sentences := s.an.Articles[i].Sentences
	if si < 0 || si >= len(sentences) {
		return i, si
	}
	grams := wordGrams(sentences[si])
	best, bestShare := -1, 0.0
	for sj, text := range s.an.Articles[j].Sentences {
		if share := gramShare(grams, gramSet(text)); share >= carriedOver && share > bestShare {
			best, bestShare = sj, share
		}
	}
	if best < 0 {
		return i, si
	}
	return j, best
}
