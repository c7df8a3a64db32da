package nlp

import "testing"

func TestLanguageFor(t *testing.T) {
	for _, tc := range []struct {
		declared string
		want     Language
	}{
		{"en", Language{Code: "en", Declared: "en"}},
		{"en-GB", Language{Code: "en", Declared: "en-gb"}},
		{"", Language{Code: "en", Fallback: true}},
		{"th", Language{Code: "en", Declared: "th", Fallback: true}},
	} {
		got, lex := LanguageFor(tc.declared)
		if got != tc.want || lex.Code != got.Code {
			t.Errorf("LanguageFor(%q) = %+v, lexicon %q; want %+v", tc.declared, got, lex.Code, tc.want)
		}
	}
}
