package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFindAttributions(t *testing.T) {
	type got struct{ Cited, Via, Kind string }
	tests := []struct {
		text string
		want []got
	}{
		{"According to the New York Times, Kim would meet Putin.", []got{{"the New York Times", "", AttrAccordingTo}}},
		{"Kim will travel.\n\nSource: The New York Times\n\nDetails follow.", []got{{"The New York Times", "", AttrSourceLine}}},
		{"South Korean media, citing government sources, said the train had left.", []got{{"South Korean media", "government sources", AttrCiting}}},
		{"Reuters and the Associated Press contributed to this report.", []got{{"Reuters", "", AttrContributed}, {"the Associated Press", "", AttrContributed}}},
		{"Read more at The Daily Beast.", []got{{"The Daily Beast", "", AttrReadMore}}},
		{"Kim may visit Moscow, although sources told the NY Times that is far from certain.", []got{{"the NY Times", "sources", AttrToldBy}}},
		{"Details: The NYT's sources said Kim would travel by train.", []got{{"The NYT", "sources", AttrToldBy}}},
		{"Her rep told People she had checked in.", []got{{"People", "Her rep", AttrToldBy}}},
		{"Yonhap reported that the train had crossed the border.", []got{{"Yonhap", "", AttrReported}}},
		{"The bay was closed.\n\nAdditional reporting by Northwire.", []got{{"Northwire", "", AttrContributed}}},
		{"The bay was closed.\n\nWith Northwire.", []got{{"Northwire", "", AttrContributed}}},
		{"With the bay closed, boats stayed in port.", nil},
		{"Translated from the French by Édouard Lemaître. With Northwire.", []got{{"Northwire", "", AttrContributed}}},
		{"It went dark 40 minutes before, according to tracking data seen by the Evening Post.", []got{{"tracking data", "", AttrAccordingTo}}},
	}
	for _, tt := range tests {
		d := Analyze(tt.text, time.Time{})
		var gots []got
		for _, a := range d.Attributions {
			gots = append(gots, got{a.Cited, a.Via, a.Kind})
			if a.CitedEntity >= len(d.Entities) {
				t.Errorf("%q: cited entity %d out of range", tt.text, a.CitedEntity)
			}
		}
		if diff := cmp.Diff(tt.want, gots); diff != "" {
			t.Errorf("FindAttributions(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
