package align

import (
	"strings"
	"unicode"

	"crosscheck/internal/nlp"
)

// Three scans of findConflicts read every article of the story at every
// alignment but read nothing of the story: the times of day of each
// sentence (clockTimes), the happening nouns of an article's first lines
// (storyHappening) and, given the story's noun, which of an article's
// time values date it (dayHappening). An update would read them all
// again for the one article that joined. So each article's scan is held
// with the kept values (keptConflicts.scans) by its analysis's sum
// (analysisSum: text, sentences, times, entities), and the days also by
// the sum of what its values are read from (valuesSum, which holds the
// publication time dayHappening reads) and the noun. A scan is taken
// only when its sums (and noun) are this alignment's; nothing the
// caller says decides it.
//
// Scans are held in the process only, not encoded: a Kept decoded from
// its bytes has none, and its first alignment scans every article, as a
// build without Kept does.

// articleScan is what findConflicts reads of one article alone.
type articleScan struct {
	// sum is the analysisSum of the article scanned.
	sum uint64
	// clocks are its sentences giving one time of day, each with it
	// (the time's text left out: taken from the article's text when
	// read, so that a held scan holds no text).
	clocks []sentenceClock
	// happenings are the concepts of the happening nouns of its first
	// lines, each once, in the order met.
	happenings []string
	// dated are those of its values, by their place among them, that
	// date the happening noun; read for values whose valuesSum is
	// values (datedRead false: not read yet).
	values    uint64
	noun      string
	dated     []datedValue
	datedRead bool
	// persons are those of its values that date a verb befalling a
	// named subject once (personVerbs), read for values whose
	// valuesSum is personValues (personsRead false: not read yet).
	personValues uint64
	persons      []personVerb
	personsRead  bool
}

// sentenceClock is the one time of day of a sentence.
type sentenceClock struct {
	sentence int
	clock    clockTime
}

// datedValue is a value of an article (its place among the article's
// values) dating the story's happening.
type datedValue struct {
	at int
	h  happening
}

// scanArticle reads what findConflicts reads of article x alone.
func scanArticle(x *nlp.Index, sum uint64) *articleScan {
	s := &articleScan{sum: sum}
	for si, sen := range x.Sentences {
		if !strings.ContainsFunc(x.Text[sen.Start:sen.End], unicode.IsDigit) {
			continue
		}
		if cs := clockTimes(x.Text, sen); len(cs) == 1 {
			c := cs[0]
			c.text = ""
			s.clocks = append(s.clocks, sentenceClock{si, c})
		}
	}
	seen := map[string]bool{}
	for si, sen := range x.Sentences {
		if si >= storyLines {
			break
		}
		for _, t := range nlp.Tokenize(x.Text[sen.Start:sen.End], sen.Start) {
			w := strings.ToLower(t.Text)
			if dayHappenings.Has(w) && !seen[concept(w)] {
				seen[concept(w)] = true
				s.happenings = append(s.happenings, concept(w))
			}
		}
	}
	return s
}

// scans returns each input's scan: held by m.old when the article's
// analysis is the one scanned, read afresh otherwise; and holds them for
// the next alignment. A nil memo reads all and holds nothing. It comes
// after values, whose sums it reads.
func (m *conflictMemo) scans(inputs []Input, indexes []*nlp.Index) []*articleScan {
	out := make([]*articleScan, len(indexes))
	if m == nil {
		for i, x := range indexes {
			out[i] = scanArticle(x, 0)
		}
		return out
	}
	var old map[int64]*articleScan
	if m.old != nil {
		old = m.old.scans
	}
	m.next.scans = make(map[int64]*articleScan, len(indexes))
	for i, x := range indexes {
		sum := m.analysis.of(i)
		s, ok := old[inputs[i].ArticleID]
		if !ok || s.sum != sum {
			s = scanArticle(x, sum)
		}
		out[i] = s
		m.next.scans[inputs[i].ArticleID] = s
	}
	return out
}

// datedOf returns which of input i's values (vals, in order) date the
// story's happening noun: held by its scan when its values and noun are
// these, read afresh otherwise (and held in a copy of the scan: a scan
// held is never changed, since a Kept may be given to several
// alignments). A nil memo reads and holds nothing.
func (m *conflictMemo) datedOf(i int, scan *articleScan, noun string, vals []value, x *nlp.Index, in Input) []datedValue {
	if m != nil && scan.datedRead && scan.values == m.sums[i] && scan.noun == noun {
		return scan.dated
	}
	var dated []datedValue
	for k := range vals {
		if c, w := dayHappening(x, &vals[k], noun, in.Published); c != "" {
			dated = append(dated, datedValue{k, happening{concept: c, written: w}})
		}
	}
	if m != nil {
		held := *scan
		held.values, held.noun, held.dated, held.datedRead = m.sums[i], noun, dated, true
		m.next.scans[in.ArticleID] = &held
	}
	return dated
}

// personVerbsOf returns j.personVerbs of input i's values (vals, in
// order): held by its scan when its values are these, read afresh
// otherwise (and held in a copy of the scan this alignment holds: a scan
// held is never changed). A nil memo reads and holds nothing.
func (m *conflictMemo) personVerbsOf(j *judge, i int, scan *articleScan, vals []value) []personVerb {
	if m != nil && scan.personsRead && scan.personValues == m.sums[i] {
		return scan.persons
	}
	persons := j.personVerbs(vals)
	if m != nil {
		id := j.inputs[i].ArticleID
		held := *m.next.scans[id]
		held.personValues, held.persons, held.personsRead = m.sums[i], persons, true
		m.next.scans[id] = &held
	}
	return persons
}
