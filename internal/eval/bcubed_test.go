package eval

import (
	"math"
	"testing"
)

func TestScoreBCubed(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold []string
		p, r       float64
	}{
		{"empty", nil, nil, 0, 0},
		{"perfect", []string{"x", "x", "y"}, []string{"a", "a", "b"}, 1, 1},
		{"all singletons", []string{"1", "2", "3", "4"}, []string{"a", "a", "b", "b"}, 1, 0.5},
		{"one cluster", []string{"x", "x", "x", "x"}, []string{"a", "a", "b", "b"}, 0.5, 1},
		// Bagga and Baldwin's worked shape: gold {1..5}{6,7}, predicted
		// {1..5,6,7} collapses both.
		{"merged chains",
			[]string{"x", "x", "x", "x", "x", "x", "x"},
			[]string{"a", "a", "a", "a", "a", "b", "b"},
			(5*5.0/7 + 2*2.0/7) / 7, 1},
		// Predicted {1,2}{3} against gold {1}{2,3}: item 1 p=1/2 r=1,
		// item 2 p=1/2 r=1/2, item 3 p=1 r=1/2.
		{"crossed", []string{"x", "x", "y"}, []string{"a", "b", "b"}, 2.0 / 3, 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreBCubed(tt.pred, tt.gold)
			if math.Abs(got.Precision-tt.p) > 1e-9 || math.Abs(got.Recall-tt.r) > 1e-9 {
				t.Errorf("ScoreBCubed = P %.4f R %.4f, want P %.4f R %.4f", got.Precision, got.Recall, tt.p, tt.r)
			}
			if want := F1(tt.p, tt.r); math.Abs(got.F1-want) > 1e-9 {
				t.Errorf("F1 = %.4f, want %.4f", got.F1, want)
			}
		})
	}
}

func TestScoreBCubedLabelsOnlyCompared(t *testing.T) {
	a := ScoreBCubed([]int64{7, 7, 9}, []string{"a", "a", "b"})
	b := ScoreBCubed([]string{"q", "q", "r"}, []string{"a", "a", "b"})
	if a != b {
		t.Errorf("renaming clusters changed the score: %+v vs %+v", a, b)
	}
}
