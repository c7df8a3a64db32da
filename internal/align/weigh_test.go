package align

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestWeighIsPerUnit: the weights buildUnits gives (each term's weight
// before the norm made once for the story) are, to the bit, those made
// term by term for every unit (weighEach, the code before), on 120 ECB+
// articles, raw and framed; and its term numbers (numberTerms: each
// term looked up once where it occurs) are those of the sorted set of
// all terms (termNumbers, the code before).
func TestWeighIsPerUnit(t *testing.T) {
	if testing.Short() {
		t.Skip("weighs 120 ECB+ articles")
	}
	inputs := ecbInputs(t, 120)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	indexes, ents := indexed(inputs)
	units, _, _, _ := buildUnits(inputs, docs, indexes, ents, nil, nil, newAnalysisSums(docs))
	raw, framed := make([]map[string]bool, len(units)), make([]map[string]bool, len(units))
	own := 0
	for i, u := range units {
		raw[i], framed[i] = map[string]bool{}, map[string]bool{}
		for term := range u.terms {
			raw[i][term] = true
		}
		for term := range u.framed {
			framed[i][term] = true
		}
		if !gocmp.Equal(raw[i], framed[i]) {
			own++
		}
	}
	if own == 0 {
		t.Fatal("no unit has framed terms of its own; the case tests nothing")
	}
	counted := countedInputs(inputs)
	whole := func(i int) bool { return units[i].parent < 0 && counted[units[i].input] }
	names, ids := termNumbers(raw, framed)
	ownFramed := make([]bool, len(units))
	for i := range units {
		ownFramed[i] = !gocmp.Equal(raw[i], framed[i])
	}
	gotNames, rawSets, framedSets := numberTerms(raw, framed, ownFramed)
	if diff := gocmp.Diff(names, gotNames); diff != "" {
		t.Fatalf("names differ (-termNumbers +numberTerms):\n%s", diff)
	}
	for i := range units {
		if diff := gocmp.Diff(numbered(raw[i], ids), rawSets[i]); diff != "" {
			t.Fatalf("unit %d: raw numbers differ (-termNumbers +numberTerms):\n%s", i, diff)
		}
		if diff := gocmp.Diff(numbered(framed[i], ids), framedSets[i]); diff != "" {
			t.Fatalf("unit %d: framed numbers differ (-termNumbers +numberTerms):\n%s", i, diff)
		}
	}
	for _, c := range []struct {
		name string
		sets []map[string]bool
		got  func(u unit) (map[string]float64, []termWeight)
	}{
		{"raw", raw, func(u unit) (map[string]float64, []termWeight) { return u.terms, u.vec }},
		{"framed", framed, func(u unit) (map[string]float64, []termWeight) { return u.framed, u.framedVec }},
	} {
		terms, vecs := weighEach(c.sets, whole, ids, names)
		for i, u := range units {
			gotTerms, gotVec := c.got(u)
			if diff := gocmp.Diff(terms[i], gotTerms); diff != "" {
				t.Fatalf("%s unit %d: weights differ (-per term +buildUnits):\n%s", c.name, i, diff)
			}
			if diff := gocmp.Diff(vecs[i], gotVec, gocmp.AllowUnexported(termWeight{})); diff != "" {
				t.Fatalf("%s unit %d: vector differs (-per term +buildUnits):\n%s", c.name, i, diff)
			}
		}
	}
}

// weighEach is weigh as it was: each term's weight made for every unit
// holding it, the terms numbered by a lookup each time.
func weighEach(raw []map[string]bool, counted func(i int) bool, ids map[string]int32, names []string) ([]map[string]float64, [][]termWeight) {
	df := make([]int, len(names))
	n := 0.0
	for i, r := range raw {
		if !counted(i) {
			continue
		}
		n++
		for t := range r {
			df[ids[t]]++
		}
	}
	out := make([]map[string]float64, len(raw))
	vecs := make([][]termWeight, len(raw))
	for i, r := range raw {
		vec := make([]termWeight, 0, len(r))
		for t := range r {
			vec = append(vec, termWeight{term: ids[t]})
		}
		slices.SortFunc(vec, func(a, b termWeight) int { return cmp.Compare(a.term, b.term) })
		var norm float64
		for k := range vec {
			t := names[vec[k].term]
			w := math.Log(1 + n/float64(max(df[vec[k].term], 1)))
			if t[0] == 'E' || t[0] == 'Q' {
				w *= 1.5
			}
			vec[k].w = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		v := make(map[string]float64, len(vec))
		for k := range vec {
			vec[k].w /= norm
			v[names[vec[k].term]] = vec[k].w
		}
		out[i], vecs[i] = v, vec
	}
	return out, vecs
}

// termNumbers is how the terms were numbered before numberTerms: every
// term of the story in a set, sorted, and each unit's looked up in it
// (numbered).
func termNumbers(raw, framed []map[string]bool) ([]string, map[string]int32) {
	seen := map[string]bool{}
	for _, rs := range [][]map[string]bool{raw, framed} {
		for _, r := range rs {
			for t := range r {
				seen[t] = true
			}
		}
	}
	names := slices.Sorted(maps.Keys(seen))
	ids := make(map[string]int32, len(names))
	for i, t := range names {
		ids[t] = int32(i)
	}
	return names, ids
}

func numbered(set map[string]bool, ids map[string]int32) []int32 {
	out := make([]int32, 0, len(set))
	for t := range set {
		out = append(out, ids[t])
	}
	slices.Sort(out)
	return out
}

// TestWeighFramedCounts: framed vectors are weighed by the counts of the
// framed sets. With no counted unit framed on its own those are the raw
// counts, and a unit framed as it is raw shares its raw vectors; a
// counted unit with a framed set of its own moves the framed counts of
// every unit, so each framed vector is made from them (weighEach of the
// framed sets, the code before).
func TestWeighFramedCounts(t *testing.T) {
	raw := []map[string]bool{
		{"quake": true, "E:1": true},
		{"quake": true, "toll": true},
		{"toll": true},
	}
	for _, c := range []struct {
		name string
		own  []bool
	}{
		{"a clause framed", []bool{false, false, true}},
		{"a counted sentence framed", []bool{true, false, true}},
	} {
		framed := make([]map[string]bool, len(raw))
		for i, r := range raw {
			framed[i] = r
			if c.own[i] {
				framed[i] = maps.Clone(r)
				framed[i]["toll"], framed[i]["said"] = true, true
			}
		}
		counted := func(i int) bool { return i < 2 }
		names, ids := termNumbers(raw, framed)
		gotNames, rawSets, framedSets := numberTerms(raw, framed, c.own)
		if diff := gocmp.Diff(names, gotNames); diff != "" {
			t.Fatalf("%s: names differ:\n%s", c.name, diff)
		}
		terms, framedTerms, vecs, framedVecs := weigh(rawSets, framedSets, c.own, counted, names)
		wantTerms, wantVecs := weighEach(raw, counted, ids, names)
		wantFramed, wantFramedVecs := weighEach(framed, counted, ids, names)
		for _, d := range []struct {
			what      string
			want, got any
		}{
			{"raw weights", wantTerms, terms}, {"raw vectors", wantVecs, vecs},
			{"framed weights", wantFramed, framedTerms}, {"framed vectors", wantFramedVecs, framedVecs},
		} {
			if diff := gocmp.Diff(d.want, d.got, gocmp.AllowUnexported(termWeight{})); diff != "" {
				t.Errorf("%s: %s differ (-per term +weigh):\n%s", c.name, d.what, diff)
			}
		}
	}
}
