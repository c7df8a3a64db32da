package nlp

import (
	"crosscheck/internal/lang"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberRe is a number in digits or in words: a tens word and a units
// word ("twenty-one"), then the number words in the order the lexicon
// writes them, which is the order they are tried in. A number word ends
// where its word ends: without the boundary "seven" matched the start of
// "seventeen" and "Seventeen people" was read as 7 people.
//
// A number in words with a scale word inside ("three hundred fifty
// three", "two hundred and five") is tried first and read as one: read
// word by word, "three hundred fifty three thousand" was "three hundred"
// and then "fifty three thousand", 53,000 people where the text said
// 353,000.
var numberRe = `(\d{1,3}(?:,\d{3}|, 0\d{2})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:` + scaledWordsRe(en.Keys(lang.NumberWordValues), numberWords, scaleWords) + `\b|` + compoundNumberRe(en.Keys(lang.NumberWordValues), numberWords) + `\b|` + orderedWordsRe(en.Keys(lang.NumberWordValues)) + `\b))`

var quantityRe = regexp.MustCompile(`(?:(` + orderedWordsRe(symbolsOf(currencySymbols)) + `)\s?)?\b` + numberRe +
	`(?:\s*(?:-|–|` + orderedWordsRe(en.Keys(lang.NumberRangeWords)) + `)\s*` + numberRe + `)?` +
	`(?:\s+(` + orderedWordsRe(en.Keys(lang.NumberMultiplierValues)) + `(?:[- ]` + orderedWordsRe(scaleWords) + `)*)\b)?`)

// groupSeparators are what stands between a number's groups of three
// digits: a comma, and the space that tokenised text (ECB+ prints
// "15, 000") puts after it. A group after the space is taken only when it
// opens with a zero, which no number of its own does in prose; "June 12,
// 500 people" stays a date and a count.
var groupSeparators = strings.NewReplacer(",", "", " ", "")

var numberWords = numberWordValues(en.Map(lang.NumberWordValues))

// openWords are vague plurals that state a floor and no ceiling:
// "dozens" is at least two dozen, however many more.
var openWords = en.Set(lang.OpenNumberWords)

// numberNouns make a text hold a number with no number word before them
// ("a dozen").
var numberNouns = en.Set(lang.NumberNouns)

var multipliers = floatValues(en.Map(lang.NumberMultiplierValues))

// unitDef normalises a unit word: the value is multiplied by factor and
// reported in unit.
type unitDef struct {
	unit   string
	factor float64
	// offset is added after the factor, for scales with another zero
	// (°F to °C).
	offset float64
	// noun is what a count counts, as written ("sailors").
	noun string
}

var units = unitDefs(en.Map(lang.MeasureUnitsCased))

var currencySymbols = map[string]string{"$": "usd", "US$": "usd", "€": "eur", "£": "gbp"}

// qualifierWords precede a number and say how exact it is; longest
// first.
var qualifierWords = qualifiers(en.Map(lang.NumberQualifiers))

// FindQuantities returns the numbers with a unit or a counted noun in d,
// skipping the spans in skip (time expressions).
func FindQuantities(d *Doc, skip []Span) []Quantity {
	var out []Quantity
	text := d.Text
	var locs [][]int
	var ordinals []Quantity
	for _, sent := range d.Sentences {
		ordinals = append(ordinals, findOrdinals(text, sent, skip)...)
		if !mayHoldNumber(sent.Text) {
			continue
		}
		for _, loc := range quantityRe.FindAllStringSubmatchIndex(sent.Text, -1) {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += sent.Start
				}
			}
			locs = append(locs, loc)
		}
	}
	for _, loc := range locs {
		start, end := loc[0], loc[1]
		if overlapsAny(start, end, skip) {
			continue
		}
		if gluedToWord(text, start, end) && !afterMagnitude(strings.ToLower(text[max(0, start-10):start]), true) {
			continue
		}
		sub := func(i int) string {
			if loc[2*i] < 0 {
				return ""
			}
			return text[loc[2*i]:loc[2*i+1]]
		}
		lo, hi, ok := parseNumber(sub(2))
		if !ok {
			continue
		}
		step := numberStep(sub(2))
		open := openWords[strings.ToLower(sub(2))] && sub(3) == ""
		if r := sub(3); r != "" {
			rlo, rhi, ok := parseNumber(r)
			if !ok || rhi < lo {
				continue
			}
			_, hi = rlo, rhi
		}
		if m := strings.ToLower(sub(4)); m != "" {
			f := multiplierValue(m)
			lo, hi, step = lo*f, hi*f, step*f
			if v, ok := parseScaledWords(sub(2) + " " + m); ok && sub(3) == "" {
				// "five thousand two hundred": the scale after the
				// number multiplies its last part only.
				lo, hi = v, v
			}
		}
		q := Quantity{Value: lo, ValueMax: hi, Step: step}
		if cur := sub(1); cur != "" {
			q.Unit = currencySymbols[cur]
		} else {
			u, uEnd := unitAfter(text, end, lo == 1 && hi == 1)
			if u.unit == "" {
				u, uEnd = partitiveOf(text, end, d.SentenceAt(start), out, lo == 1 && hi == 1)
			}
			if u.unit == "" {
				u, uEnd = unitAround(text, start, end)
			}
			if u.unit == "" {
				continue // a bare number: a year, an ordinal, a name's part
			}
			q.Unit, q.Noun, end = u.unit, u.noun, uEnd
			if u.unit == "°C" && belowZero(text, start) {
				// "minus 5C", "-5°C": the regex reads the digits only.
				q.Value, q.ValueMax = -q.ValueMax, -q.Value
				start -= len(text[:start]) - len(trimMinusWord(strings.TrimSuffix(strings.TrimSuffix(text[:start], "-"), "−")))
			}
			q.Value, q.ValueMax, q.Step = q.Value*u.factor+u.offset, q.ValueMax*u.factor+u.offset, q.Step*u.factor
		}
		q.Qualifier, start = qualifierBefore(text, start)
		if open && q.Qualifier == QualExact {
			q.Qualifier = QualMoreThan
		}
		q.Text = text[start:end]
		q.Span = Span{start, end}
		q.Sentence = d.SentenceAt(start)
		if q.Sentence >= 0 && end > d.Sentences[q.Sentence].End {
			continue // the "unit" is the next sentence's first word
		}
		out = append(out, q)
	}
	if len(ordinals) > 0 {
		out = append(out, ordinals...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	}
	return out
}

