package brief

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// unnamedSpeaker groups the quotes whose speaker the analysis could not
// name.
const unnamedSpeaker = "Unnamed speaker"

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// quotes groups by speaker the quotes each outlet reports itself (a
// copy's carried-over sentences are its original's).
func (s *state) quotes() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		for _, q := range s.an.Articles[i].Quotes {
			if s.copied(i, q.Sentence) {
				continue
			}
			speaker := q.Speaker
			if speaker == "" {
				speaker = unnamedSpeaker
			}
			k, ok := idx[speaker]
			if !ok {
				k = len(s.b.Quotes)
				idx[speaker] = k
				s.b.Quotes = append(s.b.Quotes, SpeakerQuotes{Speaker: speaker})
			}
			kind := QuoteReported // what is not known to be verbatim is not shown as such
			if q.Kind == QuoteDirect {
				kind = QuoteDirect
			}
			s.b.Quotes[k].Quotes = append(s.b.Quotes[k].Quotes, Quote{
				Text: q.Text, Kind: kind, Cue: q.Cue, Outlet: s.outlet[i], Ref: s.ref(a.ID, q.Sentence),
				SpeakerUncertain: q.SpeakerUncertain, SpeakerEvidence: q.SpeakerEvidence,
			})
		}
	}
	// The most quoted first; quotes nobody could be named for last, however
	// many, since they say least about who said what.
	slices.SortStableFunc(s.b.Quotes, func(x, y SpeakerQuotes) int {
		return cmp.Or(cmp.Compare(boolInt(x.Speaker == unnamedSpeaker), boolInt(y.Speaker == unnamedSpeaker)), cmp.Compare(len(y.Quotes), len(x.Quotes)))
	})
}

// citations turns the attributions outlets make themselves into edges
// outlet → cited source → the cited source's own sources.
func (s *state) citations() {
	idx := make(map[[2]string]int)
	for i, a := range s.arts {
		for _, at := range s.an.Articles[i].Attributions {
			if s.copied(i, at.Sentence) {
				continue
			}
			cited := at.Cited
			if cited == "" || strings.EqualFold(cited, s.outlet[i]) {
				continue
			}
			key := [2]string{s.outlet[i], cited}
			k, ok := idx[key]
			if !ok {
				k = len(s.b.Citations)
				idx[key] = k
				s.b.Citations = append(s.b.Citations, Citation{Outlet: s.outlet[i], Cites: cited, Via: []string{}})
			}
			c := &s.b.Citations[k]
			if via := at.Via; via != "" && !slices.Contains(c.Via, via) {
				c.Via = append(c.Via, via)
			}
			c.Evidence = append(c.Evidence, s.ref(a.ID, at.Sentence))
		}
	}
}

