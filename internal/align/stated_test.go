package align

import (
	"slices"
	"testing"
	"time"

	"crosscheck/internal/nlp"

	"github.com/google/go-cmp/cmp"
)

func TestStatesQuote(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"same words, other attribution",
			`"I am so excited to be hosting the Oscars for the second time," DeGeneres said in the Academy's announcement.`,
			`In typical fashion, she released a jokey response: "I am so excited to be hosting the Oscars for the second time.`, true},
		{"names the speaker only",
			`"It was entirely inevitable if artillery shells landed in that area there would be a high number of casualties," he said.`,
			`Mr Gunness said civilian deaths were an inevitable consequence of attacking a crowded place like Gaza.`, false},
		{"another quote of the same speaker",
			`"A child died when a wall collapsed," Suryani told AFP.`,
			`"We have received around 50 people with injuries suffered when the walls of their houses collapsed," Ema Suryani, a doctor at a health clinic, told AFP.`, false},
		{"quote cut by the sentence splitter, closing mark only",
			`You know what they say - the third time's the charm," said DeGeneres.`,
			`"You know what they say - the third time's the charm.`, true},
		{"a quotation of four words or more, the speaker's other words",
			`US National Security Council spokesman John Kirby stated that Shoigu had tried to "convince Pyongyang to sell artillery ammunition" to Russia during the visit.`,
			`John Kirby said high-level talks on military cooperation were "actively advancing".`, false},
		{"a short quoted phrase in a fact that is not mostly quoted is not tested",
			`The FBI concluded that Clinton had been "extremely careless" in her handling of classified material.`,
			`Comey announced that Clinton was careless with classified material.`, true},
		{"part of the quotation printed word for word, case and marks aside",
			`Trump said he wants "a total and complete shutdown of Muslims entering the United States until our country's representatives can figure out what is going on."`,
			`The rally denounced Donald Trump's call for "a total and complete Shutdown of Muslims entering the United States.”`, true},
		{"same speaker, same subject, not the words",
			`"The basic problem here is that the relevant federal criminal laws are a patchwork, and there's no general prohibition against basically unsecured communications," Vladeck said.`,
			`Vladeck said the laws do not prohibit unsecured communications as such.`, false},
		{"same topic, no speaker, not the words",
			`"Maintaining order for the roll call is extremely important," House Speaker Paul Ryan, the convention chair, told the delegates before the vote.`,
			`In the roll call vote that began the night, 721 delegates cast their votes for candidates other than Mr. Trump.`, false},
		{"the quotation in other words, by the same speaker",
			`"The relevant federal criminal laws are a patchwork," Vladeck said.`,
			`Vladeck said federal criminal laws were a patchwork.`, true},
		{"the quotation's words, another speaker",
			`"The relevant federal criminal laws are a patchwork," Vladeck said.`,
			`Aftergood said the federal criminal code was a patchwork.`, false},
		{"archive text: two apostrophes mark the quotation, another speaker",
			`''The relevant federal criminal laws are a patchwork,'' Vladeck said.`,
			`Aftergood said the federal criminal code was a patchwork.`, false},
		{"archive text: curly apostrophes, names the speaker only",
			`’’It was entirely inevitable if artillery shells landed in that area there would be a high number of casualties,’’ he said.`,
			`Mr Gunness said civilian deaths were an inevitable consequence of attacking a crowded place like Gaza.`, false},
		{"archive text: the quotation printed word for word",
			`''I am so excited to be hosting the Oscars for the second time,'' DeGeneres said.`,
			`She said: "I am so excited to be hosting the Oscars for the second time.`, true},
		{"guillemets mark a quotation too",
			`«The relevant federal criminal laws are a patchwork», Vladeck said.`,
			`Aftergood said the federal criminal code was a patchwork.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := statesQuote(tt.fact, tt.sentence); got != tt.want {
				words, quoted := quotedWords(tt.fact, quoteSpans(tt.fact))
				t.Errorf("statesQuote = %v, want %v (quoted words %q, mostly quoted %v)", got, tt.want, words, quoted)
			}
		})
	}
}

// TestStatesPredicate: an outlet is credited with a fact only when its
// sentence tells the fact's happening, not another happening with the
// same names and topic words, nor the same one in another mood.
func TestStatesPredicate(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"awaiting trial, heard testimony",
			"Four more members of the sect are awaiting trial in San Angelo.",
			"The grand jury also heard testimony from four members of the sect in San Angelo.", false},
		{"awaiting trial twice",
			"Four more members of the sect are awaiting trial in San Angelo.",
			"Four other members of the sect are awaiting trial in San Angelo.", true},
		{"played, will play",
			"Prosecutors played an audio recording of the leader assaulting a girl.",
			"The prosecutor will play as evidence an audio recording of the leader assaulting a girl.", false},
		{"a shared event word in other words",
			"Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday.",
			"Three crew members were taken to the hospital in Port Ardlow on Monday.", true},
		{"played twice",
			"Prosecutors played an audio recording of the leader assaulting a girl.",
			"On Thursday prosecutors played the jury an audio recording of the leader assaulting a girl.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Align([]Input{{ArticleID: 1, Outlet: "A", Text: tt.a}, {ArticleID: 2, Outlet: "B", Text: tt.b}}, Options{})
			same := false
			for _, c := range res.Claims {
				if len(c.Outlets) == 2 {
					same = true
				}
			}
			if same != tt.same {
				t.Errorf("one fact %v, want %v: %+v", same, tt.same, res.Claims)
			}
		})
	}
}

// TestThinStatement: a sentence that holds a word or two of the fact's
// clause and none of its event words does not state it, however the
// grouping came to put them together; one that shares its event word, or
// tells an event with a light verb, may.
func TestThinStatement(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"a shared topic word", "Sales of campaign buttons were great on the last night, a vendor said.", "It was a great speech.", false},
		{"a shared word, another happening", "They looked like terrorists.", "The shooting in California looks very bad.", false},
		{"the event word in other words", "The two leaders will discuss supplying weapons and ammunition for the war.", "One leader wants the other to agree to provide his army with artillery projectiles.", true},
		{"a light verb", "Two sailors were treated for minor injuries at Ardlow General Hospital and released.", "Three crew members were taken to Ardlow General Hospital.", true},
		{"the clause's event not named", "But Clinton has not reinvented the Democratic party the way her husband did in the nineties.", "Clinton was the first lady of the Democratic party while her husband was the president.", false},
		{"one term in common", "It was her idea.", "Why did the council not thank the mayor for her clever idea?", false},
		{"a light verb in another mood", "A reception for older Democrats was held before the roll call vote that would make Clinton the nominee.", "Obama will make the case to Democrats at the convention that Clinton is ready to be the nominee.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
			if got := k.statesCore(member{unit: first(1)}, member{unit: first(0)}); got != tt.want {
				t.Errorf("statesCore = %v, want %v", got, tt.want)
			}
		})
	}
}

// twoArticleCheck is the stated check of a story of two articles, the
// fact's (input 0) and the outlet's (input 1), counted as a story of
// articles articles so that a test can make no entity central; first
// gives an input's first sentence unit.
func twoArticleCheck(t *testing.T, fact, sentence string, articles int) (k *statedCheck, first func(input int) int) {
	t.Helper()
	inputs := []Input{{ArticleID: 1, Outlet: "A", Text: fact}, {ArticleID: 2, Outlet: "B", Text: sentence}}
	docs := []nlp.Doc{nlp.Analyze(fact, inputs[0].Published), nlp.Analyze(sentence, inputs[1].Published)}
	ents := nlp.LinkEntities(docs)
	indexes := []*nlp.Index{nlp.NewIndex(&docs[0]), nlp.NewIndex(&docs[1])}
	units, _, _, _ := buildUnits(inputs, docs, indexes, &ents, nil, nil, newAnalysisSums(docs))
	first = func(input int) int {
		for i, u := range units {
			if u.input == input && u.parent < 0 {
				return i
			}
		}
		t.Fatalf("no sentence of input %d", input)
		return -1
	}
	text := func(u int) string {
		sp := units[u].clause.Span
		return docs[units[u].input].Text[sp.Start:sp.End]
	}
	for len(docs) < articles {
		docs = append(docs, nlp.Doc{})
	}
	return newStatedCheck(units, nil, &ents, docs, indexes, text), first
}

// TestStatesMain: an outlet states a fact when its sentence asserts what
// the fact asserts, its main predicate, not an event word that is only an
// argument there, another happening with the same names, or a topic of a
// description. Made-up sentences, in the shapes of the develop audits'
// wrong pairs.
func TestStatesMain(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"the fact's event only as an argument of another happening",
			"Veterans' groups widely condemned the mayor's plan to close the shelter.",
			"The city council on Tuesday approved a resolution condemning the mayor's plan to close the shelter.", false},
		{"another happening with the same names",
			"The governor's visit to the plant was scheduled two weeks ago.",
			"The governor closed the plant in March.", false},
		{"a purpose is not a happening",
			"The senator spoke at the convention on Thursday night.",
			"She became the first senator to speak at the convention.", false},
		{"a bystander named, no happening told",
			"One member voted against the resolution on free speech grounds.",
			"\"This resolution is wrong,\" said Ana Ruiz, a member of the council.", false},
		{"a description shares a topic",
			"There was a reception for the older delegates in the hours before the roll call.",
			"The older delegates will make the case for the nominee tonight.", false},
		{"a description in the same words",
			"There was a reception for the older delegates before the roll call.",
			"On Tuesday there was a reception for the older delegates before the roll call.", true},
		{"the main verb in other words",
			"A 5.6 magnitude earthquake hit the island on Sunday.",
			"A quake of magnitude 5.6 struck the island on Sunday.", true},
		{"the main verb in the passive",
			"Police arrested the suspect in Dallas on Monday.",
			"The suspect was arrested by police in Dallas on Monday.", true},
		{"a verb the lexicon does not know: a description, not shared words",
			"Flipping a coin is supposed to be one of the fairest ways of making a decision.",
			"For the senator, the victory gives him a chance to forge a path to the nomination.", false},
		{"a verb the lexicon does not know, in most of the same words",
			"Flipping a coin is supposed to be one of the fairest ways of making a decision.",
			"Flipping a coin is supposed to be one of the fairest ways of making a hard decision.", true},
		{"a chance to win is not a win",
			"Insiders said Clinton still has a shot to win the state.",
			"Sanders won the state's primary on Tuesday, defeating Clinton.", false},
		{"a light verb names no happening: the words after it must be shared",
			"Then, Mayor Ana Ruiz set her husband's expectations almost impossibly high.",
			"In particular, Mayor Ana Ruiz — often the easiest person to provoke when it comes to criticism of her husband — has been \"very worked up about it,\" said a source close to the campaign.", false},
		{"a light verb, the words after it shared",
			"Then the mayor set the council's expectations impossibly high.",
			"The mayor set the council's expectations very high on Tuesday.", true},
		{"a question asserts nothing",
			"The new stadium served the city well during the tournament.",
			"\"Is there any purpose that is served by this stadium?\" the mayor asked.", false},
		{"a fact that asks is not stated by a statement",
			"What has the council heard from the mayor about the stadium?",
			"The council heard from the mayor that the stadium will close.", false},
		{"a question stated by the same question",
			"What has the council heard from the mayor about the stadium?",
			"What has the council heard from the mayor about the stadium?", true},
		{"a run of small words is nobody's words",
			"\"It's going to be a race to the finish,\" the senator said.",
			"\"It's going to be built.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
			r, s := first(0), first(1)
			if got := k.statesCore(member{unit: s}, member{unit: r}); got != tt.want {
				t.Errorf("statesCore = %v, want %v (fact mains %v, sentence mains %v)", got, tt.want, k.mainPredicates(r), k.mainPredicates(s))
			}
		})
	}
}

// TestConditionalApart: what might be, or would be under a condition, is
// not what is told as real, however many words the two share ("If
// convicted, he could face 115 years" for "he now faces 115 years"); a
// prospect told as real on both sides is one fact.
func TestConditionalApart(t *testing.T) {
	tests := []struct {
		name, fact, sentence string
		want                 bool
	}{
		{"a condition and a modal for a sentence faced",
			"He now faces a maximum sentence of 40 years in jail.",
			"If convicted, the banker, who is 51 years old, could face a maximum prison sentence of 40 years.", false},
		{"a condition and a modal for a prison term faced",
			"Already in custody, he faces up to 40 years in prison.",
			"If convicted, the banker, who is 51 years old, could face a maximum prison sentence of 40 years.", false},
		{"would under a condition for a sentence faced",
			"He now faces a maximum sentence of 40 years in jail.",
			"If convicted, the banker, who is 51 years old, would face a maximum prison sentence of 40 years.", false},
		{"would on both sides",
			"The banker would face a maximum sentence of 40 years if convicted.",
			"If convicted, the banker would face a maximum prison sentence of 40 years.", true},
		{"faced on both sides",
			"He now faces a maximum sentence of 40 years in jail.",
			"The banker is facing a maximum sentence of 40 years in prison following the verdicts.", true},
		{"might on both sides",
			"The ferry might sail again on Friday, the harbour master said.",
			"The harbour master said the ferry might sail again on Friday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, first := twoArticleCheck(t, tt.fact, tt.sentence, 2)
			r, s := first(0), first(1)
			if got := k.statesCore(member{unit: s}, member{unit: r}); got != tt.want {
				t.Errorf("statesCore = %v, want %v (fact %+v, sentence %+v)", got, tt.want, k.units[r].preds, k.units[s].preds)
			}
		})
	}
}

// TestConditionalApartInStory: a sentence that tells everything it tells
// as possible or under a condition is not credited with a fact that
// tells nothing so, nor the other way round, even when the two share no
// event word (TestConditionalApart covers the shared ones).
func TestConditionalApartInStory(t *testing.T) {
	day := time.Date(2013, 4, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		texts []string
	}{
		{"a sentence wholly possible",
			[]string{
				"The Lions put Smith on injured reserve on Tuesday.",
				"The Lions put Smith on injured reserve, the team said.",
				"Whatever his shortcomings, Smith could still play an important role in the Lions offense.",
			}},
		{"a fact wholly under a condition",
			[]string{
				"It will be huge if the Colts defense could keep that up.",
				"It will be huge for them if the Colts defense could keep that up.",
				"The Colts defense was able to keep the Chiefs out of the end zone in the first half.",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []Input
			for i, text := range tt.texts {
				in = append(in, Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text, Published: day})
			}
			for _, c := range Align(in, Options{}).Claims {
				if slices.Contains(c.Outlets, "A") {
					if diff := cmp.Diff([]string{"A", "B"}, slices.Sorted(slices.Values(c.Outlets))); diff != "" {
						t.Errorf("outlets of %q (-want +got):\n%s", c.Text, diff)
					}
				}
			}
		})
	}
}
