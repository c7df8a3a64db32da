package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindQuantitiesNumbersInWords: a number written in words with scale
// words inside is one value with one span, read from its first word.
func TestFindQuantitiesNumbersInWords(t *testing.T) {
	type got struct {
		Text     string
		Value    float64
		ValueMax float64
	}
	tests := []struct {
		text string
		want []got
	}{
		{"Some three hundred fifty three thousand people have taken shelter in over three thousand relief camps",
			[]got{{"Some three hundred fifty three thousand people", 353000, 353000}, {"over three thousand relief camps", 3000, 3000}}},
		{"two hundred and five people were rescued", []got{{"two hundred and five people", 205, 205}}},
		{"one hundred thousand people fled", []got{{"one hundred thousand people", 1e5, 1e5}}},
		{"forty-five people died", []got{{"forty-five people", 45, 45}}},
		{"three million people", []got{{"three million people", 3e6, 3e6}}},
		{"five thousand two hundred people", []got{{"five thousand two hundred people", 5200, 5200}}},
		{"nine hundred ninety-nine people", []got{{"nine hundred ninety-nine people", 999, 999}}},
		{"a hundred people", []got{{"a hundred people", 100, 100}}},
		// Controls: punctuation parts two numbers; a range keeps its scale on both ends.
		{"three, hundred people", nil},
		{"one or two hundred people", []got{{"two hundred people", 200, 200}}},
		{"one to two hundred people", []got{{"one to two hundred people", 100, 200}}},
		{"ten to twenty million people", []got{{"ten to twenty million people", 1e7, 2e7}}},
		{"three and four people", []got{{"four people", 4, 4}}},
	}
	for _, tt := range tests {
		d := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var gots []got
		for _, q := range FindQuantities(&d, nil) {
			gots = append(gots, got{q.Text, q.Value, q.ValueMax})
		}
		if diff := cmp.Diff(tt.want, gots); diff != "" {
			t.Errorf("FindQuantities(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
