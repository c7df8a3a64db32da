package brief

import (
	"context"

	"crosscheck/internal/article"
)

// Documents prepares articles for Summarize the way Build does: sentences,
// and which sentences state the same claim and how many outlets report it.
// Copies should be left out by the caller.
func Documents(ctx context.Context, articles []article.Article) ([]Document, error) {
	arts, err := numbered(articles)
	if err != nil {
		return nil, err
	}
	s := newState(Story{}, arts, nil, nil)
	an, err := s.analyze(ctx)
	if err != nil {
		return nil, err
	}
	s.setAnalysis(an)
	s.facts()
	docs, _ := s.documents()
	return docs, nil
}

// documents returns the original articles as summariser input, each
// sentence with the number of outlets that report its claim, and the index
// of each document's article.
func (s *state) documents() ([]Document, []int) {
	var docs []Document
	var docArt []int
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		d := Document{Published: a.Published, Skip: make([]bool, len(s.an.Articles[i].Sentences))}
		for _, k := range s.an.Articles[i].Credits {
			d.Skip[k] = true
		}
		for _, k := range s.an.Articles[i].Cut {
			d.Skip[k] = true
		}
		for si, sent := range s.an.Articles[i].Sentences {
			d.Sentences = append(d.Sentences, sent)
			support, claim := 1, -1
			// Only a claim the whole sentence states lends it support or
			// makes it repeat another: a sentence that shares one clause
			// with a widely reported one says more than that clause.
			if ci, ok := s.wholeClaimOf[[2]int64{a.ID, int64(si)}]; ok {
				support, claim = s.support[ci], ci
			}
			// A sentence shown beside a fact in another language says
			// what the fact says, as far as one can tell: one of them
			// is enough for a summary.
			if claim >= 0 {
				claim = s.sameClaim(claim)
			}
			d.Support = append(d.Support, support)
			d.Claim = append(d.Claim, claim)
		}
		docs = append(docs, d)
		docArt = append(docArt, i)
	}
	return docs, docArt
}

// summary summarises the original articles and cites for every picked
// sentence itself and the other members of its claim.
//
// A claim member is cited only when it states what the summary sentence
// states (citeIndex.statesSame): alignment may group sentences that share
// less.
func (s *state) summary() {
	docs, docArt := s.documents()
	// Every sentence's content words, made once for the summary and
	// the citation check, which read the same sentences.
	sentences := make([][]string, len(s.an.Articles))
	ids := make([]int64, len(s.an.Articles))
	for k, aa := range s.an.Articles {
		sentences[k] = aa.Sentences
		ids[k] = s.arts[k].ID
	}
	words := wordsOf(s.words, ids, sentences)
	s.sentenceWords = words
	content := make([][][]string, len(docs))
	for d, i := range docArt {
		content[d] = words[i]
	}
	var cites *citeIndex
	for _, p := range summarize(docs, SummaryWords, content, s.read) {
		i := docArt[p.Doc]
		a := s.arts[i]
		ss := SummarySentence{Text: s.read.unlabeled(docs[p.Doc].Sentences[p.Sentence]), Refs: []Ref{s.ref(a.ID, p.Sentence)}}
		if ci, ok := s.claimOf[[2]int64{a.ID, int64(p.Sentence)}]; ok {
			if cites == nil {
				cites = newCiteIndexOf(sentences, words)
			}
			for _, r := range s.an.Claims[ci].Sentences {
				j, ok := s.byID[r.ArticleID]
				if !ok || r.ArticleID == a.ID && r.Sentence == p.Sentence || !cites.statesSame(i, p.Sentence, j, r.Sentence) {
					continue
				}
				ss.Refs = append(ss.Refs, s.ref(r.ArticleID, r.Sentence))
			}
		}
		s.b.Summary = append(s.b.Summary, ss)
	}
}
