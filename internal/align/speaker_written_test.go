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

// TestSpeakerTitleOfNamed: a speaker given by a title ("the president
// wrote") that the story writes before the other outlet's speaker's
// name ("President Donald Trump") is that person: a title and a name of
// one referent are no conflict (round 30, spent, trump-covid-positive-001).
// Control: a title the story binds to another person is still a
// conflict, uncertain.
func TestSpeakerTitleOfNamed(t *testing.T) {
	const words = `"We will rebuild the cathedral within five years, stone by stone,"`
	named := words + ` Macron said on Tuesday.`
	for _, tc := range []struct {
		name, other, title string
		wantDrop           bool
	}{
		{"the title of the name", `President Emmanuel Macron visited the site on Monday. ` + words + ` the president said.`, "president", true},
		{"the title of another", `Mayor Anne Hidalgo visited the site on Monday. ` + words + ` the mayor said.`, "mayor", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, docs := judgeOf(t, [2]string{"", named}, [2]string{"", tc.other})
			a := personValues(&docs[0], 0, j.ents)
			b := personValues(&docs[1], 1, j.ents)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("speakers of the words: %d and %d, want 1 each", len(a), len(b))
			}
			// As coreference left it in round 30: the title alone.
			b[0].text, b[0].name = "the "+tc.title, tc.title
			if got := j.titleOfNamed(&b[0], &a[0]) || j.titleOfNamed(&a[0], &b[0]); got != tc.wantDrop {
				t.Errorf("%q against %q: one speaker = %v, want %v", a[0].text, b[0].text, got, tc.wantDrop)
			}
		})
	}
}
