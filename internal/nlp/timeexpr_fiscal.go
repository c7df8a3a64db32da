package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// UnresolvedFiscalYear is why a fiscal year is left undated.
const UnresolvedFiscalYear = "a fiscal year, whose months the text does not give"

var fiscalYearWords = en.Set(lang.FiscalYearWords)

// A fiscal year is no calendar year: an organization keeps its accounts
// from a month it chooses and names the year by the one it ends in (or,
// for some, starts in). The United States government's fiscal year N
// runs from 1 October N-1 to 30 September N, Britain's from April,
// Australia's from July; "the 2017 fiscal year" of a refugee cap or a
// firm's is left undated rather than given the calendar's months. (The
// year patterns read no owner before the year, "the U.S. 2017 fiscal
// year", which would date it as the US government's.)
func fiscalYears(out []TimeExpr) {
	for i := range out {
		t := &out[i]
		if t.Granularity != GranYear || t.Relative || !t.Resolved && t.Open == "" {
			continue
		}
		if fiscalMarked(t) {
			t.Start, t.End, t.Open, t.Resolved, t.Unresolved = time.Time{}, time.Time{}, "", false, UnresolvedFiscalYear
		}
	}
}

// fiscalMarked reports whether a year expression is a fiscal year, a
// fiscal word among its words ("the 2017 fiscal year", "the 2017 budget
// year"). The year patterns take no bare year after such a word
// ("fiscal 2017", "fiscal year 2017").
func fiscalMarked(t *TimeExpr) bool {
	for _, w := range strings.Fields(t.Text) {
		if fiscalYearWords.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}
