package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// A summary sentence is read without the sentences around it, so one
// that leans on them is no summary sentence, however central: "He added
// that…", "That estimate…", "The move…", "However, …", "On the quay,
// anger is rising." Such a sentence opens with a word that points back
// (a pronoun, a demonstrative, "the" before a shell noun), a connective
// that ties it to the one before, or a scene-setting phrase whose bare
// definite noun names a place mentioned before. Headlines in title case
// are no running prose either.

// discourseWords are a language's words that make a sentence depend on
// its neighbours.
type discourseWords struct {
	anaphors, demonstratives, shellNouns, connectives, scenePreps lang.Set
	// articles are the definite ones; timeDemonstratives may open a time
	// ("This morning") rather than point back.
	articles, timeDemonstratives lang.Set
	// contractionTails follow the apostrophe of a contracted verb:
	// "We're" and "It's" open with "we" and "it".
	contractionTails lang.Set
	timeWords        map[string]bool
	maxConnective    int // words in the longest connective
}

var englishDiscourse = newDiscourseWords(lang.English())

func newDiscourseWords(l *lang.Lexicon) *discourseWords {
	w := &discourseWords{
		anaphors: l.Set(lang.Anaphors), demonstratives: l.Set(lang.Demonstratives), shellNouns: l.Set(lang.ShellNouns),
		connectives: l.Set(lang.Connectives), scenePreps: l.Set(lang.ScenePrepositions), timeWords: map[string]bool{},
		articles: l.Set(lang.DefiniteArticles), timeDemonstratives: l.Set(lang.TimeDemonstratives),
		contractionTails: l.Set(lang.ContractionTails),
	}
	for c := range w.connectives {
		w.maxConnective = max(w.maxConnective, len(strings.Fields(c)))
	}
	for k := range l.Map(lang.TimeUnits) {
		w.timeWords[k] = true
	}
	for k := range l.Set(lang.PartsOfDay) {
		w.timeWords[k] = true
	}
	for k := range l.Map(lang.Seasons) {
		w.timeWords[k] = true
	}
	for k := range l.Map(lang.Weekdays) {
		w.timeWords[k] = true
	}
	return w
}

// needsContext reports whether text leans on the sentences before it.
func needsContext(text string) bool {
	w := englishDiscourse
	words := wordTokens(text)
	if len(words) == 0 {
		return false
	}
	if titleCase(words) {
		return true
	}
	lower := make([]string, len(words))
	for i, x := range words {
		lower[i] = strings.ToLower(x)
	}
	if w.opensDependent(lower) {
		return true
	}
	// After a short fronted phrase ("On Tuesday, he said …"), the
	// subject's pronoun points back as well.
	if comma := strings.IndexByte(text, ','); comma > 0 {
		front := len(wordTokens(text[:comma]))
		if front <= 5 && front < len(lower) && w.anaphors.Has(lower[front]) {
			return true
		}
		// "On the quay, anger is rising.": a scene set by a bare
		// definite noun, one or two lower-case words after "the".
		if front >= 3 && front <= 4 && w.scenePreps.Has(lower[0]) && w.articles.Has(lower[1]) && allLower(words[2:front]) {
			return true
		}
	}
	return false
}

// opensDependent reports whether the words open with a pronoun, a
// demonstrative (other than "this" before a time: "This morning, …"),
// "the" before a shell noun, or a connective.
func (w *discourseWords) opensDependent(lower []string) bool {
	first := w.uncontracted(lower[0])
	next := ""
	if len(lower) > 1 {
		next = lower[1]
	}
	switch {
	case w.anaphors.Has(first):
		return true
	case w.demonstratives.Has(first):
		return !(w.timeDemonstratives.Has(first) && w.timeWords[next])
	case w.articles.Has(first) && w.shellNouns.Has(next):
		return true
	}
	for n := 1; n <= w.maxConnective && n <= len(lower); n++ {
		if w.connectives.Has(strings.Join(lower[:n], " ")) {
			return true
		}
	}
	return false
}

// uncontracted returns a word without the contracted verb after its
// apostrophe ("we're" is "we", "that's" is "that"); other words as they
// are.
func (w *discourseWords) uncontracted(word string) string {
	for _, apostrophe := range []string{"'", "’"} {
		if head, tail, ok := strings.Cut(word, apostrophe); ok && head != "" && w.contractionTails.Has(tail) {
			return head
		}
	}
	return word
}

// titleCase reports whether four or more words are all capitalised, as
// in a headline ("Lindsay Lohan Checks Out Of Rehab").
func titleCase(words []string) bool {
	n := 0
	for _, x := range words {
		r, _ := utf8.DecodeRuneInString(x)
		if unicode.IsDigit(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 4
}

func allLower(words []string) bool {
	for _, x := range words {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsLower(r) {
			return false
		}
	}
	return len(words) > 0
}
