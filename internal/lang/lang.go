// Package lang holds the words of each language that crosscheck's
// rule-based stages need, as data: one directory of word-list files per
// language under data/, looked up by the article's language code.
//
// A list is a class of words ("reporting verbs", "months"); its name is one
// of the Class constants, so that a misspelt class is a compile error and
// the English lexicon is checked to hold every class (see lang_test.go).
// A language that lacks a class answers with an empty list, and the caller
// decides whether to fall back to English.
package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data
var files embed.FS

// Class names one word list of a lexicon.
type Class string

// Set is a word list looked up by its lower-case entries.
type Set map[string]bool

// Has reports whether w, as given, is in the set.
func (s Set) Has(w string) bool { return s[w] }

// HasWord reports whether w is in the set as written or with its first
// letter lowered ("He" for "he", a word opening a sentence), but not in
// other capitals ("THE").
func (s Set) HasWord(w string) bool {
	if s[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && s[string(unicode.ToLower(r))+w[n:]]
}

// SuffixOf reports whether one of the set's entries ends w: the set holds
// endings ("-ed", "-ly").
func (s Set) SuffixOf(w string) bool {
	for e := range s {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// TrimEndings removes each of endings from the end of w in turn, in the
// order given (a possessive's "'s" and "’s", as List sorts them).
func TrimEndings(w string, endings []string) string {
	for _, e := range endings {
		w = strings.TrimSuffix(w, e)
	}
	return w
}

// InText reports whether one of the set's entries (phrases) stands
// anywhere in text, which the caller has lower-cased.
func (s Set) InText(text string) bool {
	for e := range s {
		if strings.Contains(text, e) {
			return true
		}
	}
	return false
}

// PrefixOf reports whether one of the set's entries starts w.
func (s Set) PrefixOf(w string) bool {
	for e := range s {
		if strings.HasPrefix(w, e) {
			return true
		}
	}
	return false
}

// Lexicon is one language's word lists.
type Lexicon struct {
	// Code is the ISO 639-1 code the lexicon is filed under ("en").
	Code string
	sets map[Class]Set
	maps map[Class]map[string]string
	// rules holds the suffix-rules classes, in the order written.
	rules map[Class][]SuffixRule
	// order holds each set's words and map's keys in the order written.
	order map[Class][]string
	// declared holds every class the files name, entries or not: a
	// language may state that it has none ("speaker-particles").
	declared map[Class]bool
}

// Set returns the class's words; empty, never nil, when the language has
// none.
func (l *Lexicon) Set(c Class) Set {
	if s, ok := l.sets[c]; ok {
		return s
	}
	return Set{}
}

// Union returns a new set of the words of all the classes given.
func (l *Lexicon) Union(cs ...Class) Set {
	u := Set{}
	for _, c := range cs {
		for w := range l.Set(c) {
			u[w] = true
		}
	}
	return u
}

// List returns the class's words sorted, for rules that try them in a
// fixed order (endings trimmed one after another).
func (l *Lexicon) List(c Class) []string {
	s := l.Set(c)
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Keys returns the class's words, or its keys when it is a map, in the
// order the files write them: for a regular expression that tries them
// in that order.
func (l *Lexicon) Keys(c Class) []string {
	return slices.Clone(l.order[c])
}

// Map returns the class's key = value entries (a month name to its number,
// a unit to its canonical form); empty when the language has none.
func (l *Lexicon) Map(c Class) map[string]string {
	if m, ok := l.maps[c]; ok {
		return m
	}
	return map[string]string{}
}

// Has reports whether the language defines the class at all.
func (l *Lexicon) Has(c Class) bool {
	return l.declared[c]
}

var (
	loadOnce sync.Once
	lexicons map[string]*Lexicon
	loadErr  error
)

// For returns the lexicon of the language with the given ISO 639-1 code
// (case and region ignored: "en-GB" is "en"), and whether there is one.
func For(code string) (*Lexicon, bool) {
	l, ok := load()[Primary(code)]
	return l, ok
}

// Primary is the primary subtag of a language tag, lower case: "pt-BR"
// and "pt_br" are "pt".
func Primary(tag string) string {
	code := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	return code
}

// English is the lexicon of English, the fallback for languages without
// one.
func English() *Lexicon {
	l, ok := For("en")
	if !ok {
		panic("lang: no English lexicon embedded")
	}
	return l
}

// Codes lists the languages that have a lexicon, sorted.
func Codes() []string {
	var codes []string
	for c := range load() {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

func load() map[string]*Lexicon {
	loadOnce.Do(func() {
		lexicons, loadErr = parseAll(files)
	})
	if loadErr != nil {
		// The files are embedded and checked by the tests; a broken one
		// is a build mistake, not an input error.
		panic(loadErr)
	}
	return lexicons
}

func parseAll(fsys fs.FS) (map[string]*Lexicon, error) {
	dirs, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("lang: reading lexicons: %w", err)
	}
	out := map[string]*Lexicon{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		lex := &Lexicon{Code: d.Name(), sets: map[Class]Set{}, maps: map[Class]map[string]string{}, rules: map[Class][]SuffixRule{}, order: map[Class][]string{}, declared: map[Class]bool{}}
		names, err := fs.Glob(fsys, path.Join("data", d.Name(), "*.lex"))
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("lang: reading %s: %w", name, err)
			}
			if err := parse(lex, name, string(b)); err != nil {
				return nil, err
			}
		}
		out[d.Name()] = lex
	}
	return out, nil
}
