package nlp

import (
	"strings"
	"unicode"
)

// tenseWindow is how many words around a time expression are read for
// the tense of its clause.
const tenseWindow = 12

// tenseBytes bounds the text read for those words.
const tenseBytes = 400

// clauseTense is what the words around a time expression say of when it
// is.
type clauseTense struct {
	future bool // the clause speaks of the future
	known  bool // a word of the clause marks its tense
	// reported is set when that word is a verb of saying a few words
	// before the expression: it tells when the saying was, and the
	// clause it introduces may be of another time ("said the deadline
	// is Jan. 14").
	reported bool
}

// futureClause reads the tense of the clause around the time expression
// at [start, end) of sentence si. The nearest tense marker before the
// expression decides ("he said the vote would take place on Tuesday");
// with none before it, the nearest after it ("On Tuesday, the vote will
// be held"; "On Sunday morning, rescuers found"). A plan told in the
// past is still ahead of the reference date ("a filing was expected on
// Monday"), as it mostly is in news. With no word marking the tense,
// future is false, since news mostly reports what happened.
func futureClause(d *Doc, si, start, end int) clauseTense {
	if si < 0 {
		return clauseTense{}
	}
	s := d.Sentences[si]
	// A clause right after the day that tells what happened on it
	// ("on Friday evening when a train ran over hundreds") gives the
	// day's tense; a report cited on it ("according to a Thursday
	// estimate") is made, so its day is past.
	if ct, ok := eventClauseTense(d, s, start, end); ok {
		return ct
	}
	if citedReportBefore(d.Text, s, start) {
		return clauseTense{known: true}
	}
	// Only a window of words either side is read: a bound on the bytes
	// keeps a sentence of many expressions from being read once for each.
	from := max(s.Start, start-tenseBytes)
	before := Tokenize(d.Text[from:start], from)
	// A present copula or schedule verb right before the expression
	// ("the game is Sunday", "the trial begins on Monday", "their
	// status is for Saturday") puts a day other than today ahead: what
	// was, the clause would say in the past.
	if presentRightBefore(before) {
		return clauseTense{future: true, known: true}
	}
	// A verb of saying right before a day tells when it was said, which
	// news reports once it is done: "Obama says Monday that he will veto"
	// (unless an auxiliary puts the saying ahead: "will say Monday").
	if reportRightBefore(before) {
		return clauseTense{known: true}
	}
	untilBound := len(before) > 0 && englishTime.bounds[strings.ToLower(before[len(before)-1].Text)] == "until"
	limit := len(before) - tenseWindow
	asides := dashAsides(d.Text, s.Start, from, start, before)
	for i := len(before) - 1; i >= 0 && i >= limit; i-- {
		// An aside between dashes is a clause of its own ("stormed the
		// bakery — situated in a neighborhood that hosts embassies —
		// Friday evening"): the clause the expression is in resumes
		// before it.
		if resume, ok := asides[i]; ok {
			i, limit = resume, resume-1-tenseWindow
			continue
		}
		// A state that holds now, up to a day ("a curfew is in place
		// through Saturday", "the airport remains closed until
		// Monday"), runs ahead to it.
		if untilBound && (presentStateAt(before, i) || i > 0 && presentStateAt(before, i-1) && pastForm(strings.ToLower(before[i].Text))) {
			return clauseTense{future: true, known: true}
		}
		// The expression's own first word follows the last word
		// before it: "set" + "on Saturday night".
		if i == len(before)-1 {
			if marks, ok := deedParticiple(before, i, firstWord(d.Text[start:end])); ok {
				if marks {
					return clauseTense{known: true}
				}
				continue
			}
		}
		if future, ok := tenseAt(before, i); ok {
			// An absolute phrase ("…, with all classes suspended through
			// Sunday") has no verb of its own: its participle takes the
			// tense of the clause it hangs on, read before it.
			if w := absoluteOpening(d.Text, before, i); w >= 0 {
				i, limit = w, w-tenseWindow
				continue
			}
			far := len(before)-1-i > 2
			if !future && far && forecastSpan(before, i) {
				return clauseTense{future: true, known: true}
			}
			return clauseTense{future: future, known: true, reported: far && englishTime.report.Has(strings.ToLower(before[i].Text))}
		}
	}
	if end > s.End {
		return clauseTense{}
	}
	after := Tokenize(d.Text[end:min(s.End, end+tenseBytes)], end)
	tail := Tokenize(d.Text[end:s.End], end)
	for i := 0; i < len(after) && i < tenseWindow; i++ {
		if after[i].Text == ";" {
			break
		}
		// A verb of saying that closes the sentence after a comma or a
		// quotation mark (", the memo stated."; "…20th, Carolina,” he
		// said.") frames what came before: it tells when that was
		// said, not when what it says is.
		if trailingAttribution(d.Text, end, after, tail, i) {
			break
		}
		// A relative clause is another clause, of its own tense: "On
		// Sunday, the president, who will step down next year, signed
		// the law" (to the comma that closes it); "On Sunday, the man
		// who will lead the team arrived" (its first verbs).
		if i > 0 && relativeWord[strings.ToLower(after[i].Text)] {
			i = relativeClauseEnd(d.Text, after, i)
			continue
		}
		// A coordinator before a tense cue joins a second predicate of
		// the same subject, of its own tense: "made landfall early on
		// Friday night and will continue to batter the coast" tells
		// nothing of when Friday night is.
		if englishTime.coordinators.Has(strings.ToLower(after[i].Text)) && i+1 < len(after) {
			if _, ok := tenseAt(after, i+1); ok {
				break
			}
		}
		if future, ok := tenseAt(after, i); ok {
			return clauseTense{future: future, known: true}
		}
	}
	return clauseTense{}
}

