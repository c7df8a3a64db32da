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
//
// facts asks it for every sentence of every claim, twice, and a large
// story's reused paragraphs come from few articles: the answer is kept
// per sentence and each article's sentence grams per article, so that
// no sentence's grams are made again (the same answers: both depend only
// on the analysis and on findReuses, done before).
func (s *state) witnessRef(i, si int) (int, int) {
	j := s.source(i, si)
	if j == i {
		return i, si
	}
	sentences := s.an.Articles[i].Sentences
	if si < 0 || si >= len(sentences) {
		return i, si
	}
	if w, ok := s.witnesses[[2]int{i, si}]; ok {
		return w[0], w[1]
	}
	grams := wordGrams(sentences[si])
	best, bestShare := -1, 0.0
	for sj, set := range s.sentenceGrams(j) {
		if share := gramShare(grams, set); share >= carriedOver && share > bestShare {
			best, bestShare = sj, share
		}
	}
	w := [2]int{j, best}
	if best < 0 {
		w = [2]int{i, si}
	}
	if s.witnesses == nil {
		s.witnesses = make(map[[2]int][2]int)
	}
	s.witnesses[[2]int{i, si}] = w
	return w[0], w[1]
}

// sentenceGrams returns the word 4-gram set of each sentence of article
// j, made once per briefing, and taken from the build before when its
// sentences are the same (Words).
func (s *state) sentenceGrams(j int) []map[string]bool {
	if sets, ok := s.sentGrams[j]; ok {
		return sets
	}
	sets := s.words.gramsOf(s.arts[j].ID, s.an.Articles[j].Sentences)
	if s.sentGrams == nil {
		s.sentGrams = make(map[int][]map[string]bool)
	}
	s.sentGrams[j] = sets
	return sets
}
