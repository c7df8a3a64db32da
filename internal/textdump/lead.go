package textdump

import (
	"strings"

	"crosscheck/internal/lang"
)

// News pages often print the lead or a standfirst above the byline and
// the date line: headline, lead sentence, "Saturday 26 November 2016,
// 12:53PM", photo and caption, then the rest of the story. Alone above
// chrome, the lead has no good neighbour and the date line splits it from
// the body, so the region search left it out and the article lost its
// main fact. leadAboveDate puts such a paragraph back.

// leadMinWords is the fewest words of a lead above the date line: a
// sentence that states a fact, not a kicker or a label.
const leadMinWords = 12

// leadGap is the most lines of date, byline and caption between a lead
// and the body.
const leadGap = 4

// leadAboveDate extends the region upward over the lead paragraphs the
// page prints above its date line: a run of at most leadGap lines right
// above the region, holding a date line and otherwise only bylines,
// captions and ad slots, with full prose sentences above it that tell the
// body's story. The headline and the lines above it stay out. lex is the
// lexicon of the page's language; a language without lead verbs takes
// none, as a lead cannot be told from a teaser there.
func (d *doc) leadAboveDate(lex *lang.Lexicon, skip map[int]bool) {
	if lex == nil || !lex.Has(lang.LeadVerbs) || d.start == 0 {
		return
	}
	i, dated := d.start-1, false
	for ; i > d.titleAt; i-- {
		l := d.lines[i]
		if isDateLine(l) {
			dated = true
		} else if !skip[i] && !l.caption && !l.slot && bylineName(l.text) == "" && !isCreditCaption(l, lex) {
			break
		}
	}
	if !dated || i <= d.titleAt || d.start-i-1 > leadGap {
		return
	}
	words := d.leadWords(d.start)
	for ; i >= 0 && i > d.titleAt && !skip[i] && isLead(d.lines[i], lex, words); i-- {
		d.lines[i].class = classGood
		d.start = i
	}
}

// isDateLine tells a line that only dates the page ("Saturday 26
// November 2016, 12:53PM", "Published: 12 March 2013").
func isDateLine(l line) bool {
	if l.words > 12 || isSentence(l) || isCopyright(l.text) {
		return false
	}
	_, ok := parseDateLine(l.text)
	return ok
}

// isCreditCaption tells a short chrome line that a photo's credit label
// marks ("Fidel Castro dead at age 90. Photo: The Kremlin"): a picture
// printed between the lead and the body.
func isCreditCaption(l line, lex *lang.Lexicon) bool {
	if !l.chrome || l.words > 25 {
		return false
	}
	page, english := lex.Set(lang.PhotoCreditLabels), lang.English().Set(lang.PhotoCreditLabels)
	for _, part := range strings.Split(l.text, ".") {
		label, _, ok := strings.Cut(strings.TrimSpace(part), ":")
		label = strings.ToLower(strings.TrimSpace(label))
		if ok && (page.Has(label) || english.Has(label)) {
			return true
		}
	}
	return false
}

// isLead tells a paragraph of prose that can be a story's lead: one or
// more whole sentences, long enough to state a fact, dense in function
// words, with a finite verb, sharing content words with the body's first
// lines (a teaser of another story tells another story), and no furniture.
func isLead(l line, lex *lang.Lexicon, bodyWords map[string]bool) bool {
	if l.chrome || l.menu || l.dup || l.caption || l.slot || l.barrier || l.words < leadMinWords {
		return false
	}
	t := strings.TrimRight(l.text, "\"'”’») ")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") || strings.HasSuffix(t, "...") {
		return false
	}
	if l.stopRatio < tuned.stopLow && !unspaced(&l) {
		return false
	}
	return hasLeadVerb(l.text, lex) && sharedWords(l.text, bodyWords) >= 2
}

// hasLeadVerb reports whether a word after the first is a finite verb
// form of the lexicon's lead verbs or ends like a finite past form. Only
// words written in lower case count: "United" in a name is no verb.
func hasLeadVerb(s string, lex *lang.Lexicon) bool {
	verbs, endings := lex.Set(lang.LeadVerbs), lex.Set(lang.LeadVerbEndings)
	for k, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:!?\"'“”‘’()[]«»")
		if k == 0 || w == "" || w != strings.ToLower(w) {
			continue
		}
		if verbs.Has(w) || len(w) > 4 && endings.SuffixOf(w) {
			return true
		}
	}
	return false
}
