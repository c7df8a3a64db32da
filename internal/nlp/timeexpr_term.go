package nlp

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

// UnresolvedTerm is why the term of a thing is left undated.
const UnresolvedTerm = "the term of what it belongs to, counted from that thing's start, which the text does not date"

var (
	termPrepositions = en.Set(lang.TermPrepositions)
	beBeforeIng      = en.Set(lang.EventAuxiliaries)
	nounMarkers      = en.Set(lang.EventNounMarkers)
)

// termWindow is how many words before "for" the verb the term belongs
// to may lie.
const termWindow = 12

// A span looking ahead counts from the time of the clause it belongs to.
// A finite verb ties it to the telling ("the airport will be closed for
// the next 90 days", "he is staying for the next week"); a verb's -ing
// form without a form of "be" does not: "an executive order barring
// citizens from entering the US for the next 90 days" gives the order's
// term, which runs from its signing (the order's own start, told
// elsewhere if at all), not from the day the page was written. Such a
// term is left undated rather than counted from the page's day.
// A span the narration has already anchored to a day of its own
// (narratedSpans) is not relative and stays.
// spans holds the starts of the expressions that are spans ("the next 90
// days"; not "next Monday", a day).
func termSpans(d *Doc, out []TimeExpr, spans map[int]bool) {
	for i := range out {
		t := &out[i]
		if !spans[t.Span.Start] || !t.Relative || t.Open != "" || !spanAhead(t.Text) || !termOfNonfinite(d.Text[:t.Span.Start]) {
			continue
		}
		t.Start, t.End, t.Resolved, t.Unresolved = time.Time{}, time.Time{}, false, UnresolvedTerm
	}
}

// termOfNonfinite reports whether before ends with a term preposition
// ("for") whose clause, read back from it, reaches a verb's -ing form
// with no form of "be" or determiner before it ("barring", "entering")
// before any word that shows a tense ("will", "said", "is") or the
// clause's start.
func termOfNonfinite(before string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 || !termPrepositions.Has(strings.ToLower(fields[len(fields)-1])) {
		return false
	}
	cut := len(strings.TrimRightFunc(before, unicode.IsSpace)) - len(fields[len(fields)-1])
	toks := Tokenize(before[max(0, cut-tenseBytes):cut], 0)
	for i, seen := len(toks)-1, 0; i >= 0 && seen < termWindow; i-- {
		w := toks[i].Text
		if !isWordToken(w) {
			if strings.ContainsAny(w, ",;:()—–.!?\"“”") {
				return false // the clause's start
			}
			continue
		}
		seen++
		if _, ok := tenseAt(toks, i); ok {
			return false
		}
		lw := strings.ToLower(w)
		if len(lw) > 5 && w == lw && participleForm(lw) {
			prev := ""
			if i > 0 {
				prev = strings.ToLower(toks[i-1].Text)
			}
			return !beBeforeIng.Has(prev) && !nounMarkers.Has(prev)
		}
	}
	return false
}

// participleForm reports whether w ends as a present participle does
// ("barring", "entering").
func participleForm(w string) bool {
	for e := range participleEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
