package nlp

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// The rules for languages other than English. English has deep rules of
// its own (clauses, reported speech, attribution chains); the other
// languages get shallower ones that read everything language-specific from
// the lexicon: sentences by the language's punctuation and quote marks,
// direct quotes in its marks with a cue verb beside them and the speaker
// the cue names, reported speech after a cue and a complementizer, dates
// and numbers in the language's format, and names by capitals where the
// language capitalises only names. Precision comes first: a quote whose
// speaker cannot be told keeps no speaker, and a quote without a cue is
// left out (a scare-quoted term is not speech).

// words are a lexicon's lists in the form the rules read them.
type words struct {
	lex         *lang.Lexicon
	spaced      bool // words are separated by spaces
	capNouns    bool // every noun is capitalised (German)
	quotes      map[rune]rune
	closers     map[rune]bool
	cues        []string // longest first, for matching in unspaced text
	cueSet      lang.Set
	afterCues   lang.Set
	complement  lang.Set
	particles   []string
	pronouns    lang.Set
	determiners lang.Set
	titles      lang.Set
	stop        lang.Set
	abbrev      lang.Set
	months      map[string]int
	weekdays    map[string]int
	relDays     map[string]int
	fillers     lang.Set
	dayEndings  []string // after a day's number ("1er")
	thousands   rune
	decimal     rune
	numWords    map[string]float64
	multipliers map[string]float64
	units       map[string]string
	peopleNouns lang.Set
	yearMark    string
	monthMark   string
	dayMark     string
	// dateBounds maps a word written right after a date to the open
	// interval it makes ("以来": since), as the bound words before an
	// English date do (openInterval).
	dateBounds map[string]string
	// dayCountBefore and dayCountAfter, next to a day's number and its
	// marker, make it a count of days, not a day of the month ("発生から
	// 5日", "5日間").
	dayCountBefore, dayCountAfter []string
	numericOrder                  string
	maxCueRunes                   int
	maxMultRunes                  int
	maxUnitRunes                  int
	relDayPhrases                 []string // longest first, for unspaced text
	commonNouns                   lang.Set
	// connectors stand inside a name between its capitalised words
	// ("Organização Mundial da Saúde", "Serviço Geológico dos EUA").
	connectors lang.Set
	// reportNouns name a text that says something ("報導": the report),
	// not who says it.
	reportNouns  lang.Set
	unitFillers  lang.Set
	nounSuffixes []string
}

var wordsCache sync.Map // language code → *words

func wordsOf(l *lang.Lexicon) *words {
	if w, ok := wordsCache.Load(l.Code); ok {
		return w.(*words)
	}
	w := newWords(l)
	wordsCache.Store(l.Code, w)
	return w
}

