package nlp

import (
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
			[]got{{"actively advancing", "John Kirby", "said", true}}},
		{"single marks and apostrophe", `John Kirby said Kim’s envoy had tried to ‘convince Pyongyang to sell ammunition’ last month.`,
			[]got{{"convince Pyongyang to sell ammunition", "John Kirby", "said", true}}},
		{"guillemets", `Dmitry Peskov told reporters: «The visit will be long».`,
			[]got{{"The visit will be long", "Dmitry Peskov", "told", true}}},
		{"split quote with pronoun", `Mehdi Irannejad spoke to reporters. “Two people were hurt,” he said, “but they are fine.”`,
			[]got{{"Two people were hurt but they are fine.", "Mehdi Irannejad", "said", true}}},
		{"multi-paragraph", "Another resident, Svetlana, said: “He is a cryptic person.\n\n“But I think he should come.”",
			[]got{{"He is a cryptic person. But I think he should come.", "Svetlana", "said", true}}},
		{"indirect", `Kremlin spokesman Dmitry Peskov said that the visit would include a formal lunch.`,
			[]got{{"the visit would include a formal lunch", "Dmitry Peskov", "said", false}}},
		{"according to", `According to the New York Times, Kim would meet Putin in Vladivostok.`,
			[]got{{"Kim would meet Putin in Vladivostok", "the New York Times", "according to", false}}},
		{"title is no quote", `He starred in "Crocodile Dundee" with her.`, nil},
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
