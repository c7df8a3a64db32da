package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A summary sentence cites the sentences of other outlets that state its
// claim. Alignment groups sentences into claims generously, so a cited
// sentence is checked against the summary sentence itself: it must say
// the same thing, not share a name or a topic word. The test is lexical
// and precision-first:
//
//   - the two are related as a whole (tf-idf cosine of their content
//     words at least citeSimilarity, well above LexRank's edge threshold);
//   - they share at least citeSharedWords content words that are not
//     names (a shared predicate or common noun: "checked into rehab",
//     not "Lindsay Lohan"), and citeSharedTerms words, names and numbers
//     in all;
//   - every number and weekday of the summary sentence is in the cited
//     one, every part of it that states a claim of its own is (at least
//     half its content words), and an attempt, a plan or a request to
//     act does not cite a result (citeclaims.go);
//   - what a verb calls a thing in an "as" phrase is named in the cited
//     one ("described it as a terrorist attack"; citecomplement.go);
//   - so is each superlative, as a rank and not one of a set ("the
//     deadliest fire" is not "one of the 20 deadliest"; citesuperlative.go);
//   - ordinals both give must meet, and so must the stages of a
//     proceeding both tell ("charged", "pleaded", "convicted");
//   - they are told in the same tense: one speaking of the future ("will
//     face a vote") and the other not ("lost the vote") are two facts.
//
// The values were chosen on the develop topics of ECB+ (bench/citations
// -develop), trading citations kept for citations that state the event.
const (
	citeSimilarity  = 0.25
	citeSharedWords = 1
	citeSharedTerms = 2
)

// citeFeatures is what the check reads of one sentence.
type citeFeatures struct {
	vec      vector
	common   map[string]bool // content stems of words written in lower case
	names    map[string]bool // content stems of capitalised words after the first
	numbers  map[string]bool
	weekdays map[string]bool
	// ordinals are the numbers of ordinal words ("the third coach
	// fired"); stages the stages of a proceeding told in verbs
	// ("pleaded", "convicted").
	ordinals map[string]bool
	stages   map[string]bool
	future   bool
	// all holds every content stem and number, parts the content stems
	// of each part of the sentence that states a claim of its own
	// (claimParts); attempt marks an attempt or a plan ("worked to
	// recover").
	all     map[string]bool
	parts   []claimPart
	attempt bool
	months  map[string]bool
	// complements are the "as" phrases of verbs that call a thing
	// something ("described it as a terrorist attack"; citecomplement.go).
	complements [][]string
	// superlatives are the ranks the sentence gives ("the deadliest
	// fire"; citesuperlative.go), each true unless only one of a set.
	superlatives map[string]bool
	// joined are the stems of each two words a coordination joins
	// under a distributive opener (citejoined.go).
	joined [][2]string
}

// citeIndex holds the features of every sentence of a story: the
// vocabulary of all of them, and the rest made for a sentence when it is
// first asked about.
type citeIndex struct {
	vocab *vocabulary
	words [][][]string // content words of sentences[i][k]
	texts [][]string
	cache map[[2]int]*citeFeatures
	lex   *lang.Lexicon
}

// newCiteIndex indexes sentences[i][k], sentence k of article i.
func newCiteIndex(sentences [][]string) *citeIndex {
	return newCiteIndexOf(sentences, sentenceWords(sentences))
}

// sentenceWords returns contentWords of each of sentences[i][k].
func sentenceWords(sentences [][]string) [][][]string {
	words := make([][][]string, len(sentences))
	for i, ss := range sentences {
		words[i] = make([][]string, len(ss))
		for k, s := range ss {
			words[i][k] = contentWords(s)
		}
	}
	return words
}

// newCiteIndexOf is newCiteIndex given the sentences' content words,
// words[i][k] contentWords of sentences[i][k].
func newCiteIndexOf(sentences [][]string, words [][][]string) *citeIndex {
	x := &citeIndex{vocab: newVocabulary(), words: words, texts: sentences,
		cache: map[[2]int]*citeFeatures{}, lex: lang.English()}
	for _, ws := range words {
		for _, w := range ws {
			x.vocab.count(w)
		}
	}
	return x
}

