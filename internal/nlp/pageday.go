package nlp

import (
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/lang"
)

// A page stored without its date often still tells it: an agency's photo
// caption dates its picture in full, weekday included ("… in Washington,
// Wednesday, Dec. 17, 2014"), a page prints when it was last updated
// ("Last updated 23rd Sep 2019"), a tweet quoted in it ends with its day.
// When the narration then counts its days from that day ("moved on
// Wednesday", "this morning"), the text itself fixes them. PageDay finds
// such a day, precision first:
//   - a candidate is a full date (day, month and year) written with its
//     weekday, which must be the date's; or one right after a stamp word
//     (PageStampWords); or one that signs an embedded post ("—
//     Conservatives (@Conservatives) October 24, 2022"); or a full date
//     the text writes twice or more;
//   - the page's day is the latest candidate, and every other candidate
//     lies at most maxPageDaySpread days before it (captions of one
//     news weekend); candidates further apart disagree, and no day is
//     taken;
//   - no full date the text writes lies after it: a page tells what has
//     happened, and one that names a later day was written after it (or
//     looks ahead, which this cannot tell apart);
//   - the narration, outside quotations, names that day itself: its
//     weekday bare ("on Wednesday") or a word of the day ("this
//     morning", "tonight"). A page that counts from no day of its own
//     needs none, and one that names another weekday was likely written
//     on another day.

// maxPageDaySpread is how many days before the latest candidate another
// may lie: the captions of one story's weekend, not of another time.
const maxPageDaySpread = 3

var (
	pageStampWords   = en.Set(lang.PageStampWords)
	pageStampFillers = en.Set(lang.PageStampFillers)
)

// PageDay returns the day the text of a page of unknown date gives as
// its own, at noon UTC, when that day is coherent as described above. d
// is the page's analysis against ref (any day, or none; relative days
// are read from ref only to tell a word of the day from others). stamp,
// when not zero, is the day the page's update stamp gives, which the
// extractor keeps out of the text ("Update: 2017-09-12 21:29 GMT"): a
// candidate like a stamped date of the text. dropped are the lines of the
// page the extractor kept out of the text that write a full date
// (article.Article.DateLines: captions, stamps, post signatures): their
// dates are read as the text's are, with the same tests (a caption
// written once, without its weekday, is no candidate: a file photo of
// another year), and a later one refuses the day as a later date of the
// text does.
func PageDay(d *Doc, ref, stamp time.Time, dropped []string) (time.Time, bool) {
	full := func(te TimeExpr) bool {
		return te.Resolved && !te.Relative && !te.RefYear && te.Open == "" && te.Unresolved == "" &&
			te.Granularity == GranDay && !te.Start.IsZero()
	}
	docs := []*Doc{d}
	if len(dropped) > 0 {
		// One paragraph a line: a date is never read across two.
		fd := Analyze(strings.Join(dropped, "\n\n"), ref)
		docs = append(docs, &fd)
	}
	count := map[time.Time]int{}
	for _, doc := range docs {
		for _, te := range doc.Times {
			if full(te) {
				count[dayOf(te.Start)]++
			}
		}
	}
	// A byline's date is the page's own (pageday_byline.go), unless the
	// text writes a later one.
	if day, ok := bylineDay(d.Text, ref); ok {
		if laterDate(docs, day) {
			return time.Time{}, false
		}
		return day.Add(12 * time.Hour), true
	}
	var cands []time.Time
	for _, doc := range docs {
		for _, te := range doc.Times {
			if !full(te) {
				continue
			}
			k := dayOf(te.Start)
			if count[k] > 1 || writtenWeekdayMatches(te) || stampedDate(doc.Text, te.Span) || postSignedDate(doc.Text, te.Span) {
				cands = append(cands, k)
			}
		}
	}
	if !stamp.IsZero() {
		cands = append(cands, dayOf(stamp))
	}
	if len(cands) == 0 {
		return time.Time{}, false
	}
	latest := cands[0]
	for _, c := range cands {
		if c.After(latest) {
			latest = c
		}
	}
	for _, c := range cands {
		if c.Before(latest.AddDate(0, 0, -maxPageDaySpread)) {
			return time.Time{}, false
		}
	}
	if laterDate(docs, latest) {
		return time.Time{}, false
	}
	if ref.IsZero() {
		// A story none of whose pages is dated gives no day to read
		// against: the candidate serves, as any day would.
		ref = latest
		d = &Doc{Text: d.Text, Sentences: d.Sentences, Times: FindTimes(&Doc{Text: d.Text, Sentences: d.Sentences}, ref)}
	}
	if !namesOwnDay(d, ref, latest) {
		return time.Time{}, false
	}
	return latest.Add(12 * time.Hour), true
}

