package nlp

import "testing"

// TestSpeakerIsTheSubjectsHead checks that a name before the cue speaks
// only as the head of its subject: a name before a noun modifies it
// ("Harbor giant Norvik says"), a name governed by a preposition after
// the head locates or carries it ("a statement on Kesla TV said"), and
// the speaker is the head or nobody. Made-up texts; each rule has a
// control.
func TestSpeakerIsTheSubjectsHead(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a name before a noun and a name: the last name speaks",
			text: "Shipping giant Norvik says it is buying Trelco.",
			want: []quoteFrame{{QuoteReported, "it is buying Trelco", "Norvik", "says"}}},
		{name: "a name before nouns headed by a role: the phrase speaks",
			text: "Norvik energy firm official also reported debris had been seen near the rig.",
			want: []quoteFrame{{QuoteReported, "debris had been seen near the rig", "Norvik energy firm official", "reported"}}},
		{name: "a name before a noun with a place after it",
			text: "A Norvik source at the consulate denied that the envoy had been held.",
			want: []quoteFrame{{QuoteReported, "the envoy had been held", "A Norvik source at the consulate", "denied"}}},
		{name: "control: a name and an adverb before the cue keeps the name",
			text: "Norvik also reported that the rig had been evacuated.",
			want: []quoteFrame{{QuoteReported, "the rig had been evacuated", "Norvik", "reported"}}},
		{name: "a name after a preposition of the medium is no speaker",
			text: "A state of emergency has been declared, a statement on state KTV said.",
			want: nil},
		{name: "control: an issuer after from speaks through the statement",
			text: "A state of emergency has been declared, a statement from the Kesla Ministry said.",
			want: []quoteFrame{{QuoteReported, "A state of emergency has been declared", "Kesla Ministry", "said"}}},
	})
}

// TestSpeakerIsNoWordsSaid checks that the speaker of an inverted
// attribution, after a cue that has no subject before it, is never
// taken for what was said. Made-up texts; each rule has a control.
func TestSpeakerIsNoWordsSaid(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a titled name after the cue is no words said",
			text: "Eighteen US sailors were injured in addition to the 13 dead, said Capt. Jon Keel of US Harbor Command (Hacom).",
			want: nil},
		{name: "a noun phrase for a person after the cue is no words said",
			text: "“Happy Friday,” says one Norvik forum poster.",
			want: nil},
		{name: "control: an aside's comma before the cue, the clause said after it",
			text: "Jon Keel, the city's safety director, said a call came in from the Valley Hotel at 3 a.m.",
			want: []quoteFrame{{QuoteReported, "a call came in from the Valley Hotel at 3 a.m", "Jon Keel", "said"}}},
	})
}

// TestAnotherSpeakersClause checks that a frame's words end where a
// clause of another speaker opens, its subject set off by a relative
// aside ("but his fiancee, who was waiting outside, said"), and that the
// other clause's speaker is its own subject or nobody. Made-up texts;
// each rule has a control.
func TestAnotherSpeakersClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a conjunction and a subject with an aside open another frame",
			text: "Port officials say the ship left at noon but a harbour pilot, who was on the quay, said it never sailed.",
			want: []quoteFrame{
				{QuoteReported, "the ship left at noon", "Port officials", "say"},
				{QuoteReported, "it never sailed", "a harbour pilot", "said"},
			}},
		{name: "control: with no clause before the conjunction the subject stays whole",
			text: "The harbour master and his deputy, who toured the quay, said the fire was out.",
			want: []quoteFrame{{QuoteReported, "the fire was out", "", "said"}}},
	})
}
