package brief

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Document is one article as the summarisers see it: its body sentences in
// order, and for each sentence how many outlets report what it says.
type Document struct {
	Published time.Time
	Sentences []string
	// Support[i] is the number of outlets that report sentence i, its own
	// included; nil or zero entries count as 1.
	Support []int
	// Claim[i] identifies what sentence i states, across documents:
	// sentences with the same non-negative Claim say the same thing, so a
	// summary needs only one of them. Nil or negative means unknown.
	Claim []int
	// Skip[i] marks a sentence that is never picked: one that credits a
	// source or staff rather than saying anything of the story, or one
	// the text stops inside.
	Skip []bool
}

// Pick is one chosen sentence: Sentences[Sentence] of docs[Doc].
type Pick struct {
	Doc      int
	Sentence int
}

// Summarizer picks sentences of docs whose words add up to at most words,
// in reading order.
type Summarizer func(docs []Document, words int) []Pick

// Parameters of Summarize, chosen a priori (LexRank's published defaults,
// MMR's usual trade-off), not fitted to the evaluation sets.
const (
	lexRankThreshold = 0.1  // Erkan & Radev 2004 found 0.1 best for continuous LexRank
	lexRankDamping   = 0.15 // probability of a random jump
	mmrLambda        = 0.7  // weight of relevance against novelty
	redundantAbove   = 0.5  // cosine above which a sentence repeats a picked one
	minWords         = 6    // shorter sentences are captions, bylines, fragments
	maxWords         = 60   // longer ones are run-on chrome or lists

	// graphBudget bounds the sentences in the LexRank graph, whose cost is
	// quadratic: a large story keeps each article's leading sentences,
	// where news puts what matters, and at least minLead of each.
	graphBudget = 1500
	minLead     = 5
)

// Summarize is the briefing's summariser: sentences are ranked by
// cross-document centrality (continuous LexRank, Erkan & Radev 2004,
// "LexRank: Graph-based Lexical Centrality as Salience in Text
// Summarization", JAIR 22), boosted when more outlets report them and when
// they come early in their article, then picked greedily by Maximal
// Marginal Relevance (Carbonell & Goldstein 1998, "The Use of MMR,
// Diversity-Based Reranking for Reordering Documents and Producing
// Summaries", SIGIR) so that each pick adds something new.
func Summarize(docs []Document, words int) []Pick {
	return summarize(docs, words, nil, nil)
}

// summarize is Summarize given the content words of the documents'
// sentences (content[d][i] contentWords of docs[d].Sentences[i]; nil:
// read from the sentences) and the readings of their texts (nil: read
// afresh).
func summarize(docs []Document, words int, content [][][]string, read *readings) []Pick {
	c := newCorpus(leads(docs, graphBudget), content, read)
	if len(c.sents) == 0 {
		return nil
	}
	rank := c.lexRank()
	c.confirmSupport()
	maxSupport := 1
	for _, s := range c.sents {
		maxSupport = max(maxSupport, s.support)
	}
	rel := make([]float64, len(c.sents))
	var top float64
	for i, s := range c.sents {
		// Support and position multiply centrality rather than add to it:
		// an off-topic sentence stays off-topic however early it is.
		supportBoost := 1 + float64(s.support-1)/float64(maxSupport)
		positionBoost := 1 + 1/float64(2+s.index)
		rel[i] = rank[i] * supportBoost * positionBoost
		top = max(top, rel[i])
	}
	for i := range rel {
		rel[i] /= top
	}
	return c.order(c.pickMMR(rel, words))
}

// confirmSupport caps each sentence's outlet support by the number of
// documents that hold a sentence of its claim related to it (cosine at
// least lexRankThreshold, the similarity LexRank counts as an edge): a
// claim that groups sentences sharing no words confirms nothing about
// this one.
func (c *corpus) confirmSupport() {
	byClaim := make(map[int][]int)
	for i, s := range c.sents {
		if s.claim >= 0 {
			byClaim[s.claim] = append(byClaim[s.claim], i)
		}
	}
	for i := range c.sents {
		s := &c.sents[i]
		if s.claim < 0 {
			continue
		}
		docs := map[int]bool{s.doc: true}
		for _, j := range byClaim[s.claim] {
			if o := c.sents[j]; !docs[o.doc] && cosine(s.vec, o.vec) >= lexRankThreshold {
				docs[o.doc] = true
			}
		}
		s.support = min(s.support, len(docs))
	}
}

