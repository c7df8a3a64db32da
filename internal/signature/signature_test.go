package signature

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// An invented event, written for this test in each language the way a
// wire would report it: a landslide in the (made-up) Alpine village of
// Valdrenz.
var landslide = map[string]string{
	"en": "A landslide buried part of the village of Valdrenz on Saturday, March 14, killing three people. Rescuers evacuated 240 residents, mayor Katrin Oberholzer said. The damage is estimated at 12 million euros.",
	"de": "Ein Erdrutsch hat am Samstag, dem 14. März, einen Teil des Dorfes Valdrenz verschüttet; drei Menschen kamen ums Leben. Die Helfer brachten 240 Bewohner in Sicherheit, sagte Bürgermeisterin Katrin Oberholzer. Der Schaden wird auf 12 Millionen Euro geschätzt.",
	"fr": "Un glissement de terrain a enseveli une partie du village de Valdrenz le samedi 14 mars, faisant trois morts. Les secours ont évacué 240 habitants, a déclaré la maire Katrin Oberholzer. Les dégâts sont estimés à 12 millions d'euros.",
	"ru": "В субботу, 14 марта, оползень засыпал часть деревни Вальдренц, погибли три человека. Спасатели эвакуировали 240 жителей, сообщила мэр Катрин Оберхольцер. Ущерб оценивается в 12 миллионов евро.",
}

var published = time.Date(2026, 3, 15, 8, 0, 0, 0, time.UTC)

func TestTransliterate(t *testing.T) {
	for in, want := range map[string]string{
		"Юрген Мюллер":       "ûrgen mûller",
		"Оберхольцер":        "oberholcer",
		"Київ":               "kiïv",
		"Jürgen, not Юрий":   "Jürgen, not ûrij",
		"no Cyrillic at all": "no Cyrillic at all",
	} {
		if got := Transliterate(in); got != want {
			t.Errorf("Transliterate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{Key("Müller"), Key("Мюллер"), true},
		{Key("Oberholzer"), Key("Оберхольцер"), true},
		{Key("Jürgen"), Key("Юрген"), true},
		{Key("Kim"), Key("Kin"), false}, // short: one edit is another name
		{Key("Valdrenz"), Key("Valdrens"), true},
		{Key("Valdrenz"), Key("Waldranz"), false},
	} {
		if got := SameName(tc.a, tc.b); got != tc.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSharedAcrossLanguages(t *testing.T) {
	en := Of(nlp.AnalyzeIn(landslide["en"], published, "en"))
	for _, l := range []string{"de", "fr", "ru"} {
		t.Run(l, func(t *testing.T) {
			other := Of(nlp.AnalyzeIn(landslide[l], published, l))
			shared := Shared(other, en)
			if got := TieOf(shared); got != TieSameEvent {
				t.Errorf("tie %d, want TieSameEvent; shared %+v\nen %+v\n%s %+v", got, shared, en, l, other)
			}
			if diff := cmp.Diff([]string{"2026-03-14"}, shared.Dates); diff != "" {
				t.Errorf("dates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTieOf(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shared Signature
		want   Tie
	}{
		{"nothing", Signature{}, TieNone},
		{"a day and a small count", Signature{Numbers: []string{"2 people"}, Dates: []string{"2026-03-14"}}, TieNone},
		{"names alone", Signature{Names: []string{"oberholzer"}}, TieNone},
		{"a name and a figure", Signature{Numbers: []string{"240 people"}, Names: []string{"oberholzer"}}, TieRelated},
		{"no day", Signature{Numbers: []string{"240 people", "12000000 eur"}, Names: []string{"katrin", "oberholzer"}}, TieRelated},
		{"day, figure, names", Signature{Numbers: []string{"240 people"}, Dates: []string{"2026-03-14"}, Names: []string{"katrin", "oberholzer"}}, TieSameEvent},
		{"day, small count, names", Signature{Numbers: []string{"3 people"}, Dates: []string{"2026-03-14"}, Names: []string{"katrin", "oberholzer"}}, TieRelated},
	} {
		if got := TieOf(tc.shared); got != tc.want {
			t.Errorf("%s: TieOf = %d, want %d", tc.name, got, tc.want)
		}
	}
}