// absoluteWords is how many words an absolute phrase's noun phrase may
// hold between its preposition and its participle.
const absoluteWords = 10

// absoluteOpening returns the index of the preposition that opens an
// absolute phrase whose participle is toks[i] ("…, with all events and
// classes suspended"): the preposition follows a comma or opens the
// sentence, and no word between it and the participle marks a tense.
// It returns -1 when toks[i] is no such participle.
func absoluteOpening(text string, toks []Token, i int) int {
	if !pastForm(strings.ToLower(toks[i].Text)) {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-absoluteWords; j-- {
		if absolutePrepositions[strings.ToLower(toks[j].Text)] {
			if j > 0 && !strings.Contains(text[toks[j-1].Span.End:toks[j].Span.Start], ",") && toks[j-1].Text != "," {
				return -1
			}
			return j
		}
		if _, ok := tenseAt(toks, j); ok {
			return -1
		}
	}
	return -1
}

// forecastSpan reports whether before[i], the nearest tense cue before a
// time expression, is a verb of warning or forecasting and the
// expression is the end of a span ("through", "until", "by"): what was
// warned of lasts, the warning does not, so the span is ahead.
func forecastSpan(before []Token, i int) bool {
	if !englishTime.forecast.Has(strings.ToLower(before[i].Text)) || len(before) == 0 {
		return false
	}
	return englishTime.bounds[strings.ToLower(before[len(before)-1].Text)] == "until"
}

// presentStateAt reports whether toks[i] is a present verb of a state
// ("is", "remains") with no auxiliary or negation before it to give
// another tense.
func presentStateAt(toks []Token, i int) bool {
	if !englishTime.presentState.Has(strings.ToLower(toks[i].Text)) {
		return false
	}
	return i == 0 || !englishTime.verbSupport.Has(strings.ToLower(toks[i-1].Text))
}

// relativeClauseEnd returns the index of the last token of the relative
// clause that toks[i] opens, as far as it can be told: up to the comma
// that closes it, else over its first verb group (its first tense cue
// and the participle after it).
func relativeClauseEnd(text string, toks []Token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+tenseWindow; j++ {
		if strings.Contains(text[toks[j-1].Span.End:toks[j].Span.Start], ",") {
			return j - 1
		}
	}
	j := i + 1
	for j < len(toks) {
		if _, ok := tenseAt(toks, j); ok {
			break
		}
		j++
	}
	// The verb group goes on over "be"/"been" and a participle ("was
	// arrested", "had been held").
	for j+1 < len(toks) {
		w := strings.ToLower(toks[j+1].Text)
		if !englishTime.passive.Has(w) && !pastForm(w) {
			break
		}
		j++
	}
	return j
}

// presentRightBefore reports whether the words before a time expression
// end in a present verb that places its subject at that time: a form of
// "be" or a verb of schedules in the present, then at most a preposition
// ("is on", "is for", "begins on").
func presentRightBefore(before []Token) bool {
	n := len(before)
	if n == 0 {
		return false
	}
	last := strings.ToLower(before[n-1].Text)
	if englishTime.placing.Has(last) && n >= 2 {
		last = strings.ToLower(before[n-2].Text)
	}
	return englishTime.presentPlacing.Has(last)
}

// reportRightBefore reports whether the words before a time expression
// end in a verb of saying (then at most "on") with no auxiliary or
// infinitive marker before it.
func reportRightBefore(before []Token) bool {
	n := len(before)
	if n >= 2 && englishTime.placing.Has(strings.ToLower(before[n-1].Text)) {
		n--
	}
	if n == 0 || !englishTime.report.Has(strings.ToLower(before[n-1].Text)) {
		return false
	}
	return n < 2 || !englishTime.verbSupport.Has(strings.ToLower(before[n-2].Text))
}

// tenseAt reports whether toks[i] marks the future (true) or the past
// (false); ok is false when it marks neither.
func tenseAt(toks []Token, i int) (future, ok bool) {
	// A cue written with a capital inside a sentence is a name: the
	// month "May", "Will Smith".
	if r := []rune(toks[i].Text); i > 0 && len(r) > 0 && unicode.IsUpper(r[0]) && !strings.ContainsAny(toks[i-1].Text, ".!?:\"“") {
		return false, false
	}
	w := strings.ToLower(toks[i].Text)
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return strings.ToLower(toks[i-k].Text)
	}
	next := func(k int) string {
		if i+k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[i+k].Text)
	}
	// A cue that is also a noun, followed by what follows a noun, is
	// the noun: "revised his withdrawal plans in October".
	if englishTime.cueNouns.Has(w) && (englishTime.cueNounNext.Has(next(1)) || !isWordToken(next(1))) {
		return false, false
	}
	// After a determiner, a possessive or "as" a word is no verb: "their
	// status as hosts", "his plans".
	if (englishTime.cueNouns.Has(w) || englishTime.scheduleNouns.Has(w)) && englishTime.cueNounDets.Has(prev(1)) {
		return false, false
	}
	if marks, ok := deedParticiple(toks, i, next(1)); ok {
		return false, marks
	}
	if englishTime.future.Has(w) {
		// A modal before "have" and a participle speaks of the past:
		// "the fire on Sunday may have been set". Before a noun "have"
		// is the verb itself, in the future: "depositors will have
		// access by Monday".
		if englishTime.perfect.Has(next(1)) && (englishTime.passive.Has(next(2)) || englishTime.past.Has(next(2)) || pastForm(next(2))) {
			return false, true
		}
		// "soon after the quake", "due to the storm": a preposition
		// after the word makes it none of the future's; "due" is one
		// only after a form of "be" ("the vote is due to take place";
		// "cancelled due to heavy rain" is a cause).
		if _, bound := englishTime.bounds[next(1)]; bound ||
			englishTime.infinitive.Has(next(1)) && (phraseDeterminers[next(2)] || next(2) != "" && i+2 < len(toks) && isCapitalised(toks[i+2].Text)) ||
			englishTime.beFuture.Has(w) && !beForms[prev(1)] {
			return false, false
		}
		return true, true
	}
	// The bare form of a schedule verb is the present of a plural
	// subject ("the Jays play Saturday") unless an auxiliary, a
	// negation or an infinitive marker before it gives the tense ("did
	// not play Sunday", "will play", "to play").
	if englishTime.pluralSchedule.Has(w) && !englishTime.verbSupport.Has(prev(1)) {
		return true, true
	}
	if englishTime.infinitive.Has(w) && i+1 < len(toks) && englishTime.prospective.Has(next(1)) {
		return true, true // "the measures to be voted on Thursday"
	}
	if englishTime.past.Has(w) || (len(w) > 4 && pastSuffixes.SuffixOf(w)) {
		// After the infinitive marker a word is the bare verb, which
		// takes its tense from the verb before it ("expected to last
		// at least through Friday"), unless a unit of time after it
		// makes it the determiner ("to last week's levels").
		if englishTime.infinitive.Has(prev(1)) && !timeNoun(next(1)) {
			return false, false
		}
		if englishTime.passive.Has(prev(1)) {
			return false, false // passive: "would be held on Tuesday"
		}
		// An adverb between keeps it a passive: "be mostly completed
		// by the end of April" takes its tense from the verb before
		// "be" ("are expected to … be"), not from the participle.
		if (adverb(prev(1)) || shortAdverbs[prev(1)]) && englishTime.passive.Has(prev(2)) {
			return false, false
		}
		// After a verb of state the participle tells the state, as an
		// adjective would, and the verb the tense: "will remain closed
		// until Monday".
		if englishTime.presentState.Has(prev(1)) {
			return false, false
		}
		return false, true
	}
	return false, false
}

