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
//
// An article whose reuse key is the one the last build of the story kept
// (reuse_kept.go) takes the paragraphs kept for it; the others are looked
// up in an index of the grams their own paragraphs hold.
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
	keys := s.reuseKeys(order)
	// The gram sums of every original, kept in Words (reuse_hashes.go).
	var sums []*gramSums
	if s.words != nil {
		sums = make([]*gramSums, len(order))
		for ri, i := range order {
			sums[ri] = s.words.gramSumsOf(&s.arts[i], func() string { return s.articleText(i) })
		}
	}
	kept := s.keptReusesWere
	next := make(map[int64]keptReuse, len(order))
	var todo []int // places in order of the articles looked up afresh
	for ri, i := range order {
		id := s.arts[i].ID
		if k, ok := kept[id]; ok && k.key == keys[ri] && s.knows(k) {
			next[id] = k
			continue
		}
		todo = append(todo, ri)
	}
	if len(todo) > 0 {
		x := s.reuseIndex(order, todo, sums)
		for _, ri := range todo {
			next[s.arts[order[ri]].ID] = keptReuse{key: keys[ri], paras: x.reusesOf(s, order, ri)}
		}
	}
	for _, i := range order {
		for _, p := range next[s.arts[i].ID].paras {
			from := s.byID[p.of]
			for _, si := range p.sents {
				s.reusedFrom[[2]int{i, si}] = from
			}
			s.reuses = append(s.reuses, Reuse{
				Article: s.arts[i].ID, Paragraph: p.para, Sentences: p.sents,
				Of: p.of, OfOutlet: s.outlet[from],
				How: s.howReused(i, s.outlet[from]), Overlap: p.overlap,
			})
		}
	}
	s.keptReuses = next
}

// knows tells whether every article k names is one of the story's, as
// it is when k's key is this build's (a guard against a sum's collision).
func (s *state) knows(k keptReuse) bool {
	for _, p := range k.paras {
		if _, ok := s.byID[p.of]; !ok {
			return false
		}
	}
	return true
}

// reuseIndex holds the grams of the paragraphs of the articles at the
// places todo of order, and for each such gram the articles that hold it
// (holders), by their place in order, ascending: only grams some
// looked-up paragraph holds are listed, and only articles before the last
// looked-up one, the only ones a paragraph may have come from.
type reuseIndex struct {
	gr      gramReader
	holders map[gramKey][]int
	paras   map[int][]paraGrams // place in order → its paragraphs long enough to count
}

// paraGrams is a paragraph of an article, its sentences and its grams.
type paraGrams struct {
	para  int
	sents []int
	grams []gramKey
}

// reuseIndex makes the index of the paragraphs of the articles at the
// places todo of order. sums, when not nil, are the gram sums of the
// articles of order (reuse_hashes.go): one whose sums hold none of a
// listed gram's is not read, since it holds none of those grams.
func (s *state) reuseIndex(order, todo []int, sums []*gramSums) *reuseIndex {
	x := &reuseIndex{holders: make(map[gramKey][]int), paras: make(map[int][]paraGrams, len(todo))}
	for _, ri := range todo {
		i := order[ri]
		paras := s.paragraphs(i)
		for _, para := range slices.Sorted(maps.Keys(paras)) {
			sents := paras[para]
			text := s.paragraphText(i, sents)
			if len(wordTokens(text)) < minReusedParaWord {
				continue
			}
			grams := x.gr.grams(text)
			for _, g := range grams {
				if _, ok := x.holders[g]; !ok {
					x.holders[g] = nil
				}
			}
			x.paras[ri] = append(x.paras[ri], paraGrams{para: para, sents: sents, grams: grams})
		}
	}
	if len(x.holders) == 0 {
		return x
	}
	// The sums of the grams listed, given the articles' gram sums
	// (reuse_hashes.go): an article holding none of them is not read.
	var want map[uint64]bool
	if sums != nil {
		words := make([]string, len(x.gr.ids))
		for w, n := range x.gr.ids {
			words[n] = w
		}
		want = make(map[uint64]bool, len(x.holders))
		for g := range x.holders {
			want[keySum(g, words)] = true
		}
	}
	var nums []int32
	for k, j := range order[:todo[len(todo)-1]] {
		if want != nil && !sums[k].mayHold(want) {
			continue
		}
		// The grams of articleGrams, read in order: an article is
		// listed once under each gram it holds. A word no looked-up
		// paragraph holds is in no gram listed.
		nums = x.gr.knownNumbers(s.articleText(j), nums[:0])
		eachGram(nums, func(g gramKey) {
			if hs, ok := x.holders[g]; ok && (len(hs) == 0 || hs[len(hs)-1] != k) {
				x.holders[g] = append(hs, k)
			}
		})
	}
	return x
}

// reusesOf finds the reused paragraphs of the article at place ri of
// order: for each of its paragraphs, the earlier original of another
// outlet holding most of its grams (the earliest of those holding as
// many), when that is nearly all of them.
func (x *reuseIndex) reusesOf(s *state, order []int, ri int) []keptPara {
	i := order[ri]
	var out []keptPara
	for _, p := range x.paras[ri] {
		hits := make(map[int]int) // place in order → grams held
		for _, g := range p.grams {
			// Only the articles before i count: the first of a
			// gram's holders, up to i's place.
			for _, k := range x.holders[g] {
				if k >= ri {
					break
				}
				if s.outlet[order[k]] != s.outlet[i] {
					hits[k]++
				}
			}
		}
		from, best := -1, 0
		for k, n := range hits {
			if n > best || n == best && k < from {
				from, best = k, n
			}
		}
		share := float64(best) / float64(len(p.grams))
		if from < 0 || share < reusedShare {
			continue
		}
		out = append(out, keptPara{para: p.para, sents: p.sents, of: s.arts[order[from]].ID, overlap: share})
	}
	return out
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
	var out []gramKey
	eachGram(nums, func(g gramKey) { out = append(out, g) })
	return out
}

// unknownWord numbers a word r has not met (knownNumbers).
const unknownWord = -2

// knownNumbers appends to nums the numbers of text's words as grams reads
// them, unknownWord for a word r has not met, numbering no new word: a
// gram of such a word is none of the grams r read before.
func (r *gramReader) knownNumbers(text string, nums []int32) []int32 {
	for _, w := range wordTokens(strings.ToLower(text)) {
		id, ok := r.ids[w]
		if !ok {
			id = unknownWord
		}
		nums = append(nums, id)
	}
	return nums
}

// eachGram calls f with each gram of the numbered words, in order: the
// words padded with -1 when fewer than four, else every four in a row.
// A gram holding an unknownWord is skipped.
func eachGram(nums []int32, f func(gramKey)) {
	if len(nums) > 0 && len(nums) < 4 {
		k := gramKey{-1, -1, -1, -1}
		copy(k[:], nums)
		if !slices.Contains(nums, unknownWord) {
			f(k)
		}
		return
	}
	next := 0 // the place from which no word is unknown
	for i, n := range nums {
		if n == unknownWord {
			next = i + 1
			continue
		}
		if i >= 3 && i-3 >= next {
			f(gramKey(nums[i-3 : i+1]))
		}
	}
}
