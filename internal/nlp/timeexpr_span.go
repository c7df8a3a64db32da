package nlp

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

// resolveSpan resolves a span counted from the reference day: "the past
// week" and "this past week" are the seven days up to it, "the last two
// years" the two years up to it, "the next few days" … from it on. A
// calendar week would cut the span at a Monday: "the newspaper's
// coverage this past week" on a Tuesday takes in Monday and Tuesday.
// "this past weekend" and "the coming weekend" are the weekend just gone
// and the next one. "the last week of July" is the final one, no span
// (m[5], the "of" after it, refuses the match), and "the previous week"
// counts from another event (no span step).
func resolveSpan(m []string, c timeContext) (timeValue, bool) {
	which, unit := strings.ToLower(m[1]), englishTime.units[strings.ToLower(m[3])]
	step := englishTime.spanSteps[which]
	switch {
	// "the last day" is mostly the final one; "the last two days" the
	// span.
	case unit == "day" && m[2] == "":
		return timeValue{}, false
	}
	k, vague := 1, m[2] == "" && m[4] != ""
	if m[2] != "" {
		n, _, ok := parseNumber(m[2])
		if !ok || n < 1 || n > 1000 {
			return timeValue{}, false
		}
		k = int(n)
	}
	v := timeValue{needsRef: true, gran: GranRange, span: true}
	if c.ref.IsZero() {
		return v, true
	}
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), loc(c.ref))
	if unit == "weekend" {
		// The Saturday of the weekend just gone (today's, on a weekend
		// day) or of the next one.
		sat := refDay.AddDate(0, 0, -((isoWeekday(refDay) + 1) % 7))
		if step > 0 {
			sat = refDay.AddDate(0, 0, (6-isoWeekday(refDay)+7)%7)
			if isoWeekday(refDay) == 6 {
				sat = sat.AddDate(0, 0, 7)
			}
			v.start, v.end = sat, sat.AddDate(0, 0, 2+7*(k-1))
			return v, true
		}
		v.start, v.end = sat.AddDate(0, 0, -7*(k-1)), sat.AddDate(0, 0, 2)
		return v, true
	}
	back := func(t time.Time, n int) time.Time {
		switch unit {
		case "day":
			return t.AddDate(0, 0, n)
		case "week":
			return t.AddDate(0, 0, 7*n)
		case "month":
			return t.AddDate(0, n, 0)
		}
		return t.AddDate(n, 0, 0)
	}
	switch {
	case vague && step < 0:
		v.end, v.open = refDay.AddDate(0, 0, 1), OpenBefore
	case vague:
		v.start, v.open = refDay, OpenAfter
	case step < 0:
		v.start, v.end = back(refDay, -k), refDay.AddDate(0, 0, 1)
	default:
		v.start, v.end = refDay, back(refDay, k).AddDate(0, 0, 1)
	}
	return v, true
}

// refuseSpan turns down a span in the possessive, "the next week's
// primaries", which names the calendar week (the relative pattern reads
// it), and a step word that ranks where resolveRanked could not take the
// words ("the last week of July", whose "of July" is a month).
func refuseSpan(m []string, before, rest string) bool {
	which := strings.ToLower(m[1])
	if possessiveAt(rest) != "" || englishTime.spanSteps[which] < 0 && englishTime.spanRefusers.Has(nextWord(rest)) {
		return true
	}
	return englishTime.narrativeSteps.Has(which) && narrative(before, rest)
}

// narrative reports whether "the next week" between before and rest
// counts from an event a past clause tells: with no preposition of a
// period before it ("Gray resigned the next year", "The next month, a
// staffer announced …"), in a clause whose nearest tense word is past.
// "in the next week", "over the next two years" look ahead of the
// telling whatever the tense around them ("She has scheduled stops in
// the next week").
func narrative(before, rest string) bool {
	fields := strings.Fields(before)
	if len(fields) > 0 && englishTime.spanPrepositions.Has(strings.ToLower(fields[len(fields)-1])) {
		return false
	}
	toks := Tokenize(before[max(0, len(before)-tenseBytes):], 0)
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-tenseWindow; i-- {
		if future, ok := tenseAt(toks, i); ok {
			return !future
		}
	}
	return pastAfter(rest)
}