// belowZero reports whether a temperature starting at off is written
// with a minus sign or "minus" before it (not a hyphen joining words).
func belowZero(text string, off int) bool {
	before := text[:off]
	if hasMinusWord(before) {
		return true
	}
	for _, sign := range []string{"-", "−"} {
		if rest, ok := strings.CutSuffix(before, sign); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			return rest == "" || unicode.IsSpace(r) || r == '('
		}
	}
	return false
}

// mayHoldNumber is a cheap test for a digit or a number word, so that the
// quantity expression runs only on sentences where it can match.
func mayHoldNumber(s string) bool {
	if hasDigit(s) || strings.ContainsAny(s, "$€£") {
		return true
	}
	for _, t := range Tokenize(s, 0) {
		if _, ok := numberWords[strings.ToLower(t.Text)]; ok {
			return true
		}
		if strings.Contains(t.Text, "-") {
			if _, _, ok := parseNumber(t.Text); ok {
				return true // "twenty-two"
			}
		}
		if numberNouns[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// overlapsAny reports whether [start, end) overlaps one of spans, which
// are sorted and do not overlap each other.
func overlapsAny(start, end int, spans []Span) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	return i < len(spans) && spans[i].Start < end
}

// gluedToWord reports whether the match is part of a word such as
// "COVID-19" or "G20".
func gluedToWord(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) {
			return true
		}
		if r == '-' && start > 1 {
			r2, _ := utf8.DecodeLastRuneInString(text[:start-1])
			if unicode.IsLetter(r2) {
				return true
			}
		}
	}
	return false
}

