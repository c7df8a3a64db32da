package pagetype

import (
	"os"
	"strings"
	"testing"
)

// TestPlaceholderPages: a page that stands in for a site not built yet
// says so. nginx's and lighttpd's pages after installation, as Debian
// installs them (read where installed, real bytes), and a parked
// domain are the site's empty front. The hard negative is a story
// about such pages, which quotes them in a report of its own.
func TestPlaceholderPages(t *testing.T) {
	for _, path := range []string{"/usr/share/nginx/html/index.html", "/usr/share/lighttpd/index.html"} {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if os.IsNotExist(err) {
				t.Skip("not installed here (.ci/run installs nginx-light and lighttpd)")
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := classify(t, "", data); got.Type != Index {
				t.Errorf("got %s (%s), want index", got.Type, got.Reason)
			}
		})
	}
	sentence := "The survey counted the addresses that answered with a server's own page instead of a site, and the registrars that hold names they never built on, in every country of the region. "
	story := strings.Repeat(sentence, 12)
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"a parked domain",
			`<html><head><title>harbour-boats.example</title></head><body><h1>harbour-boats.example</h1><p>This domain is parked free of charge with Example Registrar.</p><p><a href="https://registrar.example/">Get your own domain</a></p></body></html>`,
			Index},
		{"a story that quotes such pages",
			`<html><head><title>Half the town's sites say 'this domain is parked' | The Harbour Times</title></head><body><h1>Half the town's sites say 'this domain is parked'</h1><p>` + story + `</p><p>One in four answered that its web server is successfully installed and working, and nothing else. ` + story + `</p></body></html>`,
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}
