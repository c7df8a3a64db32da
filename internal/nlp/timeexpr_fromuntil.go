package nlp

import (
	"regexp"
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// "From 1967 until 2009", "from 1967 till 2009", "from March 1967 until
// his death in 2009", "from 1967 until his 2009 death": "from" a dated
// time and a word that closes the range ("until", "to"), with the range's
// end a few words on, make one
// span from the first to the second. Read alone, the first time is only
// the span's start, and a timeline that shows "1967" for a career of
// forty years reduces it to its start. Both ends must carry their year
// (a time counted from the page's date could be either end's), the end
// must lie after the start, and no clause mark may come between them.
// A verb of moving a date before "from" ("postponed from 2025 until
// 2027") makes two dates, not a span, and is left alone.
var (
	closerLeads     = en.Set(lang.OpenFromCloserLeads)
	rangeEndDets    = en.Set(lang.RangeEndDeterminers)
	dateMoveVerbs   = en.Set(lang.DateMoveVerbs)
	bareYearRe      = regexp.MustCompile(`^\s*((?:19|20)\d\d)\b`)
	fromUntilBreaks = ",;:()[]“”\"!?"
)

// fromUntilReach is how many words may stand between the closing word
// and the range's end ("until his death in 2009").
const fromUntilReach = 6

// fromUntilRanges joins each such pair of out into one range, the second
// removed.
func fromUntilRanges(d *Doc, out []TimeExpr) []TimeExpr {
	drop := map[int]bool{}
	for i := range out {
		a := &out[i]
		if drop[i] || !datedEnd(*a) {
			continue
		}
		from := openedByFrom(d.Text, *a)
		if from < 0 {
			continue
		}
		rest := d.Text[a.Span.End:]
		if s := a.Sentence; s >= 0 && s < len(d.Sentences) {
			rest = d.Text[a.Span.End:max(a.Span.End, d.Sentences[s].End)]
		}
		toks := Tokenize(rest, a.Span.End)
		k := 0
		for k < len(toks) && closerLeads.Has(strings.ToLower(toks[k].Text)) {
			k++
		}
		if k >= len(toks) || !openFromClose.Has(strings.ToLower(toks[k].Text)) ||
			strings.TrimSpace(d.Text[a.Span.End:toks[k].Span.Start]) != strings.Join(tokenTexts(toks[:k]), " ") {
			continue
		}
		after := toks[k].Span.End
		// A year modifying the noun that ends the range ("until his
		// 2009 death") ends it as a bare year does.
		if k+1 < len(toks) && rangeEndDets.Has(strings.ToLower(toks[k+1].Text)) && bareYearRe.MatchString(d.Text[toks[k+1].Span.End:]) {
			after = toks[k+1].Span.End
		}
		var end time.Time
		var endAt int
		j := -1
		if m := bareYearRe.FindStringSubmatchIndex(d.Text[after:]); m != nil {
			y := atoi(d.Text[after+m[2] : after+m[3]])
			end, endAt = time.Date(y+1, 1, 1, 0, 0, 0, 0, a.Start.Location()), after+m[3]
			// A found expression over the bare year is the same end.
			for n := i + 1; n < len(out); n++ {
				if out[n].Span.Start < endAt && out[n].Span.End > after {
					j = n
					endAt = max(endAt, out[n].Span.End)
				}
			}
		} else {
			for n := i + 1; n < len(out); n++ {
				if out[n].Sentence == a.Sentence {
					j = n
				}
				break
			}
			if j < 0 || !datedEnd(out[j]) || len(Tokenize(d.Text[after:out[j].Span.Start], 0)) > fromUntilReach {
				continue
			}
			end, endAt = out[j].End, out[j].Span.End
		}
		if strings.ContainsAny(d.Text[a.Span.End:endAt], fromUntilBreaks) || !end.After(a.End) {
			continue
		}
		if j >= 0 {
			drop[j] = true
		}
		a.End, a.Granularity, a.Weekday, a.PartOfDay = end, GranRange, 0, ""
		a.Span.Start, a.Span.End = from, endAt
		a.Text = d.Text[a.Span.Start:a.Span.End]
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for i, t := range out {
		if !drop[i] {
			kept = append(kept, t)
		}
	}
	return kept
}

// datedEnd reports whether t is a closed time that carries its own year.
func datedEnd(t TimeExpr) bool {
	return t.Resolved && t.Open == "" && t.Unresolved == "" && !t.Relative && !t.RefYear &&
		(t.Granularity == GranYear || t.Granularity == GranMonth || t.Granularity == GranDay)
}

// openedByFrom returns where the "from" that opens t starts, as its first
// word or the word before it, with no verb of moving a date right
// before; -1 if none does.
func openedByFrom(text string, t TimeExpr) int {
	at := t.Span.Start
	if first, _, ok := strings.Cut(t.Text, " "); !ok || !openFromWords.Has(strings.ToLower(first)) {
		toks := Tokenize(text[max(0, at-30):at], max(0, at-30))
		n := len(toks)
		if n == 0 || !openFromWords.Has(strings.ToLower(toks[n-1].Text)) || strings.TrimSpace(text[toks[n-1].Span.End:at]) != "" {
			return -1
		}
		at = toks[n-1].Span.Start
	}
	toks := Tokenize(text[max(0, at-40):at], max(0, at-40))
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-3; k-- {
		if dateMoveVerbs.Has(strings.ToLower(toks[k].Text)) {
			return -1
		}
	}
	return at
}
