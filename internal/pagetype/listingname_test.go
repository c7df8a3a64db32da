package pagetype

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestListingNamesAndCutSummaries: a page named by what it lists
// ("Archive", "Tags", "Index", "Search", "Category : X", a manual's
// "Table of Contents") over little prose, a search page that asks not
// to be indexed, and a list page of summaries cut off by its template
// are listings; a story named in the middle of a breadcrumb title, a
// story with a few trailing quotes, a post under pingbacks quoting it,
// a story titled with a listing word over prose and a story with its
// own table of contents over its prose are articles.
func TestListingNamesAndCutSummaries(t *testing.T) {
	sentence := "The council voted on Tuesday to close the ferry route for the winter after two storms damaged the pier. "
	prose := func(sentences int) string {
		return "<p>" + strings.Repeat(sentence, sentences) + "</p>"
	}
	page := func(title, head, body string) string {
		return "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>"
	}
	summaries := func(n int, start, end string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `<article class="post-entry"><h2>Ferry notes %d</h2><p>%sThe council voted to close the ferry route for the winter. The crews who run it spent their last week moving the boats to the yard before the%s</p><a class="entry-link" href="/posts/%d/"></a></article>`, i, start, end, i)
		}
		return b.String()
	}
	entries := func(n int) string {
		var b strings.Builder
		b.WriteString("<dl>")
		for i := range n {
			fmt.Fprintf(&b, `<dt>Mon 0%d May 2018</dt><dd><a href="/tide-%d.html">Tide tables %d</a></dd>`, i%9+1, i, i)
		}
		b.WriteString("</dl>")
		return b.String()
	}
	for _, c := range []struct {
		name, page string
		want       Type
	}{
		{"an archive named in the first part of its title, one entry",
			page("Archive - tern's blog", "", `<h1>Archive</h1><div class="post-preview"><a href="/2022/merge/"><h2>Reading the ledger merge routine line by line</h2></a></div>`),
			Listing},
		{"a search page whose results a script fills in",
			page("Search | Rosa Marlow", "", `<header><a href="/">Rosa Marlow</a> <a href="/archives">Archives</a> <a href="/about">About me</a></header><h1>Search</h1><div id="searchbox"><input type="search"><ul id="searchResults"></ul></div><footer>© 2024 Rosa Marlow · Powered by Hugo</footer>`),
			Listing},
		{"a documentation index of a few entries",
			page("Index — tidecalc 0.3 documentation", "", `<h1>Index</h1><ul><li><a href="m.html#slack">slack() (in module tidecalc)</a></li><li><a href="m.html#stand">stand() (in module tidecalc)</a></li></ul>`),
			Listing},
		{"a category page labelled with a space before the colon",
			page("Tides - harbourlog", "", "<h1>Category : Tides</h1>"+entries(9)),
			Listing},
		{"a German tag page named in its title",
			page("Schlagwörter | Hafenblog", "", "<h1>Schlagwörter</h1>"+entries(6)),
			Listing},
		{"search results with snippets, not to be indexed",
			page(`Search results for "ferry" | Docs`, `<meta name="robots" content="noindex, follow">`, `<h1>Search results for "ferry"</h1>`+strings.Repeat(prose(1), 8)),
			Listing},
		{"a manual's contents page named in the last part of its title",
			page("Tidecalc 2 Architecture (2.1) - Table of Contents", "", `<h1>Tidecalc 2 Architecture</h1><h2>Table of Contents</h2><p>The following documents describe the tide models of the server, how they are built from the readings of the harbour's gauges, how they are stored and how a request for a forecast is answered from them, for those who maintain the server or write models of their own.</p><ul><li><a href="overview.html">Overview</a> - the tide models and their gauges.</li><li><a href="startup.html">Server Startup</a> - what the server does when it starts.</li><li><a href="requests.html">Request Process</a> - how a forecast is answered.</li></ul>`),
			Listing},
		{"a German manual's contents page",
			page("Inhaltsverzeichnis - Gezeitenrechner", "", `<h1>Inhaltsverzeichnis</h1><p>Die folgenden Dokumente beschreiben die Modelle des Servers, wie sie aus den Messungen der Pegel des Hafens gebaut und gespeichert werden und wie eine Anfrage nach einer Vorhersage aus ihnen beantwortet wird, für alle, die den Server betreiben oder eigene Modelle schreiben.</p><ul><li><a href="einleitung.html">Einleitung</a> - die Modelle und ihre Pegel.</li><li><a href="start.html">Start</a> - was der Server beim Start tut.</li><li><a href="anfragen.html">Anfragen</a> - wie eine Vorhersage beantwortet wird.</li></ul>`),
			Listing},
		{"a story with its own table of contents over its prose",
			page("Ferry route closed | Harbour Weekly", "", `<h1>Ferry route closed</h1><h2>Table of Contents</h2><ul><li><a href="#vote">The vote</a></li><li><a href="#pier">The pier</a></li></ul>`+prose(4)+prose(4)+prose(4)),
			Article},
		{"a list page of summaries cut off by the template",
			page("Ferries | Rosa Marlow", "", "<h1>Ferries</h1>"+summaries(4, "", "...")),
			Listing},
		{"a list page of summaries cut off with a bracketed ellipsis",
			page("Ferries | Rosa Marlow", "", "<h1>Ferries</h1>"+summaries(3, "", " […]")),
			Listing},
		{"a single post named in the middle of a breadcrumb title",
			page("Four Years Remaining » Archive » Interning small integers", "", "<h1>Four Years Remaining</h1><h2>Interning small integers</h2>"+prose(4)),
			Article},
		{"a story titled with a listing word over prose",
			page("Archive | Harbour Weekly", "", "<h1>Archive</h1>"+prose(12)),
			Article},
		{"a post under pingbacks that quote it, cut at both ends",
			page("Ferry notes – harbourlog", "", "<h1>Ferry notes</h1>"+prose(2)+summaries(3, "[…] ", " […]")),
			Article},
		{"a story with three trailing quotes among full paragraphs",
			page("Ferry route closed | Harbour Weekly", "", "<h1>Ferry route closed</h1>"+prose(3)+summaries(3, "", "...")+prose(3)+prose(3)+prose(3)),
			Article},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := classify(t, "", []byte(c.page)); got.Type != c.want && !(isListLike(got.Type) && isListLike(c.want)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, c.want)
			}
		})
	}
}

