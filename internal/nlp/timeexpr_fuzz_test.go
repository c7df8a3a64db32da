package nlp

import "testing"

// timeFuzzSeeds are shapes of time expression FuzzFindTimes starts from.
var timeFuzzSeeds = []string{
	"He served in 1950-53 and again from 1939 to 1945.",
	"Prices have doubled since 1995; it was rebuilt after the 1990s.",
	"The road stays closed prior to March 2024 and until Tuesday.",
	"On Sunday morning, rescuers found the wreck; the vote will be on Tuesday.",
	"between 2001 and 2003, from January to March 2009, the 1940s and 1950s",
	"hit by Sunday's quake, the 2007 ceremony, in February, last summer",
	"since 2099-19 until 1999-99 before the 2090s and 2010s after 20-1",
	"this past week, the last two years of it, less than two weeks ago, $5 more than a year ago",
	"on “Saturday Night Live” Super Tuesday 2016, the fourth of July, March first-time, USA TODAY's",
	"after leaving Sunday’s Sept. 11 memorial service, today (Sept. 12), tomorrow, (from 3 May until 9 May)",
}

// checkTimeExpr checks what FindTimes promises of an expression of text:
// its text is its span, a resolved one is a non-empty closed interval,
// an open one has exactly its one end, and an unresolved one says why.
func checkTimeExpr(t *testing.T, text string, te TimeExpr) {
	t.Helper()
	if te.Span.Start < 0 || te.Span.End > len(text) || te.Span.Start >= te.Span.End || text[te.Span.Start:te.Span.End] != te.Text {
		t.Fatalf("time %+v does not match the text", te)
	}
	switch {
	case te.Open == OpenAfter:
		if te.Resolved || !te.End.IsZero() {
			t.Fatalf("open-after %q: %+v", te.Text, te)
		}
	case te.Open == OpenBefore:
		if te.Resolved || !te.Start.IsZero() {
			t.Fatalf("open-before %q: %+v", te.Text, te)
		}
	case te.Open != "":
		t.Fatalf("unknown open %q", te.Open)
	case te.Resolved:
		if !te.Start.Before(te.End) || te.Unresolved != "" {
			t.Fatalf("time %q resolved to %v–%v (%q)", te.Text, te.Start, te.End, te.Unresolved)
		}
	case te.Unresolved == "":
		t.Fatalf("unresolved %q without a reason: %+v", te.Text, te)
	}
}
