package textdump

import (
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// A site's notices to its readers sit inside the story's region and read
// as sentences, so the region search keeps them: a wire's staff credit
// ("(Reporting by X; Editing by Y)"), an affiliate disclosure ("If you
// buy something through this post, IGN may get a share of the sale"), a
// call to follow the outlet somewhere ("Follow Newsbeat on Instagram,
// Facebook, Twitter and YouTube."). What gives them away is their
// wording, which is the lexicon's. They leave the body after the region
// is chosen, so a notice between two parts of the story does not split
// it.

const (
	// staffCreditMaxWords bounds a staff credit: names, tasks, places.
	staffCreditMaxWords = 40
	// disclosureMaxWords bounds an affiliate disclosure: a notice of a
	// few sentences.
	disclosureMaxWords = 60
	// readerCallMaxWords bounds a call to follow the outlet.
	readerCallMaxWords = 30
)

// isSiteNotice reports whether a body line is one of the site's notices
// in the page's language (lex, nil when unknown) or in English.
func isSiteNotice(s string, words int, lex *lang.Lexicon) bool {
	lexes := []*lang.Lexicon{lang.English()}
	if lex != nil && lex.Code != "en" {
		lexes = append(lexes, lex)
	}
	for _, x := range lexes {
		if on("staffCredit") && words <= staffCreditMaxWords && isStaffCredit(s, x) ||
			on("disclosure") && words <= disclosureMaxWords && hasAnyPhrase(strings.ToLower(s), x.Set(lang.DisclosurePhrases)) ||
			on("readerCall") && words <= readerCallMaxWords && isReaderCall(s, x) {
			return true
		}
	}
	return false
}

// isStaffCredit tells a line that opens by crediting a task to people:
// "(Reporting by Greg Roumeliotis, ...; editing by Martin Howell.)",
// "Additional reporting by Stephanie Kelly". The name after "by" is
// capitalised; a sentence of the story that starts "Reporting by the
// council found ..." is not a credit.
func isStaffCredit(s string, lex *lang.Lexicon) bool {
	f := strings.Fields(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	if len(f) > 0 && lex.Set(lang.CreditAdditions).Has(strings.ToLower(f[0])) {
		f = f[1:]
	}
	if len(f) < 3 {
		return false
	}
	task := strings.ToLower(f[0])
	if !lex.Set(lang.CreditTasks).Has(task) || !lex.Set(lang.AgentPrepositions).Has(strings.ToLower(strings.TrimRight(f[1], ":"))) {
		return false
	}
	// A picture's credit ("Photo by Joan Bardeletti") is the caption's:
	// the extraction set's truth drops it and the readability set's
	// keeps it, so no rule is fitted to it here.
	if lex.Union(lang.CreditLabels, lang.PhotoCreditLabels).Has(task) {
		return false
	}
	r := []rune(f[2])
	return unicode.IsUpper(r[0])
}

// isReaderCall tells a line one of whose sentences opens with a call to
// the reader and names one of the outlet's channels: "Subscribe to
// AppleInsider on YouTube", "Want more deals? Join the IGN Deals
// Newsletter.", "Listen to Newsbeat live at 12:45".
func isReaderCall(s string, lex *lang.Lexicon) bool {
	verbs, channels := lex.Set(lang.ReaderCallVerbs), lex.Set(lang.OutletChannels)
	if len(verbs) == 0 || len(channels) == 0 {
		return false
	}
	for _, sent := range splitSentences(s) {
		// The verb is a word of its own: "Follow-up tests" asks
		// nothing.
		first, rest, _ := strings.Cut(strings.TrimSpace(strings.ToLower(sent)), " ")
		if !verbs.Has(first) {
			continue
		}
		for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if channels.Has(w) {
				return true
			}
		}
	}
	return false
}

// splitSentences cuts s after each ".", "?" or "!" followed by a space.
func splitSentences(s string) []string {
	var out []string
	from := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			out = append(out, s[from:i+1])
			from = i + 2
		}
	}
	return append(out, s[from:])
}

// hasAnyPhrase reports whether the lower-cased s holds one of phrases.
func hasAnyPhrase(s string, phrases lang.Set) bool {
	for p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