// numberStep returns the precision of a number as written: the place of
// its last significant digit ("129" → 1, "5.6" → 0.1, "4,000" → 1000,
// "twenty" → 10), 0 for a vague amount ("thousands").
func numberStep(s string) float64 {
	if v, ok := numberWords[strings.ToLower(s)]; ok {
		switch {
		case v[0] != v[1] || openWords[strings.ToLower(s)]:
			return 0
		case v[0] >= 20 && math.Mod(v[0], 10) == 0:
			return 10
		}
		return 1
	}
	digits := groupSeparators.Replace(s)
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		return math.Pow(10, -float64(len(digits)-i-1))
	}
	step := 1.0
	for len(digits) > 1 && strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		step *= 10
	}
	return step
}

func parseNumber(s string) (lo, hi float64, ok bool) {
	if v, found := numberWords[strings.ToLower(s)]; found {
		return v[0], v[1], true
	}
	if v, found := parseScaledWords(s); found {
		return v, v, true
	}
	// "twenty-two", "forty five"
	if tens, units, found := strings.Cut(strings.ToLower(s), "-"); found || strings.Contains(s, " ") {
		if !found {
			tens, units, _ = strings.Cut(strings.ToLower(s), " ")
		}
		t, okT := numberWords[tens]
		u, okU := numberWords[units]
		if okT && okU {
			return t[0] + u[0], t[0] + u[0], true
		}
	}
	v, err := strconv.ParseFloat(groupSeparators.Replace(s), 64)
	if err != nil {
		return 0, 0, false
	}
	return v, v, true
}

// unitAfter reads the unit following a number at off: a known unit
// ("miles", "km/h", "-mm") or the counted noun ("shells" in "thousands of
// artillery shells"). It returns the unit and where it ends. one says the
// number is 1, which before "of" picks out a member ("one of the largest
// ships") rather than counts.
func unitAfter(text string, off int, one bool) (unitDef, int) {
	rest := text[off:min(len(text), off+60)]
	trimmed := strings.TrimLeft(rest, " -–\u00a0")
	base := off + len(rest) - len(trimmed)
	if strings.HasPrefix(trimmed, "%") {
		return units["%"], base + 1
	}
	// "35C", "95F": a scale letter written against the number.
	if base == off && len(rest) > 0 && (rest[0] == 'C' || rest[0] == 'F') && !startsWord(rest[1:]) {
		return units["°"+strings.ToLower(rest[:1])], off + 1
	}
	lower := strings.ToLower(trimmed)
	for _, multi := range multiWordUnits {
		if strings.HasPrefix(lower, multi) && !startsWord(lower[len(multi):]) {
			return units[multi], base + len(multi)
		}
	}
	toks := Tokenize(trimmed, base)
	if len(toks) == 0 || toks[0].Span.Start-base > 1 {
		return unitDef{}, off
	}
	first := strings.ToLower(toks[0].Text)
	if u, ok := units[first]; ok {
		return u, toks[0].Span.End
	}
	// "tens of millions of artillery shells", "two of the 22 crew
	// members": skip "of", a determiner and a number.
	i := 0
	if genitivePrepositions[first] {
		if one {
			// "one of the largest ships": a member picked out, not a
			// count.
			return unitDef{}, off
		}
		i = 1
		if i < len(toks) && partitiveDeterminers[strings.ToLower(toks[i].Text)] {
			i++
		}
		if i < len(toks) && isNumberToken(toks[i].Text) {
			i++
		}
	}
	// The counted noun: a word for people, else the first plural among up
	// to three lower-case words.
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k].Text
		if k > 0 && !onlySpaceBetween(text, toks[k-1].Span.End, toks[k].Span.Start) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if !unicode.IsLower(r) || IsStopword(lw) {
			break
		}
		if k+1 < len(toks) && onlySpaceBetween(text, toks[k].Span.End, toks[k+1].Span.Start) {
			if two := lw + " " + strings.ToLower(toks[k+1].Text); personNouns[two] {
				return unitDef{unit: "people", factor: 1, noun: two}, toks[k+1].Span.End
			}
		}
		if personNouns[lw] {
			return unitDef{unit: "people", factor: 1, noun: lw}, toks[k].Span.End
		}
		if casualtyWords[lw] {
			// "three injured", but "two injured sailors" counts sailors.
			if k+1 < len(toks) && onlySpaceBetween(text, toks[k].Span.End, toks[k+1].Span.Start) && startsLower(toks[k+1].Text) && !IsStopword(strings.ToLower(toks[k+1].Text)) && !auxiliaries[strings.ToLower(toks[k+1].Text)] {
				continue
			}
			return unitDef{unit: "people", factor: 1, noun: lw}, toks[k].Span.End
		}
		if u, ok := units[lw]; ok {
			return u, toks[k].Span.End
		}
		if countNounPluralRules.Match(lw) && !countPronouns[lw] {
			return unitDef{unit: lw, factor: 1, noun: lw}, toks[k].Span.End
		}
	}
	return unitDef{}, off
}

