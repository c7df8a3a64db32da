package align

import "crosscheck/internal/nlp"

// Besides its sketch (sketch.go), each unit reads of its article alone
// where and when what it states is placed: the names after a locative
// preposition (wheresIn), its transfer words and the names around them
// (transferSitesIn) and its times (whensIn, yearsIn, spansIn). These
// were read again for every article at every alignment (wordBefore
// alone was 0.02 s of each update of a 1,000-article story), though only
// the story's naming of the entities (wheresOf, transfersOf) can change
// while the article does not. So they are held with the Kept
// (Kept.places) by the article's id and its analysis's sum (analysisSum:
// text, sentences, times as resolved, entities and their mentions), and
// an alignment reads only the articles whose sums moved.
//
// Held in the process only, as the conflict scans are: a Kept decoded
// from its bytes has none, and its first alignment reads every article.

// articlePlaces is what the units of one article read of it alone, in
// the order of its sketches.
type articlePlaces struct {
	// sum is the analysisSum of the article read.
	sum   uint64
	units []unitPlaces
}

// unitPlaces is what one unit reads of its article alone: the entities
// of wheresIn, the transfer sites of a whole sentence with a transfer
// word (sketch.transferWord), and its times.
type unitPlaces struct {
	wheres       []int
	transfers    []transferSite
	whens, spans []string
	years        []nlp.TimeExpr
}

// readPlaces reads what the units of article x, sketched as sk, read of
// it alone.
func readPlaces(x *nlp.Index, sk []sketch, sum uint64) *articlePlaces {
	d := x.Doc
	times := make([][]nlp.TimeExpr, len(d.Sentences))
	for _, t := range d.Times {
		if t.Sentence >= 0 && t.Sentence < len(times) {
			times[t.Sentence] = append(times[t.Sentence], t)
		}
	}
	p := &articlePlaces{sum: sum, units: make([]unitPlaces, len(sk))}
	for n, k := range sk {
		ts := times[k.sentence]
		p.units[n] = unitPlaces{wheres: wheresIn(x, k.clause), whens: whensIn(ts, k.clause), years: yearsIn(ts, k.clause), spans: spansIn(ts, k.clause)}
		if k.transferWord {
			p.units[n].transfers = transferSitesIn(x, k.clause.Span)
		}
	}
	return p
}

// placesOf returns the places of article i (inputs[i], sketched as sk):
// those held when its analysis is the one read, read afresh otherwise.
func placesOf(held map[int64]*articlePlaces, in Input, x *nlp.Index, sk []sketch, sum uint64) *articlePlaces {
	if p, ok := held[in.ArticleID]; ok && p.sum == sum && len(p.units) == len(sk) {
		return p
	}
	return readPlaces(x, sk, sum)
}
