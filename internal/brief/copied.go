package brief

// carriedOver is the share of a copy's sentence's word 4-grams that must
// be found in its original for the sentence to count as carried over: half
// lets a sub-editor's changed word or two through, while a sentence the
// copy wrote itself shares at most a name or a phrase.
const carriedOver = 0.5

// copied tells whether sentence si of article i is its original's
// sentence carried over into a copy. A syndicated copy keeps the wire
// text but may add an intro or a paragraph of its own: what it carries
// over is the original's evidence, not a second witness, while what it
// adds is the copy's outlet's own reporting.
func (s *state) copied(i, si int) bool {
	r := s.root(i)
	if r == i {
		return false
	}
	sentences := s.an.Articles[i].Sentences
	if si < 0 || si >= len(sentences) {
		return true
	}
	return gramShare(wordGrams(sentences[si]), s.articleGrams(r)) >= carriedOver
}

// articleText is the text of article i whose grams are its grams: its
// title and text.
func (s *state) articleText(i int) string { return s.arts[i].Title + "\n" + s.arts[i].Text }

// articleGrams returns the word 4-grams of article i's title and text,
// computed once per briefing for copied and findReuses alike.
func (s *state) articleGrams(i int) map[string]bool {
	if s.grams == nil {
		s.grams = make(map[int]map[string]bool)
	}
	set, ok := s.grams[i]
	if !ok {
		set = gramSet(s.articleText(i))
		s.grams[i] = set
	}
	return set
}
