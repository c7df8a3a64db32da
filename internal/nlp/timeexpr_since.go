package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// "Since" looks back from the telling: "Mrs. Clinton will take the stage
// after a run of positive developments since their Oct. 13 debate" is the
// last October 13, whatever the tense of the clause around it. Right
// after "since" the bound makes the time an open interval
// (openInterval); inside the noun phrase "since" opens, the date is the
// past one all the same.

var sinceDeterminers = en.Set(lang.SinceDeterminers)

// sinceBefore reports whether "since" stands right before start, or
// before a determiner right before it.
func sinceBefore(text string, start int) bool {
	toks := Tokenize(text[max(0, start-40):start], 0)
	n := len(toks)
	if n == 0 {
		return false
	}
	last := strings.ToLower(toks[n-1].Text)
	if n >= 2 && sinceDeterminers.Has(last) {
		last = strings.ToLower(toks[n-2].Text)
	}
	return englishTime.bounds[last] == "from"
}
