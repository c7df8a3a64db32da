package textdump

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

var (
	// readMoreAt is the syndication footer "Read more at The Daily Beast."
	readMoreAt = regexp.MustCompile(`(?i)^(?:read (?:more|the full story|the rest) at|originally published (?:at|on|by)|this (?:article|story) (?:first |originally )?appeared (?:at|on|in))\s+(.{2,60}?)[.!]?$`)
	// nameAtURL is a site box: a name glued to or followed by the site's
	// address ("Daily Global Timeshttps://dailyglobaltimes.com").
	nameAtURL = regexp.MustCompile(`^(.{2,60}?)\s*https?://(?:www\.)?([^/\s]+)`)
	// copyrightHolder is the name in "© 2019 The Paradigm. All Rights Reserved."
	// selfDescription is a publisher's blurb about itself in the page
	// chrome ("Ukrainska Pravda is the place where you will find the most
	// up-to-date information…", "Daily Global Times provides the latest
	// news…"): a name, a describing verb, and what a news site offers,
	// in the same line.
	selfDescription = regexp.MustCompile(`^((?:[A-Z0-9][\p{L}\p{N}'’&.-]*\s+){0,4}[A-Z0-9][\p{L}\p{N}'’&.-]*)\s+(?:is (?:the|your|a|an)\s[^.!?]{0,80}?\b(?:place|source|destination|site|website|newspaper|portal|outlet|publication|voice)|provides|brings you|delivers|offers|covers)\b.{0,160}?\b(?:news|information|headlines|stories|coverage|journalism|reporting)\b`)
	copyrightHolder = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,;©]{2,60}?)\s*(?:[.|,;]|all rights|todos los|alle rechte|tous droits|tutti i|$)`)
)

// findSite names the publisher when the text says so plainly; "" when it
// does not. The <title> line beside a repeated headline is surest, then
// the names the page gives itself (selfNames). A syndication footer
// ("Read more at X") comes last: on a page that names itself it credits
// another outlet, and only a page that does not is taken to be X's copy.
func (d *doc) findSite() string {
	if d.titleAt >= 0 {
		for _, l := range d.lines[:min(len(d.lines), d.titleAt+headWindow)] {
			if echoes(l.text, d.title) == echoTitleTag {
				if s := siteFromTitleTag(l.text, d.title); s != "" {
					return s
				}
			}
		}
	}
	if len(d.selfNames) > 0 {
		return d.selfNames[0]
	}
	if name := d.capsMasthead(); name != "" {
		return name
	}
	if name := d.brandLine(); name != "" {
		return name
	}
	if i := d.readMore; i >= 0 {
		return readMoreAt.FindStringSubmatch(d.lines[i].text)[1]
	}
	return ""
}

// findSelfNames collects the names a page gives itself, surest first: a
// site box whose name matches its address, the site's blurb about itself,
// the copyright holder. They name the site and mark its masthead, which
// is not a headline.
func (d *doc) findSelfNames() []string {
	var boxed, blurb, holder string
	for i, l := range d.lines {
		// Only chrome may describe the site: a body sentence such as
		// "Vladivostok is the place where…" is not a blurb.
		if blurb == "" && (l.class != classGood || i < d.start || i >= d.end) {
			if m := selfDescription.FindStringSubmatch(l.text); m != nil && isNameLike(m[1]) {
				blurb = m[1]
			}
		}
		if l.words > 20 {
			continue
		}
		if m := nameAtURL.FindStringSubmatch(l.text); m != nil && boxed == "" {
			if name := strings.TrimSpace(m[1]); isNameLike(name) && strings.Contains(strings.ToLower(m[2]), squash(name)) {
				boxed = name
			}
		}
		if m := copyrightHolder.FindStringSubmatch(l.text); m != nil && holder == "" {
			if name := strings.TrimSpace(m[1]); isNameLike(name) {
				holder = name
			}
		}
	}
	var names []string
	for _, n := range []string{boxed, blurb, holder} {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// capsMasthead reads the site's name off a name plate in capitals at the
// top of the page, above the headline ("GLOBAL PULSE NEWS" gives "Global
// Pulse News"); "" when there is none.
func (d *doc) capsMasthead() string {
	if d.titleAt < 0 {
		return ""
	}
	for _, l := range d.lines[:min(d.titleAt, headWindow)] {
		if l.chrome || l.menu || l.words < 2 || l.words > 5 || !isAllCaps(l.text) || strings.ContainsFunc(l.text, unicode.IsDigit) {
			continue
		}
		words := strings.Fields(strings.ToLower(l.text))
		for i, w := range words {
			r := []rune(w)
			words[i] = string(unicode.ToUpper(r[0])) + string(r[1:])
		}
		if name := strings.Join(words, " "); isNameLike(name) {
			return name
		}
	}
	return ""
}

// brandWindow is how many lines around the end of the body a brand line
// is looked for in.
const brandWindow = 4

// brandLine reads the publisher off a brand line printed right under the
// article ("IAMBEST Networks"): a short name, not a sentence, whose last
// word is one publishers' names end with.
func (d *doc) brandLine() string {
	if d.end <= d.start {
		return ""
	}
	words := lang.English().Set(lang.PublisherWords)
	for i := max(d.start+1, d.end-brandWindow); i < min(len(d.lines), d.end+brandWindow); i++ {
		l := d.lines[i]
		if l.words < 1 || l.words > 4 || l.menu || strings.ContainsAny(l.text, ".!?:|,©@/") || strings.ContainsFunc(l.text, unicode.IsDigit) {
			continue
		}
		f := strings.Fields(l.text)
		if isNameLike(l.text) && words.Has(strings.ToLower(f[len(f)-1])) && (len(f) > 1 || isAllCaps(l.text)) {
			return l.text
		}
	}
	return ""
}

// readMoreLine is the index of the last syndication footer naming an
// outlet, -1 when there is none.
func (d *doc) readMoreLine() int {
	for i := len(d.lines) - 1; i >= 0; i-- {
		if d.lines[i].words > 20 {
			continue
		}
		if m := readMoreAt.FindStringSubmatch(d.lines[i].text); m != nil && isNameLike(m[1]) {
			return i
		}
	}
	return -1
}

// squash lower-cases a name and drops everything but letters and digits,
// to compare it with a domain.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// isNameLike accepts a short name that starts with a capital letter or a
// digit and does not read like a sentence.
func isNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len(squash(s)) < 2 {
		return false
	}
	r := []rune(s)
	if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
		return false
	}
	low := strings.ToLower(s)
	return !strings.Contains(low, "rights") && !strings.Contains(low, "reserved")
}
