package pagetype

import (
	"os"
	"path/filepath"
	"testing"
)

// sitePageCase is a page of testdata/derived, written in the shape a
// CMS, a framework or a news site serves it, and the type it must get.
type sitePageCase struct {
	file string
	want Type
}

func checkSitePages(t *testing.T, cases []sitePageCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "derived", c.file))
			if err != nil {
				t.Fatal(err)
			}
			got := classify(t, "", data)
			if c.want == Article && !got.IsArticle() || c.want != Article && got.Type != c.want {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}

// TestSoftNotFoundTeasers: a news site's not-found page apologises in a
// line and fills the page with its latest stories, each a linked
// headline over a standfirst; that prose is the teasers', and the page's
// own is the apology (ownProse). Fails when the headline rule counts all
// prose. A brief headlined "still not found", marked as an article and
// told in three paragraphs over related cards, stays a story.
func TestSoftNotFoundTeasers(t *testing.T) {
	checkSitePages(t, []sitePageCase{
		{"news-soft404-latest.html", Error},
		{"news-brief-kayaker.html", Article},
	})
}

// TestPostHeaders: list templates put each post's linked headline in the
// post's own <header> inside its <article> (WordPress's entry-header, a
// static blog's list), which HTML scopes to the post, not the page; read
// as page chrome, the posts had no headlines and their summaries were
// the page's prose. A single post in the same template, whose header
// holds its unlinked h1 and whose body has a linked subheading, stays
// an article.
func TestPostHeaders(t *testing.T) {
	checkSitePages(t, []sitePageCase{
		{"wp-category-council.html", Index},
		{"hugo-page-3.html", Index},
		{"wp-single-post.html", Article},
	})
}

// TestCardHeadlines: a topic page whose teasers are cards that are one
// link each (kicker, headline and standfirst inside the <a>) lists
// other pages under their headings as much as one whose headings hold
// the link. A short video story over "more videos" cards has its own
// prose and stays an article; so does a long read with "Read more"
// cards between its sections, whose paragraphs after a card are the
// story's, not the card's (the card's headline ends with its link).
func TestCardHeadlines(t *testing.T) {
	checkSitePages(t, []sitePageCase{
		{"news-thema-klimaschutz.html", Listing},
		{"news-video-cards.html", Article},
		{"news-longread-inline-cards.html", Article},
	})
}

// TestFrameworkAndSoftNotFoundPhrases: what frameworks' default error
// pages and object stores say (Rails' 404 and 422, ASP.NET's 404,
// Spring's fallback page, S3's NoSuchKey) and
// what news sites' not-found pages say in French, Spanish, Italian,
// Dutch and Portuguese; each kept as an article without its phrase in
// the lexicon.
func TestFrameworkAndSoftNotFoundPhrases(t *testing.T) {
	checkSitePages(t, []sitePageCase{
		{"rails-public-404.html", Error},
		{"rails-public-422.html", Error},
		{"aspnet-404.html", Error},
		{"spring-whitelabel.html", Error},
		{"s3-nosuchkey.xml", Error},
		{"news-soft404-fr.html", Error},
		{"news-soft404-es.html", Error},
		{"news-soft404-it.html", Error},
		{"news-soft404-nl.html", Error},
		{"news-soft404-pt.html", Error},
	})
}
