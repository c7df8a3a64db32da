package eval

import (
	"math"
	"testing"
)

func TestScoreShingles(t *testing.T) {
	tests := []struct {
		name           string
		got, want      string
		tp, fp, fn     float64
		precision, rec float64
	}{
		{"identical", "a b c d e", "a b c d e", 1, 0, 0, 1, 1},
		{"both empty", "", "", 1, 0, 0, 1, 1},
		{"nothing extracted", "", "a b c d", 0, 0, 1, 0, 0},
		{"extra chrome", "menu a b c d", "a b c d", 0.5, 0.5, 0, 0.5, 1},
		{"punctuation ignored", "a, b. c! d?", "a b c d", 1, 0, 0, 1, 1},
		{"case kept", "A b c d", "a b c d", 0, 0.5, 0.5, 0, 0},
		{"multiset", "a b c d a b c d", "a b c d", 0.2, 0.8, 0, 0.2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreShingles(tt.got, tt.want)
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"tp", s.TP, tt.tp}, {"fp", s.FP, tt.fp}, {"fn", s.FN, tt.fn}, {"precision", s.Precision(), tt.precision}, {"recall", s.Recall(), tt.rec}} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestMeanShingleScore(t *testing.T) {
	p, r, f := MeanShingleScore([]ShingleScore{{TP: 1}, {TP: 0.5, FP: 0.5}})
	if math.Abs(p-0.75) > 1e-9 || math.Abs(r-1) > 1e-9 || math.Abs(f-2*0.75/1.75) > 1e-9 {
		t.Errorf("got p=%v r=%v f=%v", p, r, f)
	}
}
