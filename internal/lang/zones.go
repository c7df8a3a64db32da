package lang

import (
	"regexp"
	"strconv"
)

var numericZone = regexp.MustCompile(`^(?:(?:GMT|UTC)\s*)?([+\-−])(\d{1,2})(?::?(\d{2}))?$`)

// ZoneOffset reads a time zone as printed after a time: an abbreviation
// of the lexicons' time-zones class ("IST", "EDT"), or an offset ("GMT+2",
// "UTC-04:00", "+0530"). It returns the offset east of UTC in seconds.
func ZoneOffset(zone string) (int, bool) {
	if m := numericZone.FindStringSubmatch(zone); m != nil {
		h, _ := strconv.Atoi(m[2])
		mi, _ := strconv.Atoi(m[3])
		if h > 14 || mi > 59 {
			return 0, false
		}
		off := h*3600 + mi*60
		if m[1] != "+" {
			off = -off
		}
		return off, true
	}
	for _, code := range Codes() {
		l, _ := For(code)
		if v, ok := l.Map(TimeZones)[zone]; ok {
			return ZoneOffset(v)
		}
	}
	return 0, false
}
