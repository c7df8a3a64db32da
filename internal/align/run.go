package align

import (
	"cmp"
	"slices"

	"crosscheck/internal/nlp"
)

// Align groups the sentences of the story's articles into claims and finds
// the conflicts between them. Claims are ordered by the number of sources
// behind them, most first, then by where they first appear.
func Align(inputs []Input, opts Options) Result {
	opts = opts.withDefaults()
	docs := make([]nlp.Doc, len(inputs))
	for i, in := range inputs {
		docs[i] = in.Doc
		if len(docs[i].Sentences) == 0 && in.Text != "" {
			docs[i] = nlp.Analyze(in.Text, in.Published)
		}
	}
	ents := nlp.LinkEntities(docs)

	var units []unit
	var raw []map[string]bool
	indexes := make([]*nlp.Index, len(docs))
	for i := range docs {
		indexes[i] = nlp.NewIndex(&docs[i])
		quantities := make([][]nlp.Quantity, len(docs[i].Sentences))
		for _, q := range docs[i].Quantities {
			if q.Sentence >= 0 && q.Sentence < len(quantities) {
				quantities[q.Sentence] = append(quantities[q.Sentence], q)
			}
		}
		for si := range docs[i].Sentences {
			units = append(units, unit{input: i, sentence: si})
			raw = append(raw, sentenceTerms(indexes[i], si, i, &ents, quantities[si]))
		}
	}
	for i, v := range weigh(raw) {
		units[i].terms = v
	}
	labels := group(units, similarPairs(units, opts.Threshold))
	attachSingletons(units, labels, opts.Threshold*attachFactor)

	roots := rootsOf(inputs)
	totalSources := countDistinct(roots)
	byLabel := map[int][]int{}
	var order []int
	for i, l := range labels {
		if _, ok := byLabel[l]; !ok {
			order = append(order, l)
		}
		byLabel[l] = append(byLabel[l], i)
	}
	res := Result{Entities: ents}
	for _, l := range order {
		members := byLabel[l]
		c := Claim{}
		srcs := map[int64]bool{}
		for _, m := range members {
			u := units[m]
			in := inputs[u.input]
			c.Sentences = append(c.Sentences, Ref{ArticleID: in.ArticleID, Outlet: in.Outlet, Sentence: u.sentence, Text: docs[u.input].Sentences[u.sentence].Text})
			if !slices.Contains(c.Outlets, in.Outlet) {
				c.Outlets = append(c.Outlets, in.Outlet)
			}
			srcs[roots[u.input]] = true
		}
		c.Sources = len(srcs)
		switch {
		case c.Sources == 1:
			c.Status = StatusOne
		case c.Sources == totalSources:
			c.Status = StatusAll
		default:
			c.Status = StatusSome
		}
		c.Text = c.Sentences[centroid(units, members)].Text
		c.Subjects = subjects(units, members, indexes, &ents)
		res.Claims = append(res.Claims, c)
	}
	slices.SortStableFunc(res.Claims, func(a, b Claim) int { return cmp.Compare(b.Sources, a.Sources) })
	for i := range res.Claims {
		res.Claims[i].ID = i
	}
	res.Conflicts = findConflicts(res.Claims, inputs, indexes, &ents, roots, opts)
	return res
}

// attachFactor scales the threshold for attaching a lone sentence to a
// group by average similarity.
const attachFactor = 0.6

// rootsOf returns, for each input, the ArticleID of the original it copies
// (itself if it is an original).
func rootsOf(inputs []Input) []int64 {
	parent := map[int64]int64{}
	for _, in := range inputs {
		if in.DuplicateOf != 0 && in.DuplicateOf != in.ArticleID {
			parent[in.ArticleID] = in.DuplicateOf
		}
	}
	out := make([]int64, len(inputs))
	for i, in := range inputs {
		id := in.ArticleID
		for range len(parent) { // bounded: a cycle of copies cannot loop forever
			p, ok := parent[id]
			if !ok {
				break
			}
			id = p
		}
		out[i] = id
	}
	return out
}

func countDistinct(ids []int64) int {
	m := map[int64]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return len(m)
}

// centroid returns the position in members of the unit most similar to the
// others.
func centroid(units []unit, members []int) int {
	best, bestSim := 0, -1.0
	for i, a := range members {
		var s float64
		for _, b := range members {
			if a != b {
				s += dot(units[a].terms, units[b].terms)
			}
		}
		if s > bestSim {
			best, bestSim = i, s
		}
	}
	return best
}

func dot(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s float64
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

// subjects returns the names of the story entities mentioned in at least
// half of the claim's sentences (all of them for a single sentence).
func subjects(units []unit, members []int, indexes []*nlp.Index, ents *nlp.StoryEntities) []string {
	count := map[int]int{}
	var order []int
	for _, m := range members {
		u := units[m]
		s := indexes[u.input].Sentences[u.sentence]
		seen := map[int]bool{}
		for _, mr := range indexes[u.input].MentionsIn(s.Start, s.End) {
			id := ents.Lookup(u.input, mr.Entity)
			if id >= 0 && !seen[id] {
				seen[id] = true
				if count[id] == 0 {
					order = append(order, id)
				}
				count[id]++
			}
		}
	}
	var out []string
	for _, id := range order {
		if 2*count[id] >= len(members) {
			out = append(out, ents.Entities[id].Name)
		}
	}
	return out
}
