package nlp

import (
	"testing"
	"time"
)

// TestRoleHeadNeedsModifier: "the harbour master" is a role, "the master
// permit" is not.
func TestRoleHeadNeedsModifier(t *testing.T) {
	d := Analyze("The vessel has received the master permit for this repair.", time.Time{})
	for _, e := range d.Entities {
		if e.Descriptive {
			t.Errorf("descriptive entity %q in a sentence naming no one", e.Name)
		}
	}
	d = Analyze("The harbour master, Declan Ferris, said the ship was stable.", time.Time{})
	found := false
	for _, e := range d.Entities {
		found = found || e.Descriptive && e.Name == "harbour master"
	}
	if !found {
		t.Errorf("no description \"harbour master\" in %v", d.Entities)
	}
}