// leads cuts every document to its first sentences so that all of them
// together stay within budget (but keep at least minLead each). Indexes
// stay valid: only tails are cut.
func leads(docs []Document, budget int) []Document {
	total := 0
	for _, d := range docs {
		total += len(d.Sentences)
	}
	if total <= budget {
		return docs
	}
	keep := max(minLead, budget/len(docs))
	out := make([]Document, len(docs))
	for i, d := range docs {
		out[i] = d
		if len(d.Sentences) > keep {
			out[i].Sentences = d.Sentences[:keep]
		}
		if len(d.Support) > keep {
			out[i].Support = d.Support[:keep]
		}
		if len(d.Claim) > keep {
			out[i].Claim = d.Claim[:keep]
		}
	}
	return out
}

// sentence is one candidate with its vector.
type sentence struct {
	doc, index int
	words      int
	support    int
	claim      int // -1 when unknown
	vec        vector
	eligible   bool
}

type corpus struct {
	docs  []Document
	sents []sentence
	vocab *vocabulary
}

// newCorpus makes the corpus of docs, whose sentences' content words
// content gives (content[d][i] for docs[d].Sentences[i], or longer: a
// lead's sentences are the first of its document's), or nil, and the
// readings of their texts in read (nil: read afresh).
func newCorpus(docs []Document, content [][][]string, read *readings) *corpus {
	c := &corpus{docs: docs, vocab: newVocabulary()}
	var words [][]string
	for d, doc := range docs {
		for i, text := range doc.Sentences {
			tr := read.of(text)
			n := tr.words
			support := 1
			if i < len(doc.Support) && doc.Support[i] > 1 {
				support = doc.Support[i]
			}
			claim := -1
			if i < len(doc.Claim) && doc.Claim[i] >= 0 {
				claim = doc.Claim[i]
			}
			skip := i < len(doc.Skip) && doc.Skip[i]
			c.sents = append(c.sents, sentence{
				doc: d, index: i, words: n, support: support, claim: claim,
				eligible: n >= minWords && n <= maxWords && tr.alone && !skip,
			})
			var w []string
			if content != nil {
				w = content[d][i]
			} else {
				w = contentWords(text)
			}
			c.vocab.count(w)
			words = append(words, w)
		}
	}
	for i := range c.sents {
		c.sents[i].vec = c.vocab.vectorOf(words[i])
	}
	return c
}

