// Package signature reduces an article, or some of its sentences, to what
// survives its translation into another language: the numbers it gives,
// with their units, the days it dates things to, and the names it uses,
// as keys that do not depend on the language it is written in. Two
// articles in different languages about one event share them where they
// share no words: "312 Passagiere" and "312 passengers" are both
// "312 people", „am Montag“ and "on March 2" both 2026-03-02, "Юрген
// Мюллер" and "Jürgen Müller" both nearly "jurgen muller".
package signature

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/nlp"
)

// Signature is the language-independent keys of a text, each list sorted
// and without repeats.
type Signature struct {
	// Numbers are quantities as value and canonical unit ("312 people",
	// "1500000 eur", "10-13 km").
	Numbers []string `json:"numbers,omitempty"`
	// Figures are the Numbers that tell events apart (distinctive).
	Figures []string `json:"figures,omitempty"`
	// Dates are the days the text dates things to, resolved ("2026-03-02").
	Dates []string `json:"dates,omitempty"`
	// Names are the words of the names of people, places and
	// organisations, as Key writes them ("muller", "ardlow").
	Names []string `json:"names,omitempty"`
	// Capitals are the other words written with a capital inside a
	// sentence, as Key writes them: names the name finder missed
	// (German capitalises every noun, so it takes few unknown words for
	// names), and nouns. They count only when the other text has them
	// among its Names.
	Capitals []string `json:"capitals,omitempty"`
}

// Of is the signature of a whole analysed article.
func Of(d nlp.Doc) Signature { return OfSentences(d, nil) }

// OfSentences is the signature of the sentences of d that keep accepts
// (all when keep is nil): the union of theirs (BySentence).
func OfSentences(d nlp.Doc, keep func(sentence int) bool) Signature {
	var s Signature
	for i, ss := range BySentence(d) {
		if keep == nil || keep(i) {
			s = Union(s, ss)
		}
	}
	return s
}

// minNameRunes leaves out initials and the pieces of names ("Jr", "de")
// that many names share.
const minNameRunes = 3

// Key is a name as signatures compare it: Cyrillic transliterated
// (ISO 9), lower case, diacritics folded, punctuation as spaces.
func Key(name string) string { return nlp.NameKey(Transliterate(name)) }

// counted reports whether a quantity belongs in a signature: a number in
// a unit a translation keeps — a measure, a currency, a count of people
// — and not a count of something named by a noun of the text's own
// language ("boats", "Boote"), an ordinal, or a vague amount.
func counted(q nlp.Quantity) bool {
	return q.Step != 0 && q.Unit != "" && (q.Noun == "" || q.Unit == countUnit)
}

func (s *Signature) addQuantity(q nlp.Quantity) {
	if !counted(q) {
		return
	}
	k := numberKey(q)
	s.Numbers = append(s.Numbers, k)
	if distinctive(q) {
		s.Figures = append(s.Figures, k)
	}
}

func (s *Signature) sort() {
	s.Numbers, s.Figures, s.Dates, s.Names, s.Capitals = sorted(s.Numbers), sorted(s.Figures), sorted(s.Dates), sorted(s.Names), sorted(s.Capitals)
}

// NumberKey is the key of a quantity in a signature; ok is false for one
// a signature leaves out (see counted).
func NumberKey(q nlp.Quantity) (key string, ok bool) {
	if !counted(q) {
		return "", false
	}
	return numberKey(q), true
}

func numberKey(q nlp.Quantity) string {
	v := formatValue(q.Value)
	if q.ValueMax != q.Value && q.ValueMax != 0 {
		v += "-" + formatValue(q.ValueMax)
	}
	return v + " " + strings.ToLower(q.Unit)
}

