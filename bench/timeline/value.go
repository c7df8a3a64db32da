package main

import "crosscheck/internal/nlp"

// valueOf writes a found expression's value as the gold does; "?" when
// it has none.
func valueOf(t nlp.TimeExpr) string {
	switch {
	case t.Open == nlp.OpenAfter && !t.Start.IsZero():
		return day(t.Start) + "/"
	case t.Open == nlp.OpenBefore && !t.End.IsZero():
		return "/" + lastDay(t.End)
	case t.Resolved:
		return day(t.Start) + "/" + lastDay(t.End)
	}
	return "?"
}
