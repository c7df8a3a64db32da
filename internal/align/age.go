package align

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Outlets may give one person different ages: "Usain Bolt, 30, …" and
// "Bolt, 31, …". News gives a person's age in an apposition right after
// the name ("Whitney Houston, 48,", "Houston (48)") or in an adjective
// right before it ("the 30-year-old Usain Bolt"), and that age is the
// person's age when the page was written: one fact about one person,
// whatever the sentence goes on to tell. The number extractor makes no
// value of it, and the sentences are seldom one fact to the claim
// alignment.
//
// Only those two forms are read, tied to the name next to them: a
// description ("the Jamaican, 31") may be another person, and "then 21"
// or "at 19" are ages at another time. A sentence dated before the page
// by two months or more tells of then, and is not read; nor is an article
// giving one person two ages. Ages grow: two pages written over a year
// apart, or one at a date not known, are not compared, and when the later
// page gives the age one year older, a birthday may lie between them
// (uncertain).

var (
	ageBefore   = english.Set(lang.SlotAgeBefore)
	ageSuffixes = english.Set(lang.SlotAgeSuffixes)
	// ageAfterName matches an age in apposition at the start of the text
	// after a name: ", 48," or ", aged 48." or " (48)".
	ageAfterName = regexp.MustCompile(`^(?:\s*,\s*(?:(?i:` + altWords(ageBefore) + `)\s+)?(\d{1,3})(?:\s+(?i:` + altWords(ageSuffixes) + `))?\s*(?:[,;.)]|\s[-–—]\s|$)|\s*\((\d{1,3})\))`)
	// ageBeforeName matches an age adjective at the end of the text
	// before a name: "the 30-year-old ".
	ageBeforeName = regexp.MustCompile(`\b(\d{1,3})[-\s](?i:` + altWords(ageSuffixes) + `)\s+$`)
)

// altWords is a regexp alternation of phrases, longest first, their
// spaces matching any space.
func altWords(s lang.Set) string {
	var ws []string
	for w := range s {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(regexp.QuoteMeta(w), ` `, `[\s-]`)
	}
	return "(?:" + strings.Join(ws, "|") + ")"
}

// maxAge bounds the numbers read as ages: "Flight 93, …" is none.
const maxAge = 115

// thenBefore is how long before its page a sentence's date may start and
// the sentence still tell of the page's time.
const thenBefore = 60 * 24 * time.Hour

// personAge is an age a sentence gives a named person.
type personAge struct {
	v      *value // its input, sentence and span
	years  int
	person int // the story entity
	text   string
}

// ageConflicts returns the conflicts of ages different articles give one
// named person. claimOf gives a sentence's claim: the conflict is shown
// with a variant's.
func (j *judge) ageConflicts(claimOf map[[2]int]int, roots []int64) []Conflict {
	byPerson := map[int][]personAge{}
	var order []int
	for i, x := range j.indexes {
		page := j.inputs[i].Published
		if page.IsZero() {
			// An age on a page of unknown date is of an unknown year:
			// "Orozco, 27, was found hiding" and "the jury found …
			// Orozco, 29, guilty" are two years apart (ECB+ develop).
			continue
		}
		for _, a := range j.agesOf(x, i, page) {
			if _, ok := byPerson[a.person]; !ok {
				order = append(order, a.person)
			}
			byPerson[a.person] = append(byPerson[a.person], a)
		}
	}
	var out []Conflict
	for _, p := range order {
		if c, ok := j.ageConflict(byPerson[p], claimOf, roots); ok {
			out = append(out, c)
		}
	}
	return out
}

// agesOf returns the ages article i (x its index, written on day page)
// gives named people in the two forms read, leaving out sentences dated
// well before the page.
func (j *judge) agesOf(x *nlp.Index, i int, page time.Time) []personAge {
	var out []personAge
	for si, s := range x.Sentences {
		body := x.Text[s.Start:s.End]
		if !strings.ContainsAny(body, "0123456789") || datedBefore(x, si, page) {
			continue
		}
		for _, m := range x.MentionsIn(s.Start, s.End) {
			id := j.ents.Lookup(i, m.Entity)
			if id < 0 || j.ents.Entities[id].Kind != nlp.KindPerson {
				continue
			}
			var num nlp.Span
			if g := ageAfterName.FindStringSubmatchIndex(x.Text[m.End:s.End]); g != nil && !digitAt(x.Text, m.End+g[1]) {
				k := 2
				if g[2] < 0 {
					k = 4
				}
				num = nlp.Span{Start: m.End + g[k], End: m.End + g[k+1]}
			} else if g := ageBeforeName.FindStringSubmatchIndex(x.Text[s.Start:m.Start]); g != nil && nameEndsPhrase(x.Text[m.End:s.End]) {
				num = nlp.Span{Start: s.Start + g[2], End: s.Start + g[3]}
			} else {
				continue
			}
			years, _ := strconv.Atoi(x.Text[num.Start:num.End])
			if years < 1 || years > maxAge {
				continue
			}
			v := &value{input: i, sentence: si, kind: "number", q: nlp.Quantity{Text: x.Text[num.Start:num.End], Span: num, Sentence: si}}
			out = append(out, personAge{v: v, years: years, person: id, text: x.Text[num.Start:num.End]})
		}
	}
	return out
}

