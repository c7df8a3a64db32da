package lang

import (
	"fmt"
	"strconv"
	"strings"
)

// A class whose name ends in "-suffix-rules" is an ordered list of rules
// that strip or replace a word's ending: a stemmer, or a test of a
// plural. Each entry is one rule, its fields separated by spaces:
//
//	ending [>N] [+replacement] [!ending…] [then class…]
//
// The rule applies to a word that ends in ending, is longer than N bytes
// and ends in none of the !endings; the ending is then replaced by the
// replacement (or dropped), and the rule lists named after "then" are
// applied in turn to the result. The ending "(double)" stands for any
// byte written twice, of which one is dropped. Rules are tried in the
// order written; the first that applies is the only one.
const suffixRulesClass = "-suffix-rules"

// doubled is the ending of a rule that undoubles a final letter.
const doubled = "(double)"

// SuffixRule is one rule of a suffix-rules class.
type SuffixRule struct {
	Ending  string
	Longer  int // the word is longer than Longer bytes
	Replace string
	Unless  []string
	Then    []Class
}

// Suffixes is an ordered list of suffix rules of one lexicon.
type Suffixes struct {
	lex   *Lexicon
	rules []SuffixRule
}

// Suffixes returns the class's rules; a class without rules strips
// nothing.
func (l *Lexicon) Suffixes(c Class) Suffixes {
	return Suffixes{lex: l, rules: l.rules[c]}
}

// Rules returns the rules in the order they are tried.
func (s Suffixes) Rules() []SuffixRule { return s.rules }

// Strip applies the first rule that fits w and returns the result; w
// itself when none does.
func (s Suffixes) Strip(w string) string {
	out, _ := s.apply(w)
	return out
}

// Match reports whether one of the rules fits w.
func (s Suffixes) Match(w string) bool {
	_, ok := s.apply(w)
	return ok
}

func (s Suffixes) apply(w string) (string, bool) { return s.applyDepth(w, 0) }

// maxThen bounds how deep rule lists apply one another, so that a list
// that names itself after "then" ends.
const maxThen = 8

func (s Suffixes) applyDepth(w string, depth int) (string, bool) {
	for _, r := range s.rules {
		stem, ok := r.cut(w)
		if !ok {
			continue
		}
		if depth < maxThen {
			for _, c := range r.Then {
				stem, _ = s.lex.Suffixes(c).applyDepth(stem, depth+1)
			}
		}
		return stem, true
	}
	return w, false
}

// cut returns w without the rule's ending, replaced, when the rule fits.
func (r SuffixRule) cut(w string) (string, bool) {
	n := len(w)
	if n <= r.Longer {
		return "", false
	}
	for _, e := range r.Unless {
		if strings.HasSuffix(w, e) {
			return "", false
		}
	}
	if r.Ending == doubled {
		if n >= 2 && w[n-1] == w[n-2] {
			return w[:n-1] + r.Replace, true
		}
		return "", false
	}
	if !strings.HasSuffix(w, r.Ending) {
		return "", false
	}
	return w[:n-len(r.Ending)] + r.Replace, true
}

// parseSuffixRule reads one entry of a suffix-rules class.
func parseSuffixRule(entry string) (SuffixRule, error) {
	fields := strings.Fields(entry)
	r := SuffixRule{Ending: fields[0]}
	then := false
	for _, f := range fields[1:] {
		switch {
		case f == "then":
			then = true
		case then:
			r.Then = append(r.Then, Class(f))
		case strings.HasPrefix(f, ">"):
			n, err := strconv.Atoi(f[1:])
			if err != nil || n < 0 {
				return r, fmt.Errorf("length %q is no count of bytes", f)
			}
			r.Longer = n
		case strings.HasPrefix(f, "+"):
			r.Replace = f[1:]
		case strings.HasPrefix(f, "!") && len(f) > 1:
			r.Unless = append(r.Unless, f[1:])
		default:
			return r, fmt.Errorf("field %q is none of >N, +replacement, !ending, then class", f)
		}
	}
	if then && len(r.Then) == 0 {
		return r, fmt.Errorf("no class after then")
	}
	for _, c := range r.Then {
		if !strings.HasSuffix(string(c), suffixRulesClass) {
			return r, fmt.Errorf("%q after then is no suffix-rules class", c)
		}
	}
	return r, nil
}
