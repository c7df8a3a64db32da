package pagetype

import (
	"net/url"
	"strconv"
	"strings"
	"sync"

	"crosscheck/internal/lang"
)

// A CMS files the list of a tag's, a category's or an author's posts
// under an address of its own ("/tag/budget/", "/author/jane-doe/"), and
// marks a not-found page on its body ("error404"): the site's own
// statement of what the page is, made before any text was written.

var (
	tokensOnce sync.Once
	tokenSets  map[lang.Class]map[string]bool
)

// tokensOf is the set of one class's entries in every language.
func tokensOf(c lang.Class) map[string]bool {
	tokensOnce.Do(func() {
		tokenSets = map[lang.Class]map[string]bool{}
		for _, cl := range []lang.Class{lang.ErrorBodyClasses, lang.ListingPathNames} {
			set := map[string]bool{}
			for _, code := range lang.Codes() {
				l, _ := lang.For(code)
				for w := range l.Set(cl) {
					set[w] = true
				}
			}
			tokenSets[cl] = set
		}
	})
	return tokenSets[c]
}

// errorClass returns the body class that marks a not-found page
// ("error404"), or "".
func errorClass(classes []string) string {
	for _, c := range classes {
		if tokensOf(lang.ErrorBodyClasses)[c] {
			return c
		}
	}
	return ""
}

// listingAddress returns what page u's address files it under when it
// is a list of posts: "tag", "author" ... for the segment over the last
// one ("/tag/budget/", "/blog/author/jane-doe/page/2/"), "date" for a
// month or a day with nothing after it ("/2019/05/", "/2019/05/12/"), or
// the name of a search's or an archive's query field ("?s=budget",
// "?tag=budget"); else "". A story's address ends in its own slug, not in
// a tag's, and its date comes before it. "Archive" is no such segment:
// WordPress's numeric permalinks file every post under it
// ("/archives/123"), and news sites their old stories.
func listingAddress(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	q := p.Query()
	for _, k := range []string{"s", "tag", "cat", "author"} {
		if q.Get(k) != "" {
			return "?" + k
		}
	}
	var segs []string
	for _, s := range strings.Split(strings.ToLower(p.Path), "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	// The second and later pages of a list: "…/page/2/".
	if n := len(segs); n >= 2 && segs[n-2] == "page" && isDigits(segs[n-1]) {
		segs = segs[:n-2]
	}
	if len(segs) == 0 {
		return ""
	}
	if isDateArchive(segs) {
		return "date"
	}
	names := tokensOf(lang.ListingPathNames)
	last := segs[len(segs)-1]
	if names[last] && len(segs) <= 2 {
		return last // "/tags/", "/blog/labels/"
	}
	if len(segs) >= 2 && names[segs[len(segs)-2]] && isSlugOfName(last) {
		return segs[len(segs)-2]
	}
	return ""
}

// isSlugOfName tells whether an address segment can be a tag's, a
// category's or a person's name ("budget", "jane-doe", "climate-change"):
// a few words, no page name ending in ".html" and no long number, which
// a story's own slug or id has, and not a number alone (an id).
func isSlugOfName(s string) bool {
	if isDigits(s) || strings.Contains(s, ".") || len(strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '+' })) > 4 {
		return false
	}
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if run++; run >= 5 {
				return false
			}
		} else {
			run = 0
		}
	}
	return true
}

// isDateArchive tells whether an address ends in a year and a month or
// a full date with nothing after it: a month's or a day's posts. A year
// alone also names a season, an event or a yearly report
// ("/festival/2019/").
func isDateArchive(segs []string) bool {
	i := len(segs) - 1
	for i >= 0 && isDigits(segs[i]) && len(segs[i]) <= 2 {
		i--
	}
	n := len(segs) - 1 - i // the month and the day after the year
	if i < 0 || n < 1 || n > 2 || !isDigits(segs[i]) || len(segs[i]) != 4 {
		return false
	}
	if y, _ := strconv.Atoi(segs[i]); y < 1990 || y > 2100 {
		return false
	}
	if m, _ := strconv.Atoi(segs[i+1]); m < 1 || m > 12 {
		return false
	}
	if n == 2 {
		if d, _ := strconv.Atoi(segs[i+2]); d < 1 || d > 31 {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
