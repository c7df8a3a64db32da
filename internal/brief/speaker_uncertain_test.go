package brief

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"crosscheck/internal/article"
)

// TestUncertainSpeakerShown: a quote whose speaker rests on weak evidence
// (a pronoun read across another person) keeps its speaker and says why
// it is uncertain in the JSON, Markdown and HTML; a speaker named beside
// the cue is asserted.
func TestUncertainSpeakerShown(t *testing.T) {
	arts := []article.Article{{Site: "a.example", Origin: "01.txt", Text: "Mayor Jo Hart visited the site on Monday. Governor Tom Reed met her there.\n\n" +
		"“We will rebuild the bridge within a year,” she said.\n\n" +
		"“The money is there,” said Finance Minister Ana Ruiz."}}
	b, err := Build(context.Background(), Story{Title: "Bridge"}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	why := map[string]string{}
	for _, sq := range b.Quotes {
		for _, q := range sq.Quotes {
			why[sq.Speaker+": "+q.Text] = q.SpeakerUncertain
		}
	}
	const weak = "Jo Hart: We will rebuild the bridge within a year,"
	const reason = "speaker read from “she”, named two sentences earlier; another person named between that and the quote"
	if got, ok := why[weak]; !ok || got != reason {
		t.Errorf("%q: uncertain %q (found %v), want %q; quotes %v", weak, got, ok, reason, why)
	}
	if got, ok := why["Ana Ruiz: The money is there,"]; !ok || got != "" {
		t.Errorf("Ana Ruiz's quote: uncertain %q (found %v), want confident; quotes %v", got, ok, why)
	}
	var md, page bytes.Buffer
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	if err := RenderHTML(&page, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "— speaker uncertain: "+reason) {
		t.Errorf("Markdown does not show the uncertain speaker:\n%s", md.String())
	}
	if !strings.Contains(page.String(), "speaker uncertain: speaker read from “she”") {
		t.Errorf("HTML does not show the uncertain speaker:\n%s", page.String())
	}
}
