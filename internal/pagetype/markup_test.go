package pagetype

import (
	"strings"
	"testing"
)

// TestErrorBodyClasses: the class a CMS writes on the body of its
// not-found template (the lexicon's error-body-classes) makes a page of
// little prose an error page; a class that only contains such a name,
// and a story on a site that marks every page so, are not.
func TestErrorBodyClasses(t *testing.T) {
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	page := func(class string, paragraphs int) string {
		return `<html><head><title>Gazette</title></head><body class="` + class + `"><h1>Gazette</h1>` +
			strings.Repeat("<p>"+sentence+sentence+"</p>", paragraphs) + `</body></html>`
	}
	for _, tt := range []struct {
		name string
		page string
		want Type
	}{
		{"WordPress", page("error404 wp-custom-logo", 1), Error},
		{"Ghost", page("error-template", 1), Error},
		{"a class holding the name", page("error404-banner", 1), Article},
		{"a story under a site-wide mark", page("error404", 12), Article},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(t, "", []byte(tt.page)); got.Type != tt.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, tt.want)
			}
		})
	}
}

// TestListingAddresses: the addresses under which sites file the lists
// of a tag's, a category's, an author's or a day's posts, and the
// addresses of stories that look like them.
func TestListingAddresses(t *testing.T) {
	for u, want := range map[string]string{
		"https://gazette.example/tag/ferries/":                                                 "tag",
		"https://gazette.example/blog/author/jane-doe/page/2/":                                 "author",
		"https://gazette.example/category/local-news/":                                         "category",
		"https://gazette.example/search/label/Ferries":                                         "label",
		"https://zeitung.example/schlagwort/faehren/":                                          "schlagwort",
		"https://journal.example/categorie/societe":                                            "categorie",
		"https://gazette.example/tags/":                                                        "tags",
		"https://gazette.example/2019/05/":                                                     "date",
		"https://gazette.example/news/2019/":                                                   "",
		"https://gazette.example/news/2019/05/12/":                                             "date",
		"https://gazette.example/?s=ferry":                                                     "?s",
		"https://gazette.example/2019/05/12/council-closes-the-ferry-route/":                   "",
		"https://gazette.example/topic/council-closes-the-ferry-route-for-winter-after-storms": "",
		"https://gazette.example/author/jane-doe-12345678":                                     "",
		"https://blog.example/archives/123":                                                    "",
		"https://gazette.example/tag/2019":                                                     "",
		"https://gazette.example/tag/ferries.html":                                             "",
		"https://gazette.example/news/ferries/":                                                "",
		"https://gazette.example/2019/13/":                                                     "",
		"https://gazette.example/1234/":                                                        "",
		"https://gazette.example/":                                                             "",
		"/tag/ferries/":                                                                        "",
	} {
		if got := listingAddress(u); got != want {
			t.Errorf("listingAddress(%q) = %q, want %q", u, got, want)
		}
	}

	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	teasers := strings.Repeat(`<h2><a href="/2019/05/12/story">Council closes the ferry route for winter</a></h2><p>The route closes.</p>`, 6)
	story := `<html><head><title>Council closes the ferry route | Gazette</title></head><body><h1>Council closes the ferry route</h1>` +
		strings.Repeat("<p>"+sentence+sentence+sentence+"</p>", 4) + `</body></html>`
	for _, tt := range []struct {
		name, url, page string
		want            Type
	}{
		{"a tag's teasers", "https://gazette.example/tag/ferries/", `<html><head><title>Ferries | Gazette</title></head><body><h1>Ferries</h1>` + teasers + `</body></html>`, Listing},
		{"a story filed under a tag's address", "https://gazette.example/tag/ferries", story, Article},
		{"a brief that says it is an article, at a tag's address", "https://gazette.example/tag/ferries/", `<html><head><title>Ferry route closed | Gazette</title><meta property="og:type" content="article"></head><body><h1>Ferry route closed</h1><p>` + sentence + `</p></body></html>`, Article},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(t, tt.url, []byte(tt.page)); got.Type != tt.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, tt.want)
			}
		})
	}
}

// TestRootOverArticleMarkup: a page at a site's root is its front even
// when the template marks every page an article; the one page of a site
// whose headline is its title, and the same markup at a story's
// address, stay articles.
func TestRootOverArticleMarkup(t *testing.T) {
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	page := func(head, h1 string) string {
		return `<html><head><title>Ferry route closed for the winter | Gazette</title>` + head + `</head><body><h1>` + h1 +
			`</h1><p>` + sentence + sentence + `</p><p>` + sentence + `</p></body></html>`
	}
	og := `<meta property="og:type" content="article">`
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gazette"}</script>`
	for _, tt := range []struct {
		name, url, page string
		want            Type
	}{
		{"a front marked an article (og:type)", "https://gazette.example/", page(og, "Gazette"), Index},
		{"a front marked an article (JSON-LD)", "https://gazette.example/en/", page(ld, "Latest"), Index},
		{"a one-page site's story", "https://gazette.example/", page(og, "Ferry route closed for the winter"), Article},
		{"the front's markup at a story's address", "https://gazette.example/news/ferry-route-closed", page(og, "Gazette"), Article},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(t, tt.url, []byte(tt.page)); got.Type != tt.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, tt.want)
			}
		})
	}
}
