package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClauses(t *testing.T) {
	tests := []struct {
		text string
		want []string // clause texts, frames prefixed with "F:", nested clauses shown as (…)
	}{
		{"Kim and Putin, who first met in 2019, are aiming to combat international isolation.",
			[]string{"Kim and Putin, (…), are aiming to combat international isolation.", "who first met in 2019"}},
		{"South Korean media, citing government sources, said the train had left the capital on Sunday night and that the summit would likely be held on Tuesday in Vladivostok, which is just 129 kilometers from the border.",
			[]string{"F:South Korean media, citing government sources, said", "the train had left the capital on Sunday night", "and that the summit would likely be held on Tuesday in Vladivostok", "which is just 129 kilometers from the border."}},
		{"John Kirby, a spokesman for the council, said Shoigu had made the trip to ‘try to convince Pyongyang to sell artillery ammunition’, adding that negotiations appeared to be ‘actively advancing’.",
			[]string{"F:John Kirby, a spokesman for the council, said", "Shoigu had made the trip to ‘try to convince Pyongyang to sell artillery ammunition’", "F:adding that", "negotiations appeared to be ‘actively advancing’."}},
		{"Kim reportedly left Pyongyang Monday on his armored train for a summit with Putin, his first trip abroad since before the pandemic.",
			[]string{"Kim reportedly left Pyongyang Monday on his armored train for a summit with Putin", "his first trip abroad since before the pandemic."}},
		{"Analysts suggest the arsenal contains artillery shells, rockets, and small arms rounds, potentially helping Russia restock military supplies.",
			[]string{"F:Analysts suggest", "the arsenal contains artillery shells, rockets, and small arms rounds", "potentially helping Russia restock military supplies."}},
		{"NORTH KOREA: Kim will travel to Russia by armoured train for a meeting with Putin, according to reports.",
			[]string{"NORTH KOREA: Kim will travel to Russia by armoured train for a meeting with Putin", "F:according to reports."}},
		{"Kim is planning to meet with the Russian President on a rare trip beyond his country's borders, US authorities have revealed.",
			[]string{"Kim is planning to meet with the Russian President on a rare trip beyond his country's borders", "F:US authorities have revealed."}},
		{"The meeting could take place as soon as next week, while the forum takes place between September 10 and 13.",
			[]string{"The meeting could take place as soon as next week", "while the forum takes place between September 10 and 13."}},
		{"Analysts expect an arms deal.", []string{"Analysts expect an arms deal."}},
		// A colon between figures is a clock time or a score, not a
		// break; a colon after words still is.
		{"The ferry sank at 07:45 local time near the harbour and the coast guard began a search within the hour.",
			[]string{"The ferry sank at 07:45 local time near the harbour and the coast guard began a search within the hour."}},
		{"The coast guard gave one reason for the delay: the storm had closed every port on the island.",
			[]string{"The coast guard gave one reason for the delay", "the storm had closed every port on the island."}},
		{"The Kremlin boss hopes to use the meeting, in Vladivostok on Tuesday, to persuade Kim to step up arms sales.",
			[]string{"The Kremlin boss hopes to use the meeting, in Vladivostok on Tuesday", "to persuade Kim to step up arms sales."}},
		{"The train left, to Russia's surprise, for the border.", []string{"The train left, to Russia's surprise, for the border."}},
		{"\"So far only the collapse of walls has been reported,\" Qeshm Governor Mehdi Irannejad told ISNA news agency.",
			[]string{"\"So far only the collapse of walls has been reported", "F:Qeshm Governor Mehdi Irannejad told ISNA news agency."}},
		{"The governor told reporters the roads to the villages were closed.",
			[]string{"F:The governor told reporters", "the roads to the villages were closed."}},
		{"The governor told the ISNA news agency that the roads to the villages were closed.",
			[]string{"F:The governor told the ISNA news agency that", "the roads to the villages were closed."}},
	}
	for _, tt := range tests {
		d := Doc{Text: tt.text, Sentences: SplitSentences(tt.text)}
		var got []string
		for _, s := range d.Sentences {
			for _, c := range Clauses(d.Text, s) {
				txt := d.Text[c.Span.Start:c.Span.End]
				if c.Inner.End > c.Inner.Start {
					txt = d.Text[c.Span.Start:c.Inner.Start] + "(…)" + d.Text[c.Inner.End:c.Span.End]
				}
				if c.Frame {
					txt = "F:" + txt
				}
				got = append(got, txt)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Clauses(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
