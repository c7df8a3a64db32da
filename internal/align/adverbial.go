package align

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// A sentence that opens with an adverbial clause ("Three days after the
// bulk carrier ran aground on the ledge, the shoreline is still coated in
// oil") asserts its main clause; the adverbial one dates it, gives its
// cause or concedes something, as known. An outlet whose sentence tells
// only what that clause tells ("The bulk carrier ran aground on the ledge
// on Monday") reports the happening the fact is placed by, not the fact.
// The clause splitter cuts before a subordinator after a comma, not after
// a clause that opens the sentence, so the fact's unit is read here: the
// subordinator (after a measure of the time, "three days", "hours",
// "shortly"), the clause up to a comma with a verb in it, and the main
// clause after it with its own.

// adverbialShare is the least share of the fact's words a sentence holds
// (its names left out) that must lie in the fact's opening adverbial
// clause for the sentence to be taken as telling that clause only: some
// word of the main clause besides ("fuel oil" for "coated in oil") is
// an argument, not the main clause's happening. Set before measuring.
const adverbialShare = 0.75

// maxMeasureWords is the most words before a subordinator that measure
// its time ("less than a week after").
const maxMeasureWords = 4

var timeMeasureWords = english.Set(lang.TimeMeasureWords)

// opening is a unit split at the end of the adverbial clause it opens
// with: tokens before main are the adverbial clause's, main the first of
// the main clause's.
type opening struct {
	pa   placedArgs
	main int
}

// openingAdverbial reads the adverbial clause unit u opens with: a
// subordinator, after at most maxMeasureWords words of measure, and the
// words up to the first comma that closes a stretch with a verb and
// leaves after it a clause with a subject before its verb (hasSubject)
// that stands alone (standsAlone).
// False when u opens with none.
func (k *statedCheck) openingAdverbial(u int) (opening, bool) {
	pa := k.argsOf(u)
	toks := pa.r.toks
	i := 0
	for i < len(toks) && i < maxMeasureWords && measureWord(toks[i].Text) {
		i++
	}
	if i >= len(toks) || !subordinators.Has(strings.ToLower(toks[i].Text)) {
		return opening{}, false
	}
	verbAt := func(from, to int) bool {
		for n, at := range pa.at {
			if at >= from && at < to && pa.preds[n].verbal {
				return true
			}
		}
		return false
	}
	for j := i + 2; j < len(toks); j++ {
		if !strings.Contains(pa.r.text[toks[j-1].Span.End:toks[j].Span.Start], ",") {
			continue
		}
		// What follows must read as a clause of its own, its subject
		// first: not another adverbial ("As she concluded the speech
		// she fought back tears, as her husband watched on"), a
		// relative clause, the rest of a verb phrase or a verb after
		// an adverb (", then began shooting").
		if verbAt(i+1, j) && verbAt(j, len(toks)) && hasSubject(pa, j) && standsAlone(pa.r.text[toks[j].Span.Start:toks[len(toks)-1].Span.End]) {
			return opening{pa: pa, main: j}, true
		}
	}
	return opening{}, false
}

// hasSubject reports whether the words from token from up to the first
// verb after them hold a subject: a content word or a subject pronoun
// ("the lone gunman", "regulators", "she"), not only an adverb
// (", then began shooting") or nothing.
func hasSubject(pa placedArgs, from int) bool {
	verb := len(pa.r.toks)
	for n, at := range pa.at {
		if at >= from && pa.preds[n].verbal {
			verb = min(verb, at)
		}
	}
	for _, t := range pa.r.toks[from:verb] {
		w := strings.ToLower(t.Text)
		if len(w) > 1 && !nlp.IsStopword(w) || subjectPronoun.Has(w) {
			return true
		}
	}
	return false
}

// measureWord reports whether a word may measure the time of the
// subordinator after it: a figure or a word of the lexicon.
func measureWord(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 || timeMeasureWords.Has(strings.ToLower(w))
}

// tellsOnlyAdverbial reports whether sentence unit s tells, of fact unit
// r, only the adverbial clause r opens with: s holds none of the event
// words told in a verb of r's main clause, nor a word of its subject
// (the words before the main clause's first verb, as far as a small
// word), and at least adverbialShare of the words of r it holds,
// capitalised names left out, lie in the adverbial clause. A sentence
// holding the main clause's happening or who it is about may state the
// fact, and is left to the other tests.
func (k *statedCheck) tellsOnlyAdverbial(r, s int) bool {
	o, ok := k.openingAdverbial(r)
	if !ok {
		return false
	}
	toks := o.pa.r.toks
	su := &k.units[s]
	first := len(toks)
	for i, p := range o.pa.preds {
		at := o.pa.at[i]
		if at < o.main || !p.verbal {
			continue
		}
		first = min(first, at)
		if p.concept != "" && slices.ContainsFunc(su.preds, func(q predicate) bool { return q.concept == p.concept }) {
			return false
		}
	}
	has := map[string]bool{}
	for _, w := range k.foldedOf(s) {
		has[concept(w)] = true
	}
	held := func(t nlp.Token) bool {
		w := strings.Join(foldedWords(t.Text), "")
		return has[concept(w)]
	}
	// The subject: its words from the first content word of the main
	// clause up to the next small word or the verb.
	for i, in := o.main, false; i < first; i++ {
		w := strings.ToLower(toks[i].Text)
		if nlp.IsStopword(w) || len(w) < 2 {
			if in {
				break
			}
			continue
		}
		in = true
		if held(toks[i]) {
			return false
		}
	}
	var inClause, inMain int
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if len(w) < 2 || nlp.IsStopword(w) || i > 0 && unicode.IsUpper([]rune(t.Text)[0]) || !held(t) {
			continue
		}
		if i < o.main {
			inClause++
		} else {
			inMain++
		}
	}
	return inClause >= minHeldTerms && float64(inClause) >= adverbialShare*float64(inClause+inMain)
}
