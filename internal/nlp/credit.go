package nlp

import (
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// creditLine matches a sentence that credits the people or outlets behind
// the article rather than stating anything about the story: "(Reporting
// by X; Editing by Y)", "Translated from the French by X", "Additional
// reporting by Northwire.", "Photo: Reuters", and a byline
// left in the body ("By X, special correspondent in Y").
var creditLine = regexp.MustCompile(`(?i)^\W*(?:(?:` + wordsRe(en.Set(lang.CreditAdditions), `\s+`) + `\s+)?` + wordsRe(en.Set(lang.CreditTasks), `\s+`) +
	`\b(?:\s+` + wordsRe(en.Set(lang.CreditSourcePrepositions), `\s+`) + `\s+(?:` + wordsRe(definiteArticles, `\s+`) + `\s+)?\w+)?\s*(?:` + wordsRe(agentPrepositions, `\s+`) + `|:)|` +
	wordsRe(agentPrepositions, `\s+`) + `\s+[A-Z]\S*(?:\s+[A-Z]\S*){0,3},\s+(?:[a-z]+\s+)?` + wordsRe(en.Set(lang.BylineRoles), `\s+`) + `\b)`)

// wireNote matches a sentence that is a note to editors or readers, not
// news: a wire service's editor's note ("Eds: Updates with details."), a
// correction stub ("The Communist, 6th graf prv"), a live blog's
// timestamp ("8:20 a.m.", "Updated 3:15 p.m. ET"), a separator ("___"),
// or a photo credit ("(AP Photo/Evan Vucci)").
var wireNote = regexp.MustCompile(`(?i)^` + wordsRe(en.Set(lang.EditorNoteLabels), " ") + `\s*:|^\W*` + wordsRe(en.Set(lang.UpdateStamps), " ") + `?\s*\d{1,2}[:.]\d{2}\s*` + dottedRe(en.Set(lang.ClockHalves)) + `?(?:\s+[a-z]{2,4})?\W*$|^[\W_]+$|` +
	`^.{0,80}\b\d+` + wordsRe(en.Set(lang.OrdinalSuffixes), "") + `\s+` + wordsRe(en.Set(lang.WireParagraphs), " ") + `\b|^.{0,80}\b` + wordsRe(en.Set(lang.WirePrevious), " ") + `\s*$|` +
	`^\W*\(` + wordsRe(en.Set(lang.PhotoAgencies), " ") + `?\s*` + wordsRe(en.Set(lang.PhotoCreditWords), " ") + `\b[^)]*\)\W*$`)

// creditKinds are the attributions that, when they are most of a
// sentence, make it a credit line ("Source: The New York Times",
// "Reuters contributed to this report.", "Read more at The Daily Beast.").
var creditKinds = map[string]bool{AttrSourceLine: true, AttrContributed: true, AttrReadMore: true}

// markCredits sets Sentence.Credit on the sentences that only credit
// sources or staff. They stay in the text and in who-cites-whom, but are
// not claims about the story.
func markCredits(d *Doc) {
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if creditLine.MatchString(s.Text) || withOutlet.MatchString(s.Text) || wireNote.MatchString(s.Text) {
			s.Credit = true
		}
	}
	for _, a := range d.Attributions {
		if !creditKinds[a.Kind] || a.Sentence < 0 || a.Sentence >= len(d.Sentences) {
			continue
		}
		s := &d.Sentences[a.Sentence]
		// The attribution must be most of the sentence: "Source: X" is a
		// credit, a long sentence that ends "…, Reuters contributed" is not.
		if 2*(a.Span.End-a.Span.Start) >= s.End-s.Start {
			s.Credit = true
		}
	}
}

// withOutlet is the AFP-style credit line "With Northwire.", matched in
// its own case: "with" starts prose too.
var withOutlet = regexp.MustCompile(`^\W*` + capitalsRe(en.Set(lang.CreditWithWords)) + `\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\W*$`)

// isCreditLine reports whether sentence text is a credit line, by its
// wording alone: creditLine, or a credit attribution ("Northwire
// contributed to this report", "Read more at X") that is most of it.
func isCreditLine(text string) bool {
	if creditLine.MatchString(text) || withOutlet.MatchString(text) || wireNote.MatchString(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, p := range attributionPatterns {
		if !creditKinds[p.kind] || !p.mayMatch(text, lower) {
			continue
		}
		if loc := p.re.FindStringIndex(text); loc != nil && 2*(loc[1]-loc[0]) >= len(text) {
			return true
		}
	}
	return false
}
