package lang

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestSuffixesStrip(t *testing.T) {
	text := "[stem-suffix-rules]\nies >4 +y\ning >4 then undouble-suffix-rules\ns >2 !ss !us\n" +
		"[undouble-suffix-rules]\n(double) >3 !ll\ne\n"
	all, err := parseAll(fstest.MapFS{"data/zz/a.lex": {Data: []byte(text)}})
	if err != nil {
		t.Fatal(err)
	}
	rules := all["zz"].Suffixes("stem-suffix-rules")
	got := map[string]string{}
	for _, w := range []string{"parties", "ties", "stopping", "falling", "hoping", "sing", "cats", "glass", "campus", "is", ""} {
		got[w] = rules.Strip(w)
	}
	want := map[string]string{
		"parties": "party", "ties": "tie", "stopping": "stop", "falling": "fall", "hoping": "hop",
		"sing": "sing", "cats": "cat", "glass": "glass", "campus": "campus", "is": "is", "": "",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Strip (-want +got):\n%s", d)
	}
	if !rules.Match("cats") || rules.Match("glass") {
		t.Error("Match disagrees with the rules")
	}
	if all["zz"].Suffixes("no-such-suffix-rules").Strip("cats") != "cats" {
		t.Error("an absent rule list stripped a word")
	}
}

func TestSuffixRuleErrors(t *testing.T) {
	for name, rule := range map[string]string{
		"bad length":     "s >x",
		"unknown field":  "s y",
		"then nothing":   "s then",
		"then no rules":  "s then months",
		"negative count": "s >-1",
	} {
		fsys := fstest.MapFS{"data/zz/a.lex": {Data: []byte("[x-suffix-rules]\n" + rule + "\n")}}
		if _, err := parseAll(fsys); err == nil {
			t.Errorf("%s (%q): no error", name, rule)
		}
	}
}

// TestSuffixRulesThen: every class a rule applies after it is in the
// same lexicon.
func TestSuffixRulesThen(t *testing.T) {
	for _, code := range Codes() {
		l, _ := For(code)
		for c, rules := range l.rules {
			for _, r := range rules {
				for _, then := range r.Then {
					if len(l.rules[then]) == 0 {
						t.Errorf("%s: %s: %q applies %q, which has no rules", code, c, r.Ending, then)
					}
				}
			}
		}
	}
}

// FuzzSuffixRules: any rule text either fails to parse with an error or
// gives rules that strip any word without panicking.
func FuzzSuffixRules(f *testing.F) {
	f.Add("ies >5 +y\n(double) >3 !ll\ne then x-suffix-rules", "stopping")
	f.Add("s >3 !ss !us", "glass")
	f.Add("s +s then x-suffix-rules", "cats")
	f.Fuzz(func(t *testing.T, rules, word string) {
		fsys := fstest.MapFS{"data/zz/a.lex": {Data: []byte("[x-suffix-rules]\n" + rules + "\n")}}
		all, err := parseAll(fsys)
		if err != nil {
			return
		}
		s := all["zz"].Suffixes("x-suffix-rules")
		s.Strip(word)
		s.Match(word)
	})
}
