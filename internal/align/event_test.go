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
