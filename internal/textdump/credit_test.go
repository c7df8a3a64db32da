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

// TestLabelledCreditOnDevelopPage: Live Science's dump (develop part)
// prints its lead picture's caption over "(Image: © TNG Collaboration)",
// both in the paragraph of the share count ("Shares"), so the caption was
// a menu item and stayed in the body as the story's first line.
func TestLabelledCreditOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "3c5bf8db42")
	if strings.Contains(a.Text, "galaxy clusters are super hot (red)") {
		t.Errorf("caption kept:\n%.600s", a.Text)
	}
	if !strings.Contains(a.Text, "The formation of galaxies is a complex dance") {
		t.Errorf("story lost:\n%.600s", a.Text)
	}
}

func TestIsLabelledPhotoCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"(Image: © TNG Collaboration)":      true,
		"Foto: dpa":                         true,
		"© Foto: Skoda":                     true,
		"Photo credit: Catwalkpictures":     true,
		"Crédit photo : AFP":                true,
		"© Jane Doe":                        true,
		"Source: Reuters":                   false, // a source, not a picture's maker
		"Image: ":                           false,
		"Picture this: a town without cars": false, // "picture this" is no label
		"Image quality: the new camera takes sharper pictures in low light than any phone before it": false,
		"The photo: it showed the mayor at the scene":                                                false,
	} {
		if got := isLabelledPhotoCredit(s, len(tokenize(s))); got != want {
			t.Errorf("isLabelledPhotoCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMarkCaptionsOverLabelledCredits: a labelled credit marks the line
// above it in its paragraph as a caption, also a long line a menu run
// took in; a story paragraph above a credit in a paragraph of its own
// stays.
func TestMarkCaptionsOverLabelledCredits(t *testing.T) {
	lines := []line{
		{text: "Shares", words: 1, para: true, menu: true},
		{text: "The centers of massive galaxy clusters are super hot, while bright structures show diffuse gas.", words: 15, menu: true},
		{text: "(Image: © TNG Collaboration)", words: 4, menu: true},
		{text: "The formation of galaxies is a complex dance between matter and energy.", words: 12, para: true},
		{text: "Foto: dpa", words: 2, para: true},
		{text: "Home", words: 1, para: true, menu: true},
		{text: "© Jane Doe", words: 3, menu: true},
	}
	markCaptionsOverCredits(lines)
	for i, want := range []bool{false, true, false, false, false, false, false} {
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

// TestGluedCreditOnDevelopPage: The Sun sets a caption's credit in a
// span right after the caption's; flattened from the HTML with no space
// between ("...sought treatmentCredit: EPA") the credit was not seen and
// the captions stayed in the body. Shortened from the extraction set's
// page (develop part) flattened by bench/extract's flatten.
func TestGluedCreditOnDevelopPage(t *testing.T) {
	a := extractFile(t, "testdata/glued-credit.txt")
	for _, s := range []string{"sought treatmentCredit", "a hunter killed and ate a rabbitCredit"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("caption %q kept:\n%s", s, a.Text)
		}
	}
	if !strings.Contains(a.Text, "The 55-year-old is the third Beijing resident") {
		t.Errorf("story lost:\n%s", a.Text)
	}
}

func TestGluedCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Beijing Chaoyang Hospital, where plague-infected people sought treatmentCredit: EPA":  true,
		"The latest case was reported after a hunter ate a rabbit Credit: Getty - Contributor": true,
		// Controls: a word in capitals inside a name, a sentence.
		"How Apple's iPhoto: a look back at the app":                 false,
		"He paid with his StoreCredit: the card was declined again.": false,
	} {
		if got := isChromeLine(s, len(tokenize(s))); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestShareButtonsOnDevelopPage: the BBC's share panel spells out each
// button for screen readers ("Share this with LinkedIn", "Copy this
// link"); flattened from the HTML the panel's last lines ran into the
// story's lead. The extraction set's page (develop part) flattened by
// bench/extract's flatten.
func TestShareButtonsOnDevelopPage(t *testing.T) {
	a := extractFile(t, "testdata/share-buttons.txt")
	for _, s := range []string{"Share this with", "Copy this link"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("share button %q kept:\n%s", s, a.Text)
		}
	}
	if !strings.Contains(a.Text, "A row involving Taylor Swift") {
		t.Errorf("lead lost:\n%s", a.Text)
	}
}

func TestIsShareButton(t *testing.T) {
	for s, want := range map[string]bool{
		"Share this with LinkedIn": true,
		"Share on Facebook":        true,
		"Share to Email":           true,
		// Controls: sentences about sharing.
		"Share this with your friends who love cats": false,
		"Share with caution, experts say":            false,
		"Share prices fell on Monday":                false,
	} {
		if got := isShareButton(normalizePhrase(s)); got != want {
			t.Errorf("isShareButton(%q) = %v, want %v", s, got, want)
		}
	}
}
