package pagetype

import (
	"strings"
	"testing"
)

// TestRedirectBodies: a page that refreshes to another address at once
// is a redirect's body, whether the refresh is in the head or in a
// noscript beside a script that does the same (javadoc's
// overview-summary.html); a news page that reloads itself every few
// minutes, and a story whose page also refreshes at once, are not.
func TestRedirectBodies(t *testing.T) {
	story := strings.Repeat("<p>The harbour board met on Tuesday and agreed to move the ferry landing to the north quay, where the water is deeper and the wind less of a danger to boats at night.</p>", 4)
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a refresh in the head, a link for clients that stay",
			`<html><head><title>Tide tables</title><meta http-equiv="refresh" content="0; url=tables/index.html"></head><body><p><a href="tables/index.html">tables/index.html</a></p></body></html>`,
			Error},
		{"a refresh in a noscript beside a script",
			`<!DOCTYPE HTML><html><head><title>tidecalc 0.3 API</title><script>window.location.replace('index.html')</script><noscript><meta http-equiv="Refresh" content="0;index.html"></noscript></head><body><main role="main"><noscript><p>JavaScript is disabled on your browser.</p></noscript><p><a href="index.html">index.html</a></p></main></body></html>`,
			Error},
		{"a news page that reloads itself every five minutes",
			`<html><head><title>Ferry landing to move | Harbour Weekly</title><meta http-equiv="refresh" content="300"></head><body><h1>Ferry landing to move</h1>` + story + `</body></html>`,
			Article},
		{"a story whose page refreshes at once",
			`<html><head><title>Ferry landing to move | Harbour Weekly</title><meta http-equiv="refresh" content="0; url=/amp/ferry"></head><body><h1>Ferry landing to move</h1>` + story + `</body></html>`,
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