// timeNoun reports whether a lower-case word names a unit of time, a part
// of the day or a weekday, possessive or not ("week", "night's").
func timeNoun(w string) bool {
	w = TrimPossessive(w)
	if englishTime.units[w] != "" || englishTime.parts.Has(w) {
		return true
	}
	for _, name := range englishTime.weekdayNames {
		if strings.EqualFold(name, w) {
			return true
		}
	}
	return false
}

// closingSayerWords is how many words may follow a closing verb of
// saying: its subject when inverted ("said Smith", "said the police
// chief").
const closingSayerWords = 4

// trailingAttribution reports whether after[i] is a verb of saying that
// closes the sentence (at most closingSayerWords words after it in tail,
// the rest of the sentence) and is set off from the expression ending at
// end by a comma or a quotation mark.
func trailingAttribution(text string, end int, after, tail []Token, i int) bool {
	if !englishTime.report.Has(strings.ToLower(after[i].Text)) {
		return false
	}
	words := 0
	for _, t := range tail {
		if t.Span.Start > after[i].Span.Start && isWordToken(t.Text) {
			words++
		}
	}
	if words > closingSayerWords {
		return false
	}
	return strings.ContainsAny(text[end:after[i].Span.Start], ",\"”")
}

// isWordToken reports whether a token holds a letter or a digit.
func isWordToken(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// dashAsides maps the last token of each aside set off by two dashes in
// before (the tokens of text[from:end], the window of a sentence that
// starts at sentStart before a time expression at end) to the index
// the backward reading resumes after: one past the last token before
// the opening dash. Dashes pair from the sentence's start, so one that
// opens an aside holding the expression closes nothing.
func dashAsides(text string, sentStart, from, end int, before []Token) map[int]int {
	var dashes []int
	for i, r := range text[sentStart:end] {
		if r == '—' || r == '–' {
			dashes = append(dashes, sentStart+i)
		}
	}
	asides := map[int]int{}
	for k := 1; k < len(dashes); k += 2 {
		opening, closing := dashes[k-1], dashes[k]
		if opening < from {
			continue
		}
		last, resume := -1, 0
		for i, t := range before {
			if t.Span.End <= opening {
				resume = i + 1
			}
			if t.Span.End <= closing {
				last = i
			}
		}
		if last >= resume {
			asides[last] = resume
		}
	}
	return asides
}

// deedParticiple reports whether toks[i], followed by the word next, is
// a future cue read as a deed's participle ("fires set on Saturday
// night"): ok is set when it is, and marks when it is the past itself
// rather than a participle after "be" or "to", whose tense the words
// before it tell ("were set on", "will be set on", "to set on"). After
// a present "is" it stays the plan's cue ("the trial is set on Monday").
func deedParticiple(toks []Token, i int, next string) (marks, ok bool) {
	w := strings.ToLower(toks[i].Text)
	if !englishTime.deedFuture.Has(w) || !englishTime.deedPrepositions.Has(strings.ToLower(next)) {
		return false, false
	}
	if i > 0 {
		prev := strings.ToLower(toks[i-1].Text)
		// In the present a thing set at a day is a plan: "the trial
		// is set on Saturday".
		if englishTime.presentState.Has(prev) {
			return false, false
		}
		if englishTime.passive.Has(prev) || englishTime.infinitive.Has(prev) {
			return false, true
		}
	}
	return true, true
}
