package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// Dateline is where and when a report was filed, as printed before its
// first words: "PORT ARDLOW, March 10 (Northwire) - ", "WASHINGTON
// (Reuters) — ", "TRIPOLI, Libya (AP) _ " (AP's underscore standing for a
// dash), "MANCHESTER, N.H. - ", "Cleveland (AFP) – ".
type Dateline struct {
	// Place is the place, lower case, without its state or country
	// ("manchester" for "MANCHESTER, N.H."); "" when there is no
	// dateline.
	Place string
	// End is how many bytes of the text the dateline takes, with the
	// dash and the space after it; 0 when it ends in no dash
	// ("CLEVELAND, July 19 (UPI): ...") or there is none.
	End int
}

// maxPlaceWords bounds the words of a dateline's place and of the state
// or country after it.
const maxPlaceWords = 4

var calendar = en.Set(lang.CalendarWords)

// ReadDateline reads the dateline text opens with. A place in capitals
// is a dateline when a dash follows it; a place in mixed case
// ("Cleveland") only with a date or an agency in brackets after it, since
// "Donald Trump — " is a sentence's subject.
func ReadDateline(text string) Dateline {
	rest := strings.TrimLeft(text, " \t\r\n")
	place, caps, ok := placeWords(&rest, maxPlaceWords)
	if !ok {
		return Dateline{}
	}
	// "MANCHESTER, N.H." or "TRIPOLI, Libya": a state or country.
	if after, found := strings.CutPrefix(rest, ","); found {
		r := strings.TrimLeft(after, " ")
		if !calendar[strings.ToLower(leadingWord(r))] {
			if _, _, ok := placeWords(&r, 3); ok {
				rest = r
			}
		}
	}
	// ", March 10" or " Dec. 11": a date.
	dated, comma := false, strings.HasPrefix(rest, ",")
	if r := strings.TrimLeft(strings.TrimPrefix(rest, ","), " "); calendar[strings.ToLower(leadingWord(r))] {
		r = strings.TrimLeft(strings.TrimPrefix(r[len(leadingWord(r)):], "."), " ")
		n := 0
		for n < len(r) && n < 2 && r[n] >= '0' && r[n] <= '9' {
			n++
		}
		if n > 0 {
			rest, dated = r[n:], true
		}
	}
	// " (Reuters)": an agency.
	agency := false
	if r := strings.TrimLeft(rest, " "); strings.HasPrefix(r, "(") {
		if end := strings.IndexAny(r[1:], "()"); end >= 2 && end <= 40 && r[1+end] == ')' {
			rest, agency = r[end+2:], true
		}
	}
	end := dashEnd(rest)
	switch {
	case end > 0 && (caps || dated || agency):
		return Dateline{Place: place, End: len(text) - len(rest) + end}
	case dated && comma || agency:
		// "CLEVELAND, July 19: ..." without a dash; "The March 15
		// primaries" is no dateline.
		return Dateline{Place: place}
	}
	return Dateline{}
}

// placeWords reads up to max capitalised words written together from the
// start of *rest, advancing it past them: the place lower case, and
// whether every word was in capitals.
func placeWords(rest *string, max int) (place string, caps, ok bool) {
	var words []string
	caps = true
	r := *rest
	for len(words) < max {
		end := strings.IndexFunc(r, func(c rune) bool { return !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' })
		if end < 0 {
			end = len(r)
		}
		tok := r[:end]
		if c, _ := utf8.DecodeRuneInString(tok); end == 0 || !unicode.IsUpper(c) || calendar[strings.ToLower(strings.TrimRight(tok, "."))] {
			break
		}
		if strings.ToUpper(tok) != tok {
			caps = false
		}
		words = append(words, strings.ToLower(strings.TrimRight(tok, ".-")))
		r = r[end:]
		if !strings.HasPrefix(r, " ") {
			break
		}
		next := strings.TrimLeft(r, " ")
		if c, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(c) || calendar[strings.ToLower(leadingWord(next))] {
			break
		}
		r = next
	}
	if len(words) == 0 {
		return "", false, false
	}
	*rest = r
	return strings.Join(words, " "), caps, true
}

// dashEnd returns how many bytes of rest are a dash set off by spaces
// ("Exclusive–Maria" is a compound), the spaces after it included; 0 when
// rest does not open with one.
func dashEnd(rest string) int {
	r := strings.TrimLeft(rest, " ")
	if len(r) == len(rest) {
		return 0
	}
	c, size := utf8.DecodeRuneInString(r)
	switch {
	case strings.HasPrefix(r, "--"):
		size = 2
	case c == '_' || c == '-' || c == '―' || unicode.Is(unicode.Pd, c):
	default:
		return 0
	}
	after := r[size:]
	spaced := strings.TrimLeft(after, " ")
	if len(spaced) == len(after) && after != "" {
		return 0
	}
	return len(rest) - len(spaced)
}

func leadingWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}
