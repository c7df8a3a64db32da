package nlp

import (
	"testing"
	"time"
)

// timesOn returns FindTimes over text as an article dated ref
// ("2006-01-02"; "" for an undated one), for the timeline class tests.
func timesOn(t *testing.T, text, ref string) []TimeExpr {
	t.Helper()
	var when time.Time
	if ref != "" {
		var err error
		if when, err = time.Parse(time.DateOnly, ref); err != nil {
			t.Fatal(err)
		}
	}
	doc := Doc{Text: text, Sentences: SplitSentences(text)}
	return FindTimes(&doc, when)
}
