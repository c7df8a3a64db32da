package pagetype

import (
	"strings"
	"testing"
)

// TestNotInstalledStubs: a documentation tree ships a stub where a part
// is left out of the package ("The internal javadoc is not installed by
// default"): a page standing for content that is not there, as a
// missing page's is. A story that says something is not installed
// tells it in paragraphs.
func TestNotInstalledStubs(t *testing.T) {
	page := func(title, body string) []byte {
		return []byte("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>")
	}
	story := strings.Repeat("<p>The flood gates of the harbour were ordered two years ago, but the pumps that drive them are not installed yet, and the council says the contractor is waiting for parts.</p>", 5)
	for _, c := range []struct {
		name string
		page []byte
		want Type
	}{
		{"a package's stub for a manual left out",
			page("API docs", "\nTidecalc's internal API reference is not installed by default. Install the\n\"tidecalc-fulldocs\" package to get it.\n\nYou can also read it online in the\n<a href=\"https://tidecalc.example.org/docs/\">documentation bundle</a>.\n"),
			Error},
		{"a story that says the pumps are not installed",
			page("Flood gates wait for their pumps", "<h1>Flood gates wait for their pumps</h1>"+story),
			Article},
		{"a story headlined that the pumps are not installed",
			page("The pump that drives the flood gates is not installed", "<h1>The pump that drives the flood gates is not installed</h1>"+story),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", c.page); got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
