package nlp

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// digitValue reads an ASCII or a full-width digit ("１").
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// parseLocalNumber reads a number at the start of s written with the given
// thousands and decimal separators ("1.234,5" in German, "1 234,5" in
// French, "１２３" in full-width digits). A thousands separator counts only
// before a group of exactly three digits; anything else ends the number.
// It returns the value, the count of decimals written, and the bytes
// read; n is 0 when s does not start with a digit.
func parseLocalNumber(s string, thousands, decimal rune) (v float64, decimals, n int) {
	digits := func(i int) (val float64, count, end int) {
		for end = i; end < len(s); {
			r, size := utf8.DecodeRuneInString(s[end:])
			d, ok := digitValue(r)
			if !ok {
				break
			}
			val = val*10 + float64(d)
			count++
			end += size
		}
		return val, count, end
	}
	v, count, i := digits(0)
	if count == 0 {
		return 0, 0, 0
	}
	grouped := false
	for i < len(s) && thousands != 0 && (count <= 3 || grouped) {
		r, size := utf8.DecodeRuneInString(s[i:])
		// Where the decimal mark is a comma, a dot before three digits
		// can only group thousands: French wires write "13.293" beside
		// "13 293".
		if !isSeparator(r, thousands) && !(decimal == ',' && r == '.') {
			break
		}
		g, gc, end := digits(i + size)
		if gc != 3 {
			break
		}
		v, i, grouped = v*1000+g, end, true
	}
	if i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == decimal || decimal == '.' && r == '．' {
			f, fc, end := digits(i + size)
			if fc > 0 {
				v += f / math.Pow(10, float64(fc))
				decimals, i = fc, end
			}
		}
	}
	return v, decimals, i
}

// isSeparator reports whether r writes the thousands separator sep; a
// space separator is written as a space, a no-break or a narrow no-break
// space.
func isSeparator(r, sep rune) bool {
	if sep == ' ' {
		return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
	}
	return r == sep
}

// parseNumeral reads a number written in Chinese or Japanese numerals at
// the start of s ("三十五", "两千", "一万二千"): digits from digits, and
// multipliers from mults (十 百 千 below ten thousand multiply the digit
// before them, 万 亿 multiply all before them). n is 0 when s does not
// start with a numeral.
func parseNumeral(s string, digits, mults map[string]float64) (v float64, n int) {
	var total, section, digit float64
	seen, afterDigit := false, false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		ch := string(r)
		if d, ok := digits[ch]; ok && d < 10 {
			if afterDigit {
				digit = digit*10 + d // "二〇二三": digits in a row
			} else {
				digit = d
			}
			seen, afterDigit = true, true
			i += size
			continue
		}
		afterDigit = false
		if m, ok := mults[ch]; ok && seen || ok && m < 10000 && (r == '十' || r == '拾') {
			if m < 10000 {
				if digit == 0 {
					digit = 1
				}
				section += digit * m
			} else {
				total += (section + digit) * m
				section = 0
			}
			digit, seen = 0, true
		} else {
			break
		}
		i += size
	}
	if !seen {
		return 0, 0
	}
	return total + section + digit, i
}

// findQuantities finds numbers with the unit or the noun they count:
// "1.234 Menschen", "12,5 Prozent", "3万人", "２億円".
func (w *words) findQuantities(d *Doc, times []TimeExpr) []Quantity {
	var out []Quantity
	inTime := func(a, b int) bool {
		for _, t := range times {
			if a < t.Span.End && b > t.Span.Start {
				return true
			}
		}
		return false
	}
	for si, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		i := 0
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if i > 0 && w.spaced {
				prev, k := utf8.DecodeLastRuneInString(text[:i])
				// "11:12", "2:1": the minutes of a time of day or the
				// second side of a score count nothing.
				colon := prev == ':' && i > k && unicode.IsDigit(rune(text[i-k-1]))
				if unicode.IsLetter(prev) || unicode.IsDigit(prev) || colon {
					i += size
					continue
				}
			}
			v, decimals, n := parseLocalNumber(text[i:], w.thousands, w.decimal)
			if n == 0 && !w.spaced && w.numWords[string(r)] != 0 {
				v, n = parseNumeral(text[i:], w.numWords, w.multipliers)
			}
			if n == 0 && w.spaced && unicode.IsLetter(r) {
				// "six magistrats": a number word counts only what a
				// unit or a people noun after it says it counts.
				word := firstWord(text[i:])
				if val, ok := w.numWords[strings.ToLower(word)]; ok {
					rest := strings.TrimLeft(text[i+len(word):], " \u00a0")
					// "девять миллионов рублей", "zwei Millionen Euro": a
					// number word and a multiplier make a number.
					if _, k := w.prefixIn(rest, w.multipliers); k > 0 && isLetterStart(rest) {
						if q, end, ok := w.quantityAfter(text, i, i+len(word), val, 0); ok {
							q.Sentence, q.Span, q.Text = si, Span{s.Start + i, s.Start + end}, text[i:end]
							out = append(out, q)
							i = end
							continue
						}
					}
					if unit, k := w.unitIn(rest); k > 0 && isLetterStart(rest) {
						end := i + len(text[i:]) - len(rest) + k
						q := Quantity{Value: val, ValueMax: val, Step: 1, Unit: unit, Sentence: si, Span: Span{s.Start + i, s.Start + end}, Text: text[i:end]}
						if unit == "people" {
							q.Noun = strings.ToLower(rest[:k])
						}
						out = append(out, q)
						i = end
						continue
					}
				}
			}
			if n == 0 || inTime(s.Start+i, s.Start+i+n) {
				i += max(n, size)
				continue
			}
			q, end, ok := w.quantityAfter(text, i, i+n, v, decimals)
			if ok {
				q.Sentence = si
				q.Span = Span{s.Start + i, s.Start + end}
				q.Text = text[i:end]
				out = append(out, q)
				i = end
				continue
			}
			i += n
		}
	}
	return out
}

