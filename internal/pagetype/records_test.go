package pagetype

import (
	"os"
	"testing"
)

// TestDerivedRecords: crawler records and machine files written from
// their public formats (testdata/derived, SOURCES.tsv) are not articles;
// text dumps of stories that quote a DNS record or talk about sitemaps
// are.
func TestDerivedRecords(t *testing.T) {
	for name, want := range map[string]Type{
		"dns-record.txt":         Archive,
		"cdx-index.txt":          Archive,
		"sitemap.txt":            Listing,
		"sitemap-index.txt":      Listing,
		"warc-response-head.txt": Archive,
		"crawl-report.txt":       Archive,
		"article-dns-outage.txt": Article,
		"article-sitemaps.txt":   Article,
	} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/derived/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if got := classify(t, "", data); got.Type != want && !(isListLike(got.Type) && isListLike(want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, want)
			}
		})
	}
}
