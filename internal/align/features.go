package align

import (
	"cmp"
	"math"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
)

// unit is one sentence being aligned.
type unit struct {
	input    int // index into the inputs
	sentence int
	terms    map[string]float64 // term → weight, L2-normalised after weighting
}

// terms returns the raw terms of a sentence: content-word stems, story
// entity ids (which make "Kim Jong-un" and "the North Korean leader" the same
// term) and quantities.
func sentenceTerms(x *nlp.Index, si int, docIndex int, ents *nlp.StoryEntities, quantities []nlp.Quantity) map[string]bool {
	d := x.Doc
	s := d.Sentences[si]
	out := map[string]bool{}
	covered := make([]bool, s.End-s.Start)
	for _, m := range x.MentionsIn(s.Start, s.End) {
		out["E:"+strconv.Itoa(ents.Lookup(docIndex, m.Entity))] = true
		for k := m.Start; k < m.End; k++ {
			covered[k-s.Start] = true
		}
	}
	for _, q := range quantities {
		// A count is a term with what it counts: "two sailors" and "two
		// people" in unrelated sentences are not alike.
		unit := cmp.Or(q.Noun, q.Unit)
		out["Q:"+unit+":"+strconv.FormatFloat(roundSig(q.Value), 'g', -1, 64)] = true
	}
	for _, t := range nlp.Tokenize(s.Text, s.Start) {
		if covered[t.Span.Start-s.Start] {
			continue
		}
		w := strings.ToLower(t.Text)
		if len(w) < 2 || nlp.IsStopword(w) {
			continue
		}
		out["W:"+nlp.Stem(w)] = true
	}
	return out
}

// roundSig rounds v to two significant digits so that near-equal quantities
// ("120.7 km", "129 km") share a term.
func roundSig(v float64) float64 {
	if v == 0 {
		return 0
	}
	mag := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-1)
	return math.Round(v/mag) * mag
}

// weigh turns each unit's term set into an L2-normalised tf-idf vector,
// with inverse document frequency counted over sentences.
func weigh(raw []map[string]bool) []map[string]float64 {
	df := map[string]int{}
	for _, r := range raw {
		for t := range r {
			df[t]++
		}
	}
	n := float64(len(raw))
	out := make([]map[string]float64, len(raw))
	for i, r := range raw {
		v := make(map[string]float64, len(r))
		var norm float64
		for t := range r {
			w := math.Log(1 + n/float64(df[t]))
			if t[0] == 'E' || t[0] == 'Q' {
				w *= 1.5 // names and numbers say more about a fact than words
			}
			v[t] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for t := range v {
			v[t] /= norm
		}
		out[i] = v
	}
	return out
}
