package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// "From" opens a range ("from 2012 to 2015"); with nothing after the
// time to close it, the range runs on: "their relationship from 2012"
// is from 2012 on, as "since 2012" is. After a noun of a record, "from"
// tells when the record was made ("a photo from 2012", "figures from
// 2012 show") and bounds nothing.
var (
	openFromWords = en.Set(lang.OpenIntervalFrom)
	openFromClose = en.Set(lang.OpenFromClosers)
	openFromJoin  = en.Set(lang.OpenFromJoiners)
	openFromRun   = en.Set(lang.OpenFromRunners)
	recordNouns   = en.Set(lang.RecordNounsBeforeFrom)
)

// openFrom returns where the "from" that opens the time at [start, end)
// starts: the expression's own first word or the word right before it;
// -1 if no such "from" opens it.
func openFrom(text string, start, end int, expr string) int {
	at := -1
	if first, rest, ok := strings.Cut(expr, " "); ok && openFromWords.Has(strings.ToLower(first)) {
		// "from January to March 2009": the range is read whole.
		if closesRange(rest) {
			return -1
		}
		at = start
	} else {
		toks := Tokenize(text[max(0, start-30):start], max(0, start-30))
		if n := len(toks); n > 0 && openFromWords.Has(strings.ToLower(toks[n-1].Text)) &&
			strings.TrimSpace(text[toks[n-1].Span.End:start]) == "" {
			at = toks[n-1].Span.Start
		}
	}
	if at < 0 {
		return -1
	}
	if closedAfterFrom(text[end:min(len(text), end+40)]) {
		return -1
	}
	toks := Tokenize(text[max(0, at-30):at], max(0, at-30))
	if n := len(toks); n > 0 && recordNouns.Has(strings.ToLower(toks[n-1].Text)) {
		return -1
	}
	return at
}

// closedAfterFrom reports whether the text after a time "from" opens
// closes the range ("to 2015", "- 2015"), joins a second time ("and
// 2013") or shows the time classifying a noun ("2005 levels").
func closedAfterFrom(after string) bool {
	rest := strings.TrimLeft(after, " \t")
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	next := Tokenize(rest, 0)
	if len(next) == 0 || next[0].Span.Start != 0 || !isLetterWord(next[0].Text) {
		return false
	}
	w := strings.ToLower(next[0].Text)
	switch {
	case openFromClose.Has(w):
		return true
	case openFromJoin.Has(w):
		if len(next) < 2 {
			return false
		}
		n := next[1].Text
		return hasDigit(n[:1]) || englishTime.weekdayNum(n) != 0 || hasMonth(n)
	case openFromRun.Has(w), IsStopword(w):
		return false
	}
	r := next[0].Text[0]
	return r >= 'a' && r <= 'z'
}

// closesRange reports whether expr holds the second end of a range ("to
// March 2009", "26-28").
func closesRange(expr string) bool {
	if strings.ContainsAny(expr, "-–—") {
		return true
	}
	for _, t := range Tokenize(expr, 0) {
		if openFromClose.Has(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}
