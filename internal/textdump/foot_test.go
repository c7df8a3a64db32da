package textdump

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/lang"
)

// TestFootNoticesOnDevelopPages: the outlet's notices under the last
// paragraph of develop pages of the extraction set (none of them in the
// truth): a magazine's offer (More Bikes), a comment policy (Twin
// Cities), a newsletter box of three lines (CBS Sports), a subscription
// offer under a disclaimer the truth keeps (Moneycontrol), a call for
// letters (New York Times), the publisher's standards under a wire's
// staff credit, which stays (Reuters).
func TestFootNoticesOnDevelopPages(t *testing.T) {
	for _, c := range []struct {
		id     string
		notice []string
		story  []string
	}{
		{"612cd29826", []string{"delivered through your letterbox"}, []string{"Clymer manual"}},
		{"264dc3ae31", []string{"please be respectful"}, []string{"Boudreau said"}},
		{"08f7937627", []string{"Pick Six Newsletter", "Get the day's big stories", "I agree that CBS Sports"}, []string{"Steelers"}},
		{"65408257db", []string{"Moneycontrol Pro for as little as"}, []string{"Sensex", "Disclaimer: The views"}},
		{"04a6711caa", []string{"letters to the editor"}, []string{"Mitch McConnell"}},
		{"57d46c9d75", []string{"Our Standards"}, []string{"Oil prices fell", "Reporting by Rodrigo Campos"}},
	} {
		a := extractDevDump(t, c.id)
		for _, n := range c.notice {
			if strings.Contains(a.Text, n) {
				t.Errorf("%s: notice %q kept:\n…%s", c.id, n, a.Text[max(0, len(a.Text)-400):])
			}
		}
		for _, s := range c.story {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%s: story lost (%q)", c.id, s)
			}
		}
	}
}

func lexFor(t *testing.T, code string) *lang.Lexicon {
	t.Helper()
	x, ok := lang.For(code)
	if !ok {
		t.Fatalf("no lexicon %q", code)
	}
	return x
}

func TestDropFootNotices(t *testing.T) {
	story := "The council voted on Tuesday to close the bridge for repairs, and drivers will have to take the ring road until the spring, officials said."
	for _, c := range []struct {
		name  string
		lex   *lang.Lexicon
		lines []string
		want  int // lines left in the body
	}{
		{"promotion", nil, []string{story, "Want more sports news? Sign up for the Sports Omelette to get all our analysis on Denver’s teams."}, 1},
		{"comment policy", nil, []string{story, "As you comment, please be respectful of other commenters and other viewpoints. We reserve the right to remove any comment."}, 1},
		{"newsletter box", nil, []string{story, "Pick Six Newsletter", "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.", "I agree that CBS Sports can send me the \"Pick Six Newsletter\" newsletter."}, 1},
		{"standards under a staff credit", nil, []string{story, "Reporting by Rodrigo Campos; Editing by Nick Zieminski", "Our Standards: The Thomson Reuters Trust Principles."}, 2},
		{"German", lexFor(t, "de"), []string{story, "Folgt mir gerne auf Instagram. Da gibt es die meisten aktuellen Fotos."}, 1},
		// Controls.
		{"the story's last line above a notice", nil, []string{story, "He said the bridge would open again in May.", "Sign up for our newsletter."}, 2},
		{"a notice between the story's paragraphs", nil, []string{story, "Sign up for our newsletter.", story}, 3},
		{"the story tells of a newsletter at length", nil, []string{story, "The company, which started as a newsletter sent to a few hundred subscribers in 2009, now employs 400 people in six countries, sells a daily briefing to banks and funds, and says it will hire another 100 reporters next year as it opens offices in Singapore, Dubai and São Paulo, where it already has more readers than in its home market of London."}, 2},
		{"the body's only line", nil, []string{"Sign up for our newsletter to get the day's news."}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &doc{}
			for i, s := range c.lines {
				d.lines = append(d.lines, line{text: s, words: len(tokenize(s))})
				d.body = append(d.body, i)
			}
			d.dropFootNotices(c.lex)
			if diff := cmp.Diff(c.lines[:c.want], c.lines[:len(d.body)]); diff != "" || len(d.body) != c.want {
				t.Errorf("body has %d lines, want %d (-want +got):\n%s", len(d.body), c.want, diff)
			}
		})
	}
}
