package storage

import (
	"strings"
	"unicode"
)

// snippetWindowChars is how much of an article's body, from its start,
// a search reads to cut the snippet from: enough to find the first match
// in nearly every news article, bounded so that one crafted page (one
// word repeated tens of thousands of times) costs a search no more than
// any other.
const snippetWindowChars = "32768"

// snippetWords is how many words a snippet shows.
const snippetWords = 16

// snippet cuts about snippetWords words of window around the first word
// of the query, with the query's words between [ and ]; without a match
// in the window, its first words.
func snippet(window string, query []string) string {
	want := make(map[string]bool, len(query))
	for _, q := range query {
		want[strings.ToLower(q)] = true
	}
	words := strings.FieldsFunc(window, func(r rune) bool { return unicode.IsSpace(r) })
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	match := func(w string) bool { return want[strings.ToLower(strings.TrimFunc(w, notWord))] }
	first := 0
	for i, w := range words {
		if match(w) {
			first = i
			break
		}
	}
	start := max(0, first-snippetWords/3)
	end := min(len(words), start+snippetWords)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	for i, w := range words[start:end] {
		if i > 0 {
			b.WriteByte(' ')
		}
		if match(w) {
			// The brackets go round the word, its punctuation outside.
			core := strings.TrimFunc(w, notWord)
			i := strings.Index(w, core)
			b.WriteString(w[:i] + "[" + core + "]" + w[i+len(core):])
		} else {
			b.WriteString(w)
		}
	}
	if end < len(words) {
		b.WriteString("…")
	}
	return b.String()
}
