package brief

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// A story covered in four languages, invented for this test and written
// the way each language's wires write: a landslide in the made-up Alpine
// village of Valdrenz. The German report gives a later death toll.
var landslideDay = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)

var landslideStory = []article.Article{
	{Site: "Alpine Wire", Language: "en", Title: "Landslide kills three in Valdrenz", Text: "A landslide buried part of the Alpine village of Valdrenz on Saturday, March 14, killing three people.\nRescuers evacuated 240 residents overnight, mayor Katrin Oberholzer said.\nThe damage is estimated at 12 million euros.\nThe regional government has sent 35 soldiers to help clear the road."},
	{Site: "Mountain Herald", Language: "en", Title: "Three dead after landslide", Text: "Three people were killed when a landslide hit Valdrenz on Saturday, March 14, mayor Katrin Oberholzer said.\nAbout 240 residents were evacuated, mayor Katrin Oberholzer told reporters.\nThe road into the valley remains closed."},
	{Site: "Bergpost", Language: "de", Title: "Erdrutsch verschüttet Valdrenz", Text: "Bei dem Erdrutsch kamen am Samstag, dem 14. März, vier Menschen ums Leben, sagte Bürgermeisterin Katrin Oberholzer.\nDie Helfer brachten in der Nacht 240 Bewohner in Sicherheit, sagte Bürgermeisterin Katrin Oberholzer.\nDer Schaden wird auf 15 Millionen Euro geschätzt.\nDie Straße ins Tal bleibt gesperrt."},
	{Site: "Le Courrier alpin", Language: "fr", Title: "Glissement de terrain à Valdrenz", Text: "Un glissement de terrain a enseveli une partie du village de Valdrenz le samedi 14 mars.\nLes secours ont évacué 240 habitants pendant la nuit, a déclaré la maire Katrin Oberholzer.\nLe gouvernement régional a envoyé 35 soldats pour dégager la route."},
	{Site: "Горный вестник", Language: "ru", Title: "Оползень в Вальдренце", Text: "В субботу, 14 марта, оползень засыпал часть деревни Вальдренц.\nСпасатели ночью эвакуировали 240 жителей, сообщила мэр Катрин Оберхольцер.\nУщерб оценивается в 12 миллионов евро."},
}

func buildLandslide(t *testing.T) *Briefing {
	t.Helper()
	arts := make([]article.Article, len(landslideStory))
	copy(arts, landslideStory)
	for i := range arts {
		arts[i].Published = landslideDay.Add(time.Duration(i+1) * time.Hour)
	}
	b, err := Build(context.Background(), Story{ID: 1, Title: "Landslide in Valdrenz"}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStoryInLanguages(t *testing.T) {
	b := buildLandslide(t)
	langOf := make(map[int64]string)
	for _, o := range b.Outlets {
		for _, a := range o.Articles {
			langOf[a.Article] = a.AnalysedIn
		}
	}
	var evacuated *Fact
	for _, list := range [][]Fact{b.Agreed, b.Partial, b.Single} {
		for i, f := range list {
			langs := make(map[string]bool)
			for _, r := range f.Refs {
				langs[langOf[r.Article]] = true
			}
			if len(langs) != 1 {
				t.Errorf("%s mixes languages: %v", f.ID, langs)
			}
			// Shown as what both English outlets state ("About 240
			// residents were evacuated"), not as the one that adds
			// when and by whom.
			if strings.Contains(f.Text, "240 residents were evacuated") {
				evacuated = &list[i]
			}
		}
	}
	if evacuated == nil {
		t.Fatal("no fact of the 240 evacuated")
	}
	got := make(map[string][]string)
	for _, a := range evacuated.Abroad {
		got[a.Language] = a.Shared
	}
	want := map[string][]string{
		"de": {"240 people", "katrin", "oberholzer"},
		"fr": {"240 people", "katrin", "oberholzer"},
		"ru": {"240 people", "katrin", "oberholcer"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("beside the evacuation (-want +got):\n%s", diff)
	}

	if len(b.Conflicts) != 0 {
		t.Errorf("confident conflicts across languages: %+v", b.Conflicts)
	}
	var values [][]string
	for _, c := range b.Uncertain {
		var vs []string
		for _, v := range c.Variants {
			// Which outlet's sentence gives the English value ("three
			// people", "Three people") is the aligner's pick.
			vs = append(vs, strings.ToLower(v.Value))
		}
		// Their order follows how many outlets give each, which
		// moves with the credits the aligner is confident of.
		slices.Sort(vs)
		values = append(values, append([]string{c.Kind, c.Slot}, vs...))
	}
	if diff := cmp.Diff([][]string{{"number", "people", "three people", "vier menschen"}}, values); diff != "" {
		t.Errorf("uncertain conflicts (-want +got):\n%s", diff)
	}

	// The evacuation is in the summary once, not once per language.
	var evacuations []string
	for _, ss := range b.Summary {
		if strings.Contains(ss.Text, "240") {
			evacuations = append(evacuations, ss.Text)
		}
	}
	if len(evacuations) != 1 {
		t.Errorf("the summary states the evacuation %d times: %q", len(evacuations), evacuations)
	}

	var md, page bytes.Buffer
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "  - in de: Die Helfer brachten in der Nacht 240 Bewohner in Sicherheit") {
		t.Errorf("markdown does not show the German report beside the fact:\n%s", md.String())
	}
	if err := RenderHTML(&page, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), `<li lang="ru"><span class="meta">in ru:</span> Спасатели`) {
		t.Error("HTML does not show the Russian report beside the fact")
	}
}

// A story in one language has nothing beside its facts.
func TestOneLanguageNothingAbroad(t *testing.T) {
	arts := slices.Clone(landslideStory[:2])
	for i := range arts {
		arts[i].Published = landslideDay.Add(time.Duration(i+1) * time.Hour)
	}
	b, err := Build(context.Background(), Story{ID: 1}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]Fact{b.Agreed, b.Partial, b.Single} {
		for _, f := range list {
			if len(f.Abroad) > 0 {
				t.Errorf("%s: abroad %+v in a story of one language", f.ID, f.Abroad)
			}
		}
	}
}

func TestCrossLanguageConflictKinds(t *testing.T) {
	arts := []article.Article{
		{ID: 1, Site: "A", Language: "en"}, {ID: 2, Site: "B", Language: "de"}, {ID: 3, Site: "C", Language: "en"},
	}
	s := newState(Story{ID: 1}, arts, nil, nil)
	s.langOf = []string{"en", "de", "en"}
	variant := func(ids ...int64) Variant {
		v := Variant{}
		for _, id := range ids {
			v.Refs = append(v.Refs, Ref{Article: id})
		}
		return v
	}
	s.b.Conflicts = []Conflict{
		{Kind: "person", Slot: "across", Variants: []Variant{variant(1), variant(2)}},
		{Kind: "person", Slot: "within", Variants: []Variant{variant(1), variant(3, 2)}},
		{Kind: "place", Slot: "across", Variants: []Variant{variant(1, 3), variant(2)}},
		{Kind: "number", Slot: "across", Variants: []Variant{variant(1), variant(2)}},
	}
	s.crossLanguageConflicts()
	kinds := func(cs []Conflict) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Kind+" "+c.Slot+" "+c.Uncertain)
		}
		return out
	}
	if diff := cmp.Diff([]string{"person within ", "number across "}, kinds(s.b.Conflicts)); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"place across " + crossPlace}, kinds(s.b.Uncertain)); diff != "" {
		t.Errorf("uncertain (-want +got):\n%s", diff)
	}
}
