package nlp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// A page stored without its date may still tell its year, or its day, by
// its own words, though no full date of it is the page's (PageDay):
//   - a dateline that writes the day without its year ("Beijing,
//     January 2 – …") and a phrase of the narration that places the
//     telling in a year ("plunging China into mourning at the start of
//     2015", class telling-year-openers) give the day: 2 January 2015.
//     The dateline's month must lie in the part of the year the phrase
//     names (the start of a year is its first two months);
//   - such a phrase alone gives the year; so does a count of years back
//     from the telling to a thing the text names with its year ("the
//     election five years ago" and "the 2014 election": 2019);
//   - a title that names one year ("La Decima for Nadal in one-sided
//     Roland Garros 2017 final") gives the year of a page that looks
//     back from no later time: its text writes no later year, and no
//     word of a retrospect ("ten years on", "the anniversary").
//
// Clues that disagree give nothing: two phrases placing the telling in
// two years, a title year other than the phrase's, a full date written
// after the day found (a page tells what has happened). The page is
// the writer's own: the title, the dateline and the narration, never
// another page's date. What the reference dates says where it came
// from (PageReference.Evidence), so that a reader can check it.

// PageReference is the date a page of unknown date gives itself by its
// own words.
type PageReference struct {
	// Day is the page's day at noon UTC when Granularity is GranDay;
	// with GranYear, 1 July of its year: only what counts in whole
	// years ("this year", "last year") may be read from it.
	Day         time.Time
	Granularity string
	// Evidence says where the date came from: "day from the dateline
	// \"January 2\", year from \"the start of 2015\"".
	Evidence string
}

var (
	tellingYearOpeners      = en.Map(lang.TellingYearOpeners)
	countedThingDeterminers = en.Set(lang.CountedThingDeterminers)
	// thingYearPrepositionsRe are the prepositions between a thing and
	// its year, as a regular expression's group.
	thingYearPrepositionsRe = alternation(en.List(lang.ThingYearPrepositions))
	retrospectiveWords      = en.List(lang.RetrospectiveWords)
	// tellingYearRe is a year after one of tellingYearOpeners.
	tellingYearRe = regexp.MustCompile(`(?i)\b` + alternation(en.Keys(lang.TellingYearOpeners)) + `\s+((?:19|20)\d\d)\b`)
	// titleYearRe is a year of a title, not part of a longer number.
	titleYearRe = regexp.MustCompile(`(?:^|[^\d/.,-])((?:19|20)\d\d)(?:$|[^\d/-])`)
)

// InferPageReference returns the date a page of unknown date gives
// itself, as described above: title is its headline, d its analysis
// against ref (any day). False when no clue gives one or the clues
// disagree.
func InferPageReference(title string, d *Doc, ref time.Time) (PageReference, bool) {
	if ref.IsZero() {
		// A story none of whose pages is dated: the dateline's month
		// and day and the length of a count are read against a day of
		// no meaning, whose year is not kept.
		ref = statedDayProbe
		d = &Doc{Text: d.Text, Sentences: d.Sentences, Times: FindTimes(&Doc{Text: d.Text, Sentences: d.Sentences}, ref)}
	}
	// The quotations, read once and only when a clue needs them: most
	// pages give none, and a briefing asks this of every undated page at
	// every build.
	var spans []Span
	read := false
	quotes := func() []Span {
		if !read {
			spans, read = speechSpans(d.Text), true
		}
		return spans
	}
	// Phrases placing the telling in a year, outside quotations.
	var year int
	var anchor string
	months := 12 // how many of the year's first months the telling may lie in
	for _, m := range tellingYearRe.FindAllStringSubmatchIndex(d.Text, -1) {
		if _, quoted := spanAround(quotes(), Span{m[0], m[1]}); quoted {
			continue
		}
		y := atoi(d.Text[m[4]:m[5]])
		if year != 0 && y != year {
			return PageReference{}, false
		}
		if year == 0 {
			year, anchor = y, strconv.Quote(strings.Join(strings.Fields(d.Text[m[0]:m[1]]), " "))
			if n := atoi(tellingYearOpeners[strings.ToLower(strings.Join(strings.Fields(d.Text[m[2]:m[3]]), " "))]); n > 0 {
				months = n
			}
		}
	}
	if y, phrase, ok := countedNamedYear(d, ref, quotes); ok {
		if year != 0 && y != year {
			return PageReference{}, false
		}
		if year == 0 {
			year, anchor = y, phrase
		}
	}
	titleYear, titled := oneTitleYear(title)
	switch {
	case year != 0 && titled && titleYear != year:
		return PageReference{}, false
	case year == 0 && titled && !retrospective(d.Text) && !laterYearWritten(d, titleYear):
		return PageReference{
			Day: time.Date(titleYear, time.July, 1, 12, 0, 0, 0, time.UTC), Granularity: GranYear,
			Evidence: fmt.Sprintf("year from the title (%q)", strings.TrimSpace(title)),
		}, true
	case year == 0:
		return PageReference{}, false
	}
	if laterYearWritten(d, year) {
		return PageReference{}, false
	}
	// The dateline's day, in the phrase's year.
	dl := ReadDateline(d.Text)
	for _, te := range d.Times {
		if te.Sentence != 0 || !te.RefYear || te.Granularity != GranDay || te.Start.IsZero() {
			continue
		}
		if !te.Dateline && (dl.Place == "" || dl.End == 0 || te.Span.End > dl.End) {
			continue
		}
		day := time.Date(year, te.Start.Month(), te.Start.Day(), 0, 0, 0, 0, time.UTC)
		if day.Day() != te.Start.Day() || int(day.Month()) > months {
			return PageReference{}, false
		}
		if laterDate([]*Doc{d}, day) {
			return PageReference{}, false
		}
		return PageReference{
			Day: day.Add(12 * time.Hour), Granularity: GranDay,
			Evidence: fmt.Sprintf("day from the dateline (%q), year from %s", te.Text, anchor),
		}, true
	}
	return PageReference{
		Day: time.Date(year, time.July, 1, 12, 0, 0, 0, time.UTC), Granularity: GranYear,
		Evidence: "year from " + anchor,
	}, true
}