// formatValue writes v to eight significant digits, so that a converted
// value keys alike however the conversion rounded ("1.8288 m").
func formatValue(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 8, 64), 64)
	if err != nil {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

func digits(w string) bool {
	return strings.Trim(w, "0123456789") == ""
}

func sorted(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// Empty reports whether s holds no key.
func (s Signature) Empty() bool { return len(s.Numbers)+len(s.Dates)+len(s.Names) == 0 }

// Len is the number of keys of s.
func (s Signature) Len() int { return len(s.Numbers) + len(s.Dates) + len(s.Names) }

// Union is the keys of a and b.
func Union(a, b Signature) Signature {
	return Signature{
		Numbers: sorted(append(slices.Clone(a.Numbers), b.Numbers...)),
		Figures: sorted(append(slices.Clone(a.Figures), b.Figures...)),
		Dates:   sorted(append(slices.Clone(a.Dates), b.Dates...)),
		Names:   sorted(append(slices.Clone(a.Names), b.Names...)),
		Capitals: sorted(slices.DeleteFunc(append(slices.Clone(a.Capitals), b.Capitals...), func(w string) bool {
			return slices.Contains(a.Names, w) || slices.Contains(b.Names, w)
		})),
	}
}

// Shared is what a and b have in common: the numbers and days they both
// give, and the names of a that b writes the same or nearly so (see
// SameName), as a writes them.
func Shared(a, b Signature) Signature {
	var s Signature
	s.Numbers = intersect(a.Numbers, b.Numbers)
	s.Figures = intersect(a.Figures, b.Figures)
	s.Dates = intersect(a.Dates, b.Dates)
	named := func(n string, in ...[]string) bool {
		for _, list := range in {
			if slices.ContainsFunc(list, func(m string) bool { return SameName(n, m) }) {
				return true
			}
		}
		return false
	}
	for _, n := range a.Names {
		if named(n, b.Names, b.Capitals) {
			s.Names = append(s.Names, n)
		}
	}
	for _, n := range a.Capitals {
		if named(n, b.Names) {
			s.Names = append(s.Names, n)
		}
	}
	s.Names = sorted(s.Names)
	return s
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			out = append(out, x)
		}
	}
	return out
}

// SameName reports whether two name keys are one name's words: equal, or,
// for words of five letters or more, one edit apart. Transliteration
// leaves such traces ("urgen" of „Юрген“ for "jurgen", "oberholcer" of
// „Оберхольцер“ for "oberholzer"); a short word one edit from another is
// as often another name ("Kim", "Kin").
func SameName(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if min(len(ra), len(rb)) < 5 {
		return false
	}
	return editDistance(ra, rb, 1) <= 1
}

// editDistance is the Levenshtein distance of a and b, or limit+1 when it
// is more than limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Tie says how strongly shared keys tie two texts of different languages
// to one event.
type Tie int

const (
	// TieNone: too little is shared to say anything.
	TieNone Tie = iota
	// TieRelated: the texts name the same people or places and share a
	// figure or a day — a storyline's other events share as much.
	TieRelated
	// TieSameEvent: the same day, the same figures and the same names.
	TieSameEvent
)

// TieOf grades shared keys (Shared of two signatures). Small counts and
// a lone day are what many events share ("two dead", "on Monday"); a
// figure of two digits or more, or one with a unit, a name and a day
// together are what one event's reports share, and translation keeps.
// One event needs a shared day, a shared distinctive figure and a shared
// name, and at least four distinctive keys in all; related stories a
// name and a distinctive figure or a day (names alone tie every story
// of a country: "united", "states").
func TieOf(shared Signature) Tie {
	figures := len(shared.Figures)
	keys := figures + len(shared.Dates) + len(shared.Names)
	switch {
	case len(shared.Dates) > 0 && figures > 0 && len(shared.Names) > 0 && keys >= 4:
		return TieSameEvent
	case len(shared.Names) > 0 && figures+len(shared.Dates) > 0:
		return TieRelated
	}
	return TieNone
}

