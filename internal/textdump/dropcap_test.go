package textdump

import (
	"strings"
	"testing"

	"crosscheck/internal/lang"
)

// TestDropCapsOnDevelopPages: the Telegraph and the Washington Examiner
// (develop part) open paragraphs with a drop cap that the dump parts
// from its word ("T he Davis Cup Final began", "W hile Anglophiles").
func TestDropCapsOnDevelopPages(t *testing.T) {
	for page, want := range map[string][]string{
		"88c328b68b03": {"The Davis Cup Final began on Monday", "Much of the focus on day one"},
		"87bf60570e6e": {"While Anglophiles spent the weekend"},
	} {
		a := extractDevDump(t, page)
		for _, s := range want {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%s: %q not in the body:\n%.300s", page, s, a.Text)
			}
		}
	}
}

// TestJoinDropCaps: a letter that is a word of the language stays apart,
// and so does a capital before a word in capitals or a name.
func TestJoinDropCaps(t *testing.T) {
	for _, tc := range []struct {
		code, in, want string
	}{
		{"en", "T he council voted on Tuesday.", "The council voted on Tuesday."},
		{"en", "A man was arrested on Tuesday.", "A man was arrested on Tuesday."},
		{"en", "I think the council was right.", "I think the council was right."},
		{"en", "J K Rowling wrote the book.", "J K Rowling wrote the book."},
		{"es", "Y luego llegó la policía.", "Y luego llegó la policía."},
		{"de", "E s war ein kalter Morgen.", "Es war ein kalter Morgen."},
	} {
		lex, ok := lang.For(tc.code)
		if !ok {
			t.Fatalf("no lexicon for %s", tc.code)
		}
		d := &doc{lines: []line{{text: tc.in}}, body: []int{0}}
		d.joinDropCaps(lex)
		if got := d.lines[0].text; got != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.code, tc.in, got, tc.want)
		}
	}
}
