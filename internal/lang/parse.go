package lang

import (
	"fmt"
	"strings"
)

// parse reads one word-list file into lex. The format:
//
//	# a comment, to the end of the line
//	[class-name]
//	word, word, two words
//	key = value
//
// Entries are separated by commas or line ends; spaces inside an entry
// are kept (collapsed to one), so phrases ("according to") are entries
// too. A class is either a set (plain entries) or a map (key = value
// entries), not both. Entries are lower-cased unless the class name ends
// in "-cased", for lists whose capitals matter (titles before names).
// A class whose name ends in "-suffix-rules" holds ordered rules instead
// (see suffix.go).
func parse(lex *Lexicon, name, text string) error {
	var class Class
	cased := false
	for i, line := range strings.Split(text, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return fmt.Errorf("lang: %s:%d: unclosed class header %q", name, i+1, line)
			}
			class = Class(strings.TrimSpace(line[1 : len(line)-1]))
			cased = strings.HasSuffix(string(class), "-cased")
			if lex.Has(class) {
				return fmt.Errorf("lang: %s:%d: class %q defined twice", name, i+1, class)
			}
			lex.declared[class] = true
			continue
		}
		if class == "" {
			return fmt.Errorf("lang: %s:%d: entry before any [class]", name, i+1)
		}
		for _, entry := range strings.Split(line, ",") {
			entry = strings.Join(strings.Fields(entry), " ")
			if entry == "" {
				continue
			}
			if !cased {
				entry = strings.ToLower(entry)
			}
			if strings.HasSuffix(string(class), suffixRulesClass) {
				r, err := parseSuffixRule(entry)
				if err != nil {
					return fmt.Errorf("lang: %s:%d: %s: %w", name, i+1, class, err)
				}
				lex.rules[class] = append(lex.rules[class], r)
				continue
			}
			if k, v, ok := strings.Cut(entry, "="); ok {
				if _, isSet := lex.sets[class]; isSet {
					return fmt.Errorf("lang: %s:%d: %q mixes words and key = value entries", name, i+1, class)
				}
				m := lex.maps[class]
				if m == nil {
					m = map[string]string{}
					lex.maps[class] = m
				}
				k = strings.TrimSpace(k)
				if _, ok := m[k]; !ok {
					lex.order[class] = append(lex.order[class], k)
				}
				m[k] = strings.TrimSpace(v)
				continue
			}
			if _, isMap := lex.maps[class]; isMap {
				return fmt.Errorf("lang: %s:%d: %q mixes words and key = value entries", name, i+1, class)
			}
			s := lex.sets[class]
			if s == nil {
				s = Set{}
				lex.sets[class] = s
			}
			if !s[entry] {
				lex.order[class] = append(lex.order[class], entry)
			}
			s[entry] = true
		}
	}
	return nil
}
