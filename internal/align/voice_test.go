package align

import (
	"testing"
	"time"
)

// TestOpeningParticipleCredit: a sentence that tells the fact's verb only
// by a participle opening it, a reduced passive clause with no doer, does
// not tell a fact that has its subject do it: the credit is uncertain,
// however the sentence names the subject. Real paragraphs of four
// outlets (the credit of the first outlet's "Hosted ..." judged wrong in
// a blind audit; confident without the rule). The control: a fact told
// in the passive, which the opening participle tells as it is.
func TestOpeningParticipleCredit(t *testing.T) {
	day := time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		pages []string
		// credited is the sentence of another outlet whose credit is
		// weighed.
		credited  string
		uncertain bool
	}{
		{
			name: "the fact's doer, the sentence's participle",
			pages: []string{
				"While 141 students registered for the event, there were hundreds more in the audience. Hosted in the outside courtyard, Kirk sat at the bottom while the crowd sat on stepped sections surrounding him. A group of protestors also watched from a balcony above.",
				"On Sept. 10, 2025 while on the first stop of Turning Point USA’s “The American Comeback Tour” conservative activist and Turning Point USA co-founder Charlie Kirk was shot and killed while debating at Utah Valley University.\n\nArriving shortly after the scheduled time at noon, Kirk was greeted by a bustling crowd of over 3,000 attendees. Kirk gave a brief speech before embarking on the “Prove Me Wrong” section of the event, a series of debates relating to politics, morals and religion.",
				"Conservative activist Charlie Kirk, founder of Turning Point USA, was shot and killed Sept. 10 at Utah Valley University.\n\nKirk had been hosting one of his Prove Me Wrong debates, where he invited the public to challenge his political views.\n\nUniversity spokesperson Ellen Treanor said the gunfire was potentially fired from the roof of the Losee Center, which gave the shooter higher elevation and a clear line of sight.",
				"Kirk often engaged in spirited and sometimes testy debates with people from different sides of the political aisle. He was recently invited as one of the first guests on California Democratic Gov. Gavin Newsom's podcast, with the two discussing a wide range of political topics and their different views on the direction of the country.\n\nHe was also front-and-center at the inauguration of President Donald Trump earlier this year and has frequently appeared alongside Republican politicians at rallies and fundraising events.\n\nKirk's stop Wednesday at Utah Valley University was part of his \"The American Comeback Tour,\" where he engaged students through political debates under tents branded with phrases like \"Prove Me Wrong.\" Kirk's events attracted hundreds of attendees while his social media videos of interactions with participants have garnered tens of millions of views online.",
			},
			credited:  "Hosted in the outside courtyard, Kirk sat at the bottom while the crowd sat on stepped sections surrounding him.",
			uncertain: true,
		},
		{
			name: "the fact in the passive",
			pages: []string{
				"Smith was arrested on Monday near the harbour in Port Ardlow.",
				"Arrested on Monday near the harbour, Smith appeared in court in Port Ardlow on Tuesday.",
			},
			credited: "Arrested on Monday near the harbour, Smith appeared in court in Port Ardlow on Tuesday.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, r := range otherCredits(alignPages(day, tt.pages)) {
				if r.Text != tt.credited {
					continue
				}
				found = true
				if got := r.Uncertain != ""; got != tt.uncertain {
					t.Errorf("credit uncertain = %v (%q), want %v", got, r.Uncertain, tt.uncertain)
				}
			}
			if !found {
				t.Fatal("no credit of the sentence made")
			}
		})
	}
}

// TestVoiceOfVerb: which words tell a verb only by an opening
// participle, and which tell it active.
func TestVoiceOfVerb(t *testing.T) {
	host, arrest := concept("host"), concept("arrest")
	tests := []struct {
		text         string
		c            string
		opener, told bool
	}{
		{"Hosted in the outside courtyard, Kirk sat at the bottom.", host, true, false},
		{"Hosted in the outside courtyard, the debate Kirk hosted drew a crowd.", host, false, true},
		{"Kirk had been hosting one of his debates.", host, false, true},
		{"The debate was hosted by Kirk.", host, false, false},
		{"Smith was arrested on Monday.", arrest, false, false},
		{"Police arrested Smith on Monday.", arrest, false, true},
	}
	for _, tt := range tests {
		if got := openerOnly(tt.text, tt.c); got != tt.opener {
			t.Errorf("openerOnly(%q) = %v, want %v", tt.text, got, tt.opener)
		}
		if got := toldActive(tt.text, tt.c); got != tt.told {
			t.Errorf("toldActive(%q) = %v, want %v", tt.text, got, tt.told)
		}
	}
}
