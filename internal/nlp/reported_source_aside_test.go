package nlp

import "testing"

// TestReportedSourceAside: a source set off after a relative clause
// vouches for that clause alone; a source's apposition naming what kind
// of organisation it is ("Lusa, the national news agency") is no part of
// what it said. Controls: a source after a main clause, a role's
// apposition.
func TestReportedSourceAside(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "source after a relative clause",
			text: "The ferry, which had only been in service since May, according to the Harbour Gazette, was able to return safely to port.",
			want: nil},
		{name: "apposition of an organisation's noun after the source",
			text: "The death toll stood at 42, according to Vexa, the national news agency.",
			want: []quoteFrame{{QuoteReported, "The death toll stood at 42", "Vexa", "according to"}}},
		{name: "control: a relative clause before the source's clause",
			text: "The ferry, which had been in service since May, returned safely to port, according to the Harbour Gazette.",
			want: []quoteFrame{{QuoteReported, "The ferry, which had been in service since May, returned safely to port", "the Harbour Gazette", "according to"}}},
		{name: "control: source after a main clause",
			text: "The ferry had only been in service since May, according to the Harbour Gazette.",
			want: []quoteFrame{{QuoteReported, "The ferry had only been in service since May", "the Harbour Gazette", "according to"}}},
	})
}
