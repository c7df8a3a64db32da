package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"crosscheck/internal/lang"
)

// titleSeparators split a page title into headline, site name and
// section ("Headline | Section | Site").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " ~ ", " _ "}

// unescapeAll decodes HTML entities until none are left: feeds and CMSs
// often escape twice, leaving "&#039;" in a title after one decoding.
func unescapeAll(s string) string {
	for range 3 {
		u := html.UnescapeString(s)
		if u == s {
			break
		}
		s = u
	}
	return s
}

// cleanTitle reduces a page title to its headline: entities decoded, and
// the site name and section labels a title wraps the headline in
// removed. A trailing part goes when it names the site (its name, its
// name without "The", the domain's name) or when the page's own
// headline, h1, is what is left; a leading part goes when it is a
// section label of the title's language ("Opinion | ...").
func cleanTitle(title, site, pageURL, h1 string, lex *lang.Lexicon) string {
	title = collapseSpace(unescapeAll(title))
	h1 = collapseSpace(unescapeAll(h1))
	names := siteNames(site, pageURL)
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if names[foldName(tail)] || (h1 != "" && strings.EqualFold(head, h1) && wordsIn(tail) <= 6) {
				title, changed = head, true
				break
			}
		}
	}
	for _, sep := range []string{" | ", " › ", " » ", ": "} {
		head, rest, ok := strings.Cut(title, sep)
		if !ok || rest == "" {
			continue
		}
		if sep == ": " && !strings.EqualFold(rest, h1) {
			continue // "Analysis: ..." is often the headline itself
		}
		if isSectionLabel(head, lex) || names[foldName(head)] {
			title = strings.TrimSpace(rest)
			break
		}
	}
	return title
}

func isSectionLabel(s string, lex *lang.Lexicon) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if lex != nil && lex.Set(lang.SectionLabels).Has(s) {
		return true
	}
	return lang.English().Set(lang.SectionLabels).Has(s)
}

// siteNames are the ways a title may name its site: the site name as
// given and without a leading "The", and the domain's name
// ("telegraph" of www.telegraph.co.uk, "telegraph.co.uk").
func siteNames(site, pageURL string) map[string]bool {
	names := map[string]bool{}
	add := func(s string) {
		if s = foldName(s); s != "" {
			names[s] = true
			names[strings.TrimPrefix(s, "the ")] = true
		}
	}
	add(site)
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		add(host)
		if label, _, ok := strings.Cut(host, "."); ok && len(label) > 2 {
			add(label)
		}
	}
	return names
}

// foldName folds a name for comparison: case, space, "&" and "and".
func foldName(s string) string {
	s = strings.ToLower(collapseSpace(s))
	s = strings.ReplaceAll(s, "&amp;", "&")
	return strings.TrimSpace(s)
}

func wordsIn(s string) int { return len(strings.Fields(s)) }
