package eval

import (
	"slices"
	"strings"
	"unicode"
)

// SentKey names one sentence of one document of an evaluation set.
type SentKey struct {
	Doc      string
	Sentence int
}

// PRF is a precision/recall pair with the counts behind it.
type PRF struct {
	Precision, Recall float64
	TP, FP, FN        int
}

func newPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		p.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		p.Recall = float64(tp) / float64(tp+fn)
	}
	return p
}

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	if p.Precision+p.Recall == 0 {
		return 0
	}
	return 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
}

// PairwiseAlignment scores claim alignment over sentence pairs from
// different documents. gold lists groups of sentences stating one fact (a
// sentence may be in several); predicted maps a sentence to the claims it
// is in (several when its clauses state several things). Two sentences
// are predicted aligned when they share a claim. A predicted pair counts
// only if both sentences are annotated: it is a true positive if some gold
// group holds both, else a false positive. With one claim per sentence
// this is the usual pairwise score of a clustering.
func PairwiseAlignment(gold [][]SentKey, predicted map[SentKey][]int) PRF {
	goldPair := map[[2]SentKey]bool{}
	annotated := map[SentKey]bool{}
	for _, g := range gold {
		for i, a := range g {
			annotated[a] = true
			for _, b := range g[i+1:] {
				if a.Doc != b.Doc {
					goldPair[orderPair(a, b)] = true
				}
			}
		}
	}
	var keys []SentKey
	for k := range annotated {
		keys = append(keys, k)
	}
	tp, fp := 0, 0
	for i, a := range keys {
		la, ok := predicted[a]
		if !ok {
			continue
		}
		for _, b := range keys[i+1:] {
			if a.Doc == b.Doc {
				continue
			}
			if lb, ok := predicted[b]; ok && shareAny(la, lb) {
				if goldPair[orderPair(a, b)] {
					tp++
				} else {
					fp++
				}
			}
		}
	}
	return newPRF(tp, fp, len(goldPair)-tp)
}

func shareAny(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func orderPair(a, b SentKey) [2]SentKey {
	if a.Doc > b.Doc || a.Doc == b.Doc && a.Sentence > b.Sentence {
		a, b = b, a
	}
	return [2]SentKey{a, b}
}

// GoldQuote is an annotated direct quote: Text is a part of the quoted
// words, Speakers the acceptable names of its speaker.
type GoldQuote struct {
	Doc      string   `json:"page"`
	Text     string   `json:"text"`
	Speakers []string `json:"speakers"`
}

// FoundQuote is a quote a system found.
type FoundQuote struct {
	Doc, Text, Speaker string
}

// QuoteScore is how well direct quotes and their speakers were found.
type QuoteScore struct {
	// Quotes: a found quote is right if it contains a gold quote's text.
	Quotes PRF
	// Speakers: a quote is right only if found with an acceptable speaker.
	Speakers PRF
}

// ScoreQuotes matches found direct quotes to gold ones.
func ScoreQuotes(gold []GoldQuote, found []FoundQuote) QuoteScore {
	used := make([]bool, len(found))
	qtp, stp := 0, 0
	for _, g := range gold {
		want := foldText(g.Text)
		for i, f := range found {
			if used[i] || f.Doc != g.Doc || !strings.Contains(foldText(f.Text), want) {
				continue
			}
			used[i] = true
			qtp++
			if speakerMatches(f.Speaker, g.Speakers) {
				stp++
			}
			break
		}
	}
	return QuoteScore{
		Quotes:   newPRF(qtp, len(found)-qtp, len(gold)-qtp),
		Speakers: newPRF(stp, len(found)-stp, len(gold)-stp),
	}
}

func speakerMatches(got string, want []string) bool {
	g := foldText(got)
	if g == "" {
		return false
	}
	for _, w := range want {
		w = foldText(w)
		if g == w || strings.Contains(g, w) || strings.Contains(w, g) {
			return true
		}
	}
	return false
}

// foldText lower-cases s and keeps letters and digits, single-spaced, so
// that quotation marks and dashes do not decide a match.
func foldText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}