// distinctive reports whether a number key says more than what many
// stories give: two significant digits or more, and not a length of
// time ("two dead", "3 km", "100 people", "15 years" are in stories of
// every kind).
//
// The digits are counted as written: the value in steps of the precision
// it was written with (nlp.Quantity.Step), so "1.5 million" is 15 steps
// and distinctive, "6 feet" (1.8288 m) six and not, "4,000 miles" four.
func distinctive(q nlp.Quantity) bool {
	if durationUnits[strings.ToLower(q.Unit)] || q.Step <= 0 {
		return false
	}
	n := math.Round(math.Abs(q.Value) / q.Step)
	return n >= 10 && !round(n)
}

// round reports whether v has one significant digit (50, 100, 2000000):
// how estimates and orders of magnitude are written, in every story.
func round(v float64) bool {
	v = math.Abs(v)
	for v >= 10 && math.Mod(v, 10) == 0 {
		v /= 10
	}
	return v < 10
}

// countUnit is nlp's unit of a count of people, and durationUnits its
// units of time (nlp.Quantity): codes, the same in every language.
const countUnit = "people"

var durationUnits = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true}

// Compare orders signatures by how many keys they hold, most first.
func Compare(a, b Signature) int { return cmp.Compare(b.Len(), a.Len()) }

// Words lists the keys of s for a reader: numbers, days, names.
func (s Signature) Words() []string {
	out := make([]string, 0, s.Len())
	out = append(out, s.Numbers...)
	out = append(out, s.Dates...)
	return append(out, s.Names...)
}

// BySentence is the signature of each sentence of d, in order: what
// OfSentences gives for each alone, in one pass.
func BySentence(d nlp.Doc) []Signature {
	out := make([]Signature, len(d.Sentences))
	at := func(offset int) int {
		i, _ := slices.BinarySearchFunc(d.Sentences, offset, func(s nlp.Sentence, off int) int {
			switch {
			case s.End <= off:
				return -1
			case s.Start > off:
				return 1
			}
			return 0
		})
		return i
	}
	valid := func(i int) bool { return i >= 0 && i < len(out) }
	for _, q := range d.Quantities {
		if valid(q.Sentence) {
			out[q.Sentence].addQuantity(q)
		}
	}
	for _, t := range d.Times {
		if valid(t.Sentence) && t.Resolved && t.Unresolved == "" && t.Granularity == nlp.GranDay && !t.Start.IsZero() {
			out[t.Sentence].Dates = append(out[t.Sentence].Dates, t.Start.Format("2006-01-02"))
		}
	}
	for _, e := range d.Entities {
		var words []string
		for _, w := range strings.Fields(Key(e.Name)) {
			if len([]rune(w)) >= minNameRunes && !digits(w) {
				words = append(words, w)
			}
		}
		for _, m := range e.Mentions {
			if i := at(m.Start); valid(i) && d.Sentences[i].Start <= m.Start {
				out[i].Names = append(out[i].Names, words...)
			}
		}
	}
	for i, sent := range d.Sentences {
		out[i].Capitals = capitals(sent.Text, out[i].Names)
		out[i].sort()
	}
	return out
}

// capitals are the words of a sentence after its first that are written
// with a capital, as Key writes them, other than names.
func capitals(sentence string, names []string) []string {
	var out []string
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for k, w := range words {
		if k == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		key := Key(w)
		if len([]rune(key)) >= minNameRunes && !digits(key) && !slices.Contains(names, key) {
			out = append(out, key)
		}
	}
	return out
}

// Echoes reports whether two sentences of one story in different
// languages that share these keys (Shared of their signatures) say the
// same thing, as far as their figures, days and names tell: a
// distinctive figure ("12 million euros"), a number and one more key,
// or the same day and a name. A lone name, day or small count is what
// every sentence of a story shares.
func Echoes(shared Signature) bool {
	switch {
	case len(shared.Figures) > 0:
		return true
	case shared.Len() < 2:
		return false
	case len(shared.Numbers) > 0:
		return true
	}
	return len(shared.Dates) > 0 && len(shared.Names) > 0
}

// Unit is the unit of a number key ("people" of "240 people").
func Unit(key string) string {
	_, unit, _ := strings.Cut(key, " ")
	return unit
}
