package textdump

import (
	"strings"
	"testing"
	"time"
)

// A date line that names itself is the page's date also below a
// standfirst of several lines, and a timestamp with a clock time right
// above the headline is one; a bare date above the headline (the day of
// the scrape in a page header) is not.
func TestDatelineBelowStandfirstAndAbove(t *testing.T) {
	body := "An orderly protest over the death of a teenager turned into a riot in the city tonight after young people started throwing bottles at officers.\n" +
		"Between 60 and 100 rioters gathered around the avenue and threw bottles and other debris at police, witnesses said, following a vigil for the boy.\n" +
		"The police department said one person was arrested for disorderly conduct and that no injuries had been reported by the end of the night.\n"
	cases := []struct {
		name, text string
		want       time.Time
	}{
		{"labelled, under a standfirst", "http://example.com/news/article-1/riot.html\n" +
			"Chaos on the streets as 100 teenagers riot following vigil\n" +
			"Two officers shot and killed a 16-year-old after police say he pointed a gun at them on Saturday\n" +
			"When police approached to speak with the young man, he turned on them\n" +
			"Peaceful protest turned chaotic tonight as 100 people rioted and threw bottles\n" +
			"PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013\n" + body,
			time.Date(2013, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"timestamp above the headline", "http://example.com/article/123.html\n" +
			"February 29, 2012, 7:32 p.m.\n" +
			"Chip Maker to Acquire Server Start-Up\n" + body,
			time.Date(2012, 2, 29, 19, 32, 0, 0, time.UTC)},
		{"bare date above the headline", "http://example.com/article/123.html\n" +
			"Friday, February 29, 2012\n" +
			"Chip Maker to Acquire Server Start-Up\n" + body,
			time.Time{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tc.want) {
				t.Errorf("Published = %v, want %v (title %q)", a.Published, tc.want, a.Title)
			}
			if strings.Contains(a.Text, "PUBLISHED:") {
				t.Errorf("the date line stayed in the body: %q", a.Text)
			}
		})
	}
}
