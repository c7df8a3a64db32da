package align

import "testing"

func TestSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Ray Jadallah", "Raide Jadallah", true},
		{"Ray Jadallah", "Ray Jadalla", true},
		{"Mohammed Khan", "Mohamed Khan", true},
		// Every word different: two people.
		{"Ray Jadallah", "Raide Jadalla", false},
		{"John Smith", "Joan Smyth", false},
		// Another surname, another person.
		{"Ray Jadallah", "Ray Levine", false},
		{"Ray Jadallah", "Daniella Levine Cava", false},
		// Short words are not misspellings of each other.
		{"Al Gore", "Ed Gore", false},
		{"Jadallah", "Jadalla", false},
		{"Jadallah", "Jadallah", false},
	} {
		if got := spellingVariants(c.a, c.b); got != c.want {
			t.Errorf("spellingVariants(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
