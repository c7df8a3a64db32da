package brief

import "testing"

// TestGramKeysAreGrams: gramReader reads the grams wordGrams reads, in
// order, and two grams are the same string exactly when their keys are
// equal.
func TestGramKeysAreGrams(t *testing.T) {
	texts := []string{
		"", "One.", "Two words", "Three small words", "Four words in all",
		"The ship sank off the coast of Ardlow on Sunday, officials said.",
		"Officials said the ship sank off the coast of Ardlow on Sunday night.",
		"It's the coast-guard's 12th rescue; the ship sank", "two words",
	}
	var gr gramReader
	byKey := map[gramKey]string{}
	byGram := map[string]gramKey{}
	for _, text := range texts {
		want, got := wordGrams(text), gr.grams(text)
		if len(want) != len(got) {
			t.Fatalf("%q: %d grams read as keys, want %d", text, len(got), len(want))
		}
		for i, g := range want {
			k := got[i]
			if s, ok := byKey[k]; ok && s != g {
				t.Errorf("key %v stands for %q and %q", k, s, g)
			}
			if o, ok := byGram[g]; ok && o != k {
				t.Errorf("gram %q has keys %v and %v", g, o, k)
			}
			byKey[k], byGram[g] = g, k
		}
	}
}
