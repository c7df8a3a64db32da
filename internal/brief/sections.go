package brief

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// quotes groups the quotes of original articles by speaker.
func (s *state) quotes() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		for _, q := range s.an.Articles[i].Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "Unnamed speaker"
			}
			k, ok := idx[speaker]
			if !ok {
				k = len(s.b.Quotes)
				idx[speaker] = k
				s.b.Quotes = append(s.b.Quotes, SpeakerQuotes{Speaker: speaker})
			}
			s.b.Quotes[k].Quotes = append(s.b.Quotes[k].Quotes, Quote{
				Text: q.Text, Cue: q.Cue, Outlet: s.outlet[i], Ref: s.ref(a.ID, q.Sentence),
			})
		}
	}
	slices.SortStableFunc(s.b.Quotes, func(x, y SpeakerQuotes) int { return cmp.Compare(len(y.Quotes), len(x.Quotes)) })
}

// citations turns the attributions of original articles into edges
// outlet → cited source → the cited source's own sources.
func (s *state) citations() {
	idx := make(map[[2]string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		for _, at := range s.an.Articles[i].Attributions {
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

// timeline lists the resolved time expressions of original articles by
// date; expressions naming the same interval in sentences of the same
// claim are one event.
func (s *state) timeline() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		if s.isCopy(i) {
			continue
		}
		anchor := "published"
		if a.Published.IsZero() {
			anchor = "story"
		}
		sentences := s.an.Articles[i].Sentences
		for _, t := range s.an.Articles[i].Times {
			start := t.Start.Format("2006-01-02")
			end := start
			if t.End.After(t.Start) {
				end = t.End.Add(-time.Nanosecond).Format("2006-01-02")
			}
			precision := t.Granularity
			if precision == nlp.GranPart {
				precision = nlp.GranDay
			}
			text := ""
			if t.Sentence >= 0 && t.Sentence < len(sentences) {
				text = sentences[t.Sentence]
			}
			group := fmt.Sprintf("%d:%d", a.ID, t.Sentence)
			if ci, ok := s.claimOf[[2]int64{a.ID, int64(t.Sentence)}]; ok {
				group = fmt.Sprintf("claim:%d", ci)
			}
			key := start + "|" + end + "|" + group
			if k, ok := idx[key]; ok {
				s.b.Timeline[k].Refs = append(s.b.Timeline[k].Refs, s.ref(a.ID, t.Sentence))
				continue
			}
			idx[key] = len(s.b.Timeline)
			s.b.Timeline = append(s.b.Timeline, Event{
				Start: start, End: end, Precision: precision, Expression: t.Text,
				Text: text, Refs: []Ref{s.ref(a.ID, t.Sentence)}, Anchor: anchor,
			})
		}
	}
	slices.SortStableFunc(s.b.Timeline, func(x, y Event) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
}
