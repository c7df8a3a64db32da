package cluster

import (
	"math"
	"slices"

	"crosscheck/internal/eval"
)

// The two baselines below are what a story clusterer should beat: plain
// TF-IDF vectors (title and text, stop words out, plurals folded; no name,
// title or lead weights, no dates, no years), with document frequencies
// taken over the whole set, which a stream could not know.

// tfidfVectors returns each doc's unit-length TF-IDF vector, tf as
// 1+ln(count) and idf as ln(N/df), sorted by term.
func tfidfVectors(docs []eval.EventDoc) [][]termWeight {
	ids := make(map[string]uint32)
	var df []int
	counts := make([]map[uint32]int, len(docs))
	for i, d := range docs {
		counts[i] = make(map[uint32]int)
		for _, w := range words(d.Title + "\n" + d.Text) {
			id, ok := ids[w.text]
			if !ok {
				id = uint32(len(df))
				ids[w.text] = id
				df = append(df, 0)
			}
			if counts[i][id] == 0 {
				df[id]++
			}
			counts[i][id]++
		}
	}
	n := float64(len(docs))
	out := make([][]termWeight, len(docs))
	for i, c := range counts {
		v := make([]termWeight, 0, len(c))
		for id, k := range c {
			v = append(v, termWeight{id, float32((1 + math.Log(float64(k))) * math.Log(n/float64(df[id])))})
		}
		sortByTerm(v)
		scale(v, norm(v))
		out[i] = v
	}
	return out
}

func scale(v []termWeight, n float64) {
	if n == 0 {
		return
	}
	for i := range v {
		v[i].w = float32(float64(v[i].w) / n)
	}
}

// SinglePassTFIDF clusters docs in the arrival order Evaluate uses for
// seed: each article joins the story whose centroid (the sum of its
// articles' vectors) is most cosine-similar, if at least threshold, or
// opens a story. It returns a story number per doc.
func SinglePassTFIDF(docs []eval.EventDoc, threshold float64, seed uint64) []int {
	vecs := tfidfVectors(docs)
	var centroids [][]termWeight
	var norms []float64
	out := make([]int, len(docs))
	for _, i := range arrivalOrder(docs, seed) {
		best, bestSim := -1, threshold
		for s, c := range centroids {
			if sim := cosine(vecs[i], 1, c, norms[s]); sim >= bestSim {
				if sim > bestSim || best < 0 {
					best, bestSim = s, sim
				}
			}
		}
		if best < 0 {
			centroids = append(centroids, slices.Clone(vecs[i]))
			norms = append(norms, 1)
			out[i] = len(centroids) - 1
			continue
		}
		centroids[best] = addVectors(centroids[best], vecs[i])
		norms[best] = norm(centroids[best])
		out[i] = best
	}
	return out
}

// AverageLink is the dendrogram of average-link agglomerative clustering
// of docs' TF-IDF vectors by cosine: cut it at a threshold with Cut. The
// merges do not depend on the threshold or the order, so one dendrogram
// serves every threshold.
type AverageLink struct {
	n int
	// merges in the order made, with their average similarity, which
	// never rises from one merge to the next.
	merges []linkMerge
}

type linkMerge struct {
	a, b int
	sim  float64
}

// NewAverageLink builds the dendrogram, merging down to similarity floor.
// It takes O(n²) memory and O(n³) time in the worst case, which is fine for
// evaluation sets of a few thousand articles.
func NewAverageLink(docs []eval.EventDoc, floor float64) *AverageLink {
	vecs := tfidfVectors(docs)
	n := len(docs)
	// sum[a][b] is the sum of the pairwise similarities between the
	// members of clusters a and b.
	sum := make([][]float64, n)
	for a := range sum {
		sum[a] = make([]float64, n)
	}
	for a := range n {
		for b := a + 1; b < n; b++ {
			s := cosine(vecs[a], 1, vecs[b], 1)
			sum[a][b], sum[b][a] = s, s
		}
	}
	size := make([]int, n)
	alive := make([]bool, n)
	for i := range n {
		size[i], alive[i] = 1, true
	}
	al := &AverageLink{n: n}
	for {
		ba, bb, best := -1, -1, floor
		for a := range n {
			if !alive[a] {
				continue
			}
			for b := a + 1; b < n; b++ {
				if !alive[b] {
					continue
				}
				if avg := sum[a][b] / float64(size[a]*size[b]); avg > best {
					ba, bb, best = a, b, avg
				}
			}
		}
		if ba < 0 {
			return al
		}
		al.merges = append(al.merges, linkMerge{ba, bb, best})
		for c := range n {
			if alive[c] && c != ba && c != bb {
				sum[ba][c] += sum[bb][c]
				sum[c][ba] = sum[ba][c]
			}
		}
		size[ba] += size[bb]
		alive[bb] = false
	}
}

// Cut returns a story number per doc: the clusters formed by the merges
// at or above threshold.
func (al *AverageLink) Cut(threshold float64) []int {
	parent := make([]int, al.n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for _, m := range al.merges {
		if m.sim < threshold {
			break
		}
		parent[find(m.b)] = find(m.a)
	}
	out := make([]int, al.n)
	for i := range out {
		out[i] = find(i)
	}
	return out
}
