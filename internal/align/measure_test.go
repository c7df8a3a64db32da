package align

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConflictsAcrossUnitsAndWords: counts written in words, values in
// units of different systems, and amounts in units that cannot be
// converted without a density.
func TestConflictsAcrossUnitsAndWords(t *testing.T) {
	type conflict struct {
		Values        []string
		Unconvertible string
	}
	tests := []struct {
		name  string
		texts []string
		want  []conflict
	}{
		{"counts in words, partitive and counted nouns", []string{
			"All 22 crew members were taken off by coastguard helicopter and lifeboat before dawn, and two of them were treated in hospital for minor injuries.",
			"Two sailors were treated for minor injuries at Ardlow General Hospital and released.",
			// "Were taken to hospital" is not found to state what "were
			// treated in hospital" does, so this outlet says "treated"
			// (the demo's full articles put the two in one fact).
			"All 22 crew were brought ashore by the lifeboat and the coastguard helicopter. Three crew members were treated at Ardlow General Hospital, a hospital spokesperson confirmed.",
		}, []conflict{{Values: []string{"Three crew members", "two of them"}}}},
		{"number words agree with digits", []string{
			"Police said twenty-two people were arrested after the match.",
			"Police said 22 people were arrested after the match.",
		}, nil},
		{"dozens is open above", []string{
			"Dozens of people were injured when the stand collapsed, officials said.",
			"Officials said 140 people were injured when the stand collapsed.",
		}, nil},
		{"nautical miles against kilometres", []string{
			"The bulk carrier ran aground late on Monday, about 2 nautical miles off the fishing town of Port Ardlow.",
			"The bulk carrier ran aground on the night of 9 March, 3.7 kilometres off Port Ardlow.",
			"The bulk carrier hit a reef about 5 kilometres off the coast.",
		}, []conflict{{Values: []string{"about 2 nautical miles", "about 5 kilometres"}}}},
		{"knots against km/h", []string{
			"The tanker was making 12 knots when it struck the pier, the pilot said.",
			"The tanker was making 35 km/h when it struck the pier, the pilot said.",
		}, []conflict{{Values: []string{"12 knots", "35 km/h"}}}},
		{"feet and metres agree", []string{
			"Its 590-foot hull was holed in two places, divers said.",
			"Its 180-metre hull was holed in two places, divers said.",
		}, nil},
		{"Fahrenheit against Celsius", []string{
			"Temperatures in the city reached 104 degrees Fahrenheit on Tuesday, forecasters said.",
			"Temperatures in the city reached 35°C on Tuesday, forecasters said.",
		}, []conflict{{Values: []string{"104 degrees Fahrenheit", "35°C"}}}},
		{"below zero", []string{
			"Overnight the temperature in the valley fell to -5C, forecasters said.",
			"Overnight the temperature in the valley fell to 23F, forecasters said.",
			"Overnight the temperature in the valley fell to 5C, forecasters said.",
		}, []conflict{{Values: []string{"-5C", "5C"}}}},
		{"gallons and litres agree", []string{
			"Roughly 10,600 gallons of heavy fuel oil spilled from the vessel.",
			"An estimated 40,000 litres of heavy fuel oil spilled from the vessel.",
		}, nil},
		{"short tons against tonnes", []string{
			"The barge was carrying 2,240 short tons of coal when it sank, the company said.",
			"The barge was carrying 2,240 tonnes of coal when it sank, the company said.",
		}, []conflict{{Values: []string{"2,240 short tons", "2,240 tonnes"}}}},
		{"short tons and tonnes agree", []string{
			"The barge was carrying 2,205 short tons of coal when it sank, the company said.",
			"The barge was carrying 2,000 tonnes of coal when it sank, the company said.",
		}, nil},
		{"gallons join litres before a verb ends the substance", []string{
			"An estimated 40,000 litres of heavy fuel oil had escaped from a damaged tank.",
			"Roughly 10,600 gallons of heavy fuel oil spilled from the Halvard Line vessel.",
			"Salvage industry sources estimate that 400 tonnes of heavy fuel oil has escaped from the ship.",
		}, []conflict{{Values: []string{"400 tonnes", "An estimated 40,000 litres"}, Unconvertible: "l vs t: converting needs a density"}}},
		{"ordinals that count", []string{
			"It was the fourth grounding on Gannet Ledge since 1990, according to port records.",
			"It was the third grounding on Gannet Ledge since 1990, according to port records.",
		}, []conflict{{Values: []string{"fourth grounding", "third grounding"}}}},
		{"litres and tonnes are shown, not compared", []string{
			"An estimated 40,000 litres of heavy fuel oil had escaped from a damaged tank.",
			"Salvage industry sources estimate that 400 tonnes of heavy fuel oil has escaped from the ship.",
		}, []conflict{{Values: []string{"400 tonnes", "An estimated 40,000 litres"}, Unconvertible: "l vs t: converting needs a density"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inputs []Input
			for i, text := range tt.texts {
				inputs = append(inputs, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text})
			}
			res := Align(inputs, Options{})
			var got []conflict
			for _, c := range res.Conflicts {
				if c.Kind != ConflictNumber {
					continue
				}
				var vs []string
				for _, v := range c.Variants {
					vs = append(vs, v.Value)
				}
				sort.Strings(vs)
				got = append(got, conflict{vs, c.Unconvertible})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("number conflicts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