// countedNamedYear returns the year of the telling that a count of years
// back from it gives, when the text names the thing counted to with its
// year: "the election five years ago" in a text that writes "the 2014
// election" is of 2019. The count must follow "the" and a noun outside
// quotations; the noun must be written after one year only ("the 2014
// election", "the election of 2014"): two years of it are two things.
// d is analysed against ref, from which the count is read.
func countedNamedYear(d *Doc, ref time.Time, quotes func() []Span) (int, string, bool) {
	var year int
	var phrase string
	for _, te := range d.Times {
		if !te.Relative || te.Granularity != GranYear || te.Open != "" || te.Start.IsZero() || !hasAgo(strings.ToLower(te.Text)) {
			continue
		}
		if _, quoted := spanAround(quotes(), te.Span); quoted {
			continue
		}
		from := max(0, te.Span.Start-80)
		toks := Tokenize(d.Text[from:te.Span.Start], from)
		if len(toks) < 2 || !countedThingDeterminers.Has(strings.ToLower(toks[len(toks)-2].Text)) || !isWordToken(toks[len(toks)-1].Text) {
			continue
		}
		noun := strings.ToLower(toks[len(toks)-1].Text)
		named, ok := nounYear(d.Text, noun)
		if !ok {
			continue
		}
		y := named + ref.Year() - te.Start.Year()
		if year != 0 && y != year {
			return 0, "", false
		}
		det, noun := toks[len(toks)-2].Text, toks[len(toks)-1].Text
		year, phrase = y, fmt.Sprintf("%q and %q", d.Text[toks[len(toks)-2].Span.Start:te.Span.End], fmt.Sprintf("%s %d %s", strings.ToLower(det), named, noun))
	}
	return year, phrase, year != 0
}

// nounYear returns the one year text writes noun with ("the 2014
// election", "the election of 2014").
func nounYear(text, noun string) (int, bool) {
	q := regexp.QuoteMeta(noun)
	re := regexp.MustCompile(`(?i)\b(?:((?:19|20)\d\d)\s+` + q + `|` + q + `\s+` + thingYearPrepositionsRe + `\s+((?:19|20)\d\d))\b`)
	var year int
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		y := atoi(m[1] + m[3])
		if year != 0 && y != year {
			return 0, false
		}
		year = y
	}
	return year, year != 0
}

// oneTitleYear returns the one year title names, if it names one.
func oneTitleYear(title string) (int, bool) {
	var year int
	for _, m := range titleYearRe.FindAllStringSubmatch(title, -1) {
		y := atoi(m[1])
		if year != 0 && y != year {
			return 0, false
		}
		year = y
	}
	return year, year != 0
}

// retrospective reports whether text writes a word of a page looking
// back from a later time (retrospectiveWords).
func retrospective(text string) bool {
	lower := " " + strings.Join(strings.Fields(strings.ToLower(text)), " ") + " "
	for _, w := range retrospectiveWords {
		if strings.Contains(lower, " "+w+" ") || strings.Contains(lower, " "+w+",") || strings.Contains(lower, " "+w+".") {
			return true
		}
	}
	return false
}

// laterYearWritten reports whether d writes a time of its own year
// (not counted from its date) that lies after year: a page tells of its
// own time or before, and one naming a later year was written then or
// looks ahead, which this cannot tell apart.
func laterYearWritten(d *Doc, year int) bool {
	for _, te := range d.Times {
		if te.Relative || te.RefYear || te.Unresolved != "" {
			continue
		}
		if !te.Start.IsZero() && te.Start.Year() > year || !te.End.IsZero() && te.End.Add(-time.Nanosecond).Year() > year {
			return true
		}
	}
	return false
}

// YearReferenceTimes returns d's expressions with the ones that count
// whole years from the telling ("this year", "last year", "two years
// ago"), outside quotations, counted from year instead, and which of
// them were so dated. dy is d analysed against a day of year. The other
// expressions are d's, unchanged: a day or month needs more of the date
// than its year.
func YearReferenceTimes(d, dy *Doc) ([]TimeExpr, []bool) {
	quotes := speechSpans(d.Text)
	byStart := map[int]TimeExpr{}
	for _, te := range dy.Times {
		byStart[te.Span.Start] = te
	}
	out := append([]TimeExpr(nil), d.Times...)
	dated := make([]bool, len(out))
	for i, te := range out {
		if !te.Relative || te.Granularity != GranYear || te.Open != "" {
			continue
		}
		if _, quoted := spanAround(quotes, te.Span); quoted {
			continue
		}
		y, ok := byStart[te.Span.Start]
		if !ok || y.Span != te.Span || !y.Resolved || y.Open != "" || y.Unresolved != "" || y.Granularity != GranYear {
			continue
		}
		out[i], dated[i] = y, true
	}
	return out, dated
}
