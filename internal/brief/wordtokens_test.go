package brief

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runeTokens is wordTokens as it was written over a rune slice, each
// word a new string of its runes: the reference the slicing form must
// equal.
func runeTokens(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	for i, r := range rs {
		inner := (r == '\'' || r == '’' || r == '-') && start >= 0 && i+1 < len(rs) && isWordRune(rs[i+1])
		if isWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, string(rs[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

var tokenTexts = []string{
	"", "a", "'", "-x", "x-", "x-y", "Kim's", "Kim’s", "Kim’", "Jong-un met--Putin",
	"It's the coast-guard's 12th rescue; the ship sank.",
	"Москва’s 5-й день", "東京で会談", "x\xffy", "\xff\xfe", "ab\xe2\x80", "a'\xff", "a-\xe2\x80\x99b",
	"x\uFFFDy", "über-Zürich’s 3,000 km", "a''b", "a-'b",
}

// TestWordTokensAreRunes: wordTokens splits as runeTokens does, on
// words, marks inside and at the ends of words, other scripts and bytes
// that are not UTF-8.
func TestWordTokensAreRunes(t *testing.T) {
	for _, s := range tokenTexts {
		if diff := cmp.Diff(runeTokens(s), wordTokens(s)); diff != "" {
			t.Errorf("wordTokens(%q) (-runes +got):\n%s", s, diff)
		}
	}
}

func FuzzWordTokens(f *testing.F) {
	for _, s := range tokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(runeTokens(s), wordTokens(s)); diff != "" {
			t.Errorf("wordTokens(%q) (-runes +got):\n%s", s, diff)
		}
	})
}
