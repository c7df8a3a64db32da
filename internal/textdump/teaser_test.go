package textdump

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTeaserBoxInsideTheBody: a Sky News story's dump (real bytes of the
// extraction set, develop part) printed a "More from UK" box of six
// headlines between two of its paragraphs; the headlines go, the story
// on both sides of the box stays.
func TestTeaserBoxInsideTheBody(t *testing.T) {
	a := extractDevDump(t, "921019755f4a")
	for _, line := range []string{"TripAdvisor suspends reviews", "EuroMillions: UK ticket holder"} {
		if strings.Contains(a.Text, line) {
			t.Errorf("teaser %q left in the body", line)
		}
	}
	for _, line := range []string{"Jose Mourinho has agreed a deal", "renowned for his tactical prowess"} {
		if !strings.Contains(a.Text, line) {
			t.Errorf("%q lost from the body", line)
		}
	}
}

func TestMarkTeaserRuns(t *testing.T) {
	for name, tc := range map[string]struct {
		lines   []string
		teasers []bool
	}{
		"box of headlines": {
			[]string{"More from UK", "Storm closes two bridges in the north", "Council votes to keep the library open", "The mayor said the vote was close."},
			[]bool{false, true, true, false},
		},
		"header over a subhead": {
			[]string{"Related", "What the council decided", "The mayor said the vote was close."},
			[]bool{false, false, false},
		},
		"no header": {
			[]string{"What the council decided", "Who voted for it", "The mayor said the vote was close."},
			[]bool{false, false, false},
		},
	} {
		lines := make([]line, len(tc.lines))
		for i, s := range tc.lines {
			lines[i] = line{text: s, words: len(strings.Fields(s)), sentenceEnd: endsSentence(s)}
		}
		markTeaserRuns(lines)
		for i := range lines {
			if lines[i].chrome != tc.teasers[i] {
				t.Errorf("%s: line %q marked %v, want %v", name, tc.lines[i], lines[i].chrome, tc.teasers[i])
			}
		}
	}
}

// TestAnnouncedList: a lead-in that ends in a colon and the numbered
// list after it, each item with its shop address under it, stay in the
// body; a numbered list no line announces does not join it.
func TestAnnouncedList(t *testing.T) {
	body := "Black Friday is upon us, and the shops cut their prices on everything from toys to films this week.\n\n" +
		"Stores in the United States began the custom in the sixties, and it has spread to Europe since then.\n\n"
	for name, tc := range map[string]struct {
		lead string
		want bool
	}{
		"announced":     {"So here are the offers for nostalgic readers not to miss:", true},
		"not announced": {"So here are the offers for nostalgic readers not to miss.", false},
	} {
		list := ""
		for i, it := range []string{"Lego Star Wars Bomber", "Electric Race Track", "Blade Runner Final Cut", "Ghostbusters Collection"} {
			list += fmt.Sprintf("%d) %s\nhttp://amzn.to/item%d\n", i+1, it, i)
		}
		a, err := Extract("Offers for the nostalgic\n\n" + body + tc.lead + "\n\n" + list + "\nLeave a comment\n")
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"4) Ghostbusters Collection", "http://amzn.to/item3"} {
			if strings.Contains(a.Text, s) != tc.want {
				t.Errorf("%s: %q in body = %v, want %v:\n%s", name, s, !tc.want, tc.want, a.Text)
			}
		}
	}
}

// TestAdvertSlots: the British "Advert" slot and a gallery's script
// notice are chrome (a review site's dump, develop part); a sentence
// about an advert is not.
func TestAdvertSlots(t *testing.T) {
	for s, want := range map[string]bool{
		"Advert":                              true,
		"- Adverts -":                         true,
		"This slideshow requires JavaScript.": true,
		"The advert ran on television for a week before it was pulled.": false,
	} {
		if got := isChromeLine(s, len(strings.Fields(s))); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKickerTeasersOnDevelopPage: Digg's dump (develop part) ends its
// story with a box of cards, a kicker in capitals over a headline, whose
// first headline asks a question; the whole box stays out of the body.
func TestKickerTeasersOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "680c2848e94a")
	for _, s := range []string{"Why Don't You Go Fight For The Reindeer?", "What Being Asexual Or Aromantic", "Quickly Collect Signatures"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("teaser %q kept in the body", s)
		}
	}
	if !strings.Contains(a.Text, "Stadia") {
		t.Errorf("story lost:\n%s", a.Text)
	}
}

