package brief

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFactParts(t *testing.T) {
	tests := []struct {
		f    Fact
		want TextParts
	}{
		{Fact{Text: "The bridge fell."}, TextParts{Before: "The bridge fell."}},
		{Fact{Text: "Kim left, his first trip abroad.", Clause: "his first trip abroad."}, TextParts{Before: "Kim left, ", Clause: "his first trip abroad."}},
		{Fact{Text: "Kim left, and Putin waited in Vladivostok.", Clause: "and Putin waited"}, TextParts{Before: "Kim left, ", Clause: "and Putin waited", After: " in Vladivostok."}},
		{Fact{Text: "Kim left.", Clause: "not in the text"}, TextParts{Before: "Kim left."}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.f.Parts()); diff != "" {
			t.Errorf("%+v.Parts() (-want +got):\n%s", tt.f, diff)
		}
	}
}

// The renderers show the whole sentence of a fact and mark the clause
// that states it; the HTML escapes the clause like any other text.
func TestRenderClause(t *testing.T) {
	b := &Briefing{Schema: SchemaVersion, Outlets: []Outlet{{Name: "A"}, {Name: "B"}},
		Partial: []Fact{{ID: "F1", Text: "Kim left, his first <b>trip</b> abroad.", Clause: "his first <b>trip</b> abroad.", Outlets: []string{"A", "B"}}}}
	var md, html bytes.Buffer
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	if want := "Kim left, **his first &lt;b&gt;trip&lt;/b&gt; abroad.**"; !strings.Contains(md.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, md.String())
	}
	if err := RenderHTML(&html, b); err != nil {
		t.Fatal(err)
	}
	if want := "Kim left, <mark>his first &lt;b&gt;trip&lt;/b&gt; abroad.</mark>"; !strings.Contains(html.String(), want) {
		t.Errorf("HTML lacks %q:\n%s", want, html.String())
	}
}
