package align

import "testing"

// TestSpeakerConflictNeedsWrittenNames: two outlets giving the same words
// to different speakers is a confident conflict only when each names its
// speaker in the attribution; a speaker read from a pronoun or a title
// ("she said", "the president announced") is one coreference away from
// the other outlet's speaker, so the conflict is uncertain.
func TestSpeakerConflictNeedsWrittenNames(t *testing.T) {
	const words = `"We will rebuild the cathedral within five years, stone by stone,"`
	macron := words + ` President Emmanuel Macron said on Tuesday.`
	for _, tc := range []struct {
		name, other   string
		wantUncertain bool
	}{
		{"both named", words + ` Paris mayor Anne Hidalgo said on Tuesday.`, false},
		{"pronoun", `Paris mayor Anne Hidalgo spoke to reporters outside the city hall. ` + words + ` she said.`, true},
		{"title", words + ` the mayor announced on Tuesday.`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, docs := judgeOf(t, [2]string{"", macron}, [2]string{"", tc.other})
			a := personValues(&docs[0], 0, j.ents)
			b := personValues(&docs[1], 1, j.ents)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("speakers of the words: %d and %d, want 1 each", len(a), len(b))
			}
			v := j.pairSlot(&a[0], &b[0])
			if v.drop {
				if tc.wantUncertain {
					return // no conflict shown at all is no less careful
				}
				t.Fatalf("%q against %q: dropped, want a conflict", a[0].text, b[0].text)
			}
			if got := v.uncertain != ""; got != tc.wantUncertain {
				t.Errorf("%q against %q: uncertain %q, want uncertain %v", a[0].text, b[0].text, v.uncertain, tc.wantUncertain)
			}
		})
	}
}
