package nlp

import "time"

// News writes a day in full where it tells what happened on it and drops
// the year where it names the day again, before or after: a caption
// "Dilma Rousseff, 31 Aug" over a story that dates the vote "on August
// 31, 2016" names that same 31 August. In an article of unknown date,
// a yearless day takes the year the text writes with the same day and
// month when it writes only one, and that full date lies near the
// story's day (within textYearWindow): a text that writes the day of a
// birth long ago ("born on January 8, 1947") beside a yearless January 8
// of the story tells two days, not one.

// SameDayYearDays returns times with the yearless days of an article of
// unknown date given the year the text writes with the same day and
// month, as above; story is the story's day (zero: none is given).
func SameDayYearDays(times []TimeExpr, story time.Time) []TimeExpr {
	if story.IsZero() {
		return times
	}
	type monthDay struct {
		m time.Month
		d int
	}
	years := map[monthDay]map[int]bool{}
	for _, f := range times {
		if !f.Resolved || f.Relative || f.RefYear || f.Open != "" || f.Granularity != GranDay || !writtenYear.MatchString(f.Text) {
			continue
		}
		k := monthDay{f.Start.Month(), f.Start.Day()}
		if years[k] == nil {
			years[k] = map[int]bool{}
		}
		years[k][f.Start.Year()] = true
	}
	out := append([]TimeExpr(nil), times...)
	for i := range out {
		t := &out[i]
		if !t.RefYear || !t.Resolved || t.Open != "" || t.Granularity != GranDay || hasWeekday(t.Text) {
			continue
		}
		ys := years[monthDay{t.Start.Month(), t.Start.Day()}]
		if len(ys) != 1 {
			continue
		}
		for y := range ys {
			shift := y - t.Start.Year()
			if day := t.Start.AddDate(shift, 0, 0); day.Sub(story).Abs() <= textYearWindow {
				t.Start, t.End, t.RefYear = day, t.End.AddDate(shift, 0, 0), false
			}
		}
	}
	return out
}
