package textdump

import (
	"strings"
	"testing"
)

// TestReachLeadOnDevelopPage: The Sun's dump (develop part) prints two
// lead sentences under the headline, then a gallery of two captions and
// slide counters ("6") before the story goes on; the lead was lost below
// the gallery's toll.
func TestReachLeadOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "8b1945303082")
	for _, s := range []string{"A HUNTER who killed and ate a wild rabbit", "The 55-year-old is the third Beijing resident", "Health bosses said that 28 people"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body", s)
		}
	}
	for _, s := range []string{"Beijing Chaoyang Hospital in Beijing", "Debbie White", "BLACK DEATH FEARS"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("%q kept in the body", s)
		}
	}
}

// TestReachLead: good lines under the headline join the region over
// furniture; a menu, a line of other text, or no headline keep the
// region where the search put it.
func TestReachLead(t *testing.T) {
	good := line{text: "The hunter ate the rabbit.", class: classGood, words: 5}
	counter := line{text: "6", words: 1}
	caption := line{text: "The hospital in Beijing Credit: Getty", chrome: true, words: 6}
	headline := line{text: "Hunter diagnosed with plague", words: 4}
	for name, tc := range map[string]struct {
		lines  []line
		anchor int
		want   int
	}{
		"gallery between":  {[]line{headline, good, good, counter, caption, counter, caption, good}, 0, 1},
		"menu between":     {[]line{headline, good, {text: "World", menu: true, words: 1}, good}, 0, 3},
		"other text":       {[]line{headline, good, {text: "Hospital bosses quarantine the whole ward", words: 6}, good}, 0, 3},
		"no headline":      {[]line{headline, good, counter, good}, -1, 3},
		"headline is next": {[]line{headline, good}, 0, 1},
	} {
		if got := reachLead(tc.lines, tc.anchor, len(tc.lines)-1); got != tc.want {
			t.Errorf("%s: start %d, want %d", name, got, tc.want)
		}
	}
}