// timeline lists by date the time expressions outlets give themselves,
// open intervals by their one end, and after them the ones that could not
// be dated, with the reason. Expressions naming the same interval in
// sentences of the same claim are one event, and so are the same
// expression for the same interval in related sentences of different
// articles ("on Tuesday or Wednesday" of the summit, in two outlets).
func (s *state) timeline() {
	idx := make(map[string]int)
	// The content words of each event's text, when it is its sentence
	// as summary read it (unlabeled leaves most as they are).
	var words [][]string
	for i, a := range s.arts {
		anchor := ""
		if !a.Published.IsZero() {
			anchor = "published"
		}
		sentences := s.an.Articles[i].Sentences
		for _, t := range s.an.Articles[i].Times {
			if s.copied(i, t.Sentence) {
				continue
			}
			text := ""
			if t.Sentence >= 0 && t.Sentence < len(sentences) {
				text = sentences[t.Sentence]
			}
			if s.read.onlyInLabel(text, t.Text) {
				continue
			}
			start, end := isoDay(t.Start), lastDay(t.End)
			if t.Open == "" && t.Unresolved == "" && end < start {
				end = start
			}
			precision := t.Granularity
			if precision == nlp.GranPart {
				precision = nlp.GranDay
			}
			group := fmt.Sprintf("%d:%d", a.ID, t.Sentence)
			if ci, ok := s.claimOf[[2]int64{a.ID, int64(t.Sentence)}]; ok {
				group = fmt.Sprintf("claim:%d", ci)
			}
			key := strings.Join([]string{start, end, t.Open, t.Unresolved, t.Basis, group}, "|")
			if t.Unresolved != "" {
				key += "|" + t.Text
			}
			if k, ok := idx[key]; ok {
				if ref := s.ref(a.ID, t.Sentence); !slices.Contains(s.b.Timeline[k].Refs, ref) {
					s.b.Timeline[k].Refs = append(s.b.Timeline[k].Refs, ref)
				}
				continue
			}
			idx[key] = len(s.b.Timeline)
			e := Event{
				Start: start, End: end, Open: t.Open, Unresolved: t.Unresolved, Precision: precision, Expression: t.Text,
				Text: s.read.unlabeled(text), Refs: []Ref{s.ref(a.ID, t.Sentence)}, Anchor: anchor, Basis: t.Basis,
			}
			if t.Unresolved != "" {
				e.Anchor = ""
			}
			s.b.Timeline = append(s.b.Timeline, e)
			words = append(words, s.wordsOfSentence(i, t.Sentence, e.Text))
		}
	}
	s.b.Timeline = mergeEvents(s.b.Timeline, words)
	// Dated entries by their first known day (an interval open before by
	// its end), undated ones last in the order of their articles.
	sortKey := func(e Event) string { return cmp.Or(e.Start, e.End) }
	slices.SortStableFunc(s.b.Timeline, func(x, y Event) int {
		return cmp.Or(cmp.Compare(boolInt(x.Unresolved != ""), boolInt(y.Unresolved != "")),
			cmp.Compare(sortKey(x), sortKey(y)), cmp.Compare(x.End, y.End))
	})
}

// isoDay formats a day, "" for the zero time (an open end).
func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// lastDay formats the last day of an interval ending (exclusive) at t, ""
// for the zero time.
func lastDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Add(-time.Nanosecond).Format("2006-01-02")
}

// mergeEvents merges events that give the same interval with the same
// expression, resolved the same way, in related sentences (tf-idf cosine
// at least lexRankThreshold, what the summariser counts as related).
//
// words, when not nil, holds the content words of each event's text
// already made (nil for one not made): a 1,000-article story's timeline
// split the same sentences as the summary at every update (0.03 s).
func mergeEvents(events []Event, words [][]string) []Event {
	vocab := newVocabulary()
	tfs := make([]map[int]int, len(events))
	for i, e := range events {
		var w []string
		if i < len(words) && words[i] != nil {
			w = words[i]
		} else {
			w = contentWords(e.Text)
		}
		tfs[i] = vocab.add(w)
	}
	vecs := make([]vector, len(events))
	for i, tf := range tfs {
		vecs[i] = vocab.tfidf(tf)
	}
	var out []Event
	var outVec []vector
	// Each expression trimmed once, not at every comparison: a day many
	// events give compares each with all merged before it.
	var outExpr []string
	// The events of out by interval and anchor, in order: an event is
	// merged only into one giving the same, the first that passes.
	type when struct{ start, end, open, unresolved, anchor, basis string }
	same := make(map[when][]int)
	for i, e := range events {
		merged := false
		w := when{e.Start, e.End, e.Open, e.Unresolved, e.Anchor, e.Basis}
		expr := strings.TrimSpace(e.Expression)
		for _, k := range same[w] {
			o := &out[k]
			if !strings.EqualFold(outExpr[k], expr) ||
				cosine(outVec[k], vecs[i]) < lexRankThreshold {
				continue
			}
			for _, r := range e.Refs {
				if !slices.Contains(o.Refs, r) {
					o.Refs = append(o.Refs, r)
				}
			}
			merged = true
			break
		}
		if !merged {
			same[w] = append(same[w], len(out))
			out = append(out, e)
			outVec = append(outVec, vecs[i])
			outExpr = append(outExpr, expr)
		}
	}
	if out == nil {
		return []Event{}
	}
	return out
}

// wordsOfSentence is the content words of sentence k of article i, as
// summary made them, when text is that sentence; nil when it is not, or
// when they were not made.
func (s *state) wordsOfSentence(i, k int, text string) []string {
	if i >= len(s.sentenceWords) || k < 0 || k >= len(s.sentenceWords[i]) || text != s.an.Articles[i].Sentences[k] {
		return nil
	}
	return s.sentenceWords[i][k]
}
