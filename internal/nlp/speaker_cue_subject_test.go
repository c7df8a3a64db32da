package nlp

import (
	"testing"
	"time"
)

// TestCueSubject checks whether a speaker given to a quote is named as
// its cue's subject. The speaker is given, not chosen, so that each case
// tests the reading of the sentence alone; each case that says no has a
// control beside it that says yes.
func TestCueSubject(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
		want                       string
	}{
		{
			name:    "the object of a preposition in the subject",
			text:    "The mayor suffered a heart attack on Wednesday, local media and friends of the former mayor said.",
			quote:   "The mayor suffered a heart attack on Wednesday",
			speaker: "former mayor",
			want:    CueSubjectNo,
		},
		{
			name:    "control: the subject itself",
			text:    "The mayor suffered a heart attack on Wednesday, the former mayor said.",
			quote:   "The mayor suffered a heart attack on Wednesday",
			speaker: "former mayor",
			want:    CueSubjectYes,
		},
		{
			name:    "control: a title's preposition",
			text:    "Secretary of State Maria Lenz said the talks would resume on Friday.",
			quote:   "the talks would resume on Friday",
			speaker: "Maria Lenz",
			want:    CueSubjectYes,
		},
		{
			name:    "named only in what was said",
			text:    "“For Lyon, Tomas Brenner will always be one of its greatest symbols,” league champions Lyon said, adding that Brenner had asked to be transferred.",
			quote:   "Brenner had asked to be transferred",
			speaker: "Tomas Brenner",
			want:    CueSubjectNo,
		},
		{
			name:    "named after the cue, in what was said",
			text:    "“For Lyon, Tomas Brenner will always be one of its greatest symbols,” league champions Lyon said, adding that Brenner had asked to be transferred.",
			quote:   "For Lyon, Tomas Brenner will always be one of its greatest symbols,",
			speaker: "Tomas Brenner",
			want:    CueSubjectNo,
		},
		{
			name:    "control: the person said it",
			text:    "“For Lyon, the club will always be home,” Tomas Brenner said, adding that he had asked to be transferred.",
			quote:   "For Lyon, the club will always be home,",
			speaker: "Tomas Brenner",
			want:    CueSubjectYes,
		},
		{
			name:    "a participle after a contrasting clause with its own subject",
			text:    "Gordon Pike was due to face the vote on Sunday, but Deputy Speaker Amir Qadri, an ally of the mayor, disallowed it, saying it was motivated by a “foreign conspiracy” and hence unlawful.",
			quote:   "foreign conspiracy",
			speaker: "Gordon Pike",
			want:    CueSubjectNo,
		},
		{
			name:    "control: a participle after the subject's own predicate",
			text:    "Gordon Pike, a former judge, endorsed Amir Qadri last week, saying he had “the deepest respect for the law.”",
			quote:   "the deepest respect for the law.",
			speaker: "Gordon Pike",
			want:    CueSubjectYes,
		},
		{
			name:    "a pronoun subject before the only naming",
			text:    "“The general was planning attacks on our diplomats,” it added, blaming him for the attack on the Embassy in Baghdad.",
			quote:   "The general was planning attacks on our diplomats,",
			speaker: "Embassy",
			want:    CueSubjectNo,
		},
		{
			name:    "control: a pronoun subject standing for the name before it",
			text:    "Although Ella Voss admitted that the two had “been friends for some time,” she said they had never met.",
			quote:   "been friends for some time,",
			speaker: "Ella Voss",
			want:    "",
		},
		{
			name:    "a relative clause of another subject",
			text:    "Brazil has elected a president who has said he is in favour of torture.",
			quote:   "he is in favour of torture",
			speaker: "Brazil",
			want:    CueSubjectNo,
		},
		{
			name:    "control: the second verb of the subject's predicate",
			text:    "A Taliban spokesman condemned the “gruesome incident” and said the group would punish the culprits.",
			quote:   "the group would punish the culprits",
			speaker: "A Taliban spokesman",
			want:    CueSubjectYes,
		},
		{
			name:    "a coordinated clause with a subject of its own",
			text:    "Gordon Pike condemned the attack, but Deputy Speaker Amir Qadri said the group would punish the culprits.",
			quote:   "the group would punish the culprits",
			speaker: "Gordon Pike",
			want:    CueSubjectNo,
		},
		{
			name:    "control: coordinated names in an aside after the cue",
			text:    "“Really excited about today,” said Musk, the SpaceX and Tesla CEO, afterward.",
			quote:   "Really excited about today,",
			speaker: "Tesla CEO",
			want:    CueSubjectYes,
		},
		{
			name:    "named in a relative clause on the subject",
			text:    "Actress Rose Mann, who had accused Weinstein of rape, wrote on Twitter that the day was a powerful one.",
			quote:   "the day was a powerful one",
			speaker: "Weinstein",
			want:    CueSubjectNo,
		},
		{
			name:    "the object of a participle in an aside",
			text:    "Rep. Sander Levin, a superdelegate supporting Clinton, said he has spoken with many fellow superdelegates.",
			quote:   "he has spoken with many fellow superdelegates",
			speaker: "Clinton",
			want:    CueSubjectNo,
		},
		{
			name:    "control: a participle before the subject's aside",
			text:    "Speaking on Monday, Rep. Sander Levin, a superdelegate, said he has spoken with many fellow superdelegates.",
			quote:   "he has spoken with many fellow superdelegates",
			speaker: "Sander Levin",
			want:    CueSubjectYes,
		},
		{
			name:    "control: the name closing an aside",
			text:    "Later the firm's co-founder and president, Greg Brock, also announced his sudden departure from the company.",
			quote:   "his sudden departure from the company",
			speaker: "Greg Brock",
			want:    CueSubjectYes,
		},
		{
			name:    "control: an aside with a phrase of the name",
			text:    "Senator Ella Voss of Vermont, a member of the committee, said the hearing would go ahead.",
			quote:   "the hearing would go ahead",
			speaker: "Ella Voss",
			want:    CueSubjectYes,
		},
		{
			name:    "control: a relative clause on the name",
			text:    "Ella Voss, who chairs the committee with Tom Reed, said the hearing would go ahead.",
			quote:   "the hearing would go ahead",
			speaker: "Ella Voss",
			want:    CueSubjectYes,
		},
		{
			name:    "control: parentheses and an aside",
			text:    "Rep. Ella Voss (D-Vt.), chair of the committee, said the hearing would go ahead.",
			quote:   "the hearing would go ahead",
			speaker: "Ella Voss",
			want:    CueSubjectYes,
		},
		{
			name:    "control: an absolute phrase",
			text:    "The night ended badly for the party, with the leader saying he would not run again.",
			quote:   "he would not run again",
			speaker: "leader",
			want:    CueSubjectYes,
		},
		{
			name:    "control: named after the cue",
			text:    "“We will rebuild the bridge within a year,” said the city's chief engineer, Jo Hart.",
			quote:   "We will rebuild the bridge within a year,",
			speaker: "Jo Hart",
			want:    CueSubjectYes,
		},
		{
			name:    "control: an adverb that is also a subordinator",
			text:    "Famed fight doctor Ferdie Pace once said that Clay was born in Louisville.",
			quote:   "Clay was born in Louisville",
			speaker: "Ferdie Pace",
			want:    CueSubjectYes,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Analyze(tt.text, time.Time{})
			d := quotedIndex(&doc)
			for _, q := range doc.Quotes {
				if q.Text != tt.quote {
					continue
				}
				q.Speaker, q.SpeakerEntity = tt.speaker, doc.entityNamed(tt.speaker)
				if got := d.cueSubject(q, d.outsideQuote(q)); got != tt.want {
					t.Errorf("cue subject of %q for %q = %q, want %q", tt.speaker, tt.quote, got, tt.want)
				}
				return
			}
			t.Fatalf("no quote %q in %q: %+v", tt.quote, tt.text, doc.Quotes)
		})
	}
}