// multiWordUnits are the units of more than one word (or with a sign),
// longest first, so that of two where one is a prefix of the other the
// longer is tried first.
var multiWordUnits = longestFirstOf(en.Set(lang.MultiWordUnits))

// personNouns are counted nouns for people, all counted in one unit so
// that outlets naming the same people differently can be compared.
var personNouns = en.Set(lang.CountPersonNouns)

// casualtyWords count people on their own ("three injured", "two dead").
var casualtyWords = en.Set(lang.CasualtyWords)

// auxiliaries follow a casualty word used as a noun ("three injured were
// taken"), never an adjective.
var auxiliaries = en.Set(lang.CountAuxiliaries)

// partitiveDeterminers stand between "of" and the counted noun: "two of
// the sailors".
var partitiveDeterminers = en.Set(lang.PartitiveDeterminers)

// isNumberToken reports whether a token is written in digits or is a
// number word ("22", "twelve").
func isNumberToken(w string) bool {
	if _, ok := numberWords[strings.ToLower(w)]; ok {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789,.") == "" && hasDigit(w)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// partitiveOf reads "of them" ("two of them were treated") after a number
// at off: the count is of what the sentence counted last, the counted
// noun of the closest quantity before it in sentence si.
func partitiveOf(text string, off, si int, before []Quantity, one bool) (unitDef, int) {
	if one {
		return unitDef{}, off
	}
	rest := text[off:min(len(text), off+12)]
	trimmed := strings.TrimLeft(rest, " ")
	var n int
	for _, p := range partitivePronouns {
		if len(trimmed) >= len(p) && strings.EqualFold(trimmed[:len(p)], p) && !startsWord(trimmed[len(p):]) {
			n = len(p)
		}
	}
	if n == 0 {
		return unitDef{}, off
	}
	for i := len(before) - 1; i >= 0; i-- {
		q := before[i]
		if q.Sentence != si {
			break
		}
		if q.Noun != "" {
			return unitDef{unit: q.Unit, factor: 1, noun: q.Noun}, off + len(rest) - len(trimmed) + n
		}
	}
	return unitDef{}, off
}

// unitAround finds a unit written around a number rather than after it:
// "magnitude-5.2", "a magnitude of 6.1", "5.6 on the Richter scale".
func unitAround(text string, start, end int) (unitDef, int) {
	before := strings.ToLower(text[max(0, start-14):start])
	if afterMagnitude(before, false) {
		return units["magnitude"], end
	}
	for _, scale := range magnitudeScales {
		scale = " " + scale
		if after := text[end:min(len(text), end+len(scale))]; strings.EqualFold(after, scale) {
			return units["magnitude"], end + len(scale)
		}
	}
	return unitDef{}, end
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func onlySpaceBetween(text string, a, b int) bool {
	return a <= b && strings.TrimSpace(text[a:b]) == ""
}

// qualifierBefore returns the qualifier written just before off and the
// offset where it starts (off if none).
func qualifierBefore(text string, off int) (string, int) {
	window := text[max(0, off-20):off]
	w := strings.TrimRight(window, " ")
	for _, q := range qualifierWords {
		i := len(w) - len(q.words)
		if i < 0 || !strings.EqualFold(w[i:], q.words) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(w[:i]); i == 0 || !isWordRune(r) {
			return q.qual, off - len(window) + i
		}
	}
	return QualExact, off
}