// quantityAfter reads the multiplier and the unit after a number that
// spans text[start:end].
func (w *words) quantityAfter(text string, start, end int, v float64, decimals int) (Quantity, int, bool) {
	step := math.Pow(10, -float64(decimals))
	rest := text[end:]
	skip := 0
	if w.spaced {
		skip = len(rest) - len(strings.TrimLeft(rest, " \u00a0\u202f"))
	}
	// Multiplier: "Millionen", "万".
	if m, k := w.prefixIn(rest[skip:], w.multipliers); k > 0 && (!w.spaced || wordEnds(rest[skip+k:])) {
		v, step = v*m, step*m
		if w.spaced && strings.HasPrefix(rest[skip+k:], ".") && w.abbrev[strings.ToLower(rest[skip:skip+k])] {
			k++ // "3,5 Mio. Euro", "1 500 тыс. долларов"
		}
		end += skip + k
		rest = text[end:]
		skip = 0
		if w.spaced {
			skip = len(rest) - len(strings.TrimLeft(rest, " \u00a0\u202f"))
		}
		if m2, k2 := w.prefixIn(rest[skip:], w.multipliers); !w.spaced && k2 > 0 {
			v, step = v*m2, step*m2 // "万亿"
			end += k2
			rest = text[end:]
		}
	}
	q := Quantity{Value: v, ValueMax: v, Step: step}
	// "2,5 miliardi di euro": a filler between the number and its unit.
	if f := firstWord(rest[skip:]); w.spaced && f != "" && w.unitFillers[strings.ToLower(f)] {
		if _, k := w.unitIn(strings.TrimLeft(rest[skip+len(f):], " ")); k > 0 {
			skip += len(f) + len(rest[skip+len(f):]) - len(strings.TrimLeft(rest[skip+len(f):], " "))
		}
	}
	if unit, k := w.unitIn(rest[skip:]); k > 0 {
		if unit == "years" && isYearNumeral(text[start:end]) {
			return q, end, false // "с 2014 года", "у 2020 році": a year
		}
		q.Unit = unit
		if unit == "people" {
			q.Noun = strings.ToLower(strings.TrimSpace(rest[skip : skip+k]))
		}
		return q, end + skip + k, true
	}
	// Money written before the number: "€ 5", "$5".
	before := strings.ToLower(strings.TrimRight(text[:start], " \u00a0"))
	for sym, unit := range w.units {
		symbol := strings.IndexFunc(sym, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) >= 0
		if symbol && strings.HasSuffix(before, sym) && sym != "%" {
			q.Unit = unit
			return q, end, true
		}
	}
	if !w.spaced {
		return q, end, false
	}
	// A count: the noun after the number ("zwölf Schiffe").
	noun := firstWord(rest[skip:])
	low := strings.ToLower(noun)
	first, _ := utf8.DecodeRuneInString(noun)
	if noun == "" || w.stop[low] || w.determiners[low] || w.months[low] != 0 || len(noun) < 3 || skip == 0 || w.capNouns && !unicode.IsUpper(first) {
		return q, end, false
	}
	if _, isMonth := w.months[low]; isMonth {
		return q, end, false
	}
	if w.peopleNouns[low] {
		q.Unit, q.Noun = "people", low
	} else {
		q.Unit, q.Noun = low, low
	}
	return q, end + skip + len(noun), true
}

// isYearNumeral reports whether s is written as a year is: four digits
// from 1000 to 2999, no separator.
func isYearNumeral(s string) bool {
	return len(s) == 4 && s[0] >= '1' && s[0] <= '2' && strings.Trim(s, "0123456789") == ""
}

// prefixIn finds the longest key of m that s starts with (a whole word in
// spaced text is checked by the caller).
func (w *words) prefixIn(s string, m map[string]float64) (float64, int) {
	best, bestLen := 0.0, 0
	low := strings.ToLower(s)
	for k, v := range m {
		if len(k) > bestLen && strings.HasPrefix(low, k) && (!w.spaced || wordEnds(s[len(k):])) {
			best, bestLen = v, len(k)
		}
	}
	return best, bestLen
}

// unitIn finds the longest unit s starts with.
func (w *words) unitIn(s string) (string, int) {
	best, bestLen := "", 0
	low := strings.ToLower(s)
	for k, v := range w.units {
		if len(k) > bestLen && strings.HasPrefix(low, k) && (!w.spaced || !isLetterStart(k) || wordEnds(s[len(k):])) {
			best, bestLen = v, len(k)
		}
	}
	for k := range w.peopleNouns {
		if w.spaced && len(k) > bestLen && strings.HasPrefix(low, k) && wordEnds(s[len(k):]) {
			best, bestLen = "people", len(k)
		}
	}
	return best, bestLen
}

func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// wordEnds reports whether s starts at a word's end.
func wordEnds(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
