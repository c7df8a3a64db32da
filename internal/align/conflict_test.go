package align

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConflicts(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		// want maps a conflict kind to the sorted values of its variants;
		// a missing kind must not be reported.
		want map[string][]string
	}{
		{"weekday", []string{
			"Kim's armoured train left Pyongyang on Monday, officials said.",
			"Kim's armoured train left Pyongyang on Sunday night, South Korean media said.",
		}, map[string][]string{ConflictWeekday: {"on Monday", "on Sunday night"}}},
		{"numbers beyond tolerance", []string{
			"The earthquake injured five people on Qeshm island.",
			"The earthquake on Qeshm island injured two people.",
			"The earthquake injured five people on Qeshm island, the governor said.",
		}, map[string][]string{ConflictNumber: {"five people", "two people"}}},
		{"numbers stated to the unit differ", []string{
			"Vladivostok is just 75 miles from the border with North Korea.",
			"Vladivostok is just 129 kilometers from the border with North Korea.",
			"Vladivostok lies less than 100 miles from the border with North Korea.",
		}, map[string][]string{ConflictNumber: {"129 kilometers", "75 miles"}}},
		{"numbers within their precision, hedge and bounds", []string{
			"Vladivostok is just 75 miles from the border with North Korea.",
			"Vladivostok is just 121 kilometers from the border with North Korea.",
			"Vladivostok is about 130 kilometers from the border with North Korea.",
			"Vladivostok lies less than 100 miles from the border with North Korea.",
		}, nil},
		{"distances from different landmarks", []string{
			"The quake was centered 13 miles east of Cloverdale, the survey said.",
			"The quake was centered 2 miles east of The Geysers, the survey said.",
		}, nil},
		{"place", []string{
			"Kim and Putin will hold their summit in Vladivostok next week.",
			"Kim and Putin will hold their summit in Khabarovsk next week.",
		}, map[string][]string{ConflictPlace: {"Khabarovsk", "Vladivostok"}}},
		{"person", []string{
			`"We are planning some kind of meeting with the North," said Pentagon spokesman Pat Ryder.`,
			`"We are planning some kind of meeting with the North," said White House spokesman John Kirby.`,
		}, map[string][]string{ConflictPerson: {"John Kirby", "Pat Ryder"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text})
			}
			res := Align(inputs, Options{})
			got := map[string][]string{}
			for _, c := range res.Conflicts {
				var vs []string
				for _, v := range c.Variants {
					vs = append(vs, v.Value)
					if len(v.Refs) == 0 || len(v.Outlets) == 0 {
						t.Errorf("variant %q has no refs or outlets", v.Value)
					}
				}
				sort.Strings(vs)
				got[c.Kind] = vs
			}
			if len(got) == 0 {
				got = nil
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("conflicts mismatch (-want +got):\n%s\n%+v", diff, res.Conflicts)
			}
		})
	}
}

func TestConflictCitedSource(t *testing.T) {
	res := Align([]Input{
		{ArticleID: 1, Outlet: "A", Text: "Kim's armoured train left Pyongyang on Monday, according to Yonhap."},
		{ArticleID: 2, Outlet: "B", Text: "South Korean media, citing government sources, said Kim's armoured train left Pyongyang on Sunday night."},
	}, Options{})
	if len(res.Conflicts) != 1 {
		t.Fatalf("got %d conflicts, want 1: %+v", len(res.Conflicts), res.Conflicts)
	}
	var cited []string
	for _, v := range res.Conflicts[0].Variants {
		cited = append(cited, v.CitedSource)
	}
	if !slices.Contains(cited, "Yonhap") || !slices.ContainsFunc(cited, func(s string) bool { return strings.Contains(s, "citing government sources") }) {
		t.Errorf("cited sources %q, want Yonhap and South Korean media citing government sources", cited)
	}
}
