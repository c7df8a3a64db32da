package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFindQuantities(t *testing.T) {
	type got struct {
		Text      string
		Value     float64
		ValueMax  float64
		Unit      string
		Qualifier string
	}
	tests := []struct {
		text string
		want []got
	}{
		{"Vladivostok, 4,000 miles east of Moscow but just 75 miles from the border",
			[]got{{"4,000 miles", 6437.376, 6437.376, "km", ""}, {"75 miles", 120.7008, 120.7008, "km", ""}}},
		{"which is just 129 kilometers from the border", []got{{"129 kilometers", 129, 129, "km", ""}}},
		{"less than 100 miles from the border", []got{{"less than 100 miles", 160.9344, 160.9344, "km", QualLessThan}}},
		{"travel the 1,099 km in about 20 hours, at a speed of about 60 km/h",
			[]got{{"1,099 km", 1099, 1099, "km", ""}, {"about 20 hours", 20, 20, "hours", QualAbout}, {"about 60 km/h", 60, 60, "km/h", QualAbout}}},
		{"a stockpile of 152-mm ammo shells", []got{{"152-mm", 152, 152, "mm", ""}}},
		{"North Korea possesses tens of millions of artillery shells", []got{{"tens of millions of artillery shells", 1e7, 1e8, "shells", ""}}},
		{"after 18 months of fighting, for more than four years", []got{{"18 months", 18, 18, "months", ""}, {"more than four years", 4, 4, "years", QualMoreThan}}},
		{"a $2.5 billion deal that killed 12 people", []got{{"$2.5 billion", 2.5e9, 2.5e9, "usd", ""}, {"12 people", 12, 12, "people", ""}}},
		{"since the COVID-19 pandemic, at Pier 33 in 2019", nil},
		{"about 2 nautical miles off the town; roughly 10,600 gallons; 40,000 litres; four knots",
			[]got{{"about 2 nautical miles", 3.704, 3.704, "km", QualAbout}, {"roughly 10,600 gallons", 40125.3649104, 40125.3649104, "l", QualAbout},
				{"40,000 litres", 40000, 40000, "l", ""}, {"four knots", 7.408, 7.408, "km/h", ""}}},
		{"at least 15, 000 refugees; on June 12, 500 people marched",
			[]got{{"at least 15, 000 refugees", 15000, 15000, "people", QualMoreThan}, {"500 people", 500, 500, "people", ""}}},
		{"a 5.6 magnitude earthquake; a magnitude-5.2 quake; measuring 5.6 on the Richter scale",
			[]got{{"5.6 magnitude", 5.6, 5.6, "magnitude", ""}, {"5.2", 5.2, 5.2, "magnitude", ""}, {"5.6 on the Richter scale", 5.6, 5.6, "magnitude", ""}}},
		// A number word is a whole word: "seven" is not the start of "seventeen".
		{"Seventeen people died; fourteen people were hurt; sixty people fled; seven people stayed",
			[]got{{"Seventeen people", 17, 17, "people", ""}, {"fourteen people", 14, 14, "people", ""}, {"sixty people", 60, 60, "people", ""}, {"seven people", 7, 7, "people", ""}}},
	}
	for _, tt := range tests {
		d := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var gots []got
		for _, q := range FindQuantities(&d, nil) {
			if d.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("%q: span does not give text", q.Text)
			}
			gots = append(gots, got{q.Text, q.Value, q.ValueMax, q.Unit, q.Qualifier})
		}
		approx := cmpopts.EquateApprox(1e-9, 1e-6)
		if diff := cmp.Diff(tt.want, gots, approx, cmpopts.EquateNaNs()); diff != "" {
			t.Errorf("FindQuantities(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestFindQuantitiesCountsAndUnits: counts in words, what they count,
// partitives, open vague amounts and units that need an offset or another
// system's factor.
func TestFindQuantitiesCountsAndUnits(t *testing.T) {
	type got struct {
		Text      string
		Value     float64
		Unit      string
		Qualifier string
		Noun      string
	}
	tests := []struct {
		text string
		want []got
	}{
		{"All 22 crew members were taken off before dawn, and two of them were treated in hospital for minor injuries.",
			[]got{{"22 crew members", 22, "people", "", "crew members"}, {"two of them", 2, "people", "", "crew members"}}},
		{"Two of the 22 crew members were slightly injured in the grounding.",
			[]got{{"Two of the 22 crew members", 2, "people", "", "crew members"}, {"22 crew members", 22, "people", "", "crew members"}}},
		{"Two sailors were treated for minor injuries and three injured were taken to hospital.",
			[]got{{"Two sailors", 2, "people", "", "sailors"}, {"three injured", 3, "people", "", "injured"}}},
		{"More than two injured passengers were flown out; twenty-two others stayed.",
			[]got{{"More than two injured passengers", 2, "people", QualMoreThan, "passengers"}}},
		{"Twenty-two passengers and a dozen crew were on board.",
			[]got{{"Twenty-two passengers", 22, "people", "", "passengers"}, {"a dozen crew", 12, "people", "", "crew"}}},
		{"Dozens of people fled, and hundreds of homes were damaged.",
			[]got{{"Dozens of people", 24, "people", QualMoreThan, "people"}, {"hundreds of homes", 100, "homes", "", "homes"}}},
		{"Two salvage tugs were on their way.", []got{{"Two salvage tugs", 2, "tugs", "", "tugs"}}},
		{"Forty-five passengers were hurt.", []got{{"Forty-five passengers", 45, "people", "", "passengers"}}},
		{"It reached 104 degrees Fahrenheit, or 40°C, in the shade.",
			[]got{{"104 degrees Fahrenheit", 40, "°C", "", ""}, {"40°C", 40, "°C", "", ""}}},
		{"Overnight it fell to -5C (23F), and to minus 12 degrees Celsius in the hills.",
			[]got{{"-5C", -5, "°C", "", ""}, {"23F", -5, "°C", "", ""}, {"minus 12 degrees Celsius", -12, "°C", "", ""}}},
		{"The barge carried 2,205 short tons of coal across 1,500 acres of water.",
			[]got{{"2,205 short tons", 2000.34235, "t", "", ""}, {"1,500 acres", 6.070284633, "km²", "", ""}}},
		{"One of the largest ships afloat, it is one of a kind.", nil},
		{"It was the reef's fourth grounding since 1990 and protests went on for a third consecutive day.",
			[]got{{"fourth grounding", 4, "ordinal grounding", "", "grounding"}, {"third consecutive day", 3, "ordinal day", "", "day"}}},
		{"For the 12th time, veterans of the Second World War met; a third of them came by train.",
			[]got{{"12th time", 12, "ordinal time", "", "time"}}},
	}
	for _, tt := range tests {
		d := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var gots []got
		for _, q := range FindQuantities(&d, nil) {
			if d.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("%q: span does not give text", q.Text)
			}
			gots = append(gots, got{q.Text, q.Value, q.Unit, q.Qualifier, q.Noun})
		}
		if diff := cmp.Diff(tt.want, gots, cmpopts.EquateApprox(1e-6, 1e-6)); diff != "" {
			t.Errorf("FindQuantities(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
