package brief

import (
	"crosscheck/internal/lang"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// vector is a sparse term-weight vector sorted by term id, so that dot
// products are one merge pass.
type vector struct {
	terms   []int
	weights []float64
	norm    float64
}

func (v vector) dot(w vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(v.terms) && j < len(w.terms) {
		switch {
		case v.terms[i] < w.terms[j]:
			i++
		case v.terms[i] > w.terms[j]:
			j++
		default:
			s += v.weights[i] * w.weights[j]
			i++
			j++
		}
	}
	return s
}

func cosine(v, w vector) float64 {
	if v.norm == 0 || w.norm == 0 {
		return 0
	}
	return v.dot(w) / (v.norm * w.norm)
}

// vocabulary maps content words to ids and counts in how many sentences
// each occurs, for idf. Ids are given in the order words are first met,
// which fixes the order a dot product sums in.
type vocabulary struct {
	ids  map[string]int
	df   []int
	last []int // by id: the sentence (n when counted) that last had it
	n    int   // sentences seen
}

func newVocabulary() *vocabulary { return &vocabulary{ids: make(map[string]int)} }

// count records one sentence's words: their ids, and one sentence more
// for each distinct one.
func (v *vocabulary) count(words []string) {
	v.n++
	for _, w := range words {
		id, ok := v.ids[w]
		if !ok {
			id = len(v.df)
			v.ids[w] = id
			v.df = append(v.df, 0)
			v.last = append(v.last, 0)
		}
		if v.last[id] != v.n {
			v.last[id] = v.n
			v.df[id]++
		}
	}
}

// add records one sentence's terms and returns its term counts by id.
func (v *vocabulary) add(words []string) map[int]int {
	v.count(words)
	tf := make(map[int]int, len(words))
	for _, w := range words {
		tf[v.ids[w]]++
	}
	return tf
}

func (v *vocabulary) idf(id int) float64 {
	return math.Log(float64(v.n+1) / float64(v.df[id]))
}

// tfidf weights term counts by inverse sentence frequency.
func (v *vocabulary) tfidf(tf map[int]int) vector {
	vec := vector{terms: make([]int, 0, len(tf)), weights: make([]float64, 0, len(tf))}
	for id := range tf {
		vec.terms = append(vec.terms, id)
	}
	sort.Ints(vec.terms)
	var sq float64
	for _, id := range vec.terms {
		w := float64(tf[id]) * v.idf(id)
		vec.weights = append(vec.weights, w)
		sq += w * w
	}
	vec.norm = math.Sqrt(sq)
	return vec
}

// vectorOf is tfidf of the term counts of words, all counted: the same
// vector, made without a map of counts.
func (v *vocabulary) vectorOf(words []string) vector {
	ids := make([]int, len(words))
	for i, w := range words {
		ids[i] = v.ids[w]
	}
	sort.Ints(ids)
	var vec vector
	var sq float64
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		w := float64(j-i) * v.idf(ids[i])
		vec.terms = append(vec.terms, ids[i])
		vec.weights = append(vec.weights, w)
		sq += w * w
		i = j
	}
	vec.norm = math.Sqrt(sq)
	return vec
}

// contentWords lowercases s, drops stop words and one-letter tokens, and
// strips common English inflections, so that "shells" and "shell" or
// "visited" and "visit" meet.
func contentWords(s string) []string {
	var out []string
	for _, w := range wordTokens(s) {
		w = strings.ToLower(w)
		if len([]rune(w)) < 2 || stopWords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// wordTokens splits s into runs of letters and digits; an apostrophe or
// hyphen inside a word keeps it whole ("Kim's", "Jong-un").
//
// The words are slices of s, not copies: a briefing splits every
// article's text several times (reuse, copies, witnesses, the summary).
// A byte that is not UTF-8 reads as utf8.RuneError, which is no letter
// or digit, so a word holds only runes read whole and is the same bytes
// as the runes it was read as (TestWordTokensAreRunes).
func wordTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		inner := false
		if (r == '\'' || r == '’' || r == '-') && start >= 0 {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			inner = isWordRune(next) // RuneError at the end: no letter
		}
		if isWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stem removes a few regular English suffixes. It is deliberately weaker
// than Porter's stemmer: over-stemming merges names ("Moscow", "Moscows"
// are rare, "Putin"/"Putins" is not).
func stem(w string) string {
	for _, suf := range possessiveEndings {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return termStemRules.Strip(w)
}

// termStemRules are the English lexicon's term-stem-suffix-rules.
var termStemRules = lang.English().Suffixes(lang.TermStemSuffixRules)

var stopWords = lang.English().Union(lang.FunctionWords, lang.SummaryStopWords)

// possessiveEndings are "'s" and "’s", sorted.
var possessiveEndings = lang.English().List(lang.PossessiveEndings)
