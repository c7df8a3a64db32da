package nlp

import (
	"testing"
	"time"
)

// TestEntityKindCues: a name the gazetteer does not know is typed by its
// own words ("Port X", "X Reef", "Ministry of X", "X P&I Club") or by the
// words around it ("the fishing town of X", "X, a village", "the X
// coast", "N miles off X"); persons stay persons where such words are
// near but say nothing of the name ("dropped off Maria Lopez", "X, the
// store's insurer").
func TestEntityKindCues(t *testing.T) {
	tests := []struct {
		text, name, kind string
	}{
		{"The ferry sank 3 miles off Port Varrow on Sunday.", "Port Varrow", KindPlace},
		{"The trawler struck Skellig Reef in the fog.", "Skellig Reef", KindPlace},
		{"Residents of the fishing town of Ballyrook were told to stay indoors.", "Ballyrook", KindPlace},
		{"Rescuers reached Dunmore, a village of 800 people, at dawn.", "Dunmore", KindPlace},
		{"Rescuers reached Carrick Point, a shallow headland marked by a light, at dawn.", "Carrick Point", KindPlace},
		{"Tar balls washed up along the Mellick coast on Friday.", "Mellick", KindPlace},
		{"The tanker ran aground off Innis Mara overnight.", "Innis Mara", KindPlace},
		{"Tugs tie up at Pier 12 every morning.", "Pier 12", KindPlace},
		{"The talks were held in the Iranian capital on Monday.", "Tehran", KindPlace},
		{"The ship is insured by the Baltic P&I Club, the owners said.", "Baltic P&I Club", KindOrg},
		{"A spokesman for the Ministry of Coastal Affairs declined to comment.", "Ministry of Coastal Affairs", KindOrg},
		{"Two sailors were taken to Carrow General Hospital on Monday.", "Carrow General Hospital", KindOrg},
		{"Volunteers from the Tallis Wildlife Trust counted the birds.", "Tallis Wildlife Trust", KindOrg},
		{"The story was first told by Trelawny. Trelawny contributed to this report.", "Trelawny", KindOrg},
		{"Another resident, Oksana, said she had left the town.", "Oksana", KindPerson},
		{"(Reporting by Jane Hollis; Editing by Tom Barre)", "Jane Hollis", KindPerson},
		{"He dropped off Maria Lopez at the station before noon.", "Maria Lopez", KindPerson},
		{"Judi Bittner, the state's historic preservation official, said the building was lost.", "Judi Bittner", KindPerson},
		{"Gérard Bénézat, the store's insurer, told reporters it was routine.", "Gérard Bénézat", KindPerson},
		{"Maria Lopez, a nurse at the port, said she had seen the ship.", "Maria Lopez", KindPerson},
	}
	for _, tc := range tests {
		d := Analyze(tc.text, time.Time{})
		found := false
		for _, e := range d.Entities {
			if e.Name == tc.name {
				found = true
				if e.Kind != tc.kind {
					t.Errorf("%q in %q: kind %s, want %s", tc.name, tc.text, e.Kind, tc.kind)
				}
			}
		}
		if !found {
			var names []string
			for _, e := range d.Entities {
				names = append(names, e.Name+" ("+e.Kind+")")
			}
			t.Errorf("no entity %q in %q; have %q", tc.name, tc.text, names)
		}
	}
}

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
