package eval

import "testing"

func TestJudgeCitation(t *testing.T) {
	doc := func(name string, annotated bool, chains ...string) *ECBDoc {
		d := &ECBDoc{Name: name, Text: "x", Sentences: []ECBSentence{{Number: 1, End: 1, Annotated: annotated}}}
		for _, c := range chains {
			d.Mentions = append(d.Mentions, ECBMention{Component: ComponentAction, Chain: c, CrossDoc: true})
		}
		return d
	}
	for _, tt := range []struct {
		name string
		a, b *ECBDoc
		want string
	}{
		{"shared event", doc("a", true, "ACT1", "ACT2"), doc("b", true, "ACT2"), CitationSupported},
		{"other event", doc("a", true, "ACT1"), doc("b", true, "ACT3"), CitationUnsupported},
		{"cited not annotated", doc("a", true, "ACT1"), doc("b", false, "ACT1"), CitationUnjudged},
		{"summary sentence with no event", doc("a", true), doc("b", true, "ACT1"), CitationUnjudged},
	} {
		if got := JudgeCitation(tt.a, 0, tt.b, 0); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}
