package align

import (
	"maps"
	"slices"
	"testing"

	"crosscheck/internal/lang"
)

func TestConcept(t *testing.T) {
	same := [][2]string{
		{"armoured", "armored"},
		{"defence", "defense"},
		{"travelling", "traveling"},
		{"organised", "organized"},
		{"centre", "center"},
		{"favourite", "favorite"},
		{"travel", "visit"},
		{"visited", "trip"},
		{"meeting", "summit"},
		{"talks", "meet"},
		{"killed", "dead"},
		{"satellite", "satellites"},
		{"submarine", "submarines"},
		{"lines", "line"},
	}
	for _, p := range same {
		if a, b := concept(p[0]), concept(p[1]); a != b {
			t.Errorf("concept(%q) = %q, concept(%q) = %q, want the same", p[0], a, p[1], b)
		}
	}
	different := [][2]string{
		{"four", "for"},
		{"hour", "hor"},
		{"tour", "tor"},
		{"left", "travel"},
		{"border", "country"},
	}
	for _, p := range different {
		if a, b := concept(p[0]), concept(p[1]); a == b {
			t.Errorf("concept(%q) = concept(%q) = %q, want them apart", p[0], p[1], a)
		}
	}
}

// A word in two paraphrase groups would take whichever group came last.
func TestParaphraseGroupsDisjoint(t *testing.T) {
	seen := map[string]string{}
	groups := english.Map(lang.EventParaphrases)
	for _, w := range slices.Sorted(maps.Keys(groups)) {
		c := groups[w]
		for _, k := range []string{w, stem(foldSpelling(w))} {
			if o, ok := seen[k]; ok && o != c {
				t.Errorf("%q (from %q) is in groups %q and %q", k, w, o, c)
			}
			seen[k] = c
		}
	}
}

// TestFoldSpelling checks the regular folds, and that within each group
// of endings none is the end of another: suffixFolds.cut takes the
// first ending that fits, which is then the only one.
func TestFoldSpelling(t *testing.T) {
	for _, c := range [][2]string{
		{"colour", "color"}, {"favourites", "favorites"}, {"honoured", "honored"},
		{"organisation", "organization"}, {"analysed", "analyzed"}, {"realising", "realizing"},
		{"centres", "centers"}, {"acre", "acre"}, {"theatre", "theatre"},
		{"travelled", "traveled"}, {"modellers", "modelers"},
		{"our", "our"}, {"tour", "tour"}, {"wise", "wise"}, {"", ""},
	} {
		if got := foldSpelling(c[0]); got != c[1] {
			t.Errorf("foldSpelling(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	for _, f := range []suffixFolds{ourFolds, iseFolds, treFolds, doubledLFolds} {
		for a := range f.to {
			for b := range f.to {
				if a != b && len(a) < len(b) && b[len(b)-len(a):] == a {
					t.Errorf("ending %q is the end of %q: which fits a word depends on the order", a, b)
				}
			}
		}
	}
}
