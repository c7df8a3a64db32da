package align

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Outlets may give the day of one happening apart: "The ice avalanche on
// Thursday was the world's highest peak's deadliest disaster" and "An
// avalanche on Mount Everest killed 12 Sherpa guides … on Friday". Their
// sentences share few words beside the days, so no claim holds both and
// words do not link them. What links them is what the day dates: the
// story's happening, over in moments, named by the noun outlets use for
// it, with the day written right after the noun ("the avalanche on
// Thursday") or on a verb the noun is the subject of ("an avalanche …
// killed … on Friday").
//
// Most different days of one story are no conflict: a toll that climbed
// Thursday and blasts on Wednesday, a complaint on Monday and the reply
// on Friday, the day a thing happened and the day it was announced.
// So the day must date the happening noun itself, not a verb of saying,
// of a step ("the search resumed") or of a count that moves ("deaths
// continued to mount Friday"), not a verb told as possible or to come,
// and it must be its sentence's only day. A trial, a fire or a war lasts
// days and its verbs' days are steps of it: only nouns of happenings over
// in moments date one day (slot-day-happenings).

var (
	dayHappenings   = english.Set(lang.SlotDayHappenings)
	otherHappening  = english.Set(lang.SlotDayOtherHappening)
	dayStepVerbs    = english.Set(lang.SlotDayStepVerbs)
	dayPrepositions = english.Set(lang.SlotDayPrepositions)
	happeningVerbs  = english.Set(lang.SlotDayHappeningVerbs)
)

// storyLines is how many of an article's first sentences (its headline
// and lead) name the story's happening.
const storyLines = leadSentences + 1

