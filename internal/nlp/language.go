package nlp

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// Language says which lexicon an analysis used and why.
type Language struct {
	// Code is the language whose words the rules read ("en", "de").
	Code string `json:"code"`
	// Declared is the article's own language as given (detected or from
	// its metadata), lower-cased; "" when it was not known.
	Declared string `json:"declared,omitempty"`
	// Fallback is set when the declared language has no lexicon the
	// rules can use (or none was declared), so the article was read with
	// the English one: what it finds there is weak evidence.
	Fallback bool `json:"fallback,omitempty"`
}

// LanguageFor picks the lexicon an article of the declared language is
// analysed with: its own when the rules can read it, English otherwise,
// marked as the fallback. A declared English article is not a fallback.
func LanguageFor(declared string) (Language, *lang.Lexicon) {
	declared = strings.ToLower(strings.TrimSpace(declared))
	if l, ok := lang.For(declared); ok && analysable(l) {
		return Language{Code: l.Code, Declared: declared}, l
	}
	return Language{Code: "en", Declared: declared, Fallback: true}, lang.English()
}

// analysable reports whether the rules have what they need of a lexicon:
// English's deep rules, or the cue verbs and quote marks that the rules
// of other languages read (multilingual.go).
func analysable(l *lang.Lexicon) bool {
	return l.Code == "en" || l.Has(lang.SpeechCues) && l.Has(lang.QuoteMarks)
}

// AnalyzeIn analyses text as Analyze does, with the lexicon of the
// article's declared language (an ISO 639-1 code, region ignored), and
// records in Doc.Language which lexicon was used. A language without one
// is analysed with English's and marked as the fallback.
func AnalyzeIn(text string, ref time.Time, declared string) Doc {
	language, lex := LanguageFor(declared)
	var d Doc
	if lex.Code == "en" {
		d = Analyze(text, ref)
	} else {
		d = analyzeWith(text, ref, lex)
	}
	d.Language = language
	return d
}
