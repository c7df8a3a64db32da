package textdump

import (
	"strings"
	"testing"
)

// lineSet builds measured-enough lines for the marking rules.
func lineSet(texts []string) []line {
	lines := make([]line, len(texts))
	for i, s := range texts {
		lines[i] = line{text: s, words: len(tokenize(s)), sentenceEnd: endsSentence(s)}
	}
	return lines
}

func checkChrome(t *testing.T, name string, texts []string, lines []line, want []bool) {
	t.Helper()
	for i := range lines {
		if lines[i].chrome != want[i] {
			t.Errorf("%s: line %q marked %v, want %v", name, texts[i], lines[i].chrome, want[i])
		}
	}
}

func TestMarkReferenceLists(t *testing.T) {
	for name, tc := range map[string]struct {
		lines []string
		want  []bool
	}{
		"sources under a fact-check": {
			[]string{
				"Sources:",
				`Harbour Authority, "Annual report on freight volumes," March 3, 2019`,
				`Coastal Times, "Port strike ends after nine days," Oct. 15, 2019`,
				"Email interview with Ana Ruiz, economist at the university, Nov. 5, 2019",
				"How to contact us",
			},
			[]bool{false, true, true, true, false},
		},
		"two cited lines are not a list": {
			[]string{
				`Harbour Authority, "Annual report on freight volumes," March 3, 2019`,
				`Coastal Times, "Port strike ends after nine days," Oct. 15, 2019`,
				"The port reopened the next morning.",
			},
			[]bool{false, false, false},
		},
		"a timeline starts with its dates": {
			[]string{
				"March 3, 2019: the authority publishes its report",
				"Oct. 15, 2019: the strike ends after nine days",
				"Nov. 5, 2019: the port reopens",
			},
			[]bool{false, false, false},
		},
	} {
		lines := lineSet(tc.lines)
		markReferenceLists(lines)
		checkChrome(t, name, tc.lines, lines, tc.want)
	}
}

func TestIsSlideCounter(t *testing.T) {
	for s, want := range map[string]bool{
		"1 / 9":         true,
		"3 of 12":       true,
		"2 de 7":        true,
		"1 из 5":        true,
		"9 / 1":         false, // not a position in a gallery
		"14h 261":       false, // a teaser's age and comment count
		"1 / 9 photos":  false,
		"2019 / 2020":   false,
		"Score: 3 of 4": false,
	} {
		if got := isSlideCounter(s); got != want {
			t.Errorf("isSlideCounter(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMarkTaggedTeasers(t *testing.T) {
	for name, tc := range map[string]struct {
		lines []string
		want  []bool
	}{
		"box of labelled links": {
			[]string{
				"The port reopened the next morning.",
				"Ferry fares to rise in spring [INSIGHT]",
				"Storm closes two bridges in the north [ VIDEO]|",
				"Harbour master on the strike: review [Video]",
				"Dock workers voted on Monday.",
			},
			[]bool{false, true, true, true, false},
		},
		"one labelled line is a story's own": {
			[]string{"The port reopened the next morning.", "Watch the first ship leave [VIDEO]", "Dock workers voted on Monday."},
			[]bool{false, false, false},
		},
	} {
		lines := lineSet(tc.lines)
		markTaggedTeasers(lines)
		checkChrome(t, name, tc.lines, lines, tc.want)
	}
}

// TestKickerCardStream: a stream of cards, each a kicker in capitals, a
// headline, a line of source and tags and a blurb, is furniture; a
// story whose capitals subheads stand over prose is not.
func TestKickerCardStream(t *testing.T) {
	card := func(kicker, headline string) []string {
		return []string{kicker, headline, "2 likes example.org Science Video", "A sentence of blurb that ends the way prose ends."}
	}
	var stream []string
	stream = append(stream, card("HIGH TIDE", "Town Builds A Wall Against The Sea")...)
	stream = append(stream, card("NIGHT SHIFT", "What Dock Workers Eat At Three In The Morning")...)
	stream = append(stream, card("OLD SALT", "A Harbour Master Retires After Forty Years")...)
	stream = append(stream, "The port reopened the next morning after the strike ended.")
	want := make([]bool, len(stream))
	for i := range 12 {
		want[i] = true
	}
	lines := lineSet(stream)
	markKickerTeasers(lines)
	checkChrome(t, "card stream", stream, lines, want)

	story := []string{
		"HIGH TIDE", "The sea wall was finished in May.", "It cost the town two million.",
		"NIGHT SHIFT", "Dock workers eat at three in the morning.", "The canteen stays open.",
		"OLD SALT", "The harbour master retires this year.", "He started in 1984.",
	}
	lines = lineSet(story)
	markKickerTeasers(lines)
	checkChrome(t, "subheads over prose", story, lines, make([]bool, len(story)))
}

// TestTeaserBoxDoesNotSplitTheStory: a box of links to other stories
// printed between a story's lead and the rest (closed by a "More in"
// link, so its headlines are not taken for subheads) costs the region search
// the toll of furniture, not its length, so the lead stays in the body.
func TestTeaserBoxDoesNotSplitTheStory(t *testing.T) {
	dump := "Port strike ends after nine days\n\n" +
		"Dock workers at the city's port voted on Monday to end a strike that had halted freight for nine days, the union said in a statement, after a meeting that went on until late in the evening.\n\n" +
		"The union said its members had accepted a pay offer of four percent this year and three percent next year, and would return to work on Tuesday morning, when the first shift of the week begins at six.\n\n" +
		"The strike had stopped all container traffic through the port since the start of the month, and shippers had begun to send cargo to other ports along the coast.\n\n" +
		"Ferry fares to rise in spring as fuel costs climb\n" +
		"Council votes to keep the old library open for another year\n" +
		"Storm closes two bridges in the north of the county overnight\n" +
		"Harbour master retires after forty years of service at the port\n" +

		"More in Port news\n\n" +
		"Here is what the deal means.\n\n" +
		"The employers said the agreement would cost them about two million a year, which they expected to recover from higher handling charges within two years.\n\n" +
		"Ships that had waited at anchor outside the harbour began to move into the berths on Monday evening, the port authority said in its daily notice.\n\n" +
		"The authority said it expected the backlog of containers to be cleared by the end of next week, if the weather allowed work to go on at night.\n\n" +
		"Union leaders said they would meet again in the spring to discuss working hours, which were left out of this agreement at the employers' request.\n"
	a, err := Extract(dump)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"voted on Monday to end a strike", "backlog of containers"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%q lost from the body:\n%s", s, a.Text)
		}
	}
	if strings.Contains(a.Text, "Ferry fares") {
		t.Errorf("teaser left in the body:\n%s", a.Text)
	}
}
