package align

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Outlets may give one happening different times of day: "Epstein's body
// was found … at approximately 7:30 a.m." and "Epstein … was found
// unresponsive in his jail cell at 6:30 a.m. ET". The time extractor
// makes no values of clock times, and the two sentences are no one fact
// to the claim alignment, so nothing compared them.
//
// Most different clock times of one story are different steps: a flight
// took off at 6:20 and lost contact at 6:33, a jury sent a note at 4:20
// and gave its verdict after 5. So a time of day is read only as the
// time of the verb it dates, that verb done by one named person, in the
// factual mood and no verb of saying; and two outlets' times are one slot
// only when they date the same verb of the same person, on the same day
// when both sentences give a day. A sentence giving two times of day, or
// an article giving the same verb of the same person two times, tells of
// several happenings and is not read.
//
// A time written to the minute is read as that minute, give or take two
// (a minute's rounding); on the hour as a quarter of an hour either way
// (a round figure); a hedge ("around", "shortly after") widens it by half
// an hour more. Times in different zones, or one in a named zone and one
// in none, are only uncertain: crosscheck does not know the place's zone
// or its summer time.

var (
	clockHalves = english.Map(lang.SlotClockHalves)
	clockHedges = english.Set(lang.SlotClockHedges)
	clockLocal  = english.Set(lang.SlotClockLocal)
	clockHours  = english.Set(lang.SlotClockHours)
	clockRe     = clockPattern()
)

// clockPattern matches a time of day: "7:30 a.m.", "2.30am", "3 pm",
// "22:29 hours", "01:00 local time", "6:30 a.m. ET", with the zone or
// "local time" after it when one is written.
func clockPattern() *regexp.Regexp {
	alt := func(words []string) string {
		slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = strings.ReplaceAll(regexp.QuoteMeta(w), ` `, `\s+`)
		}
		return "(?:" + strings.Join(q, "|") + ")"
	}
	var halves, after, zones []string
	for w := range clockHalves {
		halves = append(halves, w)
	}
	for w := range clockLocal {
		after = append(after, w)
	}
	zones = english.Keys(lang.TimeZones)
	var hours []string
	for w := range clockHours {
		hours = append(hours, w)
	}
	// Halves and "local" are matched in any case; zones as printed.
	twelve := `\b(\d{1,2})(?:[:.](\d{2}))?\s?((?i)` + alt(halves) + `)`
	day := `\b([01]?\d|2[0-3])[:.](\d{2})(?:\s+(?i:` + alt(hours) + `))?`
	zone := `(?:\s+(` + alt(zones) + `|(?i:` + alt(after) + `))\b)?`
	return regexp.MustCompile(`(?:` + twelve + `|` + day + `)` + zone)
}

// clockTime is a time of day a sentence gives.
type clockTime struct {
	span nlp.Span
	text string
	// minute is the time as minutes after midnight; slack how many
	// minutes either way its writing allows.
	minute, slack int
	// zone is the zone written after it; "" for none or "local time",
	// the time where the thing happened.
	zone string
}

