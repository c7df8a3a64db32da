package align

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

func TestClockTimes(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // as "hh:mm slack zone"
	}{
		{"- Epstein’s body was found on Saturday morning at approximately 7:30 a.m. at the Metropolitan Correctional Center in Manhattan, the New York Times reports.", []string{"07:30 32 "}},
		{"Less than 24 hours after the documents were released, officials told NBC News that Epstein, 66, was found unresponsive in his jail cell at 6:30 a.m. ET.", []string{"06:30 2 ET"}},
		{"Reportedly, the leak occurred at around 3 am.", []string{"03:00 45 "}},
		{"The leak took place at approximately 2.30 am Thursday.", []string{"02:30 32 "}},
		// The bracket converts the time before it: no time of its own.
		{"\"The commander in chief of the Cuban revolution died at 22:29 hours this evening (03:29 GMT Saturday),\" he said.", []string{"22:29 2 "}},
		{"He was declared dead at 5:03 p.m. (0803 GMT), having bled to death from deep wounds to the heart and the right side of his neck.", []string{"17:03 2 "}},
		{"According to the country’s interim prime minister, Claude Joseph, the president’s home in Port-au-Prince was stormed by unidentified armed men at 01:00 local time.", []string{"01:00 15 "}},
		{"The train started its journey at 3.30 pm and arrived at Balasore station at 6.30 pm.", []string{"15:30 2 ", "18:30 2 "}},
		{"Flight JT-610 took off from the Jakarta airport at 6.20am local time and lost contact at 6.33am.", []string{"06:20 2 ", "06:33 2 "}},
		// A bare 24-hour time is a page stamp or a score; "amid" is
		// no "am".
		{"Update: 2017-09-12 21:29 GMT", []string{"21:29 2 GMT"}},
		{"- November 26, 2019 14:34", nil},
		{"The 3 amid the chaos were rescued.", nil},
		{"Falcon Heavy took flight Tuesday around 1:45 pm MST from Kennedy Space Center in Florida.", []string{"13:45 32 MST"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range clockTimes(tt.sentence, nlp.Sentence{Start: 0, End: len(tt.sentence)}) {
			got = append(got, clockString(c))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.sentence, diff)
		}
	}
}

func clockString(c clockTime) string {
	return time.Date(0, 1, 1, c.minute/60, c.minute%60, 0, 0, time.UTC).Format("15:04") + " " + strconv.Itoa(c.slack) + " " + c.zone
}

// TestClockConflicts holds the times of day of the recall list (BENCHMARKS.md,
// "session 16: conflicts"): Epstein found at approximately 7:30 a.m. and at
// 6:30 a.m. ET, in the sources' sentences with the ones naming him; and
// controls that must make no conflict.
func TestClockConflicts(t *testing.T) {
	day := time.Date(2019, 8, 10, 0, 0, 0, 0, time.UTC)
	epstein7 := "Jeffery Epstein, the disgraced financier who stood accused of child sex trafficking, was found dead in a Manhattan jail cell on Saturday morning, officials confirmed to numerous news outlets. - Epstein’s body was found on Saturday morning at approximately 7:30 a.m. at the Metropolitan Correctional Center in Manhattan, the New York Times reports."
	epstein6 := "Jeffrey Epstein, the millionaire financier and accused sex trafficker, is dead by apparent suicide. Less than 24 hours after the documents were released, officials told NBC News that Epstein, 66, was found unresponsive in his jail cell at 6:30 a.m. ET."
	tests := []struct {
		name  string
		pages []string
		want  string // "" none, "confident" or "uncertain"
	}{
		// One names the zone, the other none; the names are spelt
		// apart: shown, uncertain.
		{"Epstein found at 7:30 and at 6:30 ET", []string{epstein7, epstein6}, "uncertain"},
		// Control: the same sentence with the name spelt alike and no
		// zone, to show the reading itself is confident.
		{"Epstein found at 7:30 and at 6:30, one zone", []string{
			"Jeffrey Epstein, the disgraced financier who stood accused of child sex trafficking, was found dead in a Manhattan jail cell on Saturday morning, officials confirmed to numerous news outlets. - Epstein’s body was found on Saturday morning at approximately 7:30 a.m. at the Metropolitan Correctional Center in Manhattan, the New York Times reports.",
			"Jeffrey Epstein, the millionaire financier and accused sex trafficker, is dead by apparent suicide. Less than 24 hours after the documents were released, officials told NBC News that Epstein, 66, was found unresponsive in his jail cell at 6:30 a.m.",
		}, "confident"},
		// Control: found and died are different happenings.
		{"Epstein died at 7:30, found at 6:30", []string{
			"Jeffrey Epstein, who had recently been denied bail, died in an apparent suicide at the Metropolitan Correctional Center at 7:30 a.m., according to officials who spoke to the New York Times.",
			"Jeffrey Epstein, the millionaire financier and accused sex trafficker, is dead by apparent suicide. Less than 24 hours after the documents were released, officials told NBC News that Epstein, 66, was found unresponsive in his jail cell at 6:30 a.m.",
		}, ""},
		// Control: approximately the same time; the bracket is a
		// conversion.
		{"Abe shot around 11.30am and around 11:30 local time", []string{
			"Former Japanese prime minister Shinzo Abe has collapsed after he was shot at an event in the city of Nara. Mr Abe, 67 and Japan’s longest-serving prime minister, was shot around 11.30am in the city of Nara as he gave a campaign speech ahead of elections on Sunday.",
			"Former Japanese prime minister Shinzo Abe has collapsed after he was shot at an event in the city of Nara. “Former prime minister Abe was shot at around 11:30 local time (02:30 GMT) in Nara.",
		}, ""},
		// Control: different verbs, different steps.
		{"May gathered the press at 9.30am, began at 10.04 am", []string{
			"Theresa May has announced she will resign. Mrs May gathered the press for an announcement at 9.30am and was moved to tears at the end of the speech.",
			"Theresa May has announced she will resign. Theresa May emerged from Number 10 to begin her speech at 10.04 am, spelling out how she had endeavoured to resolve the Brexit issue in the interests of all.",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := alignPages(day, tt.pages)
			got := ""
			for _, c := range res.Conflicts {
				if c.Kind != ConflictClock {
					continue
				}
				got = "confident"
				if c.Uncertain != "" {
					got = "uncertain"
				}
			}
			if got != tt.want {
				t.Errorf("clock conflict %q, want %q: %+v", got, tt.want, res.Conflicts)
			}
		})
	}
}
