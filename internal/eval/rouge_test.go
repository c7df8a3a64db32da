package eval

import (
	"math"
	"testing"
)

func TestRouge(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		cand     string
		refs     []string
		p, r, f1 float64
	}{
		{"identical", 1, "the cat sat", []string{"the cat sat"}, 1, 1, 1},
		{"case and punctuation ignored", 2, "The cat, sat.", []string{"the cat sat"}, 1, 1, 1},
		{"half recalled", 1, "the cat", []string{"the cat sat on"}, 1, 0.5, 2.0 / 3},
		{"clipped counts", 1, "the the the", []string{"the cat"}, 1.0 / 3, 0.5, 0.4},
		{"bigrams", 2, "the cat sat", []string{"the cat ran"}, 0.5, 0.5, 0.5},
		{"no overlap", 1, "dog", []string{"cat"}, 0, 0, 0},
		{"empty candidate", 1, "", []string{"cat"}, 0, 0, 0},
		{"no reference", 1, "cat", nil, 0, 0, 0},
		{"averaged over references", 1, "the cat", []string{"the cat", "a dog"}, 0.5, 0.5, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Rouge(tt.n, tt.cand, tt.refs...)
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"precision", s.Precision, tt.p}, {"recall", s.Recall, tt.r}, {"f1", s.F1, tt.f1}} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
			}
		})
	}
}
