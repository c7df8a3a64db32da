package align

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestJudgeMemoIsFresh: the clause and the persons the judge holds for
// a value are the ones read afresh for that value, asked in any order;
// the test fails if they were held by anything less than the value
// itself (the values below have different clauses and persons).
func TestJudgeMemoIsFresh(t *testing.T) {
	j, _ := judgeOf(t,
		[2]string{"2024-03-04", "Police chief Anna Berg said 12 people died on Monday, while mayor Tom Lund said 15 were hurt."},
		[2]string{"2024-03-04", "Governor Maria Diaz said 14 people died on Sunday; the fire, officials said, burned 300 acres."},
	)
	var vals []value
	for i, x := range j.indexes {
		vals = append(vals, articleValues(x, i, j.inputs[i], j.ents, time.Time{})...)
	}
	clauses, people := map[[2]int]bool{}, map[string]bool{}
	fresh := newJudge(nil, j.inputs, j.indexes, j.ents)
	for _, order := range []int{1, -1, 1} {
		for k := range vals {
			if order < 0 {
				k = len(vals) - 1 - k
			}
			v := &vals[k]
			want := clauseOf(j.indexes[v.input], v)
			if got := j.clauseOf(v); got != want {
				t.Errorf("value %d (%s %q): clause %v held, %v read afresh", k, v.kind, v.text, got.Span, want.Span)
			}
			wantP := fresh.personsOf(v)
			if got := j.persons(v); !reflect.DeepEqual(got, wantP) {
				t.Errorf("value %d (%s %q): persons %v held, %v read afresh", k, v.kind, v.text, got, wantP)
			}
			clauses[[2]int{want.Span.Start + 1000*v.input, want.Span.End}] = true
			people[fmt.Sprint(wantP)] = true
		}
	}
	if len(clauses) < 3 || len(people) < 2 {
		t.Fatalf("%d values with %d clauses and %d sets of persons: too few to tell a held one from another", len(vals), len(clauses), len(people))
	}
}
