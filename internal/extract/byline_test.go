package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// A byline printed as a paragraph under the headline is metadata: it names
// the authors when the page's metadata does not, and leaves the body.
func TestBylineParagraphLeavesTheBody(t *testing.T) {
	lead := "<p>The government on Wednesday ordered the closure of the bay to all fishing within 10 kilometres of the wreck, the ministry said in a statement.</p>" +
		"<p>Fishermen gathered on the quay to hear the decision, which the ministry said would stand for at least three weeks while the fuel is pumped out.</p>" +
		"<p>Compensation for the fishermen will be discussed with the ship's insurers next week, according to the ministry, which did not give a figure.</p>"
	tests := []struct {
		name, head string
		authors    []string
	}{
		{"no author in the metadata", "", []string{"Hélène Rocheteau"}},
		{"author in the metadata wins", `<meta name="author" content="H. Rocheteau">`, []string{"H. Rocheteau"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Bay closed to fishing</title>" + tc.head + "</head><body><article><h1>Bay closed to fishing</h1>" +
				"<p class=\"signature\">By Hélène Rocheteau, special correspondent in Port Ardlow</p>" + lead + "</article></body></html>"
			a, err := Extract(t.Context(), source.Page{Origin: "t.html", Kind: source.KindHTML, Data: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.authors, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if strings.Contains(a.Text, "Rocheteau") {
				t.Errorf("byline left in the body:\n%s", a.Text)
			}
		})
	}
}

// TestBylinesOfRealPages: byline shapes of real pages (readability's
// test pages and the extraction set, real bytes) that gave no author or
// the wrong one: a byline box holding the linked name and a job title in
// elements of their own, a byline that credits an editor after the
// writer; and the letters invitation that closed an opinion piece.
func TestBylinesOfRealPages(t *testing.T) {
	pages := sharedtest.Path(t, "data", "pages", "readability")
	for _, tc := range []struct {
		dir     string
		authors []string
	}{
		{"yahoo-1", []string{"Ben Silverman"}},          // "Ben Silverman" + "Games Editor"
		{"google-sre-book-1", []string{"Rob Ewaschuk"}}, // "Written by Rob Ewaschuk Edited by Betsy Beyer"
	} {
		data := sharedtest.Gunzip(t, filepath.Join(pages, tc.dir, "source.html.gz"))
		a, err := Extract(t.Context(), source.Page{Origin: tc.dir, Kind: source.KindHTML, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.authors, a.Authors); diff != "" {
			t.Errorf("%s: authors (-want +got):\n%s", tc.dir, diff)
		}
	}
	nyt := sharedtest.Gunzip(t, sharedtest.Path(t, "data", "extraction", "html", "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34.html.gz"))
	a, err := Extract(t.Context(), source.Page{Origin: "nyt", Kind: source.KindHTML, Data: nyt})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "letters to the editor") {
		t.Errorf("the letters invitation closes the body:\n...%s", a.Text[max(0, len(a.Text)-300):])
	}
}