// clockTimes returns the times of day in sentence s of text, leaving out
// those in brackets ("(0803 GMT)", a conversion of the time before it).
func clockTimes(text string, s nlp.Sentence) []clockTime {
	body := text[s.Start:s.End]
	var out []clockTime
	for _, m := range clockRe.FindAllStringSubmatchIndex(body, -1) {
		end := m[1]
		// "a.m." and "am" must end a word: not "2 amid", "3 pmq".
		if end < len(body) {
			r := rune(body[end])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		var h, mi int
		switch {
		case m[2] >= 0:
			h, _ = strconv.Atoi(body[m[2]:m[3]])
			if m[4] >= 0 {
				mi, _ = strconv.Atoi(body[m[4]:m[5]])
			}
			half, err := strconv.Atoi(clockHalves[strings.ToLower(body[m[6]:m[7]])])
			if h < 1 || h > 12 || err != nil {
				continue
			}
			h = h%12 + half
		default:
			// The 24-hour clock only with a word or a zone after it:
			// a bare "21:29" is a page stamp or a score.
			if !strings.ContainsFunc(body[m[9]:end], unicode.IsLetter) {
				continue
			}
			h, _ = strconv.Atoi(body[m[8]:m[9]])
			mi, _ = strconv.Atoi(body[m[10]:m[11]])
		}
		if mi > 59 || inBrackets(body, m[0]) {
			continue
		}
		c := clockTime{span: nlp.Span{Start: s.Start + m[0], End: s.Start + end}, minute: h*60 + mi, slack: 2}
		c.text = text[c.span.Start:c.span.End]
		if mi == 0 {
			c.slack = 15
		}
		// "local time" is the zone a time with none is read in.
		if m[12] >= 0 && !clockLocal.Has(strings.ToLower(strings.Join(strings.Fields(body[m[12]:m[13]]), " "))) {
			c.zone = body[m[12]:m[13]]
		}
		if clockHedged(body[:m[0]]) {
			c.slack += 30
		}
		out = append(out, c)
	}
	return out
}

// inBrackets reports whether offset at of s lies inside an open bracket.
func inBrackets(s string, at int) bool {
	open := strings.LastIndexByte(s[:at], '(')
	return open >= 0 && !strings.Contains(s[open:at], ")")
}

// clockHedged reports whether one of the three words before a time makes
// it approximate ("at around", "shortly after", "at approximately").
func clockHedged(before string) bool {
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		if clockHedges.Has(strings.ToLower(strings.Trim(ws[i], ",;:"))) {
			return true
		}
	}
	return false
}

// clocksAgree reports whether two times of day can both be true.
func clocksAgree(a, b clockTime) bool {
	d := a.minute - b.minute
	if d < 0 {
		d = -d
	}
	d = min(d, 24*60-d)
	return d <= a.slack+b.slack
}

// sameZone reports whether two times are given in one zone: the same
// zone named, or none but "local time".
func sameZone(a, b clockTime) bool {
	return a.zone == b.zone
}

// timedClock is a time of day that dates a verb of one person.
type timedClock struct {
	clockTime
	v      *value // the time as a value: its input, sentence and span
	day    *value // the sentence's day, if it gives one
	verb   string // the verb's concept
	person int    // the story entity doing it
}

// clockConflicts returns the conflicts of times of day that date the same
// verb of the same person in different articles, of the sentences giving
// one time of day (each input's scan). claimOf gives a sentence's claim:
// the conflict is shown with the first variant's.
func (j *judge) clockConflicts(scans []*articleScan, claimOf map[[2]int]int, roots []int64) []Conflict {
	var found []timedClock
	for i, x := range j.indexes {
		for _, sc := range scans[i].clocks {
			si, c := sc.sentence, sc.clock
			c.text = x.Text[c.span.Start:c.span.End]
			v := &value{input: i, sentence: si, kind: "time", t: nlp.TimeExpr{Text: c.text, Span: c.span, Sentence: si}}
			tc, ok := j.timedClock(x, v, c)
			if ok {
				found = append(found, tc)
			}
		}
	}
	// Grouped by surname: outlets spell a first name apart ("Jeffery
	// Epstein"), which makes two story entities of one person; the
	// group is then checked person by person (clockConflict).
	type key struct {
		verb    string
		surname string
	}
	groups := map[key][]timedClock{}
	var order []key
	for _, tc := range found {
		k := key{tc.verb, surname(j.ents.Entities[tc.person].Name)}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], tc)
	}
	var out []Conflict
	for _, k := range order {
		if c, ok := j.clockConflict(groups[k], claimOf, roots); ok {
			out = append(out, c)
		}
	}
	return out
}

