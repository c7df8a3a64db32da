package extract

import (
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"crosscheck/internal/article"
)

// fillMetadata sets an article's metadata from what the page says about
// itself, falling back on what trafilatura read from the DOM.
func fillMetadata(a *article.Article, doc *html.Node, m pageMeta, tm trafilatura.Metadata, pageURL string) {
	ld := m.ldArticle()

	a.Site = siteName(m.metas["og:site_name"], ldString(ld["publisher"]), m.metas["application-name"], tm.Sitename)
	a.Title = cleanTitle(firstNonEmpty(ldString(ld["headline"]), m.metas["og:title"], m.metas["twitter:title"], tm.Title, m.title), a.Site)
	a.Description = collapseSpace(firstNonEmpty(m.metas["og:description"], m.metas["description"], m.metas["twitter:description"], ldString(ld["description"])))
	a.Authors = authors(ld, m, tm.Author)
	a.Language = language(m, tm.Language)

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
// JSON-LD publishers give one) says where, not who.
func siteName(candidates ...string) string {
	for _, c := range candidates {
		c = collapseSpace(html.UnescapeString(c))
		if c != "" && !strings.Contains(c, "://") {
			return c
		}
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

// cleanTitle drops the " | Site" a page title often ends with.
func cleanTitle(title, site string) string {
	title = collapseSpace(html.UnescapeString(title))
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func authors(ld map[string]any, m pageMeta, fallback string) []string {
	var raw []string
	if names := ldNames(ld["author"]); len(names) > 0 {
		raw = names
	} else if v, _ := m.first("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator"); v != "" {
		raw = []string{v}
	} else if fallback != "" {
		raw = []string{fallback}
	}
	var out []string
	seen := make(map[string]bool)
	for _, r := range raw {
		for _, name := range splitNames(r) {
			if k := strings.ToLower(name); !seen[k] {
				seen[k] = true
				out = append(out, name)
			}
		}
	}
	return out
}

var nameSeparators = strings.NewReplacer(" and ", ";", " & ", ";", "|", ";", ",", ";", " AND ", ";")

// splitNames splits a byline into names, dropping what is not a name: a
// profile URL, an e-mail address, a Twitter handle, a sentence.
func splitNames(s string) []string {
	s = collapseSpace(html.UnescapeString(s))
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	var out []string
	for _, part := range strings.Split(nameSeparators.Replace(s), ";") {
		part = strings.TrimSpace(part)
		switch {
		case part == "",
			strings.Contains(part, "://"), strings.HasPrefix(part, "www."),
			strings.Contains(part, "@"),
			len(strings.Fields(part)) > 5,
			isJobTitle(part):
			continue
		}
		out = append(out, part)
	}
	return out
}

// jobTitleWords end a byline part that is a role, not a person ("AP Auto
// Writer", "Senior Correspondent").
var jobTitleWords = []string{"writer", "correspondent", "editor", "reporter", "contributor", "columnist", "staff"}

func isJobTitle(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	last := strings.TrimRight(f[len(f)-1], ".")
	for _, w := range jobTitleWords {
		if last == w || last == w+"s" {
			return true
		}
	}
	return false
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
