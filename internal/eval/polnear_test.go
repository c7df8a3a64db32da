package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const polText = "Spokeswoman Haley Morris says the candidate has “always run a lean campaign.”\n\n" +
	"“We will win,” Morris said. “Iowa is ours.”"

// Offsets are in characters: “ and ” are one character, three bytes.
const polAnn = "T1\tSource 0 24\tSpokeswoman Haley Morris\n" +
	"T2\tCue 25 29\tsays\n" +
	"T3\tContent 30 77\tthe candidate has “always run a lean campaign.”\n" +
	"T4\tAttribution 25 29\tsays\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"#1\tAnnotatorNotes T3\ta note\n" +
	"T5\tContent 79 100;100 122\t“We will win,” Morris said. “Iowa is ours.”\n" +
	"a continuation line of a text with a line break\n" +
	"T6\tSource 94 100\tMorris\n" +
	"T7\tCue 101 105\tsaid\n" +
	"E2\tAttribution:T7 Content:T5 Cue:T7 Source:T6\n"

func TestReadPolDoc(t *testing.T) {
	d, err := ReadPolDoc("x.ann", polText, []byte(polAnn))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Attributions) != 2 {
		t.Fatalf("%d attributions, want 2", len(d.Attributions))
	}
	if got := Join(d.Text, d.Attributions[0].Content); got != "the candidate has “always run a lean campaign.”" {
		t.Errorf("content = %q", got)
	}
	if got := Join(d.Text, d.Attributions[1].Source); got != "Morris" {
		t.Errorf("source = %q", got)
	}
	var got []string
	for _, g := range DirectQuotes(d) {
		got = append(got, d.Text[g.Span.Start:g.Span.End]+" | "+g.Head)
	}
	want := []string{"always run a lean campaign. | Morris", "We will win, | Morris", "Iowa is ours. | Morris"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DirectQuotes (-want +got):\n%s", diff)
	}
	if rep := ReportedSpeech(d); len(rep) != 2 || !rep[0].Speech || rep[1].Speech || rep[0].Head != "Morris" {
		t.Errorf("ReportedSpeech = %+v, want both attributions, the first one indirect speech", rep)
	}
}

func TestReadPolDocErrors(t *testing.T) {
	for name, ann := range map[string]string{
		"past the end":   "T1\tContent 0 999\tx\nE1\tAttribution:T1 Content:T1\n",
		"bad offsets":    "T1\tContent 5 2\tx\n",
		"no offsets":     "T1\tContent\tx\n",
		"unknown span":   "E1\tAttribution:T9 Content:T9\n",
		"bad argument":   "T1\tContent 0 1\tx\nE1\tAttribution:T1 Content\n",
		"duplicate span": "T1\tContent 0 1\tx\nT1\tContent 0 1\tx\n",
	} {
		if _, err := ReadPolDoc("bad.ann", polText, []byte(ann)); err == nil || !strings.Contains(err.Error(), "bad.ann") {
			t.Errorf("%s: error %v, want one naming bad.ann", name, err)
		}
	}
}

