package nlp

import "strings"

// Narration carries a year forward: "He was granted bail in March 2019.
// Shortly afterwards, he was re-arrested in Tokyo in April" is April
// 2019, whatever the article's own date. A day or month written without
// its year right after one written with it, in the same sentence or the
// next one of the same paragraph, is of that year when it does not fall
// before it and is less than a year after it. Dated from the reference
// date instead, it would take the article's year, which the text does
// not support; in an article of unknown date it would go undated. A
// bound date gives no year: "since December 2008" is an interval that
// reaches the telling ("has held rates near zero since December 2008 and
// is expected to act at its final meeting of the year in December").
// Nor does narration carry its year into a clause that looks ahead: "He
// was elected … in late September 2010. He headed the commission for
// his late father's funeral which is to take place on December 28" is a
// December still to come when the article is written (December 2011),
// not the December after the elected September; such a day keeps the
// article's year, or stays undated.

// carriedYears gives the yearless days and months of ts the year of the
// dated day or month written right before them.
func carriedYears(d *Doc, ts []TimeExpr) {
	text := d.Text
	for i := 1; i < len(ts); i++ {
		a, t := ts[i-1], &ts[i]
		if !t.RefYear || !t.Resolved || t.Open != "" || t.Granularity != GranDay && t.Granularity != GranMonth || hasWeekday(t.Text) {
			continue
		}
		if !a.Resolved || a.Relative || a.RefYear || a.Open != "" || a.Start.IsZero() || a.Granularity != GranDay && a.Granularity != GranMonth {
			continue
		}
		if t.Sentence-a.Sentence > 1 || strings.Contains(text[a.Span.End:t.Span.Start], "\n\n") {
			continue
		}
		if futureClause(d, t.Sentence, t.Span.Start, t.Span.End).future {
			continue
		}
		years := a.Start.Year() - t.Start.Year()
		start := t.Start.AddDate(years, 0, 0)
		if start.Day() != t.Start.Day() || start.Before(a.Start) || !start.Before(a.Start.AddDate(1, 0, 0)) {
			continue
		}
		t.Start, t.End = start, t.End.AddDate(years, 0, 0)
		t.RefYear = false
	}
}
