package textdump

import (
	"strings"
	"testing"
)

// The lead paragraphs the pages below share.
const harbourLead = "The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said in a statement on its website.\n\n" +
	"Fishing boats queued at the entrance from dawn, and the first of them was unloading by nine, according to the harbour master, who said the outer wall would take months to repair.\n\n" +
	"The closure had cost the fleet about two million euros in lost sales, the fishermen's cooperative said, and it asked the ministry for help.\n\n"

func TestTitleIsNotTheMasthead(t *testing.T) {
	tests := []struct {
		name, text, title, site string
	}{
		{
			name: "name plate in capitals above a ticker and a menu",
			text: "Subscribe | Log in\n\nPORT AVEL HARBOUR NEWS\n\nFish index 1,412 ▲ 18\nDiesel $1.61/l ▼ 2.1%\n\nPorts | Fishing | Weather\n\n" +
				"Port Avel harbour reopens after three-day storm closure\n\n" + harbourLead,
			title: "Port Avel harbour reopens after three-day storm closure",
			site:  "Port Avel Harbour News",
		},
		{
			name: "blog name and tagline, named again in the copyright line",
			text: "Port Avel Harbour Notes\nIndependent reporting on the Port Avel harbour\n\nDonate\nSearch\n\nShare this\n\n" +
				"Port Avel harbour reopens after three-day storm closure\n\nMarch 12, 2026 by Nell Arkwright\n\n" + harbourLead +
				"Related Posts\n\n© 2026 Port Avel Harbour Notes. Powered by WordPress.\n",
			title: "Port Avel harbour reopens after three-day storm closure",
			site:  "Port Avel Harbour Notes",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.Site != tc.site {
				t.Errorf("title %q site %q, want %q and %q", a.Title, a.Site, tc.title, tc.site)
			}
		})
	}
}

// An ad slot between paragraphs says nothing about them: the paragraphs
// between two slots stay in the body.
func TestAdSlotsInsideTheArticle(t *testing.T) {
	text := "12.1 C\nLisbon\nFriday, March 13, 2026\n\nWorld Business Tech Lifestyle\n\nMust read\n\n" +
		"Storm closes Port Avel harbour for three days\n\n" +
		"WORLD: The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said.\n\n" +
		"The breakwater held, but the ferry pier was damaged. Local media, citing port officials, said no one was hurt.\n\n" +
		"- Advertisement -\n\nAround 4,000 litres of diesel leaked from the ferry, officials said. Crews have deployed floating booms to contain it.\n\n" +
		"The harbour master, Ines Carvalho, said the ferry was stable and was not taking on water.\n\n- Advertisement -\n\n" +
		"Environmental groups warned that seabirds nesting on nearby islands were at risk from the spill, which comes weeks before the start of the breeding season.\n\n" +
		"Also Read: Ten harbours to visit this summer\n\nAuthor\nWorld Desk\n\n- Advertisement -\n\nArchives\n\nTrending Today\n"
	a, err := Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Around 4,000 litres of diesel leaked", "The harbour master, Ines Carvalho, said the ferry was stable"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lost %q:\n%s", want, a.Text)
		}
	}
}

// A widget's label ("Must read") above the story's own headline makes the
// headline look like a teaser; a teaser told in the lead's words is the
// headline, while a box of other stories' headlines is not.
func TestHeadlineUnderWidgetLabel(t *testing.T) {
	body := "WORLD: The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said.\n\n" +
		"The breakwater held, but the ferry pier was damaged. Local media, citing port officials, said no one was hurt.\n\n" +
		"Around 4,000 litres of diesel leaked from the ferry, officials said. Crews have deployed floating booms to contain it.\n\n" +
		"The harbour master, Ines Carvalho, said the ferry was stable and was not taking on water.\n"
	head := "12.1 C\nLisbon\nFriday, March 13, 2026\n\nWorld Business Tech Lifestyle\n\nMust read\n\n"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the story's headline under the label", head + "Storm closes Port Avel harbour for three days\n\nThe ferry pier was damaged when the storm hit the harbour, officials said\n\n" + body, "Storm closes Port Avel harbour for three days"},
		{"another story's teaser under the label", head + "Ten mountain villages to visit this summer\n\nThe quiet valleys north of the coast are waiting, travel writers said\n\n" + body, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want != "" && a.Title != tc.want || tc.want == "" && strings.Contains(a.Title, "mountain") {
				t.Errorf("title %q, want %q", a.Title, tc.want)
			}
		})
	}
}
