package nlp

import (
	"testing"
	"time"
)

// TestEntityKinds holds ship names apart from persons: a noun before the
// name ("the bulk carrier Corran Star") says what it names, and a
// capitalised head that is no title ends a name ("the Corran Star"), not
// a role description ("the Hollywood star"). A name the gazetteer does not
// know is typed by its own words ("Port X", "X Reef", "Ministry of X", "X
// P&I Club") or by the words around it ("the fishing town of X", "X, a
// village", "the X coast", "N miles off X"); persons stay persons where
// such words are near but say nothing of the name ("dropped off Maria
// Lopez", "X, the store's insurer").
func TestEntityKinds(t *testing.T) {
	tests := []struct {
		text, name, kind string
	}{
		{"The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday.", "Corran Star", KindOther},
		{"Halvard Line is preparing for one of the costliest salvage operations in its history after its 590-foot bulker Corran Star grounded off Port Ardlow on Monday night.", "Corran Star", KindOther},
		{"Oil from the stranded bulk carrier Corran Star had reached the mussel beds. The Corran Star is stable.", "Corran Star", KindOther},
		{"In 1989 the tanker Exxon Valdez struck a reef and spilled millions of gallons of crude oil into the sound.", "Exxon Valdez", KindOther},
		{"Harbour master Declan Ferris said the vessel was stable.", "Declan Ferris", KindPerson},
		{"The film was produced by the former studio star Laurence Mark, who said he was sorry to hear the news.", "Laurence Mark", KindPerson},
		{"On the harbour wall this afternoon, fisherman Padraig Moloney watched the slick drift towards the northern shore.", "Padraig Moloney", KindPerson},
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
			t.Errorf("no entity %q in %q; have %v", tc.name, tc.text, d.Entities)
		}
	}
}

// TestLinkEntitiesKindEvidence: one article names the ship with the noun
// that says it is one, another only by its name, which alone would be
// taken for a person's; the story entity is a ship.
func TestLinkEntitiesKindEvidence(t *testing.T) {
	for _, order := range [][]string{
		{"The Corran Star stopped broadcasting its position before it struck Gannet Ledge last night.",
			"The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday."},
		{"The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday.",
			"The Corran Star stopped broadcasting its position before it struck Gannet Ledge last night."},
	} {
		var docs []Doc
		for _, s := range order {
			docs = append(docs, Analyze(s, time.Time{}))
		}
		s := LinkEntities(docs)
		for _, e := range s.Entities {
			if e.Name == "Corran Star" && e.Kind == KindPerson {
				t.Errorf("story entity Corran Star is a person (articles %q)", order)
			}
		}
	}
}