// pastAfter reports whether the first word after a phrase that marks a
// tense marks the past: "the next two weeks were quiet", "The next week,
// he flew to Ohio" count from the event told, not the telling.
func pastAfter(rest string) bool {
	toks := Tokenize(rest[:min(len(rest), tenseBytes)], 0)
	for i := 0; i < len(toks) && i < tenseWindow; i++ {
		if future, ok := tenseAt(toks, i); ok {
			return !future
		}
	}
	return false
}

// resolveRanked refuses a step word that ranks ("the last week of July",
// "the last week before the vote"): the final one of something, whose
// time the words do not give. When "last" counts back ("the past week
// before it" is rare) nothing is lost but a date.
func resolveRanked(m []string, c timeContext) (timeValue, bool) {
	return timeValue{}, false
}

// refuseRanked turns down "the last week of July", "the last month of the
// campaign": the final one, not the one before the reference date's (with
// no article, "of" is another word's: "found guilty last month of
// murder"); and "the next week" in a story told in the past (refuseSpan
// turned it down as a span).
func refuseRanked(m []string, before, rest string) bool {
	if refuseOwnedStep(m, before, rest) {
		return true
	}
	which := strings.ToLower(m[3])
	fields := strings.Fields(before)
	if len(fields) == 0 || !englishTime.articles.Has(strings.ToLower(fields[len(fields)-1])) {
		return false
	}
	if englishTime.steps[which] < 0 && englishTime.genitive.Has(nextWord(rest)) {
		return true
	}
	return englishTime.narrativeSteps.Has(which) && narrative(strings.Join(fields[:len(fields)-1], " "), rest)
}

// nextWord is the first word of s, lower-cased, when only spaces come
// before it.
func nextWord(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) {
		return ""
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(t)
	}
	return strings.ToLower(t[:end])
}

// resolveAgoOpen resolves a count back after a comparative: "less than
// two weeks ago" is the open interval from the day two weeks before the
// reference day on, "more than a year ago" the one up to the day a year
// before it. The count is exact here: the bound is a day, not the
// calendar week or year a closed "two weeks ago" is put in.
func resolveAgoOpen(m []string, c timeContext) (timeValue, bool) {
	open := englishTime.agoComparatives[strings.ToLower(strings.Join(strings.Fields(m[1]), " "))]
	n, _, ok := parseNumber(m[2])
	if indefiniteArticles[strings.ToLower(m[2])] {
		n, ok = 1, true
	}
	if !ok || n > 1000 || open == "" {
		return timeValue{}, false
	}
	k := int(n)
	unit := englishTime.units[strings.ToLower(m[3])]
	v := timeValue{needsRef: true, gran: GranDay, open: open}
	if c.ref.IsZero() {
		return v, true
	}
	refDay := day(c.ref.Year(), c.ref.Month(), c.ref.Day(), loc(c.ref))
	var at time.Time
	switch unit {
	case "day":
		at = refDay.AddDate(0, 0, -k)
	case "week":
		at = refDay.AddDate(0, 0, -7*k)
	case "month":
		at = refDay.AddDate(0, -k, 0)
	default:
		at = refDay.AddDate(-k, 0, 0)
	}
	if open == OpenAfter {
		v.start = at
	} else {
		v.end = at
	}
	return v, true
}

// refuseAmountComparison turns down "more than a year ago" where "more
// than" compares an amount, not the time: "$74 million more than a year
// ago", "5 percent less than a year ago". The word before it is then a
// number, a multiplier or a word of amounts; "a year ago" is read alone.
func refuseAmountComparison(_ []string, before, _ string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(fields[len(fields)-1], ",.;:"))
	if strings.ContainsAny(w, "0123456789%") || englishTime.amountWords.Has(w) {
		return true
	}
	_, _, number := parseNumber(w)
	_, multiplier := multipliers[w]
	return number || multiplier
}

// finalStepOwners are the possessive determiners that make "last" or
// "next" after them the owner's final or following one.
var finalStepOwners = en.Set(lang.FinalStepOwners)

// refuseOwnedStep turns down "last night", "next week" right after a
// possessive determiner: "Tonite was my last night" is the final night,
// "their last year in office" the final year, not the one before the
// telling.
func refuseOwnedStep(m []string, before, rest string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(m[0])), " ")
	if _, step := englishTime.steps[first]; !step {
		return false
	}
	fields := strings.Fields(before)
	return len(fields) > 0 && finalStepOwners.Has(strings.ToLower(fields[len(fields)-1]))
}
