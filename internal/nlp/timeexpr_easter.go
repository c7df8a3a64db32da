package nlp

import "time"

// easterSunday returns Western (Gregorian) Easter Sunday of year y, by
// the anonymous Gregorian computus printed in Nature (20 April 1876) and
// in Jean Meeus, Astronomical Algorithms (1991), chapter 8: the first
// Sunday after the ecclesiastical full moon on or after 21 March. The
// feasts that move with Easter (Good Friday, Easter Monday, Pentecost)
// are written in the lexicon as days counted from it ("easter+1").
func easterSunday(y int, l *time.Location) time.Time {
	a := y % 19                       // the year's place in the Metonic cycle
	b, c := y/100, y%100              // century and year in it
	d, e := b/4, b%4                  // leap centuries
	f := (b + 8) / 25                 // the lunar correction
	g := (b - f + 1) / 3              // the solar correction
	h := (19*a + b - d - g + 15) % 30 // the epact: days from new moon
	i, k := c/4, c%4
	wd := (32 + 2*e + 2*i - h - k) % 7 // days from the full moon to Sunday
	m := (a + 11*h + 22*wd) / 451
	month := (h + wd - 7*m + 114) / 31
	day := (h+wd-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, l)
}
