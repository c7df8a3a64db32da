package nlp

import (
	"testing"
	"time"
)

// TestEasterSunday checks the computus against Easter dates of published
// calendars, including its earliest (22 March 1818) and latest (25 April
// 1943) possible days.
func TestEasterSunday(t *testing.T) {
	for _, want := range []string{
		"1818-03-22", "1943-04-25", "2008-03-23", "2011-04-24", "2014-04-20",
		"2016-03-27", "2019-04-21", "2020-04-12", "2023-04-09", "2024-03-31",
		"2025-04-20", "2026-04-05", "2038-04-25",
	} {
		w, _ := time.Parse("2006-01-02", want)
		if got := easterSunday(w.Year(), time.UTC); !got.Equal(w) {
			t.Errorf("Easter %d: got %s, want %s", w.Year(), got.Format("2006-01-02"), want)
		}
	}
}
