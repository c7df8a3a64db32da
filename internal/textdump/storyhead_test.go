package textdump

import (
	"os"
	"strings"
	"testing"
)

// The two dumps below are shortened from pages of the readability test
// set (Apache-2.0, ../shared/data/pages/readability, develop part by
// site), flattened to text with their chrome; no extraction-set page
// shows either case.

// TestBreadcrumbHeadline: IAB's page names itself in a breadcrumb under
// the <title>, menus and teaser headlines follow for a hundred lines,
// and the headline is printed again over the story. Anchored at the
// breadcrumb the story, that far below, lost to one long teaser
// headline; the anchor is now the echo that prose follows.
func TestBreadcrumbHeadline(t *testing.T) {
	a := extractFile(t, "testdata/breadcrumb-headline.txt")
	for _, s := range []string{"We messed up. As technologists", "We need to bring that back into alignment"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
	if strings.Contains(a.Text, "IAB Education Foundation Reveals Plan") {
		t.Errorf("teaser headline kept:\n%s", a.Text)
	}
}

// TestTeaserCardHeadline: Yahoo prints a card at the top of the page
// (the headline over a one-paragraph summary, then other outlets'
// headlines) and the story in full under the headline again far below;
// shortened from the readability set's yahoo-2 page (develop part),
// flattened by bench/extract's flatten. Anchored at the card the body
// was the summary and teasers; the story's anchor is the later echo.
func TestTeaserCardHeadline(t *testing.T) {
	a := extractFile(t, "testdata/teaser-card-headline.txt")
	for _, s := range []string{"MOSCOW (AP) — An unmanned Russian cargo spaceship", "This is the third botched launch"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
	for _, s := range []string{"Progress space station cargo ship malfunctions, crashes in Siberia", "Excellent Conditions for Professional Trading"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("teaser %q kept:\n%s", s, a.Text)
		}
	}
}

// TestStoryHeadline: an echo with prose before the next echo is the
// story's; echoes with only chrome between them pass to the next, and a
// card whose summary the story under a later echo opens with, at
// greater length, passes to the story.
func TestStoryHeadline(t *testing.T) {
	prose := line{text: "The council voted to keep the library open.", class: classGood, sentenceEnd: true}
	menu := line{text: "News", class: classBad}
	summary := line{text: "The council voted on Monday night to keep the library open for another year.", class: classGood, sentenceEnd: true}
	lead := line{text: "LONDON — The council voted on Monday night to keep the library open for another year, after a petition.", class: classGood, sentenceEnd: true}
	more := line{text: "Its budget will be set in March, the mayor said.", class: classGood, sentenceEnd: true}
	other := line{text: "The mayor said the budget for next year would be set in March after a vote.", class: classGood, sentenceEnd: true}
	for name, tc := range map[string]struct {
		lines  []line
		echoes []int
		want   int
	}{
		"breadcrumb, then the headline":  {[]line{{}, {}, menu, menu, {}, prose}, []int{1, 4}, 4},
		"headline, story, then a repeat": {[]line{{}, {}, prose, {}, prose}, []int{1, 3}, 1},
		"one echo":                       {[]line{{}, {}, prose}, []int{1}, 1},
		"card, then the story":           {[]line{{}, {}, summary, menu, {}, lead, more}, []int{1, 4}, 4},
		// Controls: the story under the later echo does not open with
		// the card's words; it is not longer than the card.
		"story, then another story":    {[]line{{}, {}, summary, menu, {}, other, more}, []int{1, 4}, 1},
		"story, then a shorter repeat": {[]line{{}, {}, summary, more, menu, {}, lead}, []int{1, 5}, 1},
	} {
		if got := storyHeadline(tc.lines, tc.echoes); got != tc.want {
			t.Errorf("%s: anchor %d, want %d", name, got, tc.want)
		}
	}
}

// TestCzechProse: Czech has no function-word list, and detection read
// the page as Portuguese on the words the two share ("a", "na", "do");
// measured against Portuguese function words every paragraph was chrome
// and the body was empty. Its share of listed function words is under
// what a near-good line needs, so the lines are judged by their shape.
func TestCzechProse(t *testing.T) {
	a := extractFile(t, "testdata/czech-prose.txt")
	for _, s := range []string{"Pět vítězných soutěžních duelů v řadě", "I Heskey si všiml"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
}

// TestStopShare: English prose is dense in function words; Czech prose
// holds few of the listed ones.
func TestStopShare(t *testing.T) {
	en := "The council voted on Tuesday to keep the library open for another year, and the mayor said that it was the right thing to do."
	cs := "Tomáš Souček zůstává nepostradatelným členem základní sestavy, navzdory tomu, že jeho poslední výkony nebyly tak výrazné."
	if s := stopShare(en); s < tuned.stopLow {
		t.Errorf("English share %.3f under %.2f", s, tuned.stopLow)
	}
	if s := stopShare(cs); s >= tuned.stopLow {
		t.Errorf("Czech share %.3f not under %.2f", s, tuned.stopLow)
	}
}

func extractFile(t *testing.T, path string) articleText {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(string(data))
	if err != nil {
		t.Fatal(err)
	}
	return articleText{a.Text}
}

type articleText struct{ Text string }

// TestLiveTicker: Libération's story (readability test set, develop
// part) is followed by its live ticker, items of a clock time and a
// headline ("14:44 Accusations de viols : ...") and times alone, between
// which the ticker's short notes read as prose; the ticker took the
// body's end past the story.
func TestLiveTicker(t *testing.T) {
	a := extractFile(t, "testdata/live-ticker.txt")
	if !strings.Contains(a.Text, "Un troisième Français a été tué") {
		t.Errorf("story lost:\n%s", a.Text)
	}
	for _, s := range []string{"Accusations de viols", "Un artiste arrêté", "Les calories bientôt affichées"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("ticker item %q kept:\n%s", s, a.Text)
		}
	}
}

// TestTickerItems: a time alone or over a headline is a ticker's; a
// live blog's entry after its time is a sentence and stays, as does a
// figure that is not a time.
func TestTickerItems(t *testing.T) {
	for s, want := range map[string]bool{
		"14:10": true,
		"14:44 Accusations de viols : 14 militaires mis en cause":   true,
		"13h18 Loi renseignement : le Conseil refuse d'examiner":    true,
		"14:44 The minister said the talks would resume on Monday.": false,
		"2.5 million people left without power":                     false,
		"1994 World Cup winners reunite in Brazil":                  false,
	} {
		if got := isChromeLine(s, len(strings.Fields(s))); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestParagraphsAfterAnnouncedList: CNNMoney's story (readability test
// set, develop part) announces a ranking ("... were as follows:"), lists
// ten countries, and goes on for two paragraphs with a "Related:" link
// between them; the region stopped at the list's end. A teaser headline
// after the story stays out.
func TestParagraphsAfterAnnouncedList(t *testing.T) {
	a := extractFile(t, "testdata/announced-list.txt")
	for _, s := range []string{"10. United States", "The low ranking the U.S. received", "The report concluded that the American safety net"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
	for _, s := range []string{"Related: Chicago", "First low-cost Asian airline"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("%q kept in the body:\n%s", s, a.Text)
		}
	}
}
