package align

import (
	"strings"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Two leads dating their main event apart are an uncertain conflict
// (timePair), but a time in a lead does not always date the lead's main
// event. In "commuted the sentence of Chelsea Manning, the analyst who
// leaked sensitive intel in 2010" the year dates the relative clause's
// verb, what the analyst once did; in "the number of people missing
// climbed to 108 Monday morning, two days after a wall of mud buried a
// neighborhood" the day dates a count's move, told after the happening
// ("two days after"). Neither is the day the story's happening took
// place.

var leadRelatives = english.Set(lang.SubjectRelativeWords)

// datesLeadEvent reports whether time value v, in its article's lead,
// dates what the lead tells happened: not the verb of a relative clause
// ("who leaked … in 2010"), not a count's move ("climbed to 108 Monday").
func (j *judge) datesLeadEvent(v *value) bool {
	if c, _ := j.verbNear(v); changeConcepts[c] {
		return false
	}
	x := j.indexes[v.input]
	c := j.clauseOf(v)
	if c.Span.Start > v.t.Span.Start {
		return true
	}
	for _, t := range nlp.Tokenize(x.Text[c.Span.Start:v.t.Span.Start], c.Span.Start) {
		if leadRelatives.Has(strings.ToLower(t.Text)) {
			return false
		}
	}
	return true
}