func newWords(l *lang.Lexicon) *words {
	wr := l.Map(lang.Writing)
	w := &words{
		lex:         l,
		spaced:      wr["spaces"] != "no",
		capNouns:    wr["capitalised-nouns"] == "yes",
		quotes:      map[rune]rune{},
		closers:     map[rune]bool{},
		cueSet:      l.Set(lang.SpeechCues),
		afterCues:   l.Set(lang.AfterQuoteCues),
		complement:  l.Set(lang.Complementizers),
		pronouns:    l.Set(lang.Pronouns),
		determiners: l.Set(lang.Determiners),
		titles:      l.Set(lang.PersonTitles),
		stop:        l.Set(lang.StopWords),
		abbrev:      union(l.Set(lang.TitleAbbreviations), l.Set(lang.OtherAbbreviations), l.Set(lang.MonthAbbreviations)),
		months:      intMap(l.Map(lang.Months)),
		weekdays:    intMap(l.Map(lang.Weekdays)),
		relDays:     intMap(l.Map(lang.RelativeDays)),
		fillers:     l.Set(lang.DateFillers),
		dayEndings:  l.List(lang.DayOrdinalEndings),
		numWords:    floatMap(l.Map(lang.NumberWords)),
		multipliers: floatMap(l.Map(lang.NumberMultipliers)),
		units:       l.Map(lang.Units),
		peopleNouns: l.Set(lang.PeopleNouns),
		commonNouns: l.Set(lang.CommonNouns),
		connectors:  l.Set(lang.NameConnectors),
		reportNouns: l.Set(lang.ReportNouns),
		unitFillers: l.Set(lang.UnitFillers),
	}
	for s := range l.Set(lang.NounSuffixes) {
		w.nounSuffixes = append(w.nounSuffixes, s)
	}
	for o, c := range l.Map(lang.QuoteMarks) {
		or, _ := utf8.DecodeRuneInString(o)
		cr, _ := utf8.DecodeRuneInString(c)
		w.quotes[or] = cr
		w.closers[cr] = true
	}
	seps := map[string]rune{"dot": '.', "comma": ',', "space": ' ', "apostrophe": '\''}
	nf := l.Map(lang.NumberFormat)
	w.thousands, w.decimal = seps[nf["thousands"]], seps[nf["decimal"]]
	if w.decimal == 0 {
		w.decimal = '.'
	}
	dm := l.Map(lang.DateMarkers)
	w.yearMark, w.monthMark, w.dayMark = dm["year"], dm["month"], dm["day"]
	w.dateBounds = map[string]string{}
	for _, kind := range []string{"since", "after", "before", "until"} {
		for _, b := range strings.Fields(dm[kind]) {
			w.dateBounds[b] = kind
		}
	}
	w.dayCountBefore, w.dayCountAfter = strings.Fields(dm["count-before"]), strings.Fields(dm["count-after"])
	w.numericOrder = l.Map(lang.DateOrder)["numeric"]
	for c := range w.cueSet {
		w.cues = append(w.cues, c)
	}
	for c := range w.afterCues {
		w.cues = append(w.cues, c)
	}
	w.cues = longestFirst(w.cues)
	w.maxCueRunes = maxRunes(w.cues)
	for p := range l.Set(lang.SpeakerParticles) {
		w.particles = append(w.particles, p)
	}
	w.particles = longestFirst(w.particles)
	for k := range w.multipliers {
		w.maxMultRunes = max(w.maxMultRunes, utf8.RuneCountInString(k))
	}
	for k := range w.units {
		w.maxUnitRunes = max(w.maxUnitRunes, utf8.RuneCountInString(k))
	}
	for k := range w.relDays {
		w.relDayPhrases = append(w.relDayPhrases, k)
	}
	w.relDayPhrases = longestFirst(w.relDayPhrases)
	return w
}

func union(sets ...lang.Set) lang.Set {
	out := lang.Set{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}

func intMap(m map[string]string) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		if n, err := strconv.Atoi(v); err == nil {
			out[k] = n
		}
	}
	return out
}

func floatMap(m map[string]string) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		if n, err := strconv.ParseFloat(v, 64); err == nil {
			out[k] = n
		}
	}
	return out
}

// longestFirst sorts phrases so that a longer one is tried before a
// phrase it starts with ("と述べた" before "と").
func longestFirst(s []string) []string {
	slices.SortFunc(s, func(a, b string) int {
		if d := utf8.RuneCountInString(b) - utf8.RuneCountInString(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return s
}

func maxRunes(s []string) int {
	n := 0
	for _, x := range s {
		n = max(n, utf8.RuneCountInString(x))
	}
	return n
}

// analyzeWith analyses text of a language other than English with its
// lexicon.
func analyzeWith(text string, ref time.Time, l *lang.Lexicon) Doc {
	w := wordsOf(l)
	d := Doc{Text: text, Sentences: w.splitSentences(text)}
	markCut(&d)
	d.Times = w.findTimes(&d, ref)
	d.Quantities = w.findQuantities(&d, d.Times)
	d.Quotes = dropCutReports(&d, w.findQuotes(&d))
	d.Entities = w.findEntities(&d)
	markSpeakerEvidence(&d, nil)
	for i := range d.Sentences {
		d.Sentences[i].Credit = isCreditLine(d.Sentences[i].Text)
	}
	return d
}
