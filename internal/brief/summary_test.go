package brief

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var bridgeDocs = []Document{
	{Sentences: []string{
		"The old bridge over the river collapsed on Tuesday after heavy rain.",
		"Two cars fell into the water and both drivers were rescued by firefighters.",
		"The council had closed the bridge to lorries last year because of cracks.",
		"A spokesman said an inquiry into the collapse of the bridge would begin next week.",
	}},
	{Sentences: []string{
		"Heavy rain brought down the old river bridge on Tuesday, officials said.",
		"Firefighters rescued two drivers whose cars fell into the river.",
		"Residents said the detour adds half an hour to their commute.",
	}},
}

func words(docs []Document, picks []Pick) int {
	var n int
	for _, p := range picks {
		n += len(strings.Fields(docs[p.Doc].Sentences[p.Sentence]))
	}
	return n
}

func TestSummarizersKeepTheBudget(t *testing.T) {
	for name, sum := range map[string]Summarizer{"Summarize": Summarize, "Lead": Lead, "Centroid": Centroid, "LexRank": LexRank} {
		for _, budget := range []int{0, 5, 13, 30, 1000} {
			picks := sum(bridgeDocs, budget)
			if got := words(bridgeDocs, picks); got > budget {
				t.Errorf("%s(%d) = %d words", name, budget, got)
			}
			seen := map[Pick]bool{}
			for _, p := range picks {
				if seen[p] {
					t.Errorf("%s(%d) picked %v twice", name, budget, p)
				}
				seen[p] = true
			}
		}
		if got := sum(nil, 100); len(got) != 0 {
			t.Errorf("%s(nil) = %v", name, got)
		}
	}
}

func TestLeadTakesTheFirstDocument(t *testing.T) {
	got := Lead(bridgeDocs, 26)
	want := []Pick{{0, 0}, {0, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Lead (-want +got):\n%s", diff)
	}
}

func TestSummarizeSkipsRepeatedClaims(t *testing.T) {
	docs := []Document{
		{Sentences: bridgeDocs[0].Sentences, Support: []int{2, 2, 1, 1}, Claim: []int{0, 1, -1, -1}},
		{Sentences: bridgeDocs[1].Sentences, Support: []int{2, 2, 1}, Claim: []int{0, 1, -1}},
	}
	picks := Summarize(docs, 1000)
	claims := map[int]bool{}
	for _, p := range picks {
		c := docs[p.Doc].Claim[p.Sentence]
		if c >= 0 && claims[c] {
			t.Errorf("claim %d picked twice: %v", c, picks)
		}
		claims[c] = true
	}
	if !claims[0] || !claims[1] {
		t.Errorf("picks %v miss a claim both documents report", picks)
	}
	// Reading order: earlier positions first.
	for i := 1; i < len(picks); i++ {
		if picks[i].Sentence < picks[i-1].Sentence {
			t.Errorf("picks out of reading order: %v", picks)
		}
	}
}

func TestStandsAlone(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The bridge collapsed on Tuesday.", true},
		{"Kim Jong Un Heads for Russia", false},
		{"Why did the bridge fall?", false},
		{"“We are planning some kind of meeting.”", false},
		{"and then it fell into the river.", false},
		{"The mayor said it was “a tragedy.”", true},
		{"A formal lunch is also planned,” said the spokesman.", false},
		{`He called it "a disgrace" and left.`, true},
	}
	for _, tt := range tests {
		if got := standsAlone(tt.text); got != tt.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestConfirmSupportIgnoresUnrelatedClaimMembers(t *testing.T) {
	docs := []Document{
		{Sentences: []string{"The old bridge over the river collapsed on Tuesday after heavy rain."}, Support: []int{3}, Claim: []int{7}},
		{Sentences: []string{"Heavy rain brought down the old river bridge on Tuesday, officials said."}, Support: []int{3}, Claim: []int{7}},
		{Sentences: []string{"A bakery handed out free coffee to rescue teams all night long."}, Support: []int{3}, Claim: []int{7}},
	}
	c := newCorpus(docs, nil, nil)
	c.confirmSupport()
	got := []int{c.sents[0].support, c.sents[1].support, c.sents[2].support}
	if diff := cmp.Diff([]int{2, 2, 1}, got); diff != "" {
		t.Errorf("support (-want +got):\n%s", diff)
	}
}

func TestLeadsKeepsTheBudget(t *testing.T) {
	doc := Document{Sentences: make([]string, 100), Support: make([]int, 100), Claim: make([]int, 100)}
	docs := []Document{doc, doc, doc}
	if got := leads(docs, 300); len(got[0].Sentences) != 100 {
		t.Errorf("within budget: cut to %d sentences", len(got[0].Sentences))
	}
	got := leads(docs, 90)
	for _, d := range got {
		if len(d.Sentences) != 30 || len(d.Support) != 30 || len(d.Claim) != 30 {
			t.Errorf("over budget: %d/%d/%d sentences, want 30", len(d.Sentences), len(d.Support), len(d.Claim))
		}
	}
	if got := leads(docs, 6); len(got[0].Sentences) != minLead {
		t.Errorf("tiny budget: %d sentences, want at least %d", len(got[0].Sentences), minLead)
	}
}

func TestSummarizeSkipsCredits(t *testing.T) {
	credit := "Read more at The Riverside Courier and the Valley Evening News."
	docs := []Document{
		{Sentences: append(slices.Clone(bridgeDocs[0].Sentences), credit), Skip: []bool{false, false, false, false, true}},
		{Sentences: append(slices.Clone(bridgeDocs[1].Sentences), credit), Skip: []bool{false, false, false, true}},
	}
	for _, p := range Summarize(docs, 1000) {
		if docs[p.Doc].Skip[p.Sentence] {
			t.Errorf("summary picked the credit line %q", docs[p.Doc].Sentences[p.Sentence])
		}
	}
	// The same documents without the marks: the line is a candidate
	// like any other, so the test above can fail.
	unmarked := []Document{{Sentences: docs[0].Sentences}, {Sentences: docs[1].Sentences}}
	picked := false
	for _, p := range Summarize(unmarked, 1000) {
		picked = picked || unmarked[p.Doc].Sentences[p.Sentence] == credit
	}
	if !picked {
		t.Errorf("unmarked, the credit line was not picked either; the test proves nothing")
	}
}

func TestUnlabeled(t *testing.T) {
	for _, tt := range []struct {
		sentence, want, expr string
		onlyInLabel          bool
	}{
		{"PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground late on Monday.", "The bulk carrier ran aground late on Monday.", "March 10", true},
		{"PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground late on Monday.", "The bulk carrier ran aground late on Monday.", "Monday", false},
		{"Details: The sources said Kim would travel on March 10.", "The sources said Kim would travel on March 10.", "March 10", false},
		{"The ship ran aground on March 10.", "The ship ran aground on March 10.", "March 10", false},
	} {
		// Read afresh, read once in a build, read again from it.
		held := newReadings(nil)
		for _, r := range []*readings{nil, held, held} {
			if got := r.unlabeled(tt.sentence); got != tt.want {
				t.Errorf("unlabeled(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
			if got := r.onlyInLabel(tt.sentence, tt.expr); got != tt.onlyInLabel {
				t.Errorf("onlyInLabel(%q, %q) = %v, want %v", tt.sentence, tt.expr, got, tt.onlyInLabel)
			}
		}
	}
}
