package nlp

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const numberRe = `(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:a dozen|dozens|tens of thousands|tens of millions|hundreds of thousands|hundreds of millions|hundreds|thousands|millions|billions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand))`

var quantityRe = regexp.MustCompile(`(?:(US\$|\$|€|£)\s?)?\b` + numberRe +
	`(?:\s*(?:-|–|to)\s*` + numberRe + `)?` +
	`(?:\s+(million|billion|trillion|thousand|hundred|m|bn)\b)?`)

var numberWords = map[string][2]float64{
	"a dozen": {12, 12}, "dozens": {24, 99}, "tens of thousands": {1e4, 1e5},
	"tens of millions": {1e7, 1e8}, "hundreds of thousands": {1e5, 1e6},
	"hundreds of millions": {1e8, 1e9}, "hundreds": {100, 999}, "thousands": {1000, 9999},
	"millions": {1e6, 1e7}, "billions": {1e9, 1e10}, "one": {1, 1}, "two": {2, 2},
	"three": {3, 3}, "four": {4, 4}, "five": {5, 5}, "six": {6, 6}, "seven": {7, 7},
	"eight": {8, 8}, "nine": {9, 9}, "ten": {10, 10}, "eleven": {11, 11}, "twelve": {12, 12},
	"thirteen": {13, 13}, "fourteen": {14, 14}, "fifteen": {15, 15}, "sixteen": {16, 16},
	"seventeen": {17, 17}, "eighteen": {18, 18}, "nineteen": {19, 19}, "twenty": {20, 20},
	"thirty": {30, 30}, "forty": {40, 40}, "fifty": {50, 50}, "sixty": {60, 60},
	"seventy": {70, 70}, "eighty": {80, 80}, "ninety": {90, 90}, "a hundred": {100, 100},
	"a thousand": {1000, 1000},
}

var multipliers = map[string]float64{"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
	"trillion": 1e12, "thousand": 1e3, "hundred": 100}

// unitDef normalises a unit word: the value is multiplied by factor and
// reported in unit.
type unitDef struct {
	unit   string
	factor float64
}

var units = map[string]unitDef{
	"mile": {"km", 1.609344}, "miles": {"km", 1.609344}, "mi": {"km", 1.609344},
	"km": {"km", 1}, "kms": {"km", 1}, "kilometer": {"km", 1}, "kilometers": {"km", 1},
	"kilometre": {"km", 1}, "kilometres": {"km", 1},
	"km/h": {"km/h", 1}, "kph": {"km/h", 1}, "mph": {"km/h", 1.609344},
	"kilometers per hour": {"km/h", 1}, "kilometres per hour": {"km/h", 1},
	"km per hour": {"km/h", 1}, "miles per hour": {"km/h", 1.609344},
	"m": {"m", 1}, "meter": {"m", 1}, "meters": {"m", 1}, "metre": {"m", 1}, "metres": {"m", 1},
	"foot": {"m", 0.3048}, "feet": {"m", 0.3048}, "ft": {"m", 0.3048},
	"mm": {"mm", 1}, "millimeter": {"mm", 1}, "millimetre": {"mm", 1}, "millimeters": {"mm", 1},
	"millimetres": {"mm", 1}, "cm": {"cm", 1}, "inch": {"mm", 25.4}, "inches": {"mm", 25.4},
	"kg": {"kg", 1}, "kilograms": {"kg", 1}, "kilos": {"kg", 1}, "pounds": {"kg", 0.45359237},
	"lbs": {"kg", 0.45359237}, "tons": {"t", 1}, "tonnes": {"t", 1}, "ton": {"t", 1}, "tonne": {"t", 1},
	"percent": {"%", 1}, "per cent": {"%", 1}, "%": {"%", 1},
	"hour": {"hours", 1}, "hours": {"hours", 1}, "minute": {"minutes", 1}, "minutes": {"minutes", 1},
	"day": {"days", 1}, "days": {"days", 1}, "week": {"weeks", 1}, "weeks": {"weeks", 1},
	"month": {"months", 1}, "months": {"months", 1}, "year": {"years", 1}, "years": {"years", 1},
	"dollar": {"usd", 1}, "dollars": {"usd", 1}, "euro": {"eur", 1}, "euros": {"eur", 1},
	"people": {"people", 1}, "persons": {"people", 1}, "person": {"people", 1},
	"magnitude":     {"magnitude", 1},
	"nautical mile": {"km", 1.852}, "nautical miles": {"km", 1.852}, "nmi": {"km", 1.852},
	"knot": {"km/h", 1.852}, "knots": {"km/h", 1.852},
	"litre": {"l", 1}, "litres": {"l", 1}, "liter": {"l", 1}, "liters": {"l", 1},
	"gallon": {"l", 3.785411784}, "gallons": {"l", 3.785411784},
	"barrel": {"l", 158.987294928}, "barrels": {"l", 158.987294928},
}