// TestCueSubjectUncertain: a speaker the sentence names only elsewhere
// than as its cue's subject is not asserted.
func TestCueSubjectUncertain(t *testing.T) {
	ev := &SpeakerEvidence{Path: SpeakerNamed, Kind: SpeakerPerson, CueSubject: CueSubjectNo}
	if speakerUncertain(ev) == "" {
		t.Errorf("a person named but not as the cue's subject is asserted")
	}
	ev.CueSubject = CueSubjectYes
	if why := speakerUncertain(ev); why != "" {
		t.Errorf("a person named as the cue's subject is uncertain: %q", why)
	}
	carried := &SpeakerEvidence{Path: SpeakerCarried, Kind: SpeakerPerson, Back: 1, OtherSubject: "Ayaz Sadiq"}
	want := "speaker carried over from one sentence earlier, but the quote's sentence names Ayaz Sadiq as the one who said it"
	if why := speakerUncertain(carried); why != want {
		t.Errorf("carried across another cue subject: %q, want %q", why, want)
	}
}

// TestCarriedFromUncertain: a quote that goes on from one whose speaker
// is uncertain is not asserted either; one that goes on from a
// confident speaker, or from another speaker, is.
func TestCarriedFromUncertain(t *testing.T) {
	carried := Quote{Speaker: "Jo Hart", SpeakerEntity: 2, Sentence: 5, SpeakerEvidence: &SpeakerEvidence{Path: SpeakerCarried, Back: 1}}
	tests := []struct {
		name   string
		before []Quote
		want   bool
	}{
		{"goes on from an uncertain speaker", []Quote{{Speaker: "Jo Hart", SpeakerEntity: 2, Sentence: 4, SpeakerUncertain: "the sentence names the speaker, but not as the one who said it"}}, true},
		{"control: goes on from a confident speaker", []Quote{{Speaker: "Jo Hart", SpeakerEntity: 2, Sentence: 4}}, false},
		{"control: the uncertain quote is another speaker's", []Quote{{Speaker: "Tom Reed", SpeakerEntity: 3, Sentence: 4, SpeakerUncertain: "…"}}, false},
		{"control: the uncertain quote is in another sentence", []Quote{{Speaker: "Jo Hart", SpeakerEntity: 2, Sentence: 2, SpeakerUncertain: "…"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := carriedFromUncertain(tt.before, carried); got != tt.want {
				t.Errorf("carriedFromUncertain = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOtherCueSubject: a speaker carried over to a sentence that names
// someone else as the cue's subject is not the sentence's speaker; a
// pronoun subject or a listener after the cue names nobody else.
func TestOtherCueSubject(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"another names as the subject", "“The motion has passed,” Ayaz Sadiq announced.", "The motion has passed,", "Ayaz Sadiq"},
		{"control: a pronoun subject", "“The motion has passed,” he announced.", "The motion has passed,", ""},
		{"control: the listener after the cue", "“The motion has passed,” she told news agency AFP.", "The motion has passed,", ""},
		{"control: the object of quoted as", "After the verdict, Arthur Aidala quoted him as saying, “I am innocent.”", "I am innocent.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Analyze(tt.text, time.Time{})
			d := quotedIndex(&doc)
			for _, q := range doc.Quotes {
				if q.Text != tt.quote {
					continue
				}
				q.Speaker, q.SpeakerEntity = "Asad Qaiser", -1
				if got := d.otherCueSubject(q, d.outsideQuote(q)); got != tt.want {
					t.Errorf("otherCueSubject = %q, want %q", got, tt.want)
				}
				return
			}
			t.Fatalf("no quote %q: %+v", tt.quote, doc.Quotes)
		})
	}
}
