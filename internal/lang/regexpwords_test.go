package lang

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRegexpWords(t *testing.T) {
	for in, want := range map[string][]string{
		`(?i)\b(?:[Tt]he\s+)?sources?`: {"he", "sources"},
		`\p{Lu}[\p{Lu} ]*:\s+\d{1,2}`:  nil,
		`(?P<day>\d+)(?:st|nd)[a-z]+`:  {"st", "nd"},
		`[[:alpha:]x]y`:                {"y"},
		`(?m)^\s*$`:                    nil,
	} {
		if got := regexpWords(in); !cmp.Equal(got, want) {
			t.Errorf("regexpWords(%q) = %q, want %q", in, got, want)
		}
	}
}
