package textdump

import (
	"strings"
	"testing"
)

// TestCaptionOverCreditOnDevelopPage: CNBC's dump (develop part) prints
// a photo's caption, a long sentence, over its credit "Natalie Naccache
// | Bloomberg | Getty Images"; the credit went as chrome and the caption
// stayed in the body.
func TestCaptionOverCreditOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "374ac9a59a85")
	if strings.Contains(a.Text, "center blue sandals") {
		t.Errorf("caption kept:\n%.600s", a.Text)
	}
	if !strings.Contains(a.Text, "DUBAI, United Arab Emirates") {
		t.Errorf("story lost:\n%.600s", a.Text)
	}
}

func TestIsPhotoCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Natalie Naccache | Bloomberg | Getty Images": true,
		"Drew Angerer/Getty Images":                   true,
		"Michael Conroy, AP":                          true,
		"Photo: John Locher, AP":                      true,
		"June 26 -- PPL Center, Allentown, PA":        false,
		"The mayor spoke to reporters, AP":            false,
		"He said so in a statement to Reuters.":       false,
		"Getty Images":                                false,
	} {
		if got := isPhotoCredit(s, len(tokenize(s))); got != want {
			t.Errorf("isPhotoCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMarkCaptionsOverCredits: only the line right above a credit, in
// its paragraph, is a caption.
func TestMarkCaptionsOverCredits(t *testing.T) {
	lines := []line{
		{text: "The council met on Tuesday.", words: 5, para: true},
		{text: "Protesters outside the town hall on Tuesday", words: 7, para: true},
		{text: "Jane Doe / Reuters", words: 3},
		{text: "The vote was close.", words: 4, para: true},
		{text: "Jane Doe / Reuters", words: 3, para: true},
	}
	markCaptionsOverCredits(lines)
	for i, want := range []bool{false, true, false, false, false} {
		if lines[i].caption != want {
			t.Errorf("line %q: caption %v, want %v", lines[i].text, lines[i].caption, want)
		}
	}
}

// TestHandleBylineOnDevelopPage: Moneycontrol's dump (develop part) puts
// its author's name and Twitter handle on a line of their own, which
// stayed in the body.
func TestHandleBylineOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "65408257dbe4")
	if strings.Contains(a.Text, "@Nishantopines") {
		t.Errorf("byline kept:\n%.400s", a.Text)
	}
	if !strings.Contains(a.Text, "Experts") && !strings.Contains(a.Text, "market") {
		t.Errorf("story lost:\n%.400s", a.Text)
	}
}

func TestHandleByline(t *testing.T) {
	for s, want := range map[string]bool{
		"Nishant Kumar @Nishantopines":              true,
		"Natasha Turak @NatashaTurak":               true,
		"Follow us @dailypost":                      false,
		"Contact the author at @jdoe.":              false,
		"— Dele (@dele_official) November 19, 2019": false,
	} {
		if got := isChromeLine(s, len(tokenize(s))); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", s, got, want)
		}
	}
}
