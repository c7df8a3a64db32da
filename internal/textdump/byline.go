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
		return ""
	}
	names := bylineCut.ReplaceAllString(m[1], "")
	names = strings.TrimRight(strings.TrimSpace(names), ".,;:")
	for _, n := range splitNames(names) {
		if !isPersonName(n) {
			return ""
		}
	}
	return names
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
		if len(words) > 0 {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
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
