// Package eval holds the quality metrics that tests and benchmark programs
// share, so that every number in BENCHMARKS.md is computed one way.
package eval

import (
	"strings"
	"unicode"
)

// ShingleScore is one page's extraction score: the fractions of true
// positives, false positives and false negatives among 4-token shingles,
// normalised to sum to one as the extraction benchmark defines it.
type ShingleScore struct {
	TP, FP, FN float64
}

// Precision and Recall of one page.
func (s ShingleScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s ShingleScore) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// ScoreShingles compares an extracted body with the ground-truth body: both
// are split into \w+ tokens (case kept), 4-token shingles are counted as
// multisets, and tp/fp/fn are normalised to sum to one. Two empty bodies are
// a perfect match; a body with fewer than four tokens is one shingle of its
// whole token run, so short texts still count.
func ScoreShingles(extracted, truth string) ShingleScore {
	got := shingles(tokens(extracted))
	want := shingles(tokens(truth))
	if len(got) == 0 && len(want) == 0 {
		return ShingleScore{TP: 1}
	}
	var tp, fp, fn int
	for sh, n := range got {
		m := want[sh]
		tp += min(n, m)
		if n > m {
			fp += n - m
		}
	}
	for sh, m := range want {
		if n := got[sh]; m > n {
			fn += m - n
		}
	}
	total := float64(tp + fp + fn)
	return ShingleScore{TP: float64(tp) / total, FP: float64(fp) / total, FN: float64(fn) / total}
}

// MeanShingleScore averages precision and recall over pages and takes F1
// from the two averages, as the benchmark reports it.
func MeanShingleScore(scores []ShingleScore) (precision, recall, f1 float64) {
	if len(scores) == 0 {
		return 0, 0, 0
	}
	for _, s := range scores {
		precision += s.Precision()
		recall += s.Recall()
	}
	precision /= float64(len(scores))
	recall /= float64(len(scores))
	return precision, recall, F1(precision, recall)
}

// F1 is the harmonic mean of precision and recall.
func F1(precision, recall float64) float64 {
	return ratio(2*precision*recall, precision+recall)
}

// tokens splits s into runs of \w characters (letters, digits, underscore).
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
	})
}

const shingleSize = 4

func shingles(toks []string) map[string]int {
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	if len(toks) < shingleSize {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		out[strings.Join(toks[i:i+shingleSize], "\x00")]++
	}
	return out
}