func (x *citeIndex) features(i, k int) *citeFeatures {
	key := [2]int{i, k}
	if f, ok := x.cache[key]; ok {
		return f
	}
	var text string
	var words []string
	if i >= 0 && i < len(x.texts) && k >= 0 && k < len(x.texts[i]) {
		text, words = x.texts[i][k], x.words[i][k]
	}
	f := &citeFeatures{vec: x.vocab.vectorOf(words), common: map[string]bool{}, names: map[string]bool{}, numbers: map[string]bool{}, weekdays: map[string]bool{},
		ordinals: map[string]bool{}, stages: map[string]bool{}, all: map[string]bool{}, parts: claimParts(text, x.lex), months: map[string]bool{},
		complements: asComplements(text, x.lex), joined: nlp.DistributedParts(text, summaryParts)}
	weekdays, future := x.lex.Map(lang.Weekdays), x.lex.Set(lang.FutureCues)
	pastSuffixes, irregularPasts := x.lex.Set(lang.PastSuffixes), x.lex.Set(lang.StageIrregularPasts)
	ordinals, stages := x.lex.Map(lang.SlotOrdinals), x.lex.Map(lang.SlotStageWords)
	numberWords, months := x.lex.Map(lang.NumberWords), x.lex.Map(lang.Months)
	toks := wordTokens(text)
	f.superlatives = superlatives(toks, x.lex)
	markers := x.lex.Set(lang.InfinitiveMarkers)
	f.attempt = attemptBefore(toks, x.lex.Set(lang.AttemptCues), markers) || requestBefore(toks, x.lex.Set(lang.RequestCues), markers)
	genitives := x.lex.Set(lang.GenitivePrepositions)
	for n, w := range toks {
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		if !stopWords[lw] {
			f.all[stem(lw)] = true
		}
		// "four people" is 4; "one of them" counts nothing.
		if v := numberWords[lw]; v != "" && !(v == "1" && n+1 < len(toks) && genitives.Has(strings.ToLower(toks[n+1]))) {
			f.numbers[v] = true
			f.all[v] = true
		}
		if m := months[lw]; m != "" && unicode.IsUpper(r) && len(lw) > 2 {
			f.months[m] = true
		}
		switch {
		case unicode.IsDigit(r):
			for _, p := range numberParts(lw) {
				f.numbers[p] = true
				f.all[p] = true
			}
		case weekdays[lw] != "" && len(lw) > 3:
			f.weekdays[weekdays[lw]] = true
		case future.Has(lw):
			f.future = true
		case ordinals[lw] != "":
			f.ordinals[ordinals[lw]] = true
		case stages[lw] != "" && (pastSuffixes.SuffixOf(lw) || irregularPasts.Has(lw)):
			f.stages[stages[lw]] = true
		}
		// Names are capitalised; so is a sentence's first word, which
		// is left out with them.
		if n == 0 || len([]rune(lw)) < 2 || stopWords[lw] || unicode.IsDigit(r) {
			continue
		}
		if unicode.IsUpper(r) {
			f.names[stem(lw)] = true
		} else {
			f.common[stem(lw)] = true
		}
	}
	x.cache[key] = f
	return f
}

// statesSame reports whether sentence (j, l) says what sentence (i, k)
// says, by the tests above.
func (x *citeIndex) statesSame(i, k, j, l int) bool {
	a, b := x.features(i, k), x.features(j, l)
	if cosine(a.vec, b.vec) < citeSimilarity || a.future != b.future {
		return false
	}
	common, names := overlap(a.common, b.common), overlap(a.names, b.names)+overlap(a.numbers, b.numbers)
	// "Pleaded not guilty" does not state "was convicted"; "the third
	// coach fired" is not "the fifth".
	if common < citeSharedWords || common+names < citeSharedTerms || !meet(a.ordinals, b.ordinals) || !meet(a.stages, b.stages) {
		return false
	}
	// The cited sentence states every claim of the summary sentence:
	// each of its numbers and weekdays, each of its parts, and the
	// result, not an attempt at it (citeclaims.go).
	return subset(a.numbers, b.numbers) && subset(a.weekdays, b.weekdays) && subset(a.months, b.months) && a.attempt == b.attempt && coversParts(a.parts, b.all, denies(b.parts)) && bothOrNeither(a.joined, b.all) && allIn(a.complements, b.all) && ranksAlike(a.superlatives, b.superlatives)
}

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// meet reports whether two sets share a member, or either is empty.
func meet(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
