package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFindQuotes(t *testing.T) {
	type got struct {
		Text, Speaker, Cue string
		Direct             bool
	}
	tests := []struct {
		name string
		text string
		want []got
	}{
		{"curly after cue", `“It will be a large-scale visit,” said Kremlin spokesman Dmitry Peskov.`,
			[]got{{"It will be a large-scale visit,", "Dmitry Peskov", "said", true}}},
		{"straight before cue", `John Kirby, the White House spokesman, said talks were "actively advancing".`,
			[]got{{"actively advancing", "John Kirby", "said", true}, {`talks were "actively advancing"`, "John Kirby", "said", false}}},
		{"single marks and apostrophe", `John Kirby said Kim’s envoy had tried to ‘convince Pyongyang to sell ammunition’ last month.`,
			[]got{{"convince Pyongyang to sell ammunition", "John Kirby", "said", true}, {"Kim’s envoy had tried to ‘convince Pyongyang to sell ammunition’ last month", "John Kirby", "said", false}}},
		{"guillemets", `Dmitry Peskov told reporters: «The visit will be long».`,
			[]got{{"The visit will be long", "Dmitry Peskov", "told", true}}},
		{"split quote with pronoun", `Mehdi Irannejad spoke to reporters. “Two people were hurt,” he said, “but they are fine.”`,
			[]got{{"Two people were hurt but they are fine.", "Mehdi Irannejad", "said", true}}},
		{"multi-paragraph", "Another resident, Svetlana, said: “He is a cryptic person.\n\n“But I think he should come.”",
			[]got{{"He is a cryptic person. But I think he should come.", "Svetlana", "said", true}}},
		{"page furniture between paragraphs of a speech", "She said: \"It is now clear to me that it is in the best interest of the UK for a new PM to lead that effort.\n\n\"I am today announcing that I will resign as Conservative leader on Friday 7 June.\n\nTake part in our poll\n\nGo to our website\n\n\"I have agreed with the party chairman that the process for electing a new leader will begin in the following week.\"",
			[]got{{"It is now clear to me that it is in the best interest of the UK for a new PM to lead that effort. I am today announcing that I will resign as Conservative leader on Friday 7 June. I have agreed with the party chairman that the process for electing a new leader will begin in the following week.", "", "said", true}}},
		{"control: a paragraph that only closes the quote is in it", "Tom Lee said: \"We will rebuild the bridge.\nIt will take two years,\" he told reporters.",
			[]got{{"We will rebuild the bridge. It will take two years,", "Tom Lee", "told", true}}},
		{"indirect", `Kremlin spokesman Dmitry Peskov said that the visit would include a formal lunch.`,
			[]got{{"the visit would include a formal lunch", "Dmitry Peskov", "said", false}}},
		{"according to", `According to the New York Times, Kim would meet Putin in Vladivostok.`,
			[]got{{"Kim would meet Putin in Vladivostok", "the New York Times", "according to", false}}},
		{"title is no quote", `He starred in "Crocodile Dundee" with her.`, nil},
		{"role before name, in a statement", `"We deeply regret what has happened," Halvard Line chief executive Renee Sauvageot said in a statement.`,
			[]got{{"We deeply regret what has happened,", "Renee Sauvageot", "said", true}}},
		{"name then appositive role, told", `"We are working around the clock to contain the leak," Jane Smith, the company's spokeswoman, told Reuters.`,
			[]got{{"We are working around the clock to contain the leak,", "Jane Smith", "told", true}}},
		{"abbreviated title before name", `"We have found no survivors so far," Coast Guard Capt. Jane Doe said on Tuesday.`,
			[]got{{"We have found no survivors so far,", "Jane Doe", "said", true}}},
		{"appositive subject, indirect", `The harbour master, Declan Ferris, said the ship was stable and was not taking on water.`,
			[]got{{"the ship was stable and was not taking on water", "Declan Ferris", "said", false}}},
		{"trailing attribution, indirect", `Salvors will try to pump the remaining fuel out before refloating the vessel, Sauvageot said.`,
			[]got{{"Salvors will try to pump the remaining fuel out before refloating the vessel", "Sauvageot", "said", false}}},
		{"trailing attribution with a place", `Fishing is banned within 10 kilometres of the wreck, the ministry announced in Port Ardlow.`,
			[]got{{"Fishing is banned within 10 kilometres of the wreck", "the ministry", "announced", false}}},
		{"trailing attribution with apposition", `The ship is stable and no oil is leaking, Jane Smith, a company spokeswoman, told reporters.`,
			[]got{{"The ship is stable and no oil is leaking", "Jane Smith", "told", false}}},
		{"trailing attribution to a group", `The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, about 2 nautical miles off the fishing town of Port Ardlow, and is leaking fuel oil into Kessary Bay, port authorities said.`,
			[]got{{"The bulk carrier Corran Star ran aground on Gannet Ledge late on Monday, about 2 nautical miles off the fishing town of Port Ardlow, and is leaking fuel oil into Kessary Bay", "port authorities", "said", false}}},
		// The comma of "2,000" separates digit groups, not what was said
		// from who said it.
		{"trailing attribution after a number with a separator", `An estimated 2,000 structures have been leveled, Cal Fire said Friday morning.`,
			[]got{{"An estimated 2,000 structures have been leveled", "Cal Fire", "said", false}}},
		{"trailing attribution after a dateline", `PORT ARDLOW, March 10 (Northwire) - The bulk carrier is leaking fuel oil into Kessary Bay, port authorities said.`,
			[]got{{"The bulk carrier is leaking fuel oil into Kessary Bay", "port authorities", "said", false}}},
		{"participle after the quote", `John Kirby, a spokesman for the US National Security Council, said Shoigu had made the trip to ‘try to convince Pyongyang to sell artillery ammunition’, adding that negotiations appeared to be ‘actively advancing’.`,
			[]got{{"try to convince Pyongyang to sell artillery ammunition", "John Kirby", "said", true}, {"actively advancing", "John Kirby", "adding", true},
				{"Shoigu had made the trip to ‘try to convince Pyongyang to sell artillery ammunition’", "John Kirby", "said", false}}},
		{"quote closed inside a later paragraph", "According to Laurence Mark, producer of the telecast, the actor was picked \"because we want the ceremony to be fun.\nHe can hold the screen and he can hold a stage.\nIt doesn't hurt that he looks amazing in a tuxedo,\" People quoted him as saying.",
			[]got{{"because we want the ceremony to be fun. He can hold the screen and he can hold a stage. It doesn't hurt that he looks amazing in a tuxedo,", "Laurence Mark", "quoted", true},
				{`the actor was picked "because we want the ceremony to be fun`, "Laurence Mark", "according to", false}}},
		{"relative clause between subject and cue", `The ship’s operator, Halvard Line, whose chief executive Renée Sauvageot arrived in Port Ardlow on Wednesday morning, says it has mobilised two specialist salvage teams.`,
			[]got{{"it has mobilised two specialist salvage teams", "Halvard Line", "says", false}}},
		{"numbers with separators", `"We flew at 38,000 feet and lost 10,000 gallons," the pilot said.`,
			[]got{{"We flew at 38,000 feet and lost 10,000 gallons,", "the pilot", "said", true}}},
		{"archive double apostrophes", `''We will not accept it,'' Mr. Lou said.`,
			[]got{{"We will not accept it,", "Lou", "said", true}}},
		{"attribution then a participle", `"Prices will rise," the statement said, adding that the bank would act.`,
			[]got{{"Prices will rise,", "", "said", true}, {"the bank would act", "", "adding", false}}},
		{"a document speaks through its issuer", `"Prices will rise," the bank's statement said. A statement from the Treasury said that rates would hold.`,
			[]got{{"Prices will rise,", "the bank", "said", true}, {"rates would hold", "Treasury", "said", false}}},
		{"a name in full for its one word", "“We will not accept it,” Hun Sen said. “It is over,” Sen told reporters.",
			[]got{{"We will not accept it,", "Hun Sen", "said", true}, {"It is over,", "Hun Sen", "told", true}}},
		{"an aside is no speaker", `"It's time," Jason Kander, who is running against Missouri Republican Roy Blunt, said.`,
			[]got{{"It's time,", "Jason Kander", "said", true}}},
		{"a place is no speaker", `Officials in Kinshasa said the vote was fair. Kinshasa said the vote was fair.`,
			[]got{{"the vote was fair", "Officials in Kinshasa", "said", false}}},
		{"a thing is no speaker", `Many false market rallies suggested that stocks would fall.`, nil},
		{"an unnamed pronoun speaker", `They said the talks would resume on Friday.`,
			[]got{{"the talks would resume on Friday", "", "said", false}}},
		{"accented name after guillemets", `«We were told for years that this reef was dangerous», said Pádraig Moloney, who has fished the bay for thirty years.`,
			[]got{{"We were told for years that this reef was dangerous", "Pádraig Moloney", "said", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text, time.Time{})
			var gots []got
			for _, q := range d.Quotes {
				gots = append(gots, got{q.Text, q.Speaker, q.Cue, q.Direct})
				if q.SpeakerEntity >= 0 && d.Entities[q.SpeakerEntity].Name != q.Speaker && q.Direct {
					t.Errorf("speaker %q but entity %q", q.Speaker, d.Entities[q.SpeakerEntity].Name)
				}
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("FindQuotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntitiesAndRoles(t *testing.T) {
	text := "North Korean leader Kim Jong-un left Pyongyang. The Kremlin boss Vladimir Putin waits. " +
		"KJU is travelling, said Kremlin spokesman Dmitry Peskov. Kim will meet the Russian president. " +
		"Peskov said the North Korean leader is welcome."
	d := Analyze(text, time.Time{})
	byName := map[string]Entity{}
	for _, e := range d.Entities {
		byName[e.Name] = e
	}
	for _, c := range []struct {
		name    string
		kind    string
		mention string
	}{
		{"Kim Jong Un", KindPerson, "KJU"},
		{"Kim Jong Un", KindPerson, "the North Korean leader"},
		{"Kim Jong Un", KindPerson, "Kim"},
		{"Vladimir Putin", KindPerson, "the Russian president"},
		{"Dmitry Peskov", KindPerson, "Peskov"},
		{"North Korea", KindPlace, "North Korean"},
		{"Pyongyang", KindPlace, "Pyongyang"},
	} {
		e, ok := byName[c.name]
		if !ok {
			t.Errorf("no entity %q; have %v", c.name, d.Entities)
			continue
		}
		if e.Kind != c.kind {
			t.Errorf("%s: kind %s, want %s", c.name, e.Kind, c.kind)
		}
		found := false
		for _, m := range e.Mentions {
			if text[m.Start:m.End] == c.mention {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no mention %q among %v", c.name, c.mention, e.Aliases)
		}
	}
}

func TestLinkEntities(t *testing.T) {
	a := Analyze("North Korean dictator Kim Jong Un met President Vladimir Putin.", time.Time{})
	b := Analyze("Kim Jong-un arrived. The Kremlin boss greeted him.", time.Time{})
	c := Analyze("Kim arrived with KJU's sister.", time.Time{})
	s := LinkEntities([]Doc{a, b, c})
	idOf := func(doc int, d Doc, name string) int {
		for ei, e := range d.Entities {
			if e.Name == name {
				return s.Lookup(doc, ei)
			}
		}
		t.Fatalf("doc %d has no entity %q: %v", doc, name, d.Entities)
		return -1
	}
	kim := idOf(0, a, "Kim Jong Un")
	if got := idOf(1, b, "Kim Jong Un"); got != kim {
		t.Errorf("Kim Jong-un in doc 1 is story entity %d, want %d", got, kim)
	}
	if got := idOf(2, c, "Kim Jong Un"); got != kim {
		t.Errorf("Kim in doc 2 is story entity %d, want %d", got, kim)
	}
	putin := idOf(0, a, "Vladimir Putin")
	if got := idOf(1, b, "Kremlin boss"); got != putin {
		t.Errorf("the Kremlin boss in doc 1 is story entity %d, want Putin %d", got, putin)
	}
}

func TestDatelineCapitalsGiveWayInNames(t *testing.T) {
	d := Analyze("PORT ARDLOW, March 10 (Northwire) - The bulk carrier ran aground on a reef off the fishing town of Port Ardlow late on Monday and is leaking fuel oil into the bay.", time.Time{})
	for _, e := range d.Entities {
		if nameKey(e.Name) == "port ardlow" {
			if e.Name != "Port Ardlow" {
				t.Errorf("entity named %q, want Port Ardlow", e.Name)
			}
			return
		}
	}
	t.Errorf("no entity Port Ardlow in %+v", d.Entities)
}

// TestLinkEntitiesFoldsDiacritics: outlets that drop a name's accents
// still name the same person, shown with the accents.
func TestLinkEntitiesFoldsDiacritics(t *testing.T) {
	docs := []Doc{
		Analyze("A ministry spokesperson, Aurelie Duchene, said the operator would pay.", time.Time{}),
		Analyze("«The operator will bear the full cost», declared Aurélie Duchêne. Mrs Duchêne added that pumping would begin soon.", time.Time{}),
		Analyze("The clean-up had begun, Mrs Duchene said.", time.Time{}),
	}
	s := LinkEntities(docs)
	var got []string
	for di, d := range docs {
		for ei, e := range d.Entities {
			if strings.Contains(nameKey(e.Name), "duchene") {
				got = append(got, s.Entities[s.Lookup(di, ei)].Name)
			}
		}
	}
	if diff := cmp.Diff([]string{"Aurélie Duchêne", "Aurélie Duchêne", "Aurélie Duchêne"}, got); diff != "" {
		t.Errorf("story names of the person mentions (-want +got):\n%s", diff)
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Aurélie Duchêne", "aurelie duchene"},
		{"Pádraig Moloney", "padraig moloney"},
		{"Søren Kierkegaard", "soren kierkegaard"},
		{"Kim Jong-un", "kim jong un"},
		{"O'Brien", "obrien"},
		{"Ren\u0065\u0301e", "renee"}, // a combining accent after its letter
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
