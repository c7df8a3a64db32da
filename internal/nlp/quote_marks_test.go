package nlp

import "testing"

// TestQuoteMarkAt: the double marks the aligner reads are the quote
// finder's, two apostrophes of archive text among them; a single mark,
// which may be an apostrophe, is none.
func TestQuoteMarkAt(t *testing.T) {
	tests := []struct {
		text   string
		width  int
		closes bool
	}{
		{`"Yes"`, 1, false},
		{`“Yes”`, len("“"), false},
		{`” he said`, len("”"), true},
		{`''Yes,'' he said`, 2, false},
		{`’’Yes,’’ he said`, len("’’"), false},
		{`«Oui»`, len("«"), false},
		{`» dit-il`, len("»"), true},
		{`'Yes'`, 0, false},
		{`‘Yes’`, 0, false},
		{`’s`, 0, false},
		{`Yes`, 0, false},
	}
	for _, tt := range tests {
		width, closes := QuoteMarkAt(tt.text, 0)
		if width != tt.width || closes != tt.closes {
			t.Errorf("QuoteMarkAt(%q, 0) = %d, %v; want %d, %v", tt.text, width, closes, tt.width, tt.closes)
		}
	}
}