// standsAlone tells whether text reads as a statement out of context: it
// ends like a sentence of running prose (headlines, captions, menu items
// and questions do not) and is not a bare quotation or the continuation of
// one, whose speaker a summary would lose (quotation marks that do not
// pair up give the fragment away).
func standsAlone(text string) bool {
	text = strings.TrimSpace(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	first, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune(".!\"”’'。！」』»“", last) &&
		!strings.ContainsRune("\"“‘'「『«„", first) && !unicode.IsLower(first) &&
		strings.Count(text, "“") == strings.Count(text, "”")+strings.Count(text, "„") && strings.Count(text, `"`)%2 == 0 &&
		strings.Count(text, "「") == strings.Count(text, "」") && strings.Count(text, "«") == strings.Count(text, "»")
}

// lexRank returns each sentence's stationary probability in the graph whose
// edges are cosine similarities of at least lexRankThreshold.
func (c *corpus) lexRank() []float64 {
	n := len(c.sents)
	adj := c.similar()
	outSum := make([]float64, n)
	for i, es := range adj {
		for _, e := range es {
			outSum[i] += e.w
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		// A sentence with no neighbour spreads its mass evenly, like a
		// dangling page in PageRank.
		var dangling float64
		for i := range p {
			if outSum[i] == 0 {
				dangling += p[i]
			}
		}
		base := lexRankDamping/float64(n) + (1-lexRankDamping)*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for i, es := range adj {
			if outSum[i] == 0 {
				continue
			}
			share := (1 - lexRankDamping) * p[i] / outSum[i]
			for _, e := range es {
				next[e.to] += share * e.w
			}
		}
		var diff float64
		for i := range p {
			diff += math.Abs(next[i] - p[i])
		}
		p, next = next, p
		if diff < 1e-9 {
			break
		}
	}
	return p
}

// edge is a link of the sentence graph: the sentence it leads to and
// their cosine.
type edge struct {
	to int
	w  float64
}

// similar returns the sentence graph: for each sentence, its edges to the
// sentences of cosine at least lexRankThreshold, in the order of the
// sentences.
//
// Sentences sharing no term have a cosine of 0, below the threshold: only
// those met on an inverted index are compared, and each pair's dot product
// is summed on the index, term by term in ascending order, as vector.dot
// sums it, so the cosines are dot's to the last bit (TestSimilarIsPairwise)
// without walking the terms the two do not share.
func (c *corpus) similar() [][]edge {
	n := len(c.sents)
	adj := make([][]edge, n)
	type posting struct {
		sent int
		w    float64
	}
	postings := make([][]posting, len(c.vocab.df))
	for i, st := range c.sents {
		for k, t := range st.vec.terms {
			postings[t] = append(postings[t], posting{i, st.vec.weights[k]})
		}
	}
	// next[t] is the place in postings[t] of the sentence being read:
	// the sentences are read in order, so the ones before it are passed.
	next := make([]int, len(postings))
	dot := make([]float64, n)
	met := make([]bool, n)
	var near []int
	for i := range c.sents {
		for _, j := range near {
			met[j], dot[j] = false, 0
		}
		near = near[:0]
		v := c.sents[i].vec
		for k, t := range v.terms {
			next[t]++
			for _, p := range postings[t][next[t]:] {
				if !met[p.sent] {
					met[p.sent] = true
					near = append(near, p.sent)
				}
				dot[p.sent] += v.weights[k] * p.w
			}
		}
		slices.Sort(near)
		for _, j := range near {
			w := c.sents[j].vec
			s := dot[j] / (v.norm * w.norm)
			if s < lexRankThreshold {
				continue
			}
			adj[i] = append(adj[i], edge{j, s})
			adj[j] = append(adj[j], edge{i, s})
		}
	}
	return adj
}

// pickMMR greedily picks eligible sentences by λ·relevance − (1−λ)·(highest
// similarity to a picked sentence) while they fit the word budget.
func (c *corpus) pickMMR(rel []float64, words int) []int {
	var picked []int
	maxSim := make([]float64, len(c.sents))
	used := make([]bool, len(c.sents))
	left := words
	for {
		best, bestScore := -1, math.Inf(-1)
		for i, s := range c.sents {
			if used[i] || !s.eligible || s.words > left || maxSim[i] > redundantAbove || c.claimTaken(picked, i) {
				continue
			}
			score := mmrLambda*rel[i] - (1-mmrLambda)*maxSim[i]
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			return picked
		}
		used[best] = true
		picked = append(picked, best)
		left -= c.sents[best].words
		for i := range c.sents {
			if !used[i] {
				maxSim[i] = max(maxSim[i], cosine(c.sents[i].vec, c.sents[best].vec))
			}
		}
	}
}

// claimTaken tells whether a picked sentence states the same claim as
// sentence i.
func (c *corpus) claimTaken(picked []int, i int) bool {
	if c.sents[i].claim < 0 {
		return false
	}
	for _, j := range picked {
		if c.sents[j].claim == c.sents[i].claim {
			return true
		}
	}
	return false
}

// order turns picked sentence positions into Picks in reading order: a
// sentence early in its article introduces, a late one details, so position
// comes first; among equal positions the older article comes first.
func (c *corpus) order(picked []int) []Pick {
	sort.SliceStable(picked, func(a, b int) bool {
		sa, sb := c.sents[picked[a]], c.sents[picked[b]]
		if sa.index != sb.index {
			return sa.index < sb.index
		}
		ta, tb := c.docs[sa.doc].Published, c.docs[sb.doc].Published
		if !ta.Equal(tb) && !ta.IsZero() && !tb.IsZero() {
			return ta.Before(tb)
		}
		return sa.doc < sb.doc
	})
	out := make([]Pick, len(picked))
	for i, k := range picked {
		out[i] = Pick{Doc: c.sents[k].doc, Sentence: c.sents[k].index}
	}
	return out
}
