package feed

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/source"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Kim &amp; Putin meet</title><link>https://a.example/kim</link><guid>id-1</guid>
<pubDate>Tue, 05 Sep 2023 10:00:00 GMT</pubDate><author>desk@a.example (Ann Lee)</author>
<description><![CDATA[<p>Kim met Putin in Vladivostok.</p>]]></description></item>
<item><title>Teaser only</title><link>https://a.example/teaser</link>
<description>First paragraph.

Second paragraph &amp; more.</description></item>
<item><title>Nothing</title></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Quake in Chile</title><id>urn:q1</id><link href="https://b.example/quake"/>
<updated>2023-09-06T01:02:03Z</updated><author><name>Bo</name></author>
<content type="html">&lt;p&gt;An earthquake struck.&lt;/p&gt;</content></entry>
</feed>`

func TestParse(t *testing.T) {
	items, err := Parse(strings.NewReader(rss), "wire.xml")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, it := range items {
		keys = append(keys, it.Key)
	}
	if diff := cmp.Diff([]string{"guid:id-1", "link:https://a.example/teaser", "hash:"}, trimHash(keys)); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if it := items[0]; it.Title != "Kim & Putin meet" || !it.Published.Equal(time.Date(2023, 9, 5, 10, 0, 0, 0, time.UTC)) || it.Content != "<p>Kim met Putin in Vladivostok.</p>" {
		t.Errorf("item 1 = %+v", it)
	}

	items, err = Parse(strings.NewReader(atom), "atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{{Key: "guid:urn:q1", Link: "https://b.example/quake", Title: "Quake in Chile", Authors: []string{"Bo"},
		Published: time.Date(2023, 9, 6, 1, 2, 3, 0, time.UTC), Content: "<p>An earthquake struck.</p>"}}
	if diff := cmp.Diff(want, items); diff != "" {
		t.Errorf("atom items (-want +got):\n%s", diff)
	}

	if _, err := Parse(strings.NewReader("<html><body>no</body></html>"), "page.html"); err == nil || !strings.Contains(err.Error(), "page.html") {
		t.Errorf("Parse(html) error = %v, want one naming the file", err)
	}
}

func trimHash(keys []string) []string {
	for i, k := range keys {
		if strings.HasPrefix(k, "hash:") && len(k) == len("hash:")+64 {
			keys[i] = "hash:"
		}
	}
	return keys
}

func TestPages(t *testing.T) {
	ctx := context.Background()
	type got struct{ Origin, URL, Err string }
	collect := func(fetch source.FetchFunc) (out []got, pages []source.Page) {
		for p, err := range Pages(ctx, "wire.xml", strings.NewReader(rss), fetch) {
			if err != nil {
				out = append(out, got{Err: err.Error()})
				continue
			}
			out = append(out, got{Origin: p.Origin, URL: p.URL})
			pages = append(pages, p)
		}
		return out, pages
	}

	out, pages := collect(nil)
	want := []got{
		{Origin: "wire.xml#item-1", URL: "https://a.example/kim"},
		{Origin: "wire.xml#item-2", URL: "https://a.example/teaser"},
		{Err: "wire.xml#item-3: item has no content"},
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("pages without a fetcher (-want +got):\n%s", diff)
	}
	doc := string(pages[0].Data)
	for _, s := range []string{"<title>Kim &amp; Putin meet</title>", `content="2023-09-05T10:00:00Z"`, "<p>Kim met Putin in Vladivostok.</p>"} {
		if !strings.Contains(doc, s) {
			t.Errorf("item page lacks %q:\n%s", s, doc)
		}
	}
	if doc := string(pages[1].Data); !strings.Contains(doc, "<p>Second paragraph &amp; more.</p>") {
		t.Errorf("plain-text item not marked up:\n%s", doc)
	}

	// With a fetcher, links are followed; a failing link falls back on
	// the feed's own content.
	fetch := func(ctx context.Context, url string) (source.Page, error) {
		if strings.HasSuffix(url, "/teaser") {
			return source.Page{}, errors.New("fetching " + url + ": 503")
		}
		return source.Page{Origin: url, URL: url, Data: []byte("<html><body>full</body></html>")}, nil
	}
	out, _ = collect(fetch)
	want[0].Origin = "https://a.example/kim"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("pages with a fetcher (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atom))
	f.Add([]byte(`<rss><channel><item><title>x</title></item>`))
	f.Add([]byte(`<feed><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Parse(strings.NewReader(string(data)), "fuzz.xml")
		if err != nil {
			return
		}
		for i, it := range items {
			if it.Key == "" {
				t.Fatalf("item %d has no key", i)
			}
			ItemPage(context.Background(), it, "fuzz", nil)
		}
	})
}

// TestLegacyEncodings: a Latin-1 feed is read whether it declares its
// encoding in the XML declaration, in an HTTP header, or nowhere.
func TestLegacyEncodings(t *testing.T) {
	body := "<rss version=\"2.0\"><channel><title>Nyheder</title>\n" +
		"<item><title>F\xe6rgestrejke slut efter l\xf8naftale</title><link>https://a.example/f</link>" +
		"<description>Bes\xe6tningerne vender tilbage p\xe5 onsdag.</description></item></channel></rss>"
	for _, tt := range []struct{ name, doc, declared string }{
		{"declared ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + body, ""},
		{"declared windows-1252 with single quotes", "<?xml version='1.0' encoding='windows-1252'?>\n" + body, ""},
		{"in the HTTP header", "<?xml version=\"1.0\"?>\n" + body, "iso-8859-1"},
		{"nowhere", body, ""},
		{"mis-declared as UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body, ""},
	} {
		items, err := ParseCharset(strings.NewReader(tt.doc), "nyheder.xml", tt.declared)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(items) != 1 || items[0].Title != "Færgestrejke slut efter lønaftale" || items[0].Content != "Besætningerne vender tilbage på onsdag." {
			t.Errorf("%s: items = %+v", tt.name, items)
		}
	}
	// UTF-8 stays UTF-8.
	items, err := Parse(strings.NewReader("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"+strings.NewReplacer("\xe6", "æ", "\xf8", "ø", "\xe5", "å").Replace(body)), "utf8.xml")
	if err != nil || len(items) != 1 || items[0].Title != "Færgestrejke slut efter lønaftale" {
		t.Errorf("UTF-8: %+v, %v", items, err)
	}
	if _, err := Parse(strings.NewReader("<?xml version=\"1.0\" encoding=\"x-no-such\"?>\n"+body), "bad.xml"); err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Errorf("unknown encoding: err = %v", err)
	}
}
