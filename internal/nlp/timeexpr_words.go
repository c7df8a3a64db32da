package nlp

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// timeWords are the words of time expressions, from the language's
// lexicon, and the regular-expression alternations built from them.
type timeWords struct {
	months   map[string]time.Month
	weekdays map[string]int // ISO: Monday = 1 … Sunday = 7
	bounds   map[string]string
	days     map[string]int
	steps    map[string]int
	thirds   map[string]int
	sides    map[string]int
	units    map[string]string
	seasons  map[string][2]int
	// southern are places of the southern hemisphere (timeexpr_hemisphere.go).
	southern []string
	parts    lang.Set
	future   lang.Set
	past     lang.Set
	// cueNouns are future cues that are also nouns; cueNounNext, after
	// one, show it is the noun ("his withdrawal plans in October").
	cueNouns, cueNounNext lang.Set
	// scheduleNouns and cueNounDets: "as hosts", "their plans" are nouns.
	scheduleNouns, cueNounDets lang.Set
	passive                    lang.Set
	// infinitive before one of prospective marks the future.
	infinitive, prospective lang.Set
	// habitual, habitualDet and genericPresent tell a time that is a
	// pattern or "nowadays" (genericTime).
	habitual, habitualDet, genericPresent lang.Set
	// nowadays are the relative days that may mean "nowadays".
	nowadays lang.Set
	// presentPlacing, placing, perfect, pluralSchedule and verbSupport
	// read the tense of a clause (futureClause); report are the verbs
	// of saying.
	presentPlacing, placing, perfect, pluralSchedule, verbSupport, report lang.Set
	// sundayWeeks are the units "this" points forward with on a Sunday.
	sundayWeeks lang.Set
	// beFuture are the future cues that are ones only after a form of
	// "be" ("is due to").
	beFuture lang.Set
	// deedFuture are the future cues that are a deed's participle
	// before one of deedPrepositions ("fires set on Saturday").
	deedFuture, deedPrepositions lang.Set
	// presentPerfect are the auxiliaries of the present perfect.
	presentPerfect lang.Set
	// forecast are the verbs of warning and forecasting; coordinators
	// join a second predicate of its own tense ("made landfall Friday
	// and will continue").
	forecast, coordinators lang.Set
	// presentState are present verbs of a state that holds now;
	// happening maps verbs of one happening to one of them.
	presentState lang.Set
	happening    map[string]string
	// possessiveRelations place the thing a weekday in the possessive
	// owns against its clause's time (possessiveDayDated).
	possessiveRelations map[string]string
	// agoComparatives map "less than", "more than" … before a count
	// back to the open end they leave (resolveAgoOpen).
	agoComparatives map[string]string
	// spanSteps count a span back or ahead of the reference day;
	// spanRefusers after one make its step word rank, as genitive
	// prepositions do after "last week".
	spanSteps              map[string]int
	spanRefusers, genitive lang.Set
	// narrativeSteps count from the event told in a past clause ("the
	// next two weeks were quiet"); amountWords before "more than" make
	// it compare an amount.
	narrativeSteps, amountWords, spanPrepositions, articles lang.Set
	expressionPrepositions                                  lang.Set
	// relativeWords open the relative expressions: "today", "this",
	// "last"; written with a capital inside a sentence, they are a name.
	relativeWords lang.Set

	monthRe, weekdayRe, dayWordRe, partRe, stepRe, seasonRe string

	// nights are the relative days that name a night, with their offset.
	nights map[string]int
	// weekdayNames are the weekday names the patterns match, capitalised.
	weekdayNames []string

	// monthStems (the capitalised first three letters of each month
	// name) and relativeCues (words without which no relative
	// expression matches) let a sentence skip the patterns cheaply.
	monthStems, relativeCues []string
}

// englishTime is the English lexicon's time words; FindTimes reads
// English.
var englishTime = newTimeWords(lang.English())

