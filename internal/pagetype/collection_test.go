package pagetype

import (
	"os"
	"testing"
)

// TestCollectionMarkup: a page whose JSON-LD declares it a collection of
// other pages is a listing unless it also declares an article; a live
// match page marked as a ProfilePage and a story holding an ItemList
// stay articles.
func TestCollectionMarkup(t *testing.T) {
	ghost, err := os.ReadFile("testdata/derived/ghost-tag.html")
	if err != nil {
		t.Fatal(err)
	}
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	page := func(ld string) string {
		return `<html><head><title>Ferry route closed | Gazette</title><script type="application/ld+json">` + ld +
			`</script></head><body><h1>Ferry route closed</h1><p>` + sentence + sentence + `</p><p>` + sentence + `</p></body></html>`
	}
	for _, tt := range []struct {
		name string
		page string
		want Type
	}{
		{"a Ghost tag page, real bytes (Series)", string(ghost), Listing},
		{"a WordPress archive", page(`{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"Ferries"}]}`), Listing},
		{"search results", page(`{"@context":"https://schema.org","@type": "SearchResultsPage"}`), Listing},
		{"a story that also lists items", page(`{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage"},{"@type":"NewsArticle","headline":"Ferry route closed"}]}`), Article},
		{"a live page marked as a profile", page(`{"@context":"https://schema.org","@type":"ProfilePage"}`), Article},
		{"a story with a ranking", page(`{"@context":"https://schema.org","@type":"ItemList","itemListElement":[]}`), Article},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(t, "", []byte(tt.page)); got.Type != tt.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, tt.want)
			}
		})
	}
}
