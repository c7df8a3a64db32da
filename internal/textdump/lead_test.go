package textdump

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// paragraphs splits an extracted body into its paragraphs.
func paragraphs(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n\n")
}

// TestLeadAboveDateOnRealPage runs a shortened copy of a stored news
// page (thephuketnews.com, November 2016) whose lead sentence stands above
// the date line and a photo credit: the lead is the story's main fact and
// opens the body; the date line and the credit stay out.
func TestLeadAboveDateOnRealPage(t *testing.T) {
	data, err := os.ReadFile("testdata/lead-above-date.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(string(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Cuban revolutionary icon Fidel Castro died late Friday in Havana, his brother, President Raul Castro, announced on national television.",
		`"The commander in chief of the Cuban revolution died at 22:29 hours this evening," the president announced on national television. Fidel Castro was 90.`,
		"Fidel Alejandro Castro Ruz, commonly known as Fidel Castro, governed Cuba as prime minister from 1959-76 and then as President from 1976 to 2008. He also served as the first secretary of the Communist Party of Cuba from 1961 until 2011.",
	}
	if diff := cmp.Diff(want, paragraphs(a.Text)); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}

// TestLeadAboveDate puts other lines in the place of the real page's
// lead: a lead sentence joins the body, also over a byline, and also
// under the headline; a headline, a teaser of another story, a short
// sentence, a sentence without a finite verb and a sentence with lines
// other than date, byline and caption between it and the body do not.
func TestLeadAboveDate(t *testing.T) {
	data, err := os.ReadFile("testdata/lead-above-date.txt")
	if err != nil {
		t.Fatal(err)
	}
	realLead, rest, _ := strings.Cut(string(data), "\n\n")
	const firstBody = `"The commander in chief of the Cuban revolution died at 22:29 hours this evening," the president announced on national television. Fidel Castro was 90.`
	for _, tc := range []struct {
		name, head string
		wantFirst  string
	}{
		{"the lead over a byline", realLead + "\n\nBy Jane Doe\n\n", realLead},
		{"the lead under the headline", "Fidel Castro dies at age 90\n\n" + realLead + "\n\n", realLead},
		{"a headline", "Cuban revolutionary icon Fidel Castro dies in Havana aged 90, his brother announces\n\n", firstBody},
		{"a teaser of another story",
			"The city's marathon drew a record field of runners on Sunday, and the organisers said they will add a second start line next year.\n\n", firstBody},
		{"a short sentence", "Castro died in Havana on Friday at the age of 90.\n\n", firstBody},
		{"no finite verb", "Cuban revolutionary icon Fidel Castro, at the end of a long life in Havana, in pictures from national television.\n\n", firstBody},
		{"a menu between", realLead + "\n\nNews\n\n", firstBody},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.head + rest)
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphs(a.Text)
			if diff := cmp.Diff(tc.wantFirst, got[0]); diff != "" {
				t.Errorf("first paragraph (-want +got):\n%s\nbody: %q", diff, a.Text)
			}
		})
	}
}
