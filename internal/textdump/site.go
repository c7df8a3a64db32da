package textdump

import (
	"regexp"
	"strings"
	"unicode"
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
	// news…"): a name, a describing verb, and what a news site offers.
	selfDescription = regexp.MustCompile(`^((?:[A-Z0-9][\p{L}\p{N}'’&.-]*\s+){0,4}[A-Z0-9][\p{L}\p{N}'’&.-]*)\s+(?:is (?:the|your|a|an)\s[^.!?]{0,80}?\b(?:place|source|destination|site|website|newspaper|portal|outlet|publication)|provides|brings you|delivers|offers|covers)\b[^.!?]{0,120}?\b(?:news|information|headlines|stories|coverage|journalism|reporting)\b`)
	copyrightHolder = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,;©]{2,60}?)\s*(?:[.|,;]|all rights|todos los|alle rechte|tous droits|tutti i|$)`)
)

// findSite names the publisher when the text says so plainly; "" when it
// does not. The <title> line beside a repeated headline is surest, then a
// syndication footer, then a site box whose name matches its address,
// then the site's blurb about itself, then the copyright holder.
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
		if m := readMoreAt.FindStringSubmatch(l.text); m != nil && isNameLike(m[1]) {
			return m[1]
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
	if boxed != "" {
		return boxed
	}
	if blurb != "" {
		return blurb
	}
	return holder
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
