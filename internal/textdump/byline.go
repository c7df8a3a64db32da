package textdump

import (
	"regexp"
	"strings"
	"unicode"
)

// bylineRe matches a byline's lead-in in the sources' languages: "By Jane
// Doe", "Author: Jane Doe", "Por Juan Pérez", "Von Max Muster", "Par …",
// "Автор: …".
var bylineRe = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported)\s+by|by|author|authors|autor|autora|autores|por|von|par|di|auteur|автор)\s*[:\-–]?\s+(.+)$`)

// nameSplit separates several authors in one byline.
var nameSplit = regexp.MustCompile(`\s*(?:,|&|\band\b|\by\b|\bund\b|\bet\b|\be\b|\bи\b)\s*`)

// bylineCut ends the names part of a byline where a date, a role or a
// site label starts.
var bylineCut = regexp.MustCompile(`(?i)\s*(?:\||/|•|·|—|–| - |\bupdated\b|\bpublished\b|\bon\b\s+\w+\s+\d|\d).*$`)

// nameParticles may stand lower-case inside a personal name.
var nameParticles = map[string]bool{"de": true, "da": true, "del": true, "van": true, "von": true, "der": true, "la": true, "le": true, "di": true, "dos": true, "bin": true, "al": true}

// bylineName returns the names part of a byline line, or "" when s is not
// a byline naming someone.
func bylineName(s string) string {
	if len(s) > 200 {
		return ""
	}
	m := bylineRe.FindStringSubmatch(s)
	if m == nil {
		m = datedByline(s)
	}
	if m == nil {
		return ""
	}
	names := bylineCut.ReplaceAllString(m[1], "")
	names = strings.TrimRight(strings.TrimSpace(names), ".,;:")
	split := splitNames(names)
	if len(split) == 0 {
		return ""
	}
	for _, n := range split {
		if !isPersonName(n) {
			return ""
		}
	}
	return names
}

// datedBy finds the " by " of a blog's "March 12, 2026 by Nell Arkwright".
var datedBy = regexp.MustCompile(`(?i)^(.{6,40}?)\s+by\s+(.+)$`)

// datedByline reads a byline that starts with its date, in the shape of
// bylineRe's match, or returns nil.
func datedByline(s string) []string {
	m := datedBy.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	if _, ok := parseDate(m[1]); !ok {
		return nil
	}
	return []string{s, m[2]}
}

// splitNames splits a names part into individual names, dropping the
// weekday or month of a date that followed the names ("By Jane Doe,
// Wednesday", "By Jane Doe December 6, 2017").
func splitNames(names string) []string {
	var out []string
	for _, n := range nameSplit.Split(names, -1) {
		words := strings.Fields(n)
		for len(words) > 0 {
			last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
			if _, month := monthNames[last]; !month && !dateWords[last] {
				break
			}
			words = words[:len(words)-1]
		}
		if len(words) > 0 && !isRole(words) {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// roleWords name a job, not a person: "By Anders Krogh, Dry Bulk Editor",
// "By Hélène Rocheteau, special correspondent in Port Ardlow".
var roleWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true,
	"staff": true, "desk": true, "contributor": true, "columnist": true,
	"bureau": true, "journalist": true, "photographer": true, "producer": true,
	"analyst": true, "intern": true, "envoyé": true, "envoyée": true,
	"redakteur": true, "redakteurin": true, "redactor": true, "redactora": true,
	"corresponsal": true, "rédacteur": true, "rédactrice": true,
}

// isRole reports whether the words of one byline part name a job.
func isRole(words []string) bool {
	for _, w := range words {
		if roleWords[strings.ToLower(strings.Trim(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// isPersonName accepts one to five words, each capitalised (particles
// aside), without digits.
func isPersonName(n string) bool {
	words := strings.Fields(n)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if nameParticles[strings.ToLower(w)] && len(words) > 1 {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return true
}

// BylineNames returns the authors a byline line names ("By Hélène
// Rocheteau, special correspondent in Port Ardlow" gives Hélène
// Rocheteau), or nil when the line is not a byline.
func BylineNames(s string) []string {
	if names := bylineName(s); names != "" {
		return splitNames(names)
	}
	return nil
}
