package nlp

import (
	"strings"
	"unicode"

	"crosscheck/internal/lang"
)

// cuelessNotSaid reports whether a direct quote with no cue, credited to
// a speaker its sentence names, is words the sentence does not give to
// that speaker: the speaker is the subject of a passive that tells what
// others said of them ("Mr Mugabe, who has been in power since 1980, was
// accused of allowing his wife to “usurp constitutional power”"), or the
// quoted words are a label set before a noun ("Scholz will oversee a
// liberal-left “traffic light” coalition government"), a name for a
// thing that nobody in the sentence is said to have spoken.
func (d *Index) cuelessNotSaid(q Quote, outside []Span) bool {
	if !q.Direct || q.Cue != "" || len(q.Parts) == 0 {
		return false
	}
	return d.labelBeforeNoun(q) || d.riteObject(q) || d.passiveSubject(q, outside) || d.deniedOfSubject(q, outside) || d.closedByOtherSource(q)
}

// closedByOtherSource reports whether q's sentence ends in a clause of
// attribution after the quote, its subject then a verb of saying and at
// most a time ("Ozzy Osbourne died ‘surrounded by love’ at the age of
// 76, a statement from his family said on Tuesday"): the quoted words
// are part of what that source tells of the sentence's subject, not the
// subject's own. A news outlet closing the sentence only relays ("…
// called the assault “a terrorist attack”, the AP reported";
// speaker_relay.go).
func (d *Index) closedByOtherSource(q Quote) bool {
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[q.Sentence]
	body := strings.TrimRight(d.Text[s.Start:s.End], " .!?")
	k := lastClauseComma(body, len(body))
	if k < 0 || s.Start+k < q.Parts[len(q.Parts)-1].End {
		return false
	}
	from := s.Start + k + 1
	rest := strings.TrimLeft(d.Text[from:s.Start+len(body)], " ”’\"")
	toks := Tokenize(d.Text[from:s.Start+len(body)], from)
	for i, t := range toks {
		if !indirectCues[t.Text] || participleCues[t.Text] {
			continue
		}
		if i == 0 || len(toks)-i > 4 || !innerReport(rest) {
			return false
		}
		sp, ok := d.speakerIn(toks[0].Span.Start, t.Span.Start, true)
		return !ok || !d.outletSpeaker(sp)
	}
	return false
}

// riteObject reports whether q's words, with no punctuation of their
// own, are the object of a verb of holding or taking part in a rite or
// an event (lang rite-verbs), after its article and at most a
// preposition: "The pope celebrated the “Missa pro eligendo Romano
// Pontifice”", "presided over the “Way of the Cross”". They name the
// rite; nobody is said to have spoken them.
func (d *Index) riteObject(q Quote) bool {
	if len(q.Parts) != 1 || strings.TrimRightFunc(q.Text, unicode.IsPunct) != q.Text || strings.ContainsAny(q.Text, ",.;:!?") {
		return false
	}
	start := q.Parts[0].Start
	from := max(0, start-60)
	toks := Tokenize(d.Text[from:start], from)
	k := len(toks) - 1
	if k < 1 || !determiners[strings.ToLower(toks[k].Text)] {
		return false
	}
	k--
	if k >= 1 && headPrepositions[strings.ToLower(toks[k].Text)] {
		k--
	}
	return riteVerbs[strings.ToLower(toks[k].Text)]
}

// passiveSubject reports whether a passive of a verb that tells what was
// said of someone (lang talked-about-participles: "was accused", "has
// been described") stands between where the sentence last names q's
// speaker before the quote and the quote.
func (d *Index) passiveSubject(q Quote, outside []Span) bool {
	words := d.wordsOutside(outside)
	names := d.speakerNamings(q, words)
	start := q.Parts[0].Start
	last := -1
	for _, n := range names {
		if words[n[1]].Span.End <= start {
			last = n[1]
		}
	}
	if last < 0 {
		return false
	}
	for k := last + 1; k+1 < len(words) && words[k].Span.End <= start; k++ {
		if !beForms[words[k].lower] {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+2 && words[j].Span.End <= start; j++ {
			if talkedAboutParticiples[words[j].lower] {
				return true
			}
		}
	}
	return false
}

// labelBeforeNoun reports whether q's words, of at most three (six
// before a noun of a rite or an event, lang rite-nouns) and with no
// punctuation of their own, stand inside a noun phrase: after its
// determiner (and at most one word more) and right before a lower-case
// noun with nothing but the closing mark and a space between ("a
// liberal-left “traffic light” coalition"): a label the writer or others
// give a thing. A word after them that is a function word, a
// finite verb, an adverb in -ly or a calendar word ("called it “historic”
// yesterday", "a “new dawn” for the country") leaves the quote alone.
func (d *Index) labelBeforeNoun(q Quote) bool {
	if len(q.Parts) != 1 || len(strings.Fields(q.Text)) > 6 {
		return false
	}
	if strings.TrimRightFunc(q.Text, unicode.IsPunct) != q.Text || !d.determinerBefore(q.Parts[0].Start) {
		return false
	}
	end := q.Parts[0].End
	rest := d.Text[end:]
	mark := strings.IndexFunc(rest, func(r rune) bool { return !isQuoteMark(r) })
	if mark <= 0 || !strings.HasPrefix(rest[mark:], " ") {
		return false
	}
	w, _, _ := strings.Cut(rest[mark+1:], " ")
	// A rite's or an event's name may run longer: "the traditional
	// “washing of the feet” ritual" (lang rite-nouns).
	if len(strings.Fields(q.Text)) > 3 {
		return riteNouns[strings.TrimRightFunc(w, unicode.IsPunct)]
	}
	if w == "" || strings.TrimFunc(w, unicode.IsLower) != "" {
		return false
	}
	switch {
	case functionWords[w], phraseOpeners[w], stopwords[w], finiteWords[w], beForms[w], calendarWord[w], adverbSuffixes.SuffixOf(w),
		headPrepositions[w], clauseConjunctions[w], relativeWord[w], determiners[w]:
		return false
	}
	return true
}

// functionWords are the pronouns, determiners, auxiliaries, prepositions
// and conjunctions of English ("during", "in", "which").
var functionWords = en.Set(lang.FunctionWords)

// isQuoteMark reports whether r closes a quotation.
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"'”’»", r)
}

// determinerBefore reports whether the word before the opening mark at
// start, or the one before that, is a determiner ("a “…”", "a
// liberal-left “…”").
func (d *Index) determinerBefore(start int) bool {
	from := max(0, start-40)
	toks := Tokenize(d.Text[from:start], from)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-2; k-- {
		if determiners[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}