var currencySymbols = map[string]string{"$": "usd", "US$": "usd", "€": "eur", "£": "gbp"}

// qualifierWords precede a number and say how exact it is; longest first.
var qualifierWords = []struct{ words, qual string }{
	{"less than", QualLessThan}, {"fewer than", QualLessThan}, {"up to", QualLessThan},
	{"under", QualLessThan}, {"at most", QualLessThan}, {"below", QualLessThan},
	{"more than", QualMoreThan}, {"over", QualMoreThan}, {"at least", QualMoreThan},
	{"upwards of", QualMoreThan}, {"above", QualMoreThan},
	{"about", QualAbout}, {"around", QualAbout}, {"roughly", QualAbout}, {"some", QualAbout},
	{"approximately", QualAbout}, {"nearly", QualAbout}, {"almost", QualAbout},
	{"an estimated", QualAbout}, {"estimated", QualAbout}, {"close to", QualAbout},
}

// FindQuantities returns the numbers with a unit or a counted noun in d,
// skipping the spans in skip (time expressions).
func FindQuantities(d *Doc, skip []Span) []Quantity {
	var out []Quantity
	text := d.Text
	var locs [][]int
	for _, sent := range d.Sentences {
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
		if gluedToWord(text, start, end) && !strings.HasSuffix(strings.ToLower(text[max(0, start-10):start]), "magnitude-") {
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
		if r := sub(3); r != "" {
			rlo, rhi, ok := parseNumber(r)
			if !ok || rhi < lo {
				continue
			}
			_, hi = rlo, rhi
		}
		if m := strings.ToLower(sub(4)); m != "" {
			lo, hi, step = lo*multipliers[m], hi*multipliers[m], step*multipliers[m]
		}
		q := Quantity{Value: lo, ValueMax: hi, Step: step}
		if cur := sub(1); cur != "" {
			q.Unit = currencySymbols[cur]
		} else {
			u, uEnd := unitAfter(text, end)
			if u.unit == "" {
				u, uEnd = unitAround(text, start, end)
			}
			if u.unit == "" {
				continue // a bare number: a year, an ordinal, a name's part
			}
			q.Unit, end = u.unit, uEnd
			q.Value, q.ValueMax, q.Step = q.Value*u.factor, q.ValueMax*u.factor, q.Step*u.factor
		}
		q.Qualifier, start = qualifierBefore(text, start)
		q.Text = text[start:end]
		q.Span = Span{start, end}
		q.Sentence = d.SentenceAt(start)
		if q.Sentence >= 0 && end > d.Sentences[q.Sentence].End {
			continue // the "unit" is the next sentence's first word
		}
		out = append(out, q)
	}
	return out
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
		switch strings.ToLower(t.Text) {
		case "dozen", "hundred", "thousand":
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
		case v[0] != v[1]:
			return 0
		case v[0] >= 20 && math.Mod(v[0], 10) == 0:
			return 10
		}
		return 1
	}
	digits := strings.ReplaceAll(s, ",", "")
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
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return 0, 0, false
	}
	return v, v, true
}

// unitAfter reads the unit following a number at off: a known unit
// ("miles", "km/h", "-mm") or the counted noun ("shells" in "thousands of
// artillery shells"). It returns the unit and where it ends.
func unitAfter(text string, off int) (unitDef, int) {
	rest := text[off:min(len(text), off+60)]
	trimmed := strings.TrimLeft(rest, " -–\u00a0")
	base := off + len(rest) - len(trimmed)
	if strings.HasPrefix(trimmed, "%") {
		return units["%"], base + 1
	}
	lower := strings.ToLower(trimmed)
	for _, multi := range []string{"kilometers per hour", "kilometres per hour", "km per hour", "miles per hour", "per cent", "km/h", "nautical miles", "nautical mile"} {
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
	// "tens of millions of artillery shells": skip "of".
	i := 0
	if first == "of" {
		i = 1
	}
	// The counted noun: the first plural among up to three lower-case words.
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
		if u, ok := units[lw]; ok {
			return u, toks[k].Span.End
		}
		if len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "ous") {
			return unitDef{lw, 1}, toks[k].Span.End
		}
	}
	return unitDef{}, off
}

// unitAround finds a unit written around a number rather than after it:
// "magnitude-5.2", "a magnitude of 6.1", "5.6 on the Richter scale".
func unitAround(text string, start, end int) (unitDef, int) {
	before := strings.ToLower(text[max(0, start-14):start])
	if strings.HasSuffix(before, "magnitude-") || strings.HasSuffix(before, "magnitude ") || strings.HasSuffix(before, "magnitude of ") {
		return units["magnitude"], end
	}
	const richter = " on the richter scale"
	if after := text[end:min(len(text), end+len(richter))]; strings.EqualFold(after, richter) {
		return units["magnitude"], end + len(richter)
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
