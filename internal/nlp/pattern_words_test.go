package nlp

import (
	"testing"

	"crosscheck/internal/lang"
)

func TestPatternWords(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{wordsRe(lang.Set{"source": true, "sources": true, "read the story": true, "a.b": true}, `\s+`), `(?:read\s+the\s+story|sources|source|a\.b)`},
		{eitherCase("the"), `[Tt]he`},
		{eitherCase("US"), `US`},
		{capitalsRe(lang.Set{"with": true}), `(?:With)`},
		{dottedRe(lang.Set{"pm": true, "am": true}), `(?:a\.?m\.?|p\.?m\.?)`},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
