package align

import (
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestConflictsOfOtherEvents holds values of an earlier event (a previous
// quake's magnitude and month) and distances of other things (a town's
// distance from a landmark, not the epicentre's) apart from the main
// event's, while the main event's own disagreement is still reported.
// The sentences are from ECB+ (20ecb, 38ecb).
func TestConflictsOfOtherEvents(t *testing.T) {
	published := time.Date(2008, 12, 8, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		texts []string
		want  map[string][]string
	}{
		{"an earlier quake's magnitude and month", []string{
			"A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said. " +
				"A powerful quake with a magnitude of 6.1 struck southern Iran in September near the port city of Bandar Abbas, on the mainland near Qeshm island, killing at least seven people and injuring 40, 15 of them on Qeshm.",
			"An earthquake with a magnitude of 5.6 on the Richter scale shook the southern Iranian island of Qeshm and caused damage to residential buildings in villages on Sunday, ISNA news agency reported. " +
				"The same island was hit by a 6.1 quake in September.",
			"According to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.",
		}, map[string][]string{ConflictNumber: {"five people", "two people"}}},
		{"a previous quake", []string{
			"An earthquake struck near The Geysers on Sunday morning, the survey said. " +
				"A previous magnitude 3.1 quake struck near The Geysers in the morning.",
			"A magnitude 4.2 earthquake struck near The Geysers on Sunday morning, the survey said.",
		}, nil},
		{"a town's distance and the epicentre's", []string{
			"The size of Sunday morning's earthquake caught the attention of people in Cobb, a small community along Highway 175 in Lake County, 4 miles east of The Geysers.",
			"The US Geological Survey report listed the epicenter as two miles east southeast of The Geysers, four miles southwest of Cobb and four miles west of Anderson Springs, at a depth of 2.7 miles.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Published: published, Text: text})
			}
			res := Align(inputs, Options{})
			got := map[string][]string{}
			for _, c := range res.Conflicts {
				var vs []string
				for _, v := range c.Variants {
					vs = append(vs, v.Value)
				}
				sort.Strings(vs)
				got[c.Kind] = vs
			}
			if len(got) == 0 {
				got = nil
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("conflicts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMainEventTimes links the times at which the articles' leads date
// their main event although their clauses word it apart (the demo
// corpus's grounding: "struck Gannet Ledge last night", "grounded off Port
// Ardlow on Monday night", "ran aground … late on Monday"), and leaves
// apart lead times that share nothing.
func TestMainEventTimes(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name   string
		inputs []Input
		// want is the outlets of each variant of the one date conflict,
		// nil for none.
		want [][]string
	}{
		{"the grounding day", []Input{
			{Published: at("2026-03-10T06:15:00Z"), Text: "PORT ARDLOW, March 10 (Northwire) - The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, about 2 nautical miles off the fishing town of Port Ardlow, and is leaking fuel oil into Kessary Bay, port authorities said."},
			{Published: at("2026-03-10T18:20:00Z"), Text: "The Corran Star stopped broadcasting its position about 40 minutes before it struck Gannet Ledge last night, according to tracking data seen by the Evening Post."},
			{Published: at("2026-03-11T00:00:00Z"), Text: "Halvard Line is preparing for one of the costliest salvage operations in its history after its 590-foot bulker Corran Star grounded off Port Ardlow on Monday night."},
			{Text: "WORLD: A cargo ship operated by Halvard Line ran aground on Tuesday near the port town of Port Ardlow, spilling fuel into the sea, according to Northwire."},
		}, [][]string{{"A", "B", "C"}, {"D"}}},
		{"two leads alone, one name shared", []Input{
			{Published: at("2026-03-10T06:15:00Z"), Text: "The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, port authorities said."},
			{Published: at("2026-03-11T13:00:00Z"), Text: "Salvage teams reached the Corran Star on Tuesday, the company said."},
		}, nil},
		{"leads of different happenings", []Input{
			{Published: at("2026-03-10T06:15:00Z"), Text: "The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, port authorities said."},
			{Published: at("2026-03-11T13:00:00Z"), Text: "The government on Wednesday ordered the closure of Kessary Bay to all fishing, the ministry said."},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.inputs {
				tt.inputs[i].ArticleID = int64(i + 1)
				tt.inputs[i].Outlet = string(rune('A' + i))
			}
			res := Align(tt.inputs, Options{})
			var got [][]string
			for _, c := range res.Conflicts {
				if c.Kind != ConflictDate && c.Kind != ConflictWeekday {
					continue
				}
				for _, v := range c.Variants {
					o := append([]string(nil), v.Outlets...)
					sort.Strings(o)
					got = append(got, o)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("date conflict outlets mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