func TestMarkKickerTeasers(t *testing.T) {
	for name, tc := range map[string]struct {
		lines   []string
		teasers []bool
	}{
		"tabloid box": {
			[]string{"TIME TRAVELLER", "Fans say they spotted the singer in an old photo", "Warning", "EYE POPPING", "Bodybuilder has muscle removed after injections", "DRIVEN OUT", "Family forced from home by floods in the night"},
			[]bool{true, true, true, true, true, true, true},
		},
		"tabloid box, a headline asking": {
			[]string{"REINDEER GAMES", "'Why Don't You Go Fight For The Reindeer?'", "1 digg delacortereview.org Long Reads World", "LOVE IS LOVE", "What Being Asexual Or Aromantic Tells Us About Sex", "aeon.co Sex", "A NATIONAL TRAGEDY", "Watching This Koala Get Rescued From A Bushfire"},
			[]bool{true, true, true, true, true, true, true, true},
		},
		"subheads in capitals over questions and statements": {
			[]string{"WHO IS THE FRONT-RUNNER?", "Who leads the polls in the state is anyone's guess.", "HOW WILL OBAMA PLAY?", "Will the former president campaign for anyone at all?", "WHAT SAY YOU, JURY?", "The senators running will be jurors in the trial."},
			[]bool{false, false, false, false, false, false},
		},
		"subhead in capitals over prose": {
			[]string{"SCORES QUARANTINED", "The first two patients remain in quarantine.", "HOW IT SPREADS", "Fleas carry it from rats to people."},
			[]bool{false, false, false, false},
		},
	} {
		lines := make([]line, len(tc.lines))
		for i, s := range tc.lines {
			lines[i] = line{text: s, words: len(strings.Fields(s)), sentenceEnd: endsSentence(s)}
		}
		markKickerTeasers(lines)
		for i := range lines {
			if lines[i].chrome != tc.teasers[i] {
				t.Errorf("%s: line %q marked %v, want %v", name, tc.lines[i], lines[i].chrome, tc.teasers[i])
			}
		}
	}
}

// TestLabelledCaptions: "Image copyright …" and "Image caption …" lines
// between a story's paragraphs leave the body and do not cut it.
func TestLabelledCaptions(t *testing.T) {
	dump := "Singer wins row over her old songs\n\n" +
		"The record label that owns most of her music says she will be allowed to play her old songs at the awards.\n\n" +
		"She had accused the label of trying to stop her performing them on television next week.\n\n" +
		"Image copyright Getty Images\nImage caption The singer at a concert in London last year\n\n" +
		"The label said it had never stood in the way of a live performance.\n\n" +
		"The organisers said no final agreement had been reached with her management team yet.\n"
	a, err := Extract(dump)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Image c") {
		t.Errorf("caption left in the body:\n%s", a.Text)
	}
	for _, s := range []string{"allowed to play her old songs", "no final agreement"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
}

// TestTeaserCardsOnDevelopPage: under the Herald Sun's column a "more
// stories" header opens a box of other columns, each a headline over a
// blurb of prose; counted as good, the blurbs carried the region across
// the header. Shortened from the readability set's herald-sun-1 page
// (develop part), flattened by bench/extract's flatten.
func TestTeaserCardsOnDevelopPage(t *testing.T) {
	a := extractFile(t, "testdata/teaser-cards.txt")
	if !strings.Contains(a.Text, "Those CEOs should make it clear") {
		t.Errorf("story's last paragraph lost:\n%s", a.Text)
	}
	for _, s := range []string{"Doctor knows best", "THE good thing about Ikea", "let’s sort out our own"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("card %q kept:\n%s", s, a.Text)
		}
	}
}

// TestMarkTeaserCards: three cards or more under a teaser header are
// the box's; a story's subheads over paragraphs after a header over
// headlines, two of them, and cards under no header are not.
func TestMarkTeaserCards(t *testing.T) {
	header := line{text: "More stories", words: 2}
	head := line{text: "Council keeps the library open", words: 5}
	blurb := line{text: "The council voted on Monday to keep it open for another year.", words: 12, sentenceEnd: true}
	for name, tc := range map[string]struct {
		lines []line
		want  []bool
	}{
		"three cards": {
			[]line{header, head, blurb, head, blurb, head, blurb, blurb},
			[]bool{true, true, true, true, true, true, true, false},
		},
		"a label, then three cards": {
			[]line{header, head, head, blurb, head, blurb, head, blurb},
			[]bool{true, true, true, true, true, true, true, true},
		},
		"two subheads over paragraphs": {
			[]line{header, head, blurb, head, blurb, blurb},
			[]bool{false, false, false, false, false, false},
		},
		"no header": {
			[]line{blurb, head, blurb, head, blurb, head, blurb},
			[]bool{false, false, false, false, false, false, false},
		},
	} {
		lines := append([]line(nil), tc.lines...)
		markTeaserCards(lines)
		got := make([]bool, len(lines))
		for i, l := range lines {
			got[i] = l.chrome
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: chrome (-want +got):\n%s", name, diff)
		}
	}
}
