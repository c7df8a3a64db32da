package align

import (
	"strings"
	"testing"
)

// TestShowShared: a fact whose other outlets all state one clause of its
// sentence, and not the whole, is shown as that clause; an outlet stating
// the whole keeps the whole. Sentences of the develop audits (news rounds
// 12 and 13).
func TestShowShared(t *testing.T) {
	tests := []struct {
		name, fact, sentence, want string
	}{
		{"only the captain's death is stated, not the first officer's condition",
			`Sources told Moneycontrol that the captain has died while the first officer is in a serious condition.`,
			`The pilot-in-command Captain Deepak Sathe and his co-pilot Akhilesh Kumar were among those who died, police and airline officials said.`,
			`the captain has died`},
		{"only the churches are stated, not the hotels",
			`Three churches were targeted by the bombings, as were luxury hotels.`,
			`Three churches were targeted by the bombings.`,
			`Three churches were targeted by the bombings`},
		{"the whole sentence stated: the fact stays whole",
			`Three churches were targeted by the bombings, as were luxury hotels.`,
			`Three churches were targeted by the bombings, as were luxury hotels.`,
			`Three churches were targeted by the bombings, as were luxury hotels.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
			k.clauses = clausesOf(k.units)
			r, s := first(0), first(1)
			ms := []member{{unit: r, span: k.units[r].clause.Span, rep: true}, {unit: s, span: k.units[s].clause.Span}}
			if !k.statesCore(ms[1], ms[0]) {
				t.Fatalf("the outlet's sentence does not state the fact at all")
			}
			ms = k.showShared(ms)
			sp := ms[0].span
			if got := k.docs[0].Text[sp.Start:sp.End]; strings.Trim(got, " \t\n,;:") != tt.want {
				t.Errorf("fact shown as %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStandsAlone: the parts a fact may be shown as, cut from sentences of
// the develop audits (news rounds 10-12).
func TestStandsAlone(t *testing.T) {
	tests := []struct {
		part string
		want bool
	}{
		{"the captain has died", true},
		{"this year's flooding has affected more than 33 million people, one in seven Pakistanis", true},
		{"After a 3-3 thriller across 120 minutes, Argentina bested France 4-2 on penalties to win their third World Cup", true},
		{"but Wisconsin Gov. Tony Evers called up the state’s National Guard in preparation for the verdict.", true},
		{"but the media has not named it.", true},
		{"who is not vaccinated against Covid-19", false},
		{"while the first officer is in a serious condition.", false},
		{"are that there were 9 people on board killed in this crash.", false},
		{"out the verdicts, reached after five full days of deliberation by the jury.", false},
		{"putting her “under medical supervision.\"", false},
		{"and notify the SRC if any extra state assistance is required.", false},
		{"to support search and rescue efforts", false},
	}
	for _, tt := range tests {
		if got := standsAlone(tt.part); got != tt.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tt.part, got, tt.want)
		}
	}
}
