package brief

import "testing"

func TestNeedsContext(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"He added that the talks would resume.", true},
		{"Their lawyer declined to comment on the charges.", true},
		{"That estimate was revised upwards on Friday.", true},
		{"These figures do not include the missing.", true},
		{"The move angered the opposition parties.", true},
		{"However, the ministry denied the report.", true},
		{"In addition, three ships were damaged.", true},
		{"On the quay, anger is rising.", true},
		{"At the scene, police found two bodies.", true},
		{"On Tuesday, he told reporters the vote would go ahead.", true},
		{"Lindsay Lohan Checks Out Of Rehab Again", true},
		{"This morning, an earthquake struck near The Geysers.", false},
		{"The earthquake struck near The Geysers at 9:30 a.m.", false},
		{"On Tuesday, the ministry said the vote would go ahead.", false},
		{"In Paris, police searched the boutique.", false},
		{"Hewlett-Packard agreed to buy EYP Mission Critical Facilities.", false},
		{"Theresa May resigned as prime minister on Friday.", false},
		// A contracted pronoun is the pronoun; a name's possessive and
		// the expletive "there" point nowhere. The first and the last
		// are summary sentences of the PolNeAR round-6 and round-1
		// audits (develop), the others made up.
		{"We're going to win with Trump.", true},
		{"It’s the first time in a decade that the party has lost the seat.", true},
		{"That's what the voters said.", true},
		{"Trump's campaign said the rally would go ahead.", false},
		{"There's been more rioting in Greece in protest at the death of 15-year-old Alexandros Grigoropoulos.", false},
	} {
		if got := needsContext(tt.text); got != tt.want {
			t.Errorf("needsContext(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestStatesSame(t *testing.T) {
	sentences := [][]string{
		{
			"Tara Reid checked herself into Promises Treatment Center, her representative told People.",
			"North Korean leader Kim Jong Un plans to visit Russia this month to meet President Vladimir Putin.",
			"The quake killed 12 people on Sunday in the north of the island.",
			"Jones was convicted of murder in the shooting of two police officers.",
			"Brown became the fifth NBA coach fired this season.",
		},
		{
			"Tara Reid has checked into Promises Treatment Center, a rehab clinic in Malibu.",
			"North Korean leader Kim Jong Un left Pyongyang to meet President Vladimir Putin in Russia.",
			"The quake killed 30 people on Sunday in the north of the island.",
			"Tara Reid's new film opens at the Promises cinema in Malibu.",
			"The quake killed 12 people on Monday in the north of the island.",
			"Jones pleaded not guilty to murder in the shooting of two police officers.",
			"Brown became the third Eastern Conference coach fired this season.",
			"Jones was found guilty and convicted of murder in the shooting of two police officers on Friday.",
		},
		// Other sentences of the story, so that idf weighs the words.
		{"Police cordoned off the harbour.", "Rescue teams arrived by helicopter.", "The island has 40,000 inhabitants.", "Schools stayed closed."},
	}
	x := newCiteIndex(sentences)
	for _, tt := range []struct {
		name       string
		i, k, j, l int
		want       bool
	}{
		{"paraphrase of the same event", 0, 0, 1, 0, true},
		{"a plan and its happening are two facts", 0, 1, 1, 1, false},
		{"different numbers", 0, 2, 1, 2, false},
		{"shared names only", 0, 0, 1, 3, false},
		{"different weekdays", 0, 2, 1, 4, false},
		{"different stages of a proceeding", 0, 3, 1, 5, false},
		{"different ordinals", 0, 4, 1, 6, false},
		{"the same stage", 0, 3, 1, 7, true},
	} {
		if got := x.statesSame(tt.i, tt.k, tt.j, tt.l); got != tt.want {
			t.Errorf("%s: statesSame = %v, want %v", tt.name, got, tt.want)
		}
	}
}
