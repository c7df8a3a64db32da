package brief

import (
	"crosscheck/internal/lang"
	"maps"
	"slices"
	"strings"
)

// Parameters of findReuses. A paragraph counts as reused when nearly all
// of it stands in the earlier article (a changed word or two let through);
// short paragraphs are left out, since datelines, "Read more" lines and
// stock phrases repeat between articles without being taken from one.
const (
	reusedShare       = 0.8
	minReusedParaWord = 8
)

// findReuses finds the paragraphs of original articles that an earlier
// original of another outlet printed first, and notes, for each sentence
// of such a paragraph, the article it came from. A reused paragraph is the
// earlier outlet's evidence, not a second witness: a story whose outlets
// share a wire paragraph each repeats one report. Whole copies are
// handled apart (Copies, copied).
func (s *state) findReuses() {
	s.reusedFrom = make(map[[2]int]int)
	order := make([]int, 0, len(s.arts))
	for i := range s.arts {
		if !s.isCopy(i) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case s.before(s.arts[x].ID, s.arts[y].ID):
			return -1
		case s.before(s.arts[y].ID, s.arts[x].ID):
			return 1
		}
		return 0
	})
	// holders maps a word 4-gram to the articles that hold it, by their
	// place in order, ascending. Grams are read as their words' numbers
	// (gramReader): the same grams as wordGrams', hashed without joining
	// and rehashing strings.
	var gr gramReader
	holders := make(map[gramKey][]int)
	for k, j := range order {
		// The grams of articleGrams, read in order: an article is
		// listed once under each gram it holds.
		for _, g := range gr.grams(s.articleText(j)) {
			if hs := holders[g]; len(hs) == 0 || hs[len(hs)-1] != k {
				holders[g] = append(hs, k)
			}
		}
	}
	rank := make(map[int]int, len(order))
	for k, j := range order {
		rank[j] = k
	}
	for ri, i := range order {
		paras := s.paragraphs(i)
		for _, para := range slices.Sorted(maps.Keys(paras)) {
			sents := paras[para]
			text := s.paragraphText(i, sents)
			if len(wordTokens(text)) < minReusedParaWord {
				continue
			}
			grams := gr.grams(text)
			hits := make(map[int]int)
			for _, g := range grams {
				// Only the articles before i count: the first of a
				// gram's holders, up to i's place.
				for _, k := range holders[g] {
					if k >= ri {
						break
					}
					if j := order[k]; s.outlet[j] != s.outlet[i] {
						hits[j]++
					}
				}
			}
			from, best := -1, 0
			for j, n := range hits {
				if n > best || n == best && rank[j] < rank[from] {
					from, best = j, n
				}
			}
			share := float64(best) / float64(len(grams))
			if from < 0 || share < reusedShare {
				continue
			}
			for _, si := range sents {
				s.reusedFrom[[2]int{i, si}] = from
			}
			s.reuses = append(s.reuses, Reuse{
				Article: s.arts[i].ID, Paragraph: para, Sentences: sents,
				Of: s.arts[from].ID, OfOutlet: s.outlet[from],
				How: s.howReused(i, s.outlet[from]), Overlap: share,
			})
		}
	}
}

// paragraphs groups article i's sentences by paragraph, in order.
func (s *state) paragraphs(i int) map[int][]int {
	out := make(map[int][]int)
	for si, p := range s.an.Articles[i].Paragraphs {
		out[p] = append(out[p], si)
	}
	return out
}

func (s *state) paragraphText(i int, sents []int) string {
	var b strings.Builder
	for _, si := range sents {
		b.WriteString(s.an.Articles[i].Sentences[si])
		b.WriteByte(' ')
	}
	return b.String()
}

// howReused tells whether article i credits the outlet it took a
// paragraph from ("according to Northwire", "Read more at Northwire",
// "Northwire contributed to this report", anywhere in the article) or
// runs the words as its own.
func (s *state) howReused(i int, outlet string) string {
	for _, at := range s.an.Articles[i].Attributions {
		if sameOutlet(at.Cited, outlet) {
			return "quoted"
		}
	}
	return "copied"
}

// outletArticles are the articles a citation may write before an outlet's
// name ("the Times").
var outletArticles = lang.English().Set(lang.DefiniteArticles)

// sameOutlet compares outlet names as citations write them: case and a
// leading "the" aside.
func sameOutlet(a, b string) bool {
	norm := func(x string) string {
		x = strings.ToLower(strings.TrimSpace(x))
		for a := range outletArticles {
			x = strings.TrimPrefix(x, a+" ")
		}
		return x
	}
	return norm(a) != "" && norm(a) == norm(b)
}

// source returns the article whose words sentence si of article i
// repeats: the original of a copy for a sentence carried over, the
// earlier article of a reused paragraph, else i itself.
func (s *state) source(i, si int) int {
	if s.copied(i, si) {
		return s.root(i)
	}
	if j, ok := s.reusedFrom[[2]int{i, si}]; ok {
		return j
	}
	return i
}

// gramKey is a word gram as the numbers of its words (gramReader), -1
// past the words of a gram shorter than four.
type gramKey [4]int32

// gramReader numbers words as it meets them.
type gramReader struct{ ids map[string]int32 }

// grams returns the grams wordGrams returns of text, as keys: two grams
// are the same string exactly when they are the same words (a word holds
// no space), so exactly when their keys are equal.
func (r *gramReader) grams(text string) []gramKey {
	if r.ids == nil {
		r.ids = make(map[string]int32)
	}
	ws := wordTokens(strings.ToLower(text))
	nums := make([]int32, len(ws))
	for i, w := range ws {
		id, ok := r.ids[w]
		if !ok {
			id = int32(len(r.ids))
			r.ids[w] = id
		}
		nums[i] = id
	}
	if len(nums) > 0 && len(nums) < 4 {
		k := gramKey{-1, -1, -1, -1}
		copy(k[:], nums)
		return []gramKey{k}
	}
	var out []gramKey
	for i := 0; i+4 <= len(nums); i++ {
		out = append(out, gramKey(nums[i:i+4]))
	}
	return out
}
