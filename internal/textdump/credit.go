package textdump

import (
	"regexp"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// creditParts splits a photo credit into the photographer and the
// agencies after: "Natalie Naccache | Bloomberg | Getty Images",
// "Drew Angerer/Getty Images", "Michael Conroy, AP".
var creditParts = regexp.MustCompile(`\s*[|/,]\s*`)

// isPhotoCredit tells a line that credits a picture: a name of one to
// four capitalised words, then one or more agencies or photo banks, the
// last of them known to the lexicon, after an optional label ("Photo:").
func isPhotoCredit(s string, words int) bool {
	if words > 10 || words < 2 || endsSentence(s) {
		return false
	}
	en := lang.English()
	if label, rest, ok := strings.Cut(s, ":"); ok && en.Set(lang.CreditLabels).Has(strings.ToLower(strings.TrimSpace(label))) {
		s = rest
	}
	parts := creditParts.Split(strings.TrimSpace(s), -1)
	if len(parts) < 2 {
		return false
	}
	last := strings.ToLower(parts[len(parts)-1])
	if !en.Set(lang.CreditAgencies).Has(last) && !en.Set(lang.ImageBanks).Has(last) {
		return false
	}
	name := strings.Fields(parts[0])
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	for _, w := range name {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// markCaptionsOverCredits flags as a caption the line printed right
// above a photo credit in the same paragraph: the picture's caption,
// which reads as a sentence of the story ("Sheikh Mohammed ... passes a
// Boeing 787-10 ...") and stays in the body once the credit under it is
// dropped as chrome.
func markCaptionsOverCredits(lines []line) {
	for i := 1; i < len(lines); i++ {
		if lines[i].para || !isPhotoCredit(lines[i].text, lines[i].words) {
			continue
		}
		if c := &lines[i-1]; c.words <= 60 && !c.chrome && !c.menu {
			c.caption = true
		}
		lines[i].chrome = true
	}
}