// TestDerivedPages: the derived fixtures (testdata/derived, written on
// the skeletons of real pages named in SOURCES.tsv) get their labels.
// They are develop material: the rules above were written on reading
// them.
func TestDerivedPages(t *testing.T) {
	want := map[string]Type{
		"pelican-category.html":        Listing,
		"pelican-author.html":          Listing,
		"pelican-article.html":         Article,
		"papermod-tags.html":           Listing,
		"papermod-tag-term.html":       Listing,
		"papermod-home-profile.html":   Index,
		"papermod-search.html":         Listing,
		"papermod-post.html":           Article,
		"hux-archive.html":             Listing,
		"sphinx-genindex.html":         Listing,
		"devdocs-search.html":          Listing,
		"news-home-international.html": Index,
		"ghost-tag.html":               Listing,
		"ghost-post.html":              Article,
		"news-theme-author.html":       Listing,
		"hexo-next-archive.html":       Listing,
		"docusaurus-tags.html":         Listing,
		// Session 8: news pages written from scratch (SOURCES.tsv).
		"news-topic-housing.html":         Listing,
		"news-section-business.html":      Index,
		"news-search-ferry.html":          Listing,
		"news-video-hub.html":             Index,
		"news-photo-galleries.html":       Listing,
		"news-live-index.html":            Index,
		"news-login-email.html":           Login,
		"sur-muro-suscriptores.html":      Login,
		"sur-404.html":                    Error,
		"rhein-fehler.html":               Error,
		"news-geo-block.html":             Error,
		"news-missing-page.html":          Error,
		"news-author-kaminski.html":       Listing,
		"news-podcast-show.html":          Listing,
		"noorder-regio.html":              Index,
		"news-article-related.html":       Article,
		"news-liveblog-town-meeting.html": Article,
		"news-video-story.html":           Article,
		"news-gallery-parade.html":        Article,
		"rhein-kurzmeldung.html":          Article,
		// Session 14: a busy server's status page, recorded.
		"apache-busy-status.html": Listing,
		// Session 20: CMS, framework and server error pages, soft not-found
		// pages in six languages, list templates and hard negatives.
		"wp-twentytwentyfour-404.html":    Error,
		"drupal-olivero-404.html":         Error,
		"rails-public-404.html":           Error,
		"rails-public-500.html":           Error,
		"rails-public-422.html":           Error,
		"nginx-502.html":                  Error,
		"iis-500.html":                    Error,
		"cloudflare-522.html":             Error,
		"wp-maintenance.html":             Error,
		"news-maintenance-de.html":        Error,
		"nextjs-404.html":                 Error,
		"github-pages-404.html":           Error,
		"heroku-application-error.html":   Error,
		"django-400.html":                 Error,
		"django-403-csrf.html":            Error,
		"news-soft404-latest.html":        Error,
		"news-soft404-fr.html":            Error,
		"news-soft404-de.html":            Error,
		"news-soft404-es.html":            Error,
		"news-soft404-it.html":            Error,
		"news-soft404-nl.html":            Error,
		"news-soft404-pt.html":            Error,
		"wp-category-council.html":        Listing,
		"drupal-taxonomy-term.html":       Listing,
		"hugo-page-3.html":                Listing,
		"news-author-okafor.html":         Listing,
		"news-thema-klimaschutz.html":     Listing,
		"news-rubrique-economie-fr.html":  Index,
		"news-site-search-budget.html":    Listing,
		"news-latest-rolling.html":        Listing,
		"news-whats-on.html":              Listing,
		"news-brief-kayaker.html":         Article,
		"news-video-cards.html":           Article,
		"wp-single-post.html":             Article,
		"news-longread-inline-cards.html": Article,
		"magazine-home.html":              Index,
		"portal-home-de.html":             Index,
		"tag-ambiente-it-page2.html":      Listing,
		"tomcat-status-404.html":          Error,
		"tomcat-500-trace.html":           Error,
		"jetty-404.html":                  Error,
		"express-cannot-get.html":         Error,
		"flask-404.html":                  Error,
		"spring-whitelabel.html":          Error,
		"aspnet-404.html":                 Error,
		"haproxy-503.html":                Error,
		"varnish-503.html":                Error,
		"cloudfront-403.html":             Error,
		"squid-error.html":                Error,
		"docusaurus-404.html":             Error,
		"jekyll-minima-404.html":          Error,
	}
	// derivedMiss are derived pages the rules get wrong, and why no
	// rule is written for them.
	derivedMiss := map[string]string{}
	files, err := filepath.Glob("testdata/derived/*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(want) {
		t.Fatalf("%d derived pages, %d labels", len(files), len(want))
	}
	for _, p := range files {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			w, ok := want[name]
			if !ok {
				t.Fatalf("no label for %s", name)
			}
			got := classify(t, "", data)
			if why := derivedMiss[name]; why != "" {
				t.Skipf("known miss (%s, got %s): %s", w, got.Type, why)
			}
			if got.Type != w && !(isListLike(got.Type) && isListLike(w)) {
				t.Errorf("got %s (%s), want %s", got.Type, got.Reason, w)
			}
		})
	}
}
