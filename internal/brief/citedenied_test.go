package brief

import (
	"strings"
	"testing"

	"crosscheck/internal/lang"
)

// TestCitationDeniedPart: a part of a summary sentence that denies ("but
// not the suspects", round 20 green-vault-heist, judged no) is stated only
// by a cited sentence that denies too and names what is denied.
func TestCitationDeniedPart(t *testing.T) {
	lex := lang.English()
	summary := "A burning car was found, but not the suspects."
	for _, tt := range []struct {
		name, cited string
		want        bool
	}{
		{"the found car alone (green-vault-heist 02)", "- Police said that an Audi A6 matching the description of the getaway car was found burned in an underground parking lot in Dresden.", false},
		{"the car found and the suspects not", "A burning car was found in Dresden, but the suspects have not been found.", true},
		{"a denial of something else", "A burning car was found, but no one was injured.", false},
		{"the suspects named without a denial", "A burning car was found and the suspects were seen near it.", false},
	} {
		b := claimParts(tt.cited, lex)
		words := map[string]bool{}
		for _, w := range wordTokens(tt.cited) {
			words[stem(strings.ToLower(w))] = true
		}
		if got := coversParts(claimParts(summary, lex), words, denies(b)); got != tt.want {
			t.Errorf("%s: coversParts(%q, %q) = %v, want %v", tt.name, summary, tt.cited, got, tt.want)
		}
	}
	// A summary sentence that denies nothing needs no denial.
	if !coversParts(claimParts("A burning car was found in Dresden.", lex), stems("a burning car was found in dresden"), false) {
		t.Error("a part without a denial asked for one")
	}
}

func stems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordTokens(s) {
		out[stem(strings.ToLower(w))] = true
	}
	return out
}

// TestDeniedByContraction: a contracted denial, with either apostrophe,
// denies.
func TestDeniedByContraction(t *testing.T) {
	lex := lang.English()
	for _, s := range []string{"The suspects haven't been found.", "The suspects haven’t been found."} {
		if !denies(claimParts(s, lex)) {
			t.Errorf("denies(%q) = false", s)
		}
	}
}
