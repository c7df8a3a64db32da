package nlp

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

const yearRe = `((?:19|20)\d\d)`

// shortYearRe is a year cut to its last two digits after an apostrophe,
// which stands for the century left out ("27 Dec' 07", "June 25 '09").
const shortYearRe = `,?\.?\s*['’]\s*(\d\d)\b`

var (
	// dayNumRe is a day of the month, maybe ordinal ("3", "3rd").
	dayNumRe = `(\d{1,2})` + wordsRe(en.Set(lang.OrdinalSuffixes), "") + `?`
	// rangeSep stands between the two days of a range in one month.
	rangeSep = `\s*(?:-|–|—|` + wordsRe(en.Set(lang.DayRangeWords), `\s+`) + `)\s*`
)

// Open intervals (TimeExpr.Open).
const (
	OpenAfter  = "after"  // from Start on, no end: "since 1995", "after Tuesday"
	OpenBefore = "before" // up to End, no start: "before 1990", "until Monday"
)

// timePattern is one shape of time expression and how to resolve it.
type timePattern struct {
	re      *regexp.Regexp
	resolve func(m []string, c timeContext) (timeValue, bool)
	// need is a cheap test a sentence must pass for the pattern to match
	// in it; running the regular expressions only where they can match
	// keeps analysis fast.
	need func(s string) bool
	// refuse, when set, turns down a match by the text of its sentence
	// before and after it, leaving its words to the patterns after it.
	refuse func(m []string, before, rest string) bool
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func hasMonth(s string) bool {
	for _, m := range englishTime.monthStems {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func hasWeekday(s string) bool {
	for _, name := range englishTime.weekdayNames {
		if strings.Contains(s, name) {
			return true
		}
	}
	return false
}

func hasSeason(s string) bool {
	l := strings.ToLower(s)
	for k := range englishTime.seasons {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

func hasAgo(s string) bool {
	for w := range agoWords {
		if strings.Contains(s, " "+w) {
			return true
		}
	}
	return false
}

var agoWords = en.Set(lang.AgoWords)

func hasRelative(s string) bool {
	l := strings.ToLower(s)
	for _, w := range englishTime.relativeCues {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// timeContext is what resolving an expression may look at.
type timeContext struct {
	ref    time.Time // zero when unknown
	future bool      // the clause speaks of the future
	tensed bool      // a word of the clause marks its tense
	// reported: that word is a verb of saying that may govern another
	// clause than the expression's (clauseTense.reported).
	reported bool
	// until: an "until" bound ends the day ("suspended until October
	// 14th"), which a past clause does not push back (untilDayYear).
	until bool
}

type timeValue struct {
	start, end time.Time
	gran       string
	weekday    int
	partOfDay  string
	needsRef   bool // relative: unresolved without a reference date
	refYear    bool // a day or month written without its year
	unresolved bool
	// open is OpenAfter or OpenBefore for an interval open at one end
	// by the expression's own words ("less than two weeks ago"); its
	// other end is zero.
	open string
	// reason says why an unresolved value is so, when the usual
	// reasons do not (UnresolvedNamedDay).
	reason string
	// span: counted from the reference day ("the past week"); a bound
	// word before it bounds the thing it names, not the span ("after
	// the past week").
	span bool
}

var timePatterns = buildTimePatterns(englishTime)

func buildTimePatterns(w *timeWords) []timePattern {
	month, weekday := w.monthRe, w.weekdayRe
	set := func(c lang.Class) string { return wordsRe(en.Set(c), `\s+`) }
	capSet := func(c lang.Class) string { return eitherCases(en.Set(c)) }
	var (
		from, between, lowBetween = capSet(lang.RangeOpeners), capSet(lang.RangeBetweenWords), set(lang.RangeBetweenWords)
		rangeWords                = `\s*(?:-|–|—|` + set(lang.RangeWords) + `)\s*`
		and, of, the, capThe      = set(lang.AdditiveConjunctions), set(lang.GenitivePrepositions), set(lang.DefiniteArticles), capSet(lang.DefiniteArticles)
		plural                    = wordsRe(en.Set(lang.PluralEndings), "")
		nights                    = ""
		// Ordinal words of the days of a month ("first", "twenty-first").
		dayWords = `(?i:` + strings.TrimSuffix(strings.TrimPrefix(wordsRe(keySet(en.Map(lang.DayOrdinalWords)), `[\s-]+`), "(?:"), ")") + `)`
		// A count in two words ("twenty-two years ago") is read whole:
		// the count words alone would take its last word, two years ago.
		count = `(\d{1,3}|` + compoundNumberRe(en.Keys(lang.NumberWordValues), numberWords) + `|` + set(lang.AgoCounts) + `)`
	)
	for _, k := range en.Keys(lang.NightDays) {
		if _, ok := w.days[k]; !ok {
			nights += "|" + regexp.QuoteMeta(k)
		}
	}
	return []timePattern{
		twoDaysPattern(month),
		// "from October 16 to November 14", "between May 30 and June 2,
		// 2009": a range of days across a month's end ("and" joins the
		// ends only after "between").
		{regexp.MustCompile(`\b(?:` + from + `\s+)?` + month + `\s+` + dayNumRe + rangeWords + month + `\s+` + dayNumRe + `\b(?:,?\s+` + yearRe + `\b)?`), resolveCrossMonthRange, hasDigit, nil},
		{regexp.MustCompile(`\b` + between + `\s+` + month + `\s+` + dayNumRe + `\s+` + and + `\s+` + month + `\s+` + dayNumRe + `\b(?:,?\s+` + yearRe + `\b)?`), resolveCrossMonthRange, hasDigit, nil},
		{regexp.MustCompile(`\b(?:` + lowBetween + `\s+)?` + month + `\s+` + dayNumRe + rangeSep + dayNumRe + `\b(?:,?\s+` + yearRe + `\b)?`), resolveMonthDayRange, hasDigit, refuseClockEnd},
		{regexp.MustCompile(`\b(?:` + lowBetween + `\s+)?` + dayNumRe + rangeSep + dayNumRe + `\s+(?:` + of + `\s+)?` + month + `(?:,?\s+` + yearRe + `\b)?`), resolveDayMonthRange, hasDigit, nil},
		// "from January to March 2009", "between May 2010 and June 2011"
		{regexp.MustCompile(`\b(?:` + from + `\s+)?` + month + `(?:,?\s+` + yearRe + `)?` + rangeWords + month + `,?\s+` + yearRe + `\b`), resolveMonthRange, hasMonth, nil},
		{regexp.MustCompile(`\b` + between + `\s+` + month + `(?:,?\s+` + yearRe + `)?\s+` + and + `\s+` + month + `,?\s+` + yearRe + `\b`), resolveMonthRange, hasMonth, nil},
		{regexp.MustCompile(`\b` + month + `\s+` + dayNumRe + `\b(?:,?\s+` + yearRe + `\b|` + shortYearRe + `)?`), resolveMonthDay, hasDigit, nil},
		{regexp.MustCompile(`\b` + dayNumRe + `\s+(?:` + of + `\s+)?` + month + `(?:,?\s+` + yearRe + `\b|` + shortYearRe + `)?`), resolveDayMonth, hasDigit, nil},
		// Days in words: "March first", "the fourth of July".
		{regexp.MustCompile(`\b` + month + `\s+(` + dayWords + `)\b(?:,?\s+` + yearRe + `\b)?`), resolveMonthDayWord, hasMonth, refuseMonthOrdinal},
		{regexp.MustCompile(`\b(?:` + capThe + `\s+)(` + dayWords + `)\s+` + of + `\s+` + month + `\b(?:,?\s+` + yearRe + `\b)?`), resolveDayWordMonth, hasMonth, nil},
		// "July 2017", "July of 2017".
		{regexp.MustCompile(`\b` + month + `(?:,?\s+|\s+` + of + `\s+)` + yearRe + `\b`), resolveMonthYear, hasDigit, nil},
		{regexp.MustCompile(`\b(` + precedersRe(en.Set(lang.MonthPreceders)) + `)` + month + `\b`), resolveMonth, hasMonth, refuseMonthEpithet},
		{regexp.MustCompile(`\b(\d{4})-(\d\d)-(\d\d)\b`), resolveISO, hasDigit, nil},
		{regexp.MustCompile(numericDateRe(weekday)), resolveNumericDate, hasDigit, refuseNumericDate},
		// "Super Tuesday", "Christmas", "the Fourth of July": named days,
		// read before the weekday or the month their name holds.
		// A church's own calendar before a feast ("Orthodox Easter") is
		// taken with it.
		{regexp.MustCompile(`\b(?:(` + capSet(lang.OtherFeastCalendars) + `)\s+)?(` + wordsRe(keySet(en.Map(lang.NamedDaysCased)), `\s+`) + `)(?:,?\s+` + yearRe + `)?\b`), resolveNamedDay, hasNamedDay, nil},
		// "the 2007 ceremony", "the 2016 election": a year naming which
		// one of a recurring thing. Before a plural the number may count
		// ("the 2000 votes").
		{regexp.MustCompile(`\b` + capThe + `\s+((?:19|20)\d\d)\s+[a-z]+[a-rt-z]\b`), resolveYear, hasDigit, nil},
		// "in 1950-53", "from 1939 to 1945", "between 2001 and 2003": a
		// range of years. After "between" only, "and" joins the ends of
		// a range ("in 2008 and 2009" are two years).
		{regexp.MustCompile(`\b(?:` + capSet(lang.YearRangePreceders) + `\s+)?` + yearRe + `\s*(?:-|–|—|` + set(lang.YearRangeWords) + `)\s*((?:19|20)?\d\d)\b`), resolveYearRange, hasDigit, nil},
		{regexp.MustCompile(`\b` + between + `\s+` + yearRe + `\s+` + and + `\s+` + yearRe + `\b`), resolveYearRange, hasDigit, nil},
		// "the 1940s and 1950s": touching decades make one range.
		{regexp.MustCompile(`\b(?:` + capSet(lang.DecadePairPreceders) + `\s+)?` + the + `\s+((?:19|20)\d0)` + plural + `\s+` + and + `\s+(?:` + the + `\s+)?((?:19|20)\d0)` + plural + `\b`), resolveDecades, hasDigit, nil},
		// "in the 1990s"
		{regexp.MustCompile(`\b(?:` + capSet(lang.DecadePreceders) + `\s+)?` + the + `\s+(?:` + precedersRe(en.Set(lang.DecadeParts)) + `)?((?:19|20)\d0)` + plural + `\b`), resolveDecade, hasDigit, nil},
		{regexp.MustCompile(`\b` + precedersRe(en.Set(lang.YearPreceders)) + yearRe + `\b`), resolveYear, hasDigit, nil},
		{regexp.MustCompile(`\b(?:` + set(lang.WeekdayPairOpeners) + `\s+)?` + weekday + `\s+` + set(lang.WeekdayAlternatives) + `\s+` + weekday + `\b`), resolveWeekdayPair, hasWeekday, nil},
		{regexp.MustCompile(`\b(?:(` + capSet(lang.WeekdayPreceders) + `)\s+)?` + weekday + `(?:\s+` + w.partRe + `)?\b`), resolveWeekday, hasWeekday, nil},
		{regexp.MustCompile(`(?i)\b(` + strings.Trim(w.dayWordRe, "()") + nights + `)\b`), resolveDeictic, hasRelative, refuseOwnedStep},
		{regexp.MustCompile(`(?i)\b(` + set(lang.PartOfDayOpeners) + `)\s+` + w.partRe + `\b`), resolvePartOfDay, hasRelative, nil},
		{regexp.MustCompile(`(?i)\b` + w.stepRe + `\s+` + w.seasonRe + `\b`), resolveSeason, hasSeason, nil},
		{regexp.MustCompile(`(?i)\b(` + wordsRe(keySet(en.Map(lang.AgoComparatives)), `\s+`) + `)\s+` + count + `\s+(` + set(lang.AgoUnits) + `)` + plural + `?\s+` + set(lang.AgoWords) + `\b`), resolveAgoOpen, hasAgo, refuseAmountComparison},
		{regexp.MustCompile(`(?i)\b` + count + `\s+(` + set(lang.AgoUnits) + `)` + plural + `?\s+` + set(lang.AgoWords) + `\b`), resolveAgo, hasAgo, nil},
		// "the past week", "this past week", "the last two years": a
		// span up to the reference day.
		// "the last week of July", "the last week before the vote": the
		// final one, no time of its own; its words are taken so that
		// "last week" is not read in them.
		{regexp.MustCompile(`(?i)\b` + the + `\s+(` + wordsRe(keySet(en.Map(lang.SpanSteps)), `\s+`) + `)\s+(?:` + count + `\s+)?(` + set(lang.SpanUnits) + `)(` + plural + `)?\s+` + set(lang.SpanRefusers) + `\b`), resolveRanked, hasRelative, nil},
		{regexp.MustCompile(`(?i)\b` + set(lang.SpanOpeners) + `\s+(` + wordsRe(keySet(en.Map(lang.SpanSteps)), `\s+`) + `)\s+(?:` + count + `\s+)?(` + set(lang.SpanUnits) + `)(` + plural + `)?\b`), resolveSpan, hasRelative, refuseSpan},
		{regexp.MustCompile(`(?i)\b(?:(?:` + set(lang.PeriodOpeners) + `\s+)?` + the + `\s+(` + wordsRe(keySet(en.Map(lang.PeriodThirds)), `\s+`) + `)\s+` + of + `\s+|(` + wordsRe(keySet(en.Map(lang.PeriodSides)), `\s+`) + `)\s+)?` + w.stepRe + `\s+(` + set(lang.RelativeUnits) + `)\b`), resolveRelative, hasRelative, refuseRanked},
	}
}

// FindTimes returns the time expressions of the text of d, resolved against
// ref. d.Sentences must be set.
func FindTimes(d *Doc, ref time.Time) []TimeExpr {
	type match struct {
		start, end int
		m          []string
		p          *timePattern
	}
	var ms []match
	for pi := range timePatterns {
		p := &timePatterns[pi]
		for _, sent := range d.Sentences {
			if !p.need(sent.Text) {
				continue
			}
			for _, loc := range p.re.FindAllStringSubmatchIndex(sent.Text, -1) {
				sub := make([]string, len(loc)/2)
				for i := range sub {
					if loc[2*i] >= 0 {
						sub[i] = sent.Text[loc[2*i]:loc[2*i+1]]
					}
				}
				if p.refuse != nil && p.refuse(sub, sent.Text[:loc[0]], sent.Text[loc[1]:]) {
					continue
				}
				ms = append(ms, match{sent.Start + loc[0], sent.Start + loc[1], sub, p})
			}
		}
	}
	// Patterns are ordered from the most to the least specific: take each
	// pattern's matches in that order, skipping any that overlap one taken.
	taken := make([]match, 0, len(ms))
	used := make([]bool, len(d.Text))
	for _, m := range ms {
		if slices.Contains(used[m.start:m.end], true) {
			continue
		}
		// A time word of a name ("Saturday Night Live", "USA TODAY")
		// dates nothing; its words are taken all the same.
		if si := d.SentenceAt(m.start); si >= 0 && inName(d.Text, d.Sentences[si], m.start, m.end) {
			for i := m.start; i < m.end; i++ {
				used[i] = true
			}
			continue
		}
		for i := m.start; i < m.end; i++ {
			used[i] = true
		}
		taken = append(taken, m)
	}
	slices.SortFunc(taken, func(a, b match) int { return a.start - b.start })
	var out []TimeExpr
	var outMatch []match
	spans := map[int]bool{}
	for _, m := range taken {
		si := d.SentenceAt(m.start)
		c := timeContext{ref: ref}
		ct := futureClause(d, si, m.start, m.end)
		c.future, c.tensed, c.reported = ct.future, ct.known, ct.reported
		if !ct.known && deadlineBefore(d.Text, m.start) {
			if donePerfect(d, si, m.start) {
				c.tensed = true
			} else {
				c.future = true
			}
		}
		if possessiveDone(d.Text, m.start, m.end) {
			c.future = false
		}
		if sinceBefore(d.Text, m.start) {
			c.future, c.tensed, c.reported = false, true, false
		}
		c.until = untilBefore(d.Text, m.start)
		v, ok := m.p.resolve(m.m, c)
		if !ok {
			continue
		}
		te := TimeExpr{
			Text: d.Text[m.start:m.end], Granularity: v.gran, Weekday: v.weekday,
			PartOfDay: v.partOfDay, Sentence: si, Span: Span{m.start, m.end}, Relative: v.needsRef,
			RefYear: v.refYear,
		}
		switch {
		case (v.needsRef || v.refYear) && genericTime(d, si, m.start, m.end):
			te.Unresolved, te.Weekday, te.PartOfDay = UnresolvedGeneric, 0, ""
		case v.needsRef && ref.IsZero():
			te.Unresolved = UnresolvedNoDate
		case v.weekday != 0 && v.needsRef && possessiveDay(d.Text, m.start, m.end) && !possessiveDayDated(d.Text, m.start, ct) &&
			!possessiveOwnDay(d.Text, m.start, v.weekday, ref):
			te.Unresolved = UnresolvedPossessiveDay
		case v.unresolved && v.reason != "":
			te.Unresolved = v.reason
		case v.unresolved && v.refYear:
			te.Unresolved = UnresolvedNoYear
		case v.unresolved:
			te.Unresolved = UnresolvedNoDate
		case v.open != "":
			te.Start, te.End, te.Open = v.start, v.end, v.open
		default:
			te.Start, te.End, te.Resolved = v.start, v.end, true
		}
		te.Dateline = inDateline(d.Text, m.start, m.end)
		if v.span {
			spans[m.start] = true
		}
		out = append(out, te)
		outMatch = append(outMatch, m)
	}
	anchoredDays(d, out)
	// Before the quoted days: a quotation's gloss dates its own day.
	numericGlossDays(d.Text, out)
	if !ref.IsZero() {
		// Before the quoted days, which may count from a day it
		// leaves undated.
		updateStampDays(d, out, ref)
		updatedPageDays(d, out, ref)
		deicticWeekBefore(d, out, ref, func(i int) bool {
			m := outMatch[i]
			ct := futureClause(d, out[i].Sentence, m.start, m.end)
			return ct.known && !ct.future
		})
		quotedDays(d, out, ref, func(i int, at time.Time) (timeValue, bool) {
			m := outMatch[i]
			ct := futureClause(d, out[i].Sentence, m.start, m.end)
			return m.p.resolve(m.m, timeContext{ref: at, future: ct.future, tensed: ct.known, reported: ct.reported})
		}, func(i int) bool {
			m := outMatch[i]
			return futureClause(d, out[i].Sentence, m.start, m.end).known
		})
	}
	if !ref.IsZero() {
		writtenDayBeforeToday(d, out, ref, func(i int) bool {
			m := outMatch[i]
			ct := futureClause(d, out[i].Sentence, m.start, m.end)
			return ct.known && !ct.future
		})
		lastNextNeighbourDays(out, ref)
		eastDatelineDays(d, out, ref)
	}
	narratedSpans(d, out, ref, func(i int) (time.Time, time.Time, bool) {
		// The span's length, whatever the reference: resolved from a
		// fixed day when the article's is not known.
		if !spans[out[i].Span.Start] {
			return time.Time{}, time.Time{}, false
		}
		v, ok := outMatch[i].p.resolve(outMatch[i].m, timeContext{ref: spanProbeDay})
		return v.start, v.end, ok && !v.unresolved && v.open == ""
	})
	// After the narrated spans: a span the narration anchors is no
	// term of an undated thing.
	termSpans(d, out, spans)
	out = mergeWeekdayDates(d.Text, out)
	weekdayYears(d.Text, out)
	apposedWeekdays(d.Text, out)
	linkedWeekdays(d, out)
	southernSeasons(d.Text, out)
	out = fromUntilRanges(d, out)
	for i := range out {
		if out[i].Open == "" && !spans[out[i].Span.Start] {
			openInterval(d, &out[i])
		}
	}
	// Once a year has taken in the noun it names ("the 2017 fiscal
	// year"), and been opened by its bound.
	fiscalYears(out)
	// After the bounds: a year is carried from a date, not from an
	// interval it bounds ("since June 2014, and again since the Paris
	// attacks in November").
	carriedYears(d, out)
	yearCarriedMonths(d, out)
	// Once the narration has given its years: a caption's year is its own.
	captionMonths(d, out)
	// Last, once the gloss has its year.
	glossedDays(d.Text, out)
	glossedWeekdays(d.Text, out)
	glossedSpans(d.Text, out)
	return out
}

// Why a time expression is not resolved (TimeExpr.Unresolved).
const (
	UnresolvedNoDate = "relative to a publication date that is not known"
	UnresolvedNoYear = "no year given and no publication date to take it from"
)

// openInterval makes t the open interval a bound word before it (or
// opening it) gives: "since 1995" runs from 1995 on, "after 1995" from
// 1996 on, "before 1995" up to 1994, "until Tuesday" up to Tuesday. The
// expression's text takes in the bound word. A closed interval becomes
// one open at one end; its Resolved is then false, since it no longer
// has two ends.
func openInterval(d *Doc, t *TimeExpr) {
	// A time in the possessive is the time of the thing it owns, closed,
	// and its text takes in the thing's name ("Monday's debate"). A bound
	// word before it governs that thing, not the time: "ahead of next
	// month's election" is before the election, which is next month;
	// "hit by Sunday's quake" names the agent.
	if poss := possessiveAt(d.Text[t.Span.End:]); poss != "" {
		withOwnedNoun(d.Text, t, poss)
		return
	}
	// So is a year naming which one of a recurring thing: "before the
	// 2016 election" ends at the election, some day of 2016, not at the
	// year's start; the expression is the election's year.
	if yearNamesThing(t.Text) {
		withOwnedNoun(d.Text, t, "")
		return
	}
	kind, start := boundBefore(d.Text, t.Span.Start, t.Text)
	if kind == "" {
		if start = openFrom(d.Text, t.Span.Start, t.Span.End, t.Text); start < 0 {
			return
		}
		kind = "from"
	}
	t.Span.Start = start
	t.Text = d.Text[t.Span.Start:t.Span.End]
	openBy(t, kind)
}

// openBy opens t at one end by its bound's kind: "from" and "after" leave
// it open after, "before" and "until" before. A resolved "after" starts
// at the end of t, a "before" ends at its start.
func openBy(t *TimeExpr, kind string) {
	switch kind {
	case "from", "after":
		t.Open = OpenAfter
	default:
		t.Open = OpenBefore
	}
	if !t.Resolved {
		return
	}
	if start, end, ok := periodPart(t); ok {
		t.Start, t.End = start, end
	}
	switch kind {
	case "from":
		t.End = time.Time{}
	case "after":
		t.Start, t.End = t.End, time.Time{}
	case "before":
		t.Start, t.End = time.Time{}, t.Start
	case "until":
		t.Start = time.Time{}
	}
	t.Resolved = false
}

// withOwnedNoun extends t over its possessive ending and the noun phrase
// after it ("next month's election", "this year's box office dud"), so
// that the timeline does not show the expression cut at "month". The
// phrase ends before a function word, a word that marks a tense, or
// anything that is not a word.
func withOwnedNoun(text string, t *TimeExpr, poss string) {
	end := t.Span.End + len(poss)
	toks := Tokenize(text[end:min(len(text), end+60)], end)
	last := -1
	for i, w := range toks {
		gap := text[end:w.Span.Start]
		if i > 0 {
			gap = text[toks[i-1].Span.End:w.Span.Start]
		}
		lw := strings.ToLower(w.Text)
		if i >= 4 || strings.TrimSpace(gap) != "" || !isLetterWord(w.Text) || IsStopword(lw) {
			break
		}
		if _, ok := tenseAt(toks, i); ok || pastSuffixes.SuffixOf(lw) || participleSuffixes.SuffixOf(lw) {
			break
		}
		last = i
	}
	if last < 0 {
		return
	}
	t.Span.End = toks[last].Span.End
	t.Text = text[t.Span.Start:t.Span.End]
}

// yearNamesThing reports whether expr is a year between an article and
// the noun it names one of ("the 2016 election", "the 2007 ceremony").
func yearNamesThing(expr string) bool {
	f := strings.Fields(expr)
	if len(f) != 3 || !definiteArticles[strings.ToLower(f[0])] || len(f[1]) != 4 || !hasDigit(f[1]) {
		return false
	}
	for _, r := range f[1] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return isLetterWord(f[2]) && unicode.IsLower([]rune(f[2])[0])
}

func isLetterWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return s != ""
}

// boundBefore returns the kind of bound (a value of the TimeBounds
// lexicon class) the expression at start opens with or follows directly,
// and where the bound word starts; "" if none. An expression that opens
// with its own preposition ("on Friday") is no bound's object: the
// word before it is an adverb ("as it rampaged through on Friday").
func boundBefore(text string, start int, expr string) (string, int) {
	first, _, _ := strings.Cut(expr, " ")
	if k, ok := englishTime.bounds[strings.ToLower(first)]; ok && first != expr {
		return k, start
	}
	phrase, at := boundPhraseBefore(text, start)
	if phrase == "" || englishTime.expressionPrepositions.Has(strings.ToLower(first)) {
		return "", start
	}
	return englishTime.bounds[phrase], at
}

// boundPhraseBefore returns the longest bound word or phrase (of up to
// three words: "no later than") that ends right before start, lower
// case, and where it starts; "" if none.
func boundPhraseBefore(text string, start int) (string, int) {
	toks := Tokenize(text[max(0, start-40):start], max(0, start-40))
	if len(toks) == 0 || strings.TrimSpace(text[toks[len(toks)-1].Span.End:start]) != "" {
		return "", start
	}
	for n := min(3, len(toks)); n >= 1; n-- {
		first := toks[len(toks)-n]
		words := strings.Fields(text[first.Span.Start:toks[len(toks)-1].Span.End])
		phrase := strings.ToLower(strings.Join(words, " "))
		if len(words) != n || text[first.Span.Start:toks[len(toks)-1].Span.End] != strings.Join(words, " ") {
			continue
		}
		if _, ok := englishTime.bounds[phrase]; ok {
			return phrase, first.Span.Start
		}
	}
	return "", start
}

var (
	datelineBefore = regexp.MustCompile(`^[A-Z][A-Z .'’-]*,\s*$`)
	datelineAfter  = regexp.MustCompile(`^\s*(?:\(|—|–|-\s)`)
)

// inDateline reports whether the date at [start, end) is an article's
// dateline: at the start of a line after a place name in capitals and a
// comma, followed by the agency in brackets or a dash.
func inDateline(text string, start, end int) bool {
	// A dateline is within 60 bytes of its line's start: look no
	// further back than that.
	from := max(0, start-61)
	i := strings.LastIndexByte(text[from:start], '\n')
	if i < 0 && from > 0 {
		return false
	}
	lineStart := from + i + 1
	if start-lineStart > 60 || !datelineBefore.MatchString(text[lineStart:start]) {
		return false
	}
	return datelineAfter.MatchString(text[end:min(len(text), end+5)])
}