// storyHappening returns the concept of the happening noun most articles
// name in their first lines (each article's scan), "" when fewer than
// two name one or two tie.
func storyHappening(scans []*articleScan) string {
	count := map[string]int{}
	for _, s := range scans {
		for _, c := range s.happenings {
			count[c]++
		}
	}
	best, n, tie := "", 1, false
	for c, k := range count {
		switch {
		case k > n:
			best, n, tie = c, k, false
		case k == n && best != "":
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// dayHappening returns noun when time value v dates the happening the
// noun names (the story's, folded to its concept), and the noun as
// written; "" otherwise.
func dayHappening(x *nlp.Index, v *value, noun string, published time.Time) (string, string) {
	// Only a time value has a time text.
	if noun == "" || v.t.Text == "" || v.earlier || coarse(v.t) {
		return "", ""
	}
	if v.t.Resolved && !published.IsZero() && v.t.Start.After(published) {
		return "", "" // a day to come
	}
	days := 0
	for _, t := range x.Times {
		if t.Sentence == v.sentence && !t.Dateline && !coarse(t) && (t.Resolved || t.Weekday != 0) {
			days++
		}
	}
	if days != 1 {
		return "", ""
	}
	s := x.Sentences[v.sentence]
	toks := nlp.Tokenize(x.Text[s.Start:s.End], s.Start)
	at := -1 // the time's first token
	for i, t := range toks {
		if t.Span.Start >= v.t.Span.Start && t.Span.Start < v.t.Span.End {
			at = i
			break
		}
	}
	if at < 0 {
		return "", ""
	}
	// "the ice avalanche on Thursday": the day is the noun's.
	// The preposition may be the time's own first word ("on Thursday")
	// or stand just before it.
	n := at - 1
	if !dayPrepositions.Has(strings.ToLower(toks[at].Text)) && n >= 0 && dayPrepositions.Has(strings.ToLower(toks[n].Text)) {
		n--
	}
	if n < at-1 || dayPrepositions.Has(strings.ToLower(toks[at].Text)) {
		if n >= 0 && isHappening(x.Text, toks, n, noun) {
			return noun, strings.ToLower(toks[n].Text)
		}
	}
	// A day written before the noun ("a June 20 shooting", "the Sunday
	// crash") names which of several happenings it is: not read.
	// "an avalanche … killed 12 Sherpa guides … on Friday": the day is
	// the verb's, and the noun is its subject.
	k, ok := timedVerbAt(toks, v.t.Span, func(t nlp.Token) bool { return x.EntityAt(t.Span.Start) >= 0 })
	if !ok {
		return "", ""
	}
	w := strings.ToLower(toks[k].Text)
	if !happeningVerbs.Has(w) || moodBefore(x.Text, toks, k, true) != moodFact {
		return "", ""
	}
	for i := 0; i < k; i++ {
		if inTime(toks[i], v.t.Span) {
			continue
		}
		tw := strings.ToLower(toks[i].Text)
		if qualifierPreps.Has(tw) {
			return "", "" // "debris from the plane crash": the noun is no subject
		}
		if clauseOpeners.Has(tw) || frameVerbs.Has(tw) {
			return "", "" // "killed 12, officials said", "guides who climbed"
		}
		if isHappening(x.Text, toks, i, noun) && headsPhrase(toks, i, k) {
			for m := i + 1; m < k; m++ {
				mw := strings.ToLower(toks[m].Text)
				if clauseOpeners.Has(mw) || frameVerbs.Has(mw) {
					return "", ""
				}
			}
			return noun, tw
		}
		if p, ok := predicateOf(tw, "", toks[i].Text); ok && p.verbal {
			return "", "" // a verb before the noun: the noun is no subject
		}
	}
	return "", ""
}

// isHappening reports whether toks[i] is the happening noun, named as
// the one happening: not "another avalanche", "the second blast", nor
// told as possible or denied.
func isHappening(text string, toks []nlp.Token, i int, noun string) bool {
	w := strings.ToLower(toks[i].Text)
	if !dayHappenings.Has(w) || concept(w) != noun {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		b := strings.ToLower(toks[k].Text)
		if otherHappening.Has(b) || earlierWord[b] {
			return false
		}
		if determiner[b] {
			break
		}
	}
	m := moodBefore(text, toks, i, false)
	return m == moodFact || m == moodOpen
}

// timedVerbAt returns the index in toks of the verb a time at span dates,
// the nearest as timedVerb reads it; ok is false when that is a verb of
// saying or no verb is found.
func timedVerbAt(toks []nlp.Token, span nlp.Span, skip func(nlp.Token) bool) (int, bool) {
	at, p, frame := nearestTimedVerb(toks, span, skip, false)
	return at, at >= 0 && !frame && !speechConcepts.Has(p.concept)
}

// headsPhrase reports whether the noun at toks[i] heads its phrase, the
// subject of the verb at toks[k]: the verb, an auxiliary, a preposition
// or a mark follows it, not another noun ("the avalanche survivors").
func headsPhrase(toks []nlp.Token, i, k int) bool {
	if i+1 == k {
		return true
	}
	w := strings.ToLower(toks[i+1].Text)
	r := []rune(w)
	return auxiliary.Has(w) || qualifierPreps.Has(w) || len(r) == 1 && !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0])
}

// happening is the story's happening a time value dates: the noun's
// concept, and the noun as written; or what befell one person
// (personday.go).
type happening struct {
	concept, written string
	// For what befell one person: the slot and evidence its conflict is
	// shown with, and the verb as written ("died").
	slot, why, verb string
}

// happeningLinks finds the happening each time value dates and links the
// times of different articles that date the same one. vals are in input
// order; scans are the inputs' (memo.scans).
func happeningLinks(vals []value, inputs []Input, indexes []*nlp.Index, roots []int64, scans []*articleScan, memo *conflictMemo) (map[*value]happening, []link) {
	noun := storyHappening(scans)
	if noun == "" {
		return nil, nil
	}
	of := map[*value]happening{}
	var dated []int
	for start := 0; start < len(vals); {
		i := vals[start].input
		end := start + 1
		for end < len(vals) && vals[end].input == i {
			end++
		}
		for _, d := range memo.datedOf(i, scans[i], noun, vals[start:end], indexes[i], inputs[i]) {
			of[&vals[start+d.at]] = d.h
			dated = append(dated, start+d.at)
		}
		start = end
	}
	// An article that gives its happening two days tells of several
	// (a shooting on June 20, another on June 24): none of its days is
	// linked.
	several := map[int]bool{}
	for x, a := range dated {
		for _, b := range dated[x+1:] {
			if vals[a].input == vals[b].input && !agree(&vals[a], &vals[b], 0) {
				several[vals[a].input] = true
			}
		}
	}
	var out []link
	for x, a := range dated {
		for _, b := range dated[x+1:] {
			if roots[vals[a].input] != roots[vals[b].input] && !several[vals[a].input] && !several[vals[b].input] {
				out = append(out, link{a, b, positionalScore, false})
			}
		}
	}
	return of, out
}

// happeningPair judges two days of the same happening. Weekdays are
// compared as weekdays: two pages that name the same weekday agree, even
// when their pages' days put it in different weeks (a page dated when it
// was copied years later).
func happeningPair(a, b *value, h happening) verdict {
	v := verdict{slot: "when the " + h.written + " happened",
		evidence: "each sentence dates the " + h.written + ", the story's happening, and gives no other day"}
	if h.slot != "" {
		v.slot, v.evidence, v.befell = h.slot, h.why, h.concept
	}
	switch {
	case a.t.Weekday != 0 && b.t.Weekday != 0 && a.t.Weekday == b.t.Weekday:
		return verdict{drop: true}
	case a.t.Resolved != b.t.Resolved:
		v.uncertain = "one page is undated: its day is known only as a weekday"
	case a.t.Resolved && a.dayNamed && b.dayNamed && a.t.Start.Sub(b.t.Start).Abs() > 6*24*time.Hour:
		v.uncertain = "the weekdays were dated from pages' days far apart"
	default:
		v.uncertain = countedFromPage(a, b)
	}
	return v
}

// inTime reports whether token t is a word of the time at span.
func inTime(t nlp.Token, span nlp.Span) bool {
	return t.Span.Start >= span.Start && t.Span.Start < span.End
}
