package textdump

import (
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// A site's notices to its readers sit inside the story's region and read
// as sentences, so the region search keeps them: an affiliate disclosure
// ("If you buy something through this post, IGN may get a share of the
// sale"), a call to follow the outlet somewhere ("Follow Newsbeat on
// Instagram, Facebook, Twitter and YouTube."). What gives them away is
// their wording, which is the lexicon's. They leave the body after the
// region is chosen, so a notice between two parts of the story does not
// split it. A wire's staff credit ("(Reporting by X; Editing by Y)")
// stays, though the benchmark's truth drops it: internal/nlp reads it as
// a credit line, and its names are the story's.

const (
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
		if on("disclosure") && words <= disclosureMaxWords && x.Set(lang.DisclosurePhrases).InText(strings.ToLower(s)) ||
			on("readerCall") && words <= readerCallMaxWords && isReaderCall(s, x) {
			return true
		}
	}
	return false
}

// isReaderCall tells a line one of whose sentences opens with a call to
// the reader and names one of the outlet's channels: "Subscribe to
// AppleInsider on YouTube", "Want more deals? Join the IGN Deals
// Newsletter.".
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
