package nlp

import "testing"

func TestLabelEnd(t *testing.T) {
	tests := []struct{ sentence, label string }{
		{"PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground.", "PORT ARDLOW, March 10 (Northwire) - "},
		{"WASHINGTON (Reuters) — The Senate voted on Tuesday.", "WASHINGTON (Reuters) — "},
		{"NORTH KOREA: North Korea’s leader will travel to Russia.", "NORTH KOREA: "},
		{"Details: The NYT's sources said Kim would travel.", "Details: "},
		{"The bulk carrier ran aground - late on Monday.", ""},
		{"NATO said on Monday it would meet.", ""},
		{"US officials - speaking anonymously - confirmed it.", ""},
		{"Kim: the man behind the train.", ""},
		{"EXTRA COVERAGE | Rescuers reach the crash site, governor says", "EXTRA COVERAGE | "},
		{"Opinion | The harbour can wait", "Opinion | "},
		{"One two three four five six | seven", ""},
	}
	for _, tc := range tests {
		if got := tc.sentence[:LabelEnd(tc.sentence)]; got != tc.label {
			t.Errorf("label of %q = %q, want %q", tc.sentence, got, tc.label)
		}
	}
}

func TestReadDateline(t *testing.T) {
	tests := []struct {
		text  string
		place string
		label string
	}{
		{"PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground.", "port ardlow", "PORT ARDLOW, March 10 (Northwire) - "},
		{"TRIPOLI, Libya (AP) _ Rebels advanced.", "tripoli", "TRIPOLI, Libya (AP) _ "},
		{"CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey", "cleveland", "CLEVELAND, July 19 (UPI) — "},
		{"Cleveland (AFP) – The Trump troops embraced", "cleveland", "Cleveland (AFP) – "},
		{"MANCHESTER, N.H. - Four days after", "manchester", "MANCHESTER, N.H. - "},
		{"CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats are", "cambridge", "CAMBRIDGE, Mass., Dec. 11 (UPI) — "},
		{"WILKES-BARRE, Pa. -- The rally", "wilkes-barre", "WILKES-BARRE, Pa. -- "},
		{"\nPHILADELPHIA — It was Bill Clinton's night", "philadelphia", "\nPHILADELPHIA — "},
		{"CLEVELAND, July 19 (UPI): delegates", "cleveland", ""},
		// A name in mixed case before a dash is a subject, not a place.
		{"Donald Trump — the candidate — spoke.", "", ""},
		{"Washington, a city of talkers, went quiet.", "", ""},
		{"Exclusive–Maria Espinoza, the director, said", "", ""},
		{"Apples, Pears and more - all fruit.", "", ""},
		{"The March 15 primaries are next.", "", ""},
		{"US officials - speaking anonymously - confirmed it.", "", ""},
	}
	for _, tc := range tests {
		d := ReadDateline(tc.text)
		if d.Place != tc.place || tc.text[:d.End] != tc.label {
			t.Errorf("ReadDateline(%q) = %q, %q; want %q, %q", tc.text, d.Place, tc.text[:d.End], tc.place, tc.label)
		}
	}
}

func FuzzReadDateline(f *testing.F) {
	f.Add("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats")
	f.Add("A, B - ( — ,")
	f.Fuzz(func(t *testing.T, text string) {
		d := ReadDateline(text)
		if d.End < 0 || d.End > len(text) || (d.End > 0 && d.Place == "") {
			t.Errorf("ReadDateline(%q) = %+v", text, d)
		}
	})
}