// nameEndsPhrase reports whether the text after a name leaves the name
// the head of its phrase, so that an age before it is the person's: a
// stop, a possessive, a function word or a verb follows ("The
// 30-year-old Bolt, beaten …", "the 77-year-old Lula's inauguration",
// "… Fernandez of Canada", "… Quillon died"), not a noun the name is
// part of ("the 50-year-old Morandi bridge", "the 34-year-old Barcelona
// legend").
func nameEndsPhrase(after string) bool {
	if possessiveTime(after, 0) {
		return true
	}
	ws := strings.Fields(after)
	if len(ws) == 0 {
		return true
	}
	w := strings.TrimRight(ws[0], `,.;:!?)"'”’—–-`)
	if w != ws[0] || w == "" {
		return true // a stop follows the name
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return false
	}
	if nlp.IsStopword(w) {
		return true
	}
	p, ok := predicateOf(w, "", w)
	return ok && p.verbal
}

// digitAt reports whether text holds a digit at offset at: the "," or
// "." matched after an age was then part of a longer number ("12.5",
// "1,000").
func digitAt(text string, at int) bool {
	return at < len(text) && text[at] >= '0' && text[at] <= '9'
}

// datedBefore reports whether sentence si of x holds a date that starts
// well before the page was written: it tells of then ("In 2008, Bolt,
// 21, won …", "the first such final since 1999, when … defeated Martina
// Hingis (18)").
func datedBefore(x *nlp.Index, si int, page time.Time) bool {
	for _, t := range x.Times {
		if t.Sentence == si && !t.Dateline && !t.Start.IsZero() && t.Start.Before(page.Add(-thenBefore)) {
			return true
		}
	}
	return false
}

// ageConflict judges the ages articles give one person: a conflict when
// two cannot both be right.
func (j *judge) ageConflict(ages []personAge, claimOf map[[2]int]int, roots []int64) (Conflict, bool) {
	// An article giving one person two ages tells of two times.
	kept := onePerPage(ages, func(a personAge) *value { return a.v },
		func(a, b personAge) bool { return a.years == b.years }, roots)
	var classes [][]int
	for a, pa := range kept {
		classes = joinClass(classes, a, func(cl []int) bool { return kept[cl[0]].years == pa.years })
	}
	if len(classes) < 2 {
		return Conflict{}, false
	}
	var unsure string
	for a := range kept {
		for b := range a {
			if kept[a].years == kept[b].years {
				continue
			}
			why, apart := j.agesApart(kept[a], kept[b])
			if apart {
				return Conflict{}, false
			}
			if unsure == "" {
				unsure = why
			}
		}
	}
	claim := -1
	for _, a := range kept {
		if c, ok := claimOf[[2]int{a.v.input, a.v.sentence}]; ok {
			claim = c
			break
		}
	}
	if claim < 0 {
		return Conflict{}, false
	}
	name := j.ents.Entities[kept[0].person].Name
	c := Conflict{Kind: ConflictNumber, Claim: claim, Uncertain: unsure,
		Slot:     "age of " + name,
		Evidence: fmt.Sprintf("each gives the age of %s beside the name, in a sentence of the page's time", name)}
	for _, cl := range classes {
		c.Variants = append(c.Variants, j.ageVariant(kept, cl))
	}
	return c, true
}

// agesApart tells whether two different ages of one person, given by
// articles written at their pages' dates, may both be right: apart when
// the pages are over a year apart (not compared at all), and a reason to
// doubt when a birthday may lie between them.
func (j *judge) agesApart(a, b personAge) (unsure string, apart bool) {
	pa, pb := j.inputs[a.v.input].Published, j.inputs[b.v.input].Published
	if pb.Before(pa) {
		a, b, pa, pb = b, a, pb, pa
	}
	if pb.Sub(pa) > 366*24*time.Hour {
		return "", true
	}
	if pb.After(pa) && b.years == a.years+1 {
		return "the later page gives the age a year older: a birthday may lie between the pages", false
	}
	return "", false
}

func (j *judge) ageVariant(ages []personAge, class []int) Variant {
	first := ages[class[0]]
	v := Variant{Value: first.text, Normalised: strconv.Itoa(first.years) + " years"}
	for _, m := range class {
		v.addSource(ages[m].v, j.inputs, j.indexes)
	}
	return v
}
