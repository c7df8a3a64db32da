package cluster

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// An invented event, written for this test the way wires in each
// language report it — a landslide in the made-up Alpine village of
// Valdrenz — among a German report of another event on the same day and
// a later English one about the same village.
var (
	landslideDay = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	landslideEN  = Doc{Language: "en", Title: "Landslide buries part of Valdrenz", Text: "A landslide buried part of the village of Valdrenz on Saturday, March 14, killing three people. Rescuers evacuated 240 residents, mayor Katrin Oberholzer said. The damage is estimated at 12 million euros."}
	landslideDE  = Doc{Language: "de-AT", Title: "Erdrutsch verschüttet Dorf", Text: "Ein Erdrutsch hat am Samstag, dem 14. März, einen Teil des Dorfes Valdrenz verschüttet; drei Menschen kamen ums Leben. Die Helfer brachten 240 Bewohner in Sicherheit, sagte Bürgermeisterin Katrin Oberholzer. Der Schaden wird auf 12 Millionen Euro geschätzt."}
	landslideFR  = Doc{Language: "fr", Title: "Glissement de terrain meurtrier", Text: "Un glissement de terrain a enseveli une partie du village de Valdrenz le samedi 14 mars, faisant trois morts. Les secours ont évacué 240 habitants, a déclaré la maire Katrin Oberholzer. Les dégâts sont estimés à 12 millions d'euros."}
	landslideRU  = Doc{Language: "ru", Title: "Оползень засыпал деревню", Text: "В субботу, 14 марта, оползень засыпал часть деревни Вальдренц, погибли три человека. Спасатели эвакуировали 240 жителей, сообщила мэр Катрин Оберхольцер. Ущерб оценивается в 12 миллионов евро."}
	fireDE       = Doc{Language: "de", Title: "Großbrand in Lagerhalle", Text: "Am Samstag, dem 14. März, ist in Grenzhausen eine Lagerhalle abgebrannt. 85 Feuerwehrleute waren im Einsatz, sagte Einsatzleiter Thomas Brunnmayr. Der Schaden liegt bei 3 Millionen Euro."}
	rebuildEN    = Doc{Language: "en", Title: "Valdrenz starts rebuilding", Text: "Valdrenz began rebuilding on Monday, March 23, a week after the landslide that displaced 240 residents. Mayor Katrin Oberholzer said 60 houses must be rebuilt."}
)

func TestCrossLanguageStory(t *testing.T) {
	cfg := DefaultConfig()
	cfg.CrossLanguage = true
	c := New(cfg)
	add := func(d Doc, hours int) Assignment {
		d.Published = landslideDay.Add(time.Duration(hours) * time.Hour)
		return c.Add(d)
	}
	en := add(landslideEN, 0)
	fire := add(fireDE, 1)
	de := add(landslideDE, 2)
	fr := add(landslideFR, 3)
	ru := add(landslideRU, 4)
	// The German and French reports share enough words with the English
	// one (names, digits) to join by them in a stream this short; the
	// Russian one shares none and joins by its signature.
	for name, a := range map[string]Assignment{"de": de, "fr": fr, "ru": ru} {
		if a.Story != en.Story {
			t.Errorf("%s report of the landslide in story %d, want the English report's %d", name, a.Story, en.Story)
		}
	}
	if fire.Story == en.Story {
		t.Error("the fire, on the same day in another language, joined the landslide")
	}
	want := []string{"12000000 eur", "240 people", "3 people", "2026-03-14", "katrin", "oberholcer", "valdrenc"}
	if diff := cmp.Diff(want, ru.Abroad.Words()); diff != "" {
		t.Errorf("Russian report's shared keys (-want +got):\n%s", diff)
	}

	later := add(rebuildEN, 9*24)
	if later.Story == en.Story {
		t.Error("the rebuilding, nine days later, joined the landslide's story")
	}
	// The rebuilding is English, like the landslide's first report: no
	// story without an English article is left to relate it to.
	if len(later.Related) != 0 {
		t.Errorf("related to %+v, want none", later.Related)
	}
}

func TestCrossLanguageRelated(t *testing.T) {
	cfg := DefaultConfig()
	cfg.CrossLanguage = true
	c := New(cfg)
	de := landslideDE
	de.Published = landslideDay
	first := c.Add(de)
	later := rebuildEN
	later.Published = landslideDay.Add(9 * 24 * time.Hour)
	a := c.Add(later)
	if a.Story == first.Story {
		t.Fatal("the rebuilding joined the landslide's story")
	}
	if len(a.Related) != 1 || a.Related[0].Story != first.Story {
		t.Fatalf("related %+v, want the landslide's story %d", a.Related, first.Story)
	}
	if diff := cmp.Diff([]string{"240 people"}, a.Related[0].Shared.Numbers); diff != "" {
		t.Errorf("shared numbers (-want +got):\n%s", diff)
	}
}

// Without CrossLanguage, the Russian report, which shares no word with
// the English one, stays apart, and nothing is analysed.
func TestCrossLanguageOff(t *testing.T) {
	c := New(DefaultConfig())
	en, ru := landslideEN, landslideRU
	en.Published, ru.Published = landslideDay, landslideDay
	a, b := c.Add(en), c.Add(ru)
	if a.Story == b.Story || !b.Abroad.Empty() || len(b.Related) != 0 {
		t.Errorf("with CrossLanguage off: stories %d and %d, abroad %+v, related %+v", a.Story, b.Story, b.Abroad, b.Related)
	}
}