func TestQuotedStretches(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`He said "it is 10,000 feet" and left.`, []string{"it is 10,000 feet"}},
		{`Kim’s aide said ‘we will go’ today.`, []string{"we will go"}},
		{"“One paragraph\n“and the next.”", []string{"One paragraph", "and the next."}},
		{`“He told me ‘no way’ twice,” she said.`, []string{"He told me ‘no way’ twice,"}},
		{`The 6'2" man ran.`, nil},
	} {
		var got []string
		for _, q := range QuotedStretches(c.text) {
			got = append(got, c.text[q.Inner.Start:q.Inner.End])
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("QuotedStretches(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestSourceHead(t *testing.T) {
	for _, c := range []struct {
		in    string
		head  string
		named bool
	}{
		{"Republican National Committee chairman Reince Priebus", "Priebus", true},
		{"Khizr Khan, 66,", "Khan", true},
		{"a spokesman for Clinton", "spokesman", false},
		{"O’Malley’s campaign", "campaign", false},
		{"He", "He", false},
		{"Sen. Bernie Sanders (I-Vt.)", "Sanders", true},
		{"Trump’s", "Trump", true},
		{"Speaker of the House Rep. Paul Ryan (R-WI)", "Ryan", true},
		{"Former Secretary of State Madeleine Albright", "Albright", true},
		{"Gov. Terry E. Branstad of Iowa, who hired him", "Branstad", true},
		{"a spokesman for House Speaker Paul Ryan", "spokesman", false},
		{"Harry B. Harris Jr.", "Harris", true},
		{"Mujtaba Rahman of the Eurasia Group, a consultancy", "Rahman", true},
		{"The Council on American-Islamic Relations National Executive Director Nihad Awad", "Awad", true},
		{"", "", false},
	} {
		h, n := SourceHead(c.in)
		if h != c.head || n != c.named {
			t.Errorf("SourceHead(%q) = %q, %v; want %q, %v", c.in, h, n, c.head, c.named)
		}
	}
	for _, c := range []struct {
		found, head string
		want        bool
	}{
		{"Hillary Rodham Clinton", "Clinton", true},
		{"Lou Jiwei", "Lou", true},
		{"the Clinton campaign", "Clinton", false},
		{"Clinton Foundation", "Clinton", false},
		{"", "Clinton", false},
	} {
		if got := SpeakerRight(c.found, c.head); got != c.want {
			t.Errorf("SpeakerRight(%q, %q) = %v", c.found, c.head, got)
		}
	}
}

func TestSpeechTally(t *testing.T) {
	d, err := ReadPolDoc("x.ann", polText, []byte(polAnn))
	if err != nil {
		t.Fatal(err)
	}
	d.Name = "x"
	at := func(s string) Range {
		i := strings.Index(polText, s)
		return Range{i, i + len(s)}
	}
	var tally SpeechTally
	tally.Add(d, []FoundSpeech{
		{Direct: true, Parts: []Range{at("always run a lean campaign.")}, Speaker: "Haley Morris"},
		{Direct: true, Parts: []Range{at("We will win,"), at("Iowa is ours")}, Speaker: "Iowa"},
		{Span: at("Spokeswoman Haley Morris says the candidate"), Text: "the candidate has always run a lean campaign", Speaker: "Haley Morris"},
	})
	if tally.DirectTP != 2 || tally.DirectFP != 1 || tally.DirectFN != 1 {
		t.Errorf("direct tp %d fp %d fn %d, want 2 1 1", tally.DirectTP, tally.DirectFP, tally.DirectFN)
	}
	if tally.NamedGold != 2 || tally.NamedRight != 1 {
		t.Errorf("named speakers %d of %d, want 1 of 2", tally.NamedRight, tally.NamedGold)
	}
	if tally.ReportedRight != 1 || tally.ReportedGoldFound != 1 || tally.RepNamedRight != 1 {
		t.Errorf("reported right %d, gold found %d, speaker right %d; want 1, 1, 1", tally.ReportedRight, tally.ReportedGoldFound, tally.RepNamedRight)
	}
}

func FuzzParseBrat(f *testing.F) {
	f.Add([]byte(polAnn))
	f.Add([]byte("T1\tContent 0 1;2 3\tx\nE1\tAttribution:T1 Content:T1 Source:T2\n"))
	f.Add([]byte("T1\tContent 4 2\t\n\n#1\tAnnotatorNotes T1\tx"))
	f.Fuzz(func(t *testing.T, ann []byte) {
		b, err := ParseBrat("f.ann", ann)
		if err != nil {
			return
		}
		for _, sp := range b.Spans {
			for _, fr := range sp.Frags {
				if fr[0] < 0 || fr[1] < fr[0] {
					t.Fatalf("accepted fragment %v", fr)
				}
			}
		}
		// Whatever the parser accepts, reading it against a text must
		// not panic.
		_, _ = ReadPolDoc("f.ann", polText, ann)
	})
}
