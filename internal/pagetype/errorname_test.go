package pagetype

import (
	"strings"
	"testing"
)

// TestErrorNames: a page that calls itself "Error" in a part of its
// title or a whole heading, with next to nothing to read, is an error
// page: a documentation server's answer for a name it cannot find (a
// title "Pydoc: Error - x" over the site's menus and one line) and a
// small server's bare answer to a method it does not serve ("Error
// response" over the code and a message). Both fail with errorName
// off. The negatives are stories whose titles hold the word: a part
// that says more than the name, and a short story filed under
// "Error" over paragraphs of its own.
func TestErrorNames(t *testing.T) {
	menus := `<div class="bar"><a href="index.html">Module Index</a> : <a href="topics.html">Topics</a> : <a href="keywords.html">Keywords</a>` +
		`<form action="get"><input type=text name=key size=15><input type=submit value="Get"></form>` +
		`<form action="search"><input type=text name=key size=15><input type=submit value="Search"></form></div>`
	para := "<p>The harbour server stopped answering the pilots' boats on Tuesday night after an error in its tide tables, and the harbour master said the boats waited two hours outside the wall before the tables were read again.</p>"
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a documentation server's error for a name it cannot find",
			`<html><head><title>Tidedoc: Error - tides.nosuch</title></head><body>` + menus +
				`<table class="heading"><tr><td class="title"><strong class="title">Error</strong></td></tr></table>` +
				`<table class="section"><tr><td><strong>tides.nosuch</strong></td></tr><tr><td>ValueError: could not find object</td></tr></table></body></html>`,
			Error},
		{"a small server's answer to a method it does not serve",
			`<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"><title>Error response</title></head><body><h1>Error response</h1>` +
				`<p>Error code: 501</p><p>Message: Unsupported method ('DELETE').</p><p>Error code explanation: 501 - Server does not support this operation.</p></body></html>`,
			Error},
		{"a German server's page named Fehler",
			`<html><head><title>Fehler | Hafenamt</title></head><body><h1>Fehler</h1><p>Die Anfrage konnte nicht bearbeitet werden.</p></body></html>`,
			Error},
		{"a story whose title holds the word in a longer part",
			`<html><head><title>Error in tide tables stops harbour server | Harbour Weekly</title></head><body><h1>Error in tide tables stops harbour server</h1>` + para + `</body></html>`,
			Article},
		{"a story filed under the name, over paragraphs of its own",
			`<html><head><title>Error: the night the tide tables failed - Harbour Weekly</title></head><body><h1>The night the tide tables failed</h1>` + strings.Repeat(para, 3) + `</body></html>`,
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
