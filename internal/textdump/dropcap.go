package textdump

import (
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// dropCap is a paragraph opening on a capital letter set apart from the
// rest of its word: a drop cap whose markup the dump lost ("T he Davis
// Cup Final began on Monday").
var dropCap = regexp.MustCompile(`^(\p{Lu}) (\p{Ll}+)\b`)

// joinDropCaps puts a body paragraph's drop cap back on its word, unless
// the letter is a word of the page's language by itself ("A man was",
// "I think"). A language with no such list has no words of one letter.
func (d *doc) joinDropCaps(lex *lang.Lexicon) {
	words := lex.Set(lang.OneLetterWords)
	for _, i := range d.body {
		l := &d.lines[i]
		m := dropCap.FindStringSubmatch(l.text)
		if m == nil || words.Has(strings.ToLower(m[1])) {
			continue
		}
		l.text = m[1] + l.text[len(m[1])+1:]
	}
}
