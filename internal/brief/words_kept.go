package brief

import (
	"crypto/sha256"
	"time"
)

// Words keeps the content words (contentWords) of each article's
// sentences from one build of a story to the next, by article id with
// the sentences they were read from, so that an update reads the words
// of the articles whose sentences are new (the summary's words were
// 0.06 s of each update of a 1,000-article story). A sentence's words
// depend on its text alone, and an article's are taken as kept only
// when its sentences are equal, string for string, to the kept ones.
// It keeps too the day each undated article's text states as its own
// (statedDays: nlp.StatedDay, a function of the text alone), with the
// text, and the word 4-gram sets of the sentences of the articles
// others' words came from (witnessRef), with the sentences, and the
// readings of the sentences the last build read (text_kept.go), by their
// text, the day each article's page gives as its own (pageday_kept.go)
// and the sums of each article's word grams (reuse_hashes.go). The zero
// Words keeps nothing yet; a Words is used by one build
// at a time.
type Words struct {
	articles    map[int64]articleWords
	bytes       int
	stated      map[int64]statedText
	statedBytes int
	// grams keeps the word 4-gram sets of the sentences of the
	// articles whose sentences witnessRef looked up (sentenceGrams),
	// with their sentences; nextGrams this build's, made the kept ones
	// by gramsDone.
	grams, nextGrams         map[int64]articleGrams
	gramBytes, nextGramBytes int
	// texts keeps the readings of the sentences the last build read
	// (text_kept.go), by their text.
	texts     map[string]textReading
	textBytes int
	// pageDays keeps the day each article's page gives as its own, as
	// the last build read it, by article id (pageday_kept.go).
	pageDays     map[int64]pageDayRead
	pageDayBytes int
	// gramSums keeps the sums of the word grams of the articles whose
	// paragraphs' holders reuseIndex looked for, by article id
	// (reuse_hashes.go); nextGramSums this build's, made the kept ones
	// by gramSumsDone.
	gramSums, nextGramSums         map[int64]*gramSums
	gramSumBytes, nextGramSumBytes int
}

type articleGrams struct {
	sentences []string
	sets      []map[string]bool
}

// statedText is the day a text states as its own (nlp.StatedDay), with
// the text, or with only its SHA-256 (sum) when read from a kept
// assembly (assembly_kept.go).
type statedText struct {
	text string
	sum  *[sha256.Size]byte
	at   time.Time
	ok   bool
}

// of says whether st is the stated day of text.
func (st *statedText) of(text string) bool {
	if st.text == "" && st.sum != nil {
		return *st.sum == sha256.Sum256([]byte(text))
	}
	return st.text == text
}

// textSum is the SHA-256 of st's text, made once.
func (st *statedText) textSum() [sha256.Size]byte {
	if st.sum == nil {
		sum := sha256.Sum256([]byte(st.text))
		st.sum = &sum
	}
	return *st.sum
}

type articleWords struct {
	sentences []string
	words     [][]string
}

// Bytes is about what w holds: its sentences' text and a word's slice
// header for each word, the texts of the days stated, the gram sets,
// the texts read (text_kept.go), the pages' days (pageday_kept.go) and
// the gram sums (reuse_hashes.go); 0 for nil.
func (w *Words) Bytes() int {
	if w == nil {
		return 0
	}
	return w.bytes + w.statedBytes + w.gramBytes + w.textBytes + w.pageDayBytes + w.gramSumBytes
}

// gramsOf returns gramSet of each of sentences, the sentences of article
// id, taking the sets kept in w (nil: none) when they are of the same
// sentences, and keeping them for the next build (gramsDone).
func (w *Words) gramsOf(id int64, sentences []string) []map[string]bool {
	if w == nil {
		return sentenceGramSets(sentences)
	}
	ag, ok := w.grams[id]
	if !ok || !sameStrings(ag.sentences, sentences) {
		ag = articleGrams{sentences: sentences, sets: sentenceGramSets(sentences)}
	}
	if _, dup := w.nextGrams[id]; !dup {
		if w.nextGrams == nil {
			w.nextGrams = make(map[int64]articleGrams)
		}
		w.nextGrams[id] = ag
		for k, set := range ag.sets {
			w.nextGramBytes += len(sentences[k])
			for g := range set {
				w.nextGramBytes += len(g) + gramEntryBytes
			}
		}
	}
	return ag.sets
}

// gramEntryBytes is about what a gram set holds per gram besides its
// text: the string header, the value and the map's own room.
const gramEntryBytes = 40

// gramsDone makes the gram sets this build looked up the ones w keeps:
// those of articles not looked up go.
func (w *Words) gramsDone() {
	if w == nil {
		return
	}
	w.grams, w.gramBytes = w.nextGrams, w.nextGramBytes
	w.nextGrams, w.nextGramBytes = nil, 0
}

func sentenceGramSets(sentences []string) []map[string]bool {
	sets := make([]map[string]bool, len(sentences))
	for k, text := range sentences {
		sets[k] = gramSet(text)
	}
	return sets
}

// wordsOf returns contentWords of each of sentences[i][k], sentences[i]
// being the sentences of article ids[i], taking from kept (nil: none)
// the words of the articles whose sentences it holds as they are, and
// keeping in it this build's instead.
func wordsOf(kept *Words, ids []int64, sentences [][]string) [][][]string {
	if kept == nil {
		return sentenceWords(sentences)
	}
	now := make(map[int64]articleWords, len(sentences))
	bytes := 0
	words := make([][][]string, len(sentences))
	for i, ss := range sentences {
		aw, ok := kept.articles[ids[i]]
		if !ok || !sameStrings(aw.sentences, ss) {
			aw = articleWords{sentences: ss, words: make([][]string, len(ss))}
			for k, s := range ss {
				aw.words[k] = contentWords(s)
			}
		}
		words[i] = aw.words
		if _, dup := now[ids[i]]; !dup {
			now[ids[i]] = aw
			for k, s := range ss {
				bytes += len(s) + 16*len(aw.words[k])
			}
		}
	}
	kept.articles, kept.bytes = now, bytes
	return words
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
