package brief

import (
	"hash/maphash"
	"slices"
	"strings"

	"crosscheck/internal/article"
)

// An update looks up the paragraphs of the article that joined in an
// index of the grams each earlier article holds (reuseIndex), and reading
// every earlier article's words again for it was most of findReuses' cost
// (about 0.03 s of each update of the 1,000-article ECB+ story). Words
// keeps, for every original article of the story, by its id with the
// title and text they were read from, the sums of its word grams
// (gramSums): an article whose sums hold none of the looked-up grams'
// sums holds none of those grams (one gram, one sum), so only the others
// are read; a sum shared by two grams costs a read, never a holder.

// gramSums are the sums (gramSum) of the word grams of an article's text
// (articleText), as reuseIndex reads them (knownNumbers, eachGram),
// sorted, each once; title and text are the article's they were read
// from.
type gramSums struct {
	title, text string
	sums        []uint64
}

// gramSeed seeds the sums of one process: they are never stored.
var gramSeed = maphash.MakeSeed()

// gramSum sums the words of a gram: its four words, or all of those of a
// text of fewer than four, which eachGram pads.
func gramSum(words []string) uint64 {
	var h maphash.Hash
	h.SetSeed(gramSeed)
	h.WriteByte(byte(len(words)))
	for _, w := range words {
		// A word holds no zero byte (wordTokens): the words of two
		// grams are told apart.
		h.WriteString(w)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// readGramSums reads the gram sums of text.
func readGramSums(text string) []uint64 {
	ws := wordTokens(strings.ToLower(text))
	var sums []uint64
	switch {
	case len(ws) == 0:
	case len(ws) < 4:
		sums = []uint64{gramSum(ws)}
	default:
		sums = make([]uint64, 0, len(ws)-3)
		for i := 3; i < len(ws); i++ {
			sums = append(sums, gramSum(ws[i-3:i+1]))
		}
	}
	slices.Sort(sums)
	return slices.Compact(sums)
}

// keySum is the gramSum of the gram g numbers, words[n] the word of number
// n (gramReader.ids turned around).
func keySum(g gramKey, words []string) uint64 {
	var ws [4]string
	n := 0
	for _, id := range g {
		if id < 0 {
			break
		}
		ws[n] = words[id]
		n++
	}
	return gramSum(ws[:n])
}

// mayHold says whether gs holds a sum of want: when not, its text holds
// none of the grams summed in want.
func (gs *gramSums) mayHold(want map[uint64]bool) bool {
	for _, s := range gs.sums {
		if want[s] {
			return true
		}
	}
	return false
}

// gramSumsEntryBytes is about what kept gram sums hold besides their text
// and sums: the headers and the map's own room.
const gramSumsEntryBytes = 80

// gramSumsOf returns the gram sums of a's text (text gives its
// articleText), taking those w keeps when read from the same title and
// text, and keeping them for the next build (gramSumsDone).
func (w *Words) gramSumsOf(a *article.Article, text func() string) *gramSums {
	gs, ok := w.gramSums[a.ID]
	switch {
	case !ok || gs.title != a.Title || gs.text != a.Text:
		gs = &gramSums{title: a.Title, text: a.Text, sums: readGramSums(text())}
	default:
		// This build's title and text, equal to those kept: Words
		// then holds one copy of an article's text, not one of each
		// build that read it (pageDayKept).
		gs = &gramSums{title: a.Title, text: a.Text, sums: gs.sums}
	}
	w.keepGramSums(a.ID, gs)
	return gs
}

func (w *Words) keepGramSums(id int64, gs *gramSums) {
	if _, dup := w.nextGramSums[id]; dup {
		return
	}
	if w.nextGramSums == nil {
		w.nextGramSums = make(map[int64]*gramSums)
	}
	w.nextGramSums[id] = gs
	w.nextGramSumBytes += gramSumsEntryBytes + len(gs.title) + len(gs.text) + 8*len(gs.sums)
}

// gramSumsDone makes the gram sums this build read or took the ones w
// keeps: those of articles gone go.
func (w *Words) gramSumsDone() {
	if w == nil {
		return
	}
	w.gramSums, w.gramSumBytes = w.nextGramSums, w.nextGramSumBytes
	w.nextGramSums, w.nextGramSumBytes = nil, 0
}
