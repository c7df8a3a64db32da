package textdump

import (
	"regexp"
	"strings"
	"sync"
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
// dropped as chrome. The credit is a name and an agency, or a line a
// picture's credit label opens (labelledCredit); a line of eight words or
// more above it is a caption even when a run of menu items took it in.
func markCaptionsOverCredits(lines []line) {
	for i := 1; i < len(lines); i++ {
		if lines[i].para || !isPhotoCredit(lines[i].text, lines[i].words) && !(on("labelledCredit") && isLabelledPhotoCredit(lines[i].text, lines[i].words)) {
			continue
		}
		if c := &lines[i-1]; c.words <= 60 && !c.chrome && (!c.menu || on("labelledCredit") && c.words >= menuMaxCaptionWords) {
			c.caption = true
		}
		lines[i].chrome = true
	}
}

// isLabelledPhotoCredit tells a short line that a picture's credit label
// opens, in any language the lexicon knows: "(Image: © TNG
// Collaboration)", "Foto: dpa", "© Jane Doe". Unlike a source line
// ("Source: Reuters"), such a label names who made a picture, so the
// line above it in the same paragraph is the picture's caption.
func isLabelledPhotoCredit(s string, words int) bool {
	if words > labelledCreditMaxWords {
		return false
	}
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()[]"))
	if rest, ok := strings.CutPrefix(s, "©"); ok {
		return strings.TrimSpace(rest) != ""
	}
	label, rest, ok := strings.Cut(s, ":")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	return photoCreditLabels()[strings.ToLower(strings.TrimSpace(label))]
}

// labelledCreditMaxWords bounds a labelled credit: a label and a few
// names of people and agencies.
const labelledCreditMaxWords = 12

// photoCreditLabels are the lexicon's picture credit labels of every
// language: a dump's captions are often in English on a page in another
// language and the reverse, and no label is a word of prose before a
// colon on a line this short.
var photoCreditLabels = sync.OnceValue(func() map[string]bool {
	all := make(map[string]bool)
	for _, code := range lang.Codes() {
		if lex, ok := lang.For(code); ok {
			for w := range lex.Set(lang.PhotoCreditLabels) {
				all[w] = true
			}
		}
	}
	return all
})

// menuMaxCaptionWords is the length from which a line taken into a run
// of menu items (a share count, a label and the picture printed as one
// block) is read as a sentence, not an item: a caption.
const menuMaxCaptionWords = 8