// laterDate reports whether a full date of docs lies after day: a page
// tells what has happened, and one naming a later day was written after
// it.
func laterDate(docs []*Doc, day time.Time) bool {
	for _, doc := range docs {
		for _, te := range doc.Times {
			if te.Resolved && !te.Relative && !te.RefYear && !te.Start.IsZero() && te.Unresolved == "" &&
				dayOf(te.Start).After(day) {
				return true
			}
		}
	}
	return false
}

// dayOf is t's calendar day as written, at midnight UTC.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// writtenWeekdayMatches reports whether te writes a weekday and that
// weekday is its date's.
func writtenWeekdayMatches(te TimeExpr) bool {
	named := 0
	for _, tok := range Tokenize(te.Text, 0) {
		if n := englishTime.weekdayNum(tok.Text); n != 0 {
			if named != 0 && named != n {
				return false
			}
			named = n
		}
	}
	return named != 0 && named == isoWeekday(te.Start)
}

// stampedDate reports whether the date at s follows a stamp word on its
// line, with only fillers, spaces, a colon or a dash between.
func stampedDate(text string, s Span) bool {
	line := strings.LastIndexByte(text[:s.Start], '\n') + 1
	toks := Tokenize(text[line:s.Start], line)
	end := s.Start
	for i := len(toks) - 1; i >= 0; i-- {
		w := strings.ToLower(toks[i].Text)
		if strings.TrimFunc(text[toks[i].Span.End:end], func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(":-–—", r)
		}) != "" {
			return false
		}
		if pageStampWords.Has(w) {
			return true
		}
		if !pageStampFillers.Has(w) {
			return false
		}
		end = toks[i].Span.Start
	}
	return false
}

// postSignedDate reports whether the date at s ends the signature of an
// embedded post: "… pic.twitter.com/Oa52WWwFck — Conservatives
// (@Conservatives) October 24, 2022", the account's handle in brackets
// right before it. The post's own day, printed by the page that embeds
// it, as a stamp is.
func postSignedDate(text string, s Span) bool {
	before := strings.TrimRightFunc(text[strings.LastIndexByte(text[:s.Start], '\n')+1:s.Start], unicode.IsSpace)
	if !strings.HasSuffix(before, ")") {
		return false
	}
	open := strings.LastIndexByte(before, '(')
	if open < 0 || !strings.HasPrefix(before[open+1:], "@") {
		return false
	}
	handle := before[open+2 : len(before)-1]
	return handle != "" && !strings.ContainsFunc(handle, unicode.IsSpace)
}

// namesOwnDay reports whether the narration of d, analysed against ref,
// names day: a bare weekday that is day's, or a word of the reference
// day ("today", "this morning").
func namesOwnDay(d *Doc, ref, day time.Time) bool {
	quotes := speechSpans(d.Text)
	refDay := dayOf(ref)
	for _, te := range d.Times {
		// A weekday names its day whether or not it could be counted
		// from ref (a borrowed day may leave it undated).
		if !te.Relative || te.Granularity != GranDay && te.Granularity != GranPart {
			continue
		}
		if _, quoted := spanAround(quotes, te.Span); quoted {
			continue
		}
		if hasWeekday(te.Text) {
			if te.Weekday == isoWeekday(day) {
				return true
			}
			continue
		}
		if !te.Start.IsZero() && dayOf(te.Start).Equal(refDay) {
			return true
		}
	}
	return false
}
