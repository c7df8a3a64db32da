package align

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestSameEventEvidence measures, on real sentences of spent audit rounds
// and their controls, the develop dump's evidence that a credited
// sentence tells the fact's happening: the fact's subject named
// (Subject), the fact's verb in its very mood (MoodSame), another
// participant (RoleOther).
func TestSameEventEvidence(t *testing.T) {
	day := time.Date(2018, 3, 14, 0, 0, 0, 0, time.UTC)
	type got struct{ Subject, MoodSame, RoleOther bool }
	tests := []struct {
		name        string
		fact, other string
		// more are other outlets' sentences, so that the two share a
		// claim as they did in their round.
		more []string
		want got
	}{
		{
			// news-round17 hawking-death, judged right: the same
			// subject and verb across a long appositive.
			name:  "the subject and its verb retold",
			fact:  "Stephen Hawking, the brilliant theoretical physicist who overcame a debilitating disease to publish numerous books probing the mysteries of the universe, has died, aged 76.",
			other: "Stephen Hawking has died at the age of 76.",
			more:  []string{"Physicist and author Stephen Hawking has died at the age of 76."},
			want:  got{Subject: true, MoodSame: true},
		},
		{
			// news-round17 johnson-2019-election, judged wrong: "to
			// deliver" is a purpose, told in no mood, and "promised
			// to deliver" another statement.
			name:  "an infinitive has no mood to agree with",
			fact:  "Mr Johnson described the result as a \"powerful new mandate\" to deliver Brexit.",
			other: "Boris Johnson has promised to deliver Brexit and repay the trust of voters after he led the Conservatives to an \"historic\" general election win.",
			more:  []string{"The prime minister said it would give him a mandate to deliver Brexit."},
			want:  got{Subject: true},
		},
		{
			// The demo corpus: the first names of the fact are its
			// dateline's place and agency, which the other names too;
			// its subject, the Corran Star, it does not.
			name:  "a dateline is no subject",
			fact:  "PORT ARDLOW, March 10 (Northwire) - The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, about 2 nautical miles off the fishing town of Port Ardlow, and is leaking fuel oil into Kessary Bay, port authorities said.",
			other: "WORLD: A cargo ship operated by Halvard Line ran aground on Tuesday near the port town of Port Ardlow, spilling fuel into the sea, according to Northwire.",
			more:  []string{"Oil from the stranded bulk carrier Corran Star had reached the mussel beds of Port Ardlow by Tuesday morning, hours after the ship ran aground on Gannet Ledge late on Monday."},
			want:  got{MoodSame: true},
		},
		{
			// Invented control: the first name of the fact stands
			// after its verb, so no subject is read.
			name:  "no name before the verb",
			fact:  "Rescuers pulled 12 survivors from the rubble of the Port Ardlow market on Monday.",
			other: "On Monday rescuers pulled 12 survivors from the rubble of the market in Port Ardlow.",
			more:  []string{"Rescuers pulled 12 survivors from the rubble of the Port Ardlow market, officials said."},
			want:  got{MoodSame: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs := []Input{
				{ArticleID: 1, Outlet: "A", Published: day, Text: tt.fact},
				{ArticleID: 2, Outlet: "B", Published: day, Text: tt.other},
			}
			for i, s := range tt.more {
				inputs = append(inputs, Input{ArticleID: int64(i + 3), Outlet: string(rune('C' + i)), Published: day, Text: s})
			}
			for i := range inputs {
				inputs[i].Doc = nlp.Analyze(inputs[i].Text, day)
			}
			var e *creditEvidence
			AlignKept(inputs, Options{credits: func(k *statedCheck, claims [][]member) {
				for _, ms := range claims {
					f := -1
					o := -1
					for i, m := range ms {
						switch text := k.text(sentenceOf(k.units, m.unit)); {
						case strings.HasPrefix(text, tt.fact[:20]):
							f = i
						case strings.HasPrefix(text, tt.other[:20]):
							o = i
						}
					}
					if f >= 0 && o >= 0 {
						ev := k.evidenceOf(ms, ms[o], ms[f])
						e = &ev
					}
				}
			}}, nil)
			if e == nil {
				t.Fatal("the two sentences share no claim")
			}
			if diff := cmp.Diff(tt.want, got{e.Subject, e.MoodSame, e.RoleOther}); diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
		})
	}
}
