package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// eventClauseOpeners open a clause telling what happened on the day just
// named; citedReportOpeners cite a report already made.
var (
	eventClauseOpeners = en.Set(lang.EventClauseOpeners)
	citedReportOpeners = en.Keys(lang.CitedReportOpeners)
)

// ownVerbWords is how many words before a day are read for a verb of
// its own.
const ownVerbWords = 3

// eventClauseTense reads the tense of a clause that opens right after
// the expression and tells what happened on it: in "turns out to be
// regretful in Amritsar on Friday evening when a speeding train ran over
// hundreds" the train ran over them on Friday evening, so Friday evening
// is past, whatever the clause before the day says. It reports false
// when no such clause follows or its words mark no tense.
//
// A verb right before the day is the day's own ("before the convention
// opens Monday when bangs started ringing"): the "when" clause then hangs
// on the clause before, and tells nothing of the day.
func eventClauseTense(d *Doc, s Sentence, start, end int) (clauseTense, bool) {
	if end >= s.End {
		return clauseTense{}, false
	}
	from := max(s.Start, start-tenseBytes)
	before := Tokenize(d.Text[from:start], from)
	for i := len(before) - 1; i >= 0 && i >= len(before)-ownVerbWords; i-- {
		if !isWordToken(before[i].Text) {
			break
		}
		if _, ok := tenseAt(before, i); ok {
			return clauseTense{}, false
		}
	}
	after := Tokenize(d.Text[end:min(s.End, end+tenseBytes)], end)
	if len(after) < 2 || !eventClauseOpeners[strings.ToLower(after[0].Text)] {
		return clauseTense{}, false
	}
	for i := 1; i < len(after) && i <= tenseWindow; i++ {
		if !isWordToken(after[i].Text) {
			break // the clause ends at its first mark: "when, asked …"
		}
		if future, ok := tenseAt(after, i); ok {
			return clauseTense{future: future, known: true}, true
		}
	}
	return clauseTense{}, false
}

// citedReportBefore reports whether the words right before start cite a
// report ("according to a Thursday estimate"): a report cited is made,
// so its day is past.
func citedReportBefore(text string, s Sentence, start int) bool {
	before := strings.ToLower(strings.TrimRight(text[s.Start:start], " "))
	for _, o := range citedReportOpeners {
		if strings.HasSuffix(before, o) {
			i := len(before) - len(o)
			if i == 0 || !isLetterByte(before[i-1]) {
				return true
			}
		}
	}
	return false
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