// timedClock reads what time of day c, as value v of article x, dates:
// ok only for a verb of one named person in the factual mood, no verb of
// saying, in a sentence giving at most one day.
func (j *judge) timedClock(x *nlp.Index, v *value, c clockTime) (timedClock, bool) {
	concept, saying := j.verbNear(v)
	if concept == "" || saying {
		return timedClock{}, false
	}
	cl := j.clauseOf(v)
	toks := nlp.Tokenize(x.Text[cl.Span.Start:cl.Span.End], cl.Span.Start)
	k, ok := timedVerbAt(toks, c.span, func(t nlp.Token) bool { return x.EntityAt(t.Span.Start) >= 0 })
	if !ok || moodBefore(x.Text, toks, k, true) != moodFact {
		return timedClock{}, false
	}
	people := j.persons(v)
	if len(people) != 1 {
		return timedClock{}, false
	}
	tc := timedClock{clockTime: c, v: v, verb: concept, person: people[0]}
	for ti, t := range x.Times {
		if t.Sentence != v.sentence || t.Dateline || !(t.Resolved || t.Weekday != 0) {
			continue
		}
		d := &value{input: v.input, sentence: v.sentence, kind: "time", t: t, at: ti}
		if tc.day != nil && !agree(tc.day, d, 0) {
			return timedClock{}, false // two days: which one the time is of is not read
		}
		tc.day = d
	}
	return tc, true
}

// clockConflict judges the times of one verb of one person: a conflict
// when two articles' times cannot both be true.
func (j *judge) clockConflict(tcs []timedClock, claimOf map[[2]int]int, roots []int64) (Conflict, bool) {
	// An article giving the verb two times that disagree tells of two
	// happenings: none of its times is read.
	kept := onePerPage(tcs, func(tc timedClock) *value { return tc.v },
		func(a, b timedClock) bool { return clocksAgree(a.clockTime, b.clockTime) }, roots)
	// One person by one name, or by a name spelt apart or given by
	// surname only, which may be another person's (uncertain); of two
	// people with one surname, nothing is read.
	var unsure string
	for a := range kept {
		for b := range a {
			pa, pb := kept[a].person, kept[b].person
			if pa == pb {
				continue
			}
			na, nb := j.ents.Entities[pa].Name, j.ents.Entities[pb].Name
			switch {
			case spellingVariants(na, nb):
				unsure = "the names may be two spellings of one person's name"
			case len(strings.Fields(na)) == 1 || len(strings.Fields(nb)) == 1:
				unsure = "one outlet names the person by surname only, which may be another person's"
			default:
				return Conflict{}, false
			}
		}
	}
	// Times of different days are of different happenings.
	var classes [][]int
	for a, tc := range kept {
		for b := range a {
			if tc.day != nil && kept[b].day != nil && !agree(tc.day, kept[b].day, 0) {
				return Conflict{}, false
			}
		}
		classes = joinClass(classes, a, func(cl []int) bool { return clocksAgreeAll(kept, cl, a) })
	}
	if len(classes) < 2 {
		return Conflict{}, false
	}
	first := kept[classes[0][0]]
	claim, ok := claimOf[[2]int{first.v.input, first.v.sentence}]
	if !ok {
		return Conflict{}, false
	}
	name := j.ents.Entities[first.person].Name
	c := Conflict{Kind: ConflictClock, Claim: claim,
		Slot:     fmt.Sprintf("time of day: %s (%s)", first.verb, name),
		Evidence: fmt.Sprintf("each sentence gives one time of day, of %q done by %s, and no other day", first.verb, name)}
	c.Uncertain = unsure
	for _, a := range kept[1:] {
		if !sameZone(first.clockTime, a.clockTime) {
			c.Uncertain = "the times may be of different time zones: one names a zone the other does not, or another"
		}
	}
	for _, cl := range classes {
		c.Variants = append(c.Variants, j.clockVariant(kept, cl))
	}
	return c, true
}

// surname is the last word of a person's name, lower-cased.
func surname(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// clocksAgreeAll reports whether time a agrees with every time of class.
func clocksAgreeAll(tcs []timedClock, class []int, a int) bool {
	for _, m := range class {
		if !clocksAgree(tcs[m].clockTime, tcs[a].clockTime) {
			return false
		}
	}
	return true
}

func (j *judge) clockVariant(tcs []timedClock, class []int) Variant {
	first := tcs[class[0]]
	v := Variant{Value: first.text, Normalised: fmt.Sprintf("%02d:%02d", first.minute/60, first.minute%60)}
	if first.zone != "" {
		v.Normalised += " " + first.zone
	}
	for _, m := range class {
		v.addSource(tcs[m].v, j.inputs, j.indexes)
	}
	return v
}
