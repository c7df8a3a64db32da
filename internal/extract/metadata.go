package extract

import (
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"crosscheck/internal/article"
	"crosscheck/internal/lang"
)

// fillMetadata sets an article's metadata from what the page says about
// itself, falling back on what trafilatura read from the DOM.
func fillMetadata(a *article.Article, doc *html.Node, m pageMeta, tm trafilatura.Metadata, pageURL string) {
	ld := m.ldArticle()

	a.Site = siteName(m.metas["og:site_name"], ldString(ld["publisher"]), m.metas["application-name"], tm.Sitename)
	a.Language = language(m, tm.Language)
	lex, ok := lang.For(a.Language)
	if !ok {
		lex = lang.English()
	}
	h1 := headline(doc)
	a.Title = cleanTitle(firstNonEmpty(ldString(ld["headline"]), m.metas["og:title"], m.metas["twitter:title"], m.title, tm.Title), a.Site, pageURL, h1, lex)
	a.Description = collapseSpace(firstNonEmpty(m.metas["og:description"], m.metas["description"], m.metas["twitter:description"], ldString(ld["description"])))
	a.Authors = authors(doc, ld, m, tm.Author, a.Site, pageURL, lex)

	base, _ := url.Parse(pageURL)
	a.URL = absURL(base, firstNonEmpty(m.canonical, m.metas["og:url"], ldString(ld["url"]), ldString(ld["mainEntityOfPage"])))
	if a.URL == "" {
		a.URL = pageURL
	}
	a.Image = absURL(base, firstNonEmpty(m.metas["og:image"], m.metas["og:image:url"], m.metas["twitter:image"], m.metas["twitter:image:src"], ldString(ld["image"]), tm.Image))

	a.Modified = modified(m, ld)
	a.Published, a.PublishedFrom = published(doc, m, ld, firstNonEmpty(pageURL, a.URL), a.Title, a.Modified)
	if !a.Modified.IsZero() && !a.Published.IsZero() && a.Modified.Before(a.Published) {
		a.Modified = time.Time{}
	}
}

// siteName picks the first candidate that is a name: a bare URL (some
// JSON-LD publishers give one) says where, not who. A tagline after the
// name goes ("Aktuálně.cz - Víte, co se právě děje").
func siteName(candidates ...string) string {
	for _, c := range candidates {
		c = collapseSpace(unescapeAll(c))
		if c == "" || strings.Contains(c, "://") {
			continue
		}
		for _, sep := range titleSeparators {
			if head, _, ok := strings.Cut(c, sep); ok && wordsIn(head) <= 4 {
				c = strings.TrimSpace(head)
				break
			}
		}
		return c
	}
	return ""
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// language returns the page's primary language subtag ("en" of "en-GB").
func language(m pageMeta, detected string) string {
	for _, v := range []string{m.lang, m.metas["content-language"], m.metas["og:locale"], m.metas["inlanguage"], m.metas["language"], detected} {
		v = strings.ToLower(strings.TrimSpace(v))
		if i := strings.IndexAny(v, "-_,; "); i > 0 {
			v = v[:i]
		}
		if len(v) == 2 || len(v) == 3 {
			return v
		}
	}
	return ""
}

// absURL resolves ref against base and keeps it only if the result is an
// absolute http(s) URL.
func absURL(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// publishedMetaKeys are meta names that hold a publication date, most
// specific first.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"article.published", "published_time", "og:published_time",
	"parsely-pub-date", "sailthru.date", "publish-date", "publishdate",
	"pubdate", "dc.date.issued", "dcterms.issued", "citation_publication_date",
	"original-publish-date", "dc.date", "dcterms.date", "dcterms.created",
	"date", "article:published", "displaydate",
}

var modifiedMetaKeys = []string{
	"article:modified_time", "og:updated_time", "datemodified",
	"article.updated", "dcterms.modified", "last-modified", "lastmod",
}

// published finds the publication date and says where it came from, from
// the most to the least deliberate evidence: JSON-LD, meta tags, a <time>
// element or byline line beside the headline, the URL path.
func published(doc *html.Node, m pageMeta, ld map[string]any, pageURL, title string, modified time.Time) (time.Time, string) {
	if t, ok := parseDate(ldString(ld["datePublished"])); ok {
		return t, "json-ld"
	}
	for _, o := range m.ld {
		if t, ok := parseDate(ldString(o["datePublished"])); ok {
			return t, "json-ld"
		}
	}
	for _, k := range publishedMetaKeys {
		if t, ok := parseDate(m.metas[k]); ok {
			return t, "meta:" + k
		}
	}
	// Many sites print the last-modified date in the byline; when the
	// page's date is that day, the publication date is not known.
	if t, from, ok := domDate(doc, title); ok && (from == "itemprop" || modified.IsZero() || !sameDay(t, modified)) {
		return t, from
	}
	if t, ok := urlPathDate(pageURL); ok {
		return t, "url"
	}
	return time.Time{}, ""
}

func modified(m pageMeta, ld map[string]any) time.Time {
	if t, ok := parseDate(ldString(ld["dateModified"])); ok {
		return t
	}
	for _, k := range modifiedMetaKeys {
		if t, ok := parseDate(m.metas[k]); ok {
			return t
		}
	}
	return time.Time{}
}

// sameDay tells whether a and b fall on the same calendar day as each is
// written.
func sameDay(a, b time.Time) bool {
	return a.Format(time.DateOnly) == b.Format(time.DateOnly)
}