func newTimeWords(l *lang.Lexicon) *timeWords {
	w := &timeWords{
		months: map[string]time.Month{}, weekdays: map[string]int{}, bounds: l.Map(lang.TimeBounds),
		days: map[string]int{}, steps: map[string]int{}, thirds: map[string]int{}, sides: map[string]int{}, units: l.Map(lang.TimeUnits), seasons: map[string][2]int{},
		parts: l.Set(lang.PartsOfDay), future: l.Set(lang.FutureCues), past: l.Set(lang.PastCues),
		passive:  l.Set(lang.PassiveAuxiliaries),
		cueNouns: l.Set(lang.FutureCueNouns), cueNounNext: l.Set(lang.FutureCueNounFollowers),
		scheduleNouns: l.Set(lang.ScheduleCueNouns), cueNounDets: l.Set(lang.CueNounDeterminers),
		infinitive: l.Set(lang.InfinitiveMarkers), prospective: l.Set(lang.ProspectiveInfinitives),
		habitual: l.Set(lang.HabitualCues), habitualDet: l.Set(lang.HabitualDeterminers), genericPresent: l.Set(lang.GenericPresent),
		nowadays:       l.Set(lang.NowadaysDays),
		presentPlacing: l.Set(lang.PresentPlacingVerbs), placing: l.Set(lang.PlacingPrepositions),
		perfect: l.Set(lang.PerfectAuxiliaries), pluralSchedule: l.Set(lang.PluralScheduleVerbs),
		verbSupport: l.Set(lang.VerbSupport), report: l.Union(lang.ReportVerbs, lang.SpeechCues),
		sundayWeeks: l.Set(lang.SundayWeeks), beFuture: l.Set(lang.BeFutureCues),
		deedFuture: l.Set(lang.DeedFutureCues), deedPrepositions: l.Set(lang.DeedPrepositions),
		presentPerfect: l.Set(lang.PresentPerfectAuxiliaries),
		forecast:       l.Set(lang.ForecastVerbs), coordinators: l.Set(lang.Coordinators),
		presentState: l.Set(lang.PresentStateVerbs), happening: l.Map(lang.HappeningVerbs),
		possessiveRelations: l.Map(lang.PossessiveTimeRelations), southern: l.List(lang.SouthernHemispherePlaces),
		agoComparatives: l.Map(lang.AgoComparatives),
	}
	for k, v := range l.Map(lang.Months) {
		w.months[k] = time.Month(atoi(v))
	}
	for k, v := range l.Map(lang.Weekdays) {
		w.weekdays[k] = isoWeekdayOf(time.Weekday(atoi(v)))
	}
	for k, v := range l.Map(lang.RelativeDays) {
		w.days[k] = atoi(v)
	}
	w.nights = map[string]int{}
	for k, v := range l.Map(lang.NightDays) {
		w.nights[k] = atoi(v)
	}
	for k, v := range l.Map(lang.RelativeSteps) {
		w.steps[k] = atoi(v)
	}
	w.spanRefusers, w.genitive = l.Set(lang.SpanRefusers), l.Set(lang.GenitivePrepositions)
	w.narrativeSteps, w.amountWords = l.Set(lang.NarrativeSteps), l.Set(lang.AmountComparisonWords)
	w.spanPrepositions = l.Set(lang.SpanPrepositions)
	w.expressionPrepositions = l.Set(lang.ExpressionPrepositions)
	w.relativeWords = l.Union(lang.PartOfDayOpeners)
	for _, m := range []lang.Class{lang.RelativeDays, lang.RelativeSteps, lang.NightDays} {
		for k := range l.Map(m) {
			first, _, _ := strings.Cut(k, " ")
			w.relativeWords[first] = true
		}
	}
	w.articles = l.Set(lang.DefiniteArticles)
	w.spanSteps = map[string]int{}
	for k, v := range l.Map(lang.SpanSteps) {
		w.spanSteps[k] = atoi(v)
	}
	for k, v := range l.Map(lang.PeriodThirds) {
		w.thirds[k] = atoi(v)
	}
	for k, v := range l.Map(lang.PeriodSides) {
		w.sides[k] = atoi(v)
	}
	for k, v := range l.Map(lang.Seasons) {
		m, d, _ := strings.Cut(v, "-")
		w.seasons[k] = [2]int{atoi(m), atoi(d)}
	}
	// Month abbreviations may take a period ("Sept."); the full names
	// are the longest name of each month. A name ends a word: "Mar" is
	// no month in "11 Marines". Weekdays are matched by their full names
	// only: "Sun", "Sat" and "Wed" are words of their own.
	var months []string
	for k := range w.months {
		months = append(months, regexp.QuoteMeta(capital(k))+monthEnd(k, w.months))
	}
	w.monthRe = alternation(months)
	w.weekdayNames = longestPerValue(w.weekdays)
	w.weekdayRe = alternation(slices.Clone(w.weekdayNames))
	w.dayWordRe = alternation(slices.Collect(keys(w.days)))
	w.partRe = alternation(setWords(w.parts))
	w.stepRe = alternation(slices.Collect(keys(w.steps)))
	w.seasonRe = alternation(slices.Collect(keys(w.seasons)))
	for k := range w.months {
		if stem := capital(k[:min(3, len(k))]); !slices.Contains(w.monthStems, stem) {
			w.monthStems = append(w.monthStems, stem)
		}
	}
	w.relativeCues = append(slices.Collect(keys(w.days)), slices.Collect(keys(w.nights))...)
	for k, unit := range w.units {
		if k == unit {
			w.relativeCues = append(w.relativeCues, k)
		}
	}
	w.relativeCues = append(w.relativeCues, setWords(w.parts)...)
	return w
}

func keys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func setWords(s lang.Set) []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	return out
}

// alternation is a regular-expression group matching any of words,
// longest word first so that "Sept" is tried before "Sep" and "June"
// before "Jun": the word end a month name carries (monthEnd) does not
// count towards its length.
func alternation(words []string) string {
	wordLen := func(w string) int {
		return len(strings.TrimSuffix(strings.TrimSuffix(w, abbrevEnd), wordEnd))
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(cmp.Compare(wordLen(b), wordLen(a)), strings.Compare(a, b)) })
	return "(" + strings.Join(words, "|") + ")"
}

// The ends of a month name in a pattern: a word's end, or for an
// abbreviation its period ("Sept.", after which no word boundary falls
// before a space).
const (
	wordEnd   = `\b`
	abbrevEnd = `(?:\.|\b)`
)

// monthEnd is what ends the month name name in a pattern: an abbreviated
// name may take a period.
func monthEnd(name string, months map[string]time.Month) string {
	for k, m := range months {
		if m == months[name] && len(k) > len(name) {
			return abbrevEnd
		}
	}
	return wordEnd
}

// longestPerValue keeps, for each value, its longest name, capitalised.
func longestPerValue(m map[string]int) []string {
	best := map[int]string{}
	for k, v := range m {
		if len(k) > len(best[v]) {
			best[v] = k
		}
	}
	var out []string
	for _, k := range best {
		out = append(out, capital(k))
	}
	return out
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func atoi(s string) int { n, _ := strconv.Atoi(strings.TrimSpace(s)); return n }

func (w *timeWords) monthNum(s string) time.Month {
	return w.months[strings.ToLower(strings.TrimSuffix(s, "."))]
}

func (w *timeWords) weekdayNum(s string) int { return w.weekdays[strings.ToLower(s)] }

// keySet returns the keys of a lexicon map as a set.
func keySet(m map[string]string) lang.Set {
	s := lang.Set{}
	for k := range m {
		s[k] = true
	}
	return s
}
