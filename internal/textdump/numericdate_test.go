package textdump

import (
	"testing"
	"time"
)

func TestParseNumericDateLine(t *testing.T) {
	tests := []struct {
		line string
		want string // "" when refused
	}{
		{"11 / 10 / 11 02: 39 PM ET", "2011-11-10 14:39"},
		{"12 / 23 / 12 06: 03 PM ET EST", "2012-12-23 18:03"},
		{"04 / 28 / 09 07: 35 PM ET", "2009-04-28 19:35"},
		{"POSTED: 05 / 02 / 07, 9: 00 PM PDT |", "2007-05-02 21:00"},
		{"28/04/2009", "2009-04-28 00:00"},
		{"04 / 04 / 2012", "2012-04-04 00:00"},
		{"05 / 02 / 2013", ""},                      // day and month in doubt
		{"Posted 2 / 3 / 2009 11: 11 PM", ""},       // no zone to say which
		{"05/02/2013 10:00 GMT", ""},                // a zone of day-first places
		{"Born 11/10/11", ""},                       // not a dateline label
		{"11/10/11 was the day it all changed", ""}, // not a date line
		{"13/13/13", ""},
		{"02/31/2012", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := parseNumericDateLine(tt.line); ok {
			got = d.Format(time.DateOnly + " 15:04")
		}
		if got != tt.want {
			t.Errorf("parseNumericDateLine(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
