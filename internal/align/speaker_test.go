package align

import "testing"

// TestSpeakersApart: the words of one named person are not stated by a
// sentence giving them to another named person; a speaker that is no
// person, or the same person under another form of the name, leaves the
// pair alone. Sentences of the develop audits (news rounds 9, 10, 12, 13).
func TestSpeakersApart(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"the governor's words given to the colonel leading the search",
			`State governor Romeu Zema said there was little chance of finding people alive.`,
			`"After 48 hours of work, the chance of finding [someone] alive is very low," Col Eduardo Angelo, who is leading the search operation, told relatives of the missing.`, true},
		{"the same person, title and first name aside",
			`"At this point we have truly exhausted every option available to us in the search and rescue mission," Levine Cava said.`,
			`“At this point, we have truly exhausted every option available to us in the search-and-rescue mission,” Miami-Dade Mayor Daniella Levine Cava said at a news conference.`, false},
		{"the same person, one quoted and one reported, behind an aside",
			`Paris fire chief Jean-Claude Gallet said it was unclear if firefighters would be able to keep the fire from spreading to the cathedral's second tower and belfry, causing more destruction.`,
			`Jean-Claude Gallet, speaking outside the cathedral, said "we are not sure we are capable of stopping the spreading" to Notre Dame's second tower and belfry.`, false},
		{"a witness is no named person",
			`A witness says many people have been killed in a mass shooting at a mosque in the New Zealand city of Christchurch.`,
			`Police Commissioner Mike Bush said 49 people were killed.`, false},
		{"reports and a news outlet are no persons",
			`Reports say over 50 died in the mishap`,
			`50 people have reportedly died in the train mishap, according to Zee News.`, false},
		{"the police on both sides",
			`Police said three people were in custody and a man in his late 20s was charged with murder.`,
			`Police say a man in his late 20s has been arrested and charged with murder.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
			r, s := first(0), first(1)
			if got := k.speakersApart(r, s); got != tt.want {
				t.Errorf("speakersApart = %v, want %v (speakers %v / %v)", got, tt.want, k.speakers(r), k.speakers(s))
			}
		})
	}
}
