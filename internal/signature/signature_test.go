package signature

import (
	"slices"
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
		{"a name and a figure", Signature{Numbers: []string{"240 people"}, Figures: []string{"240 people"}, Names: []string{"oberholzer"}}, TieRelated},
		{"no day", Signature{Numbers: []string{"12000000 eur", "240 people"}, Figures: []string{"12000000 eur", "240 people"}, Names: []string{"katrin", "oberholzer"}}, TieRelated},
		{"day, figure, names", Signature{Numbers: []string{"240 people"}, Figures: []string{"240 people"}, Dates: []string{"2026-03-14"}, Names: []string{"katrin", "oberholzer"}}, TieSameEvent},
		{"a round figure", Signature{Numbers: []string{"100 people"}, Dates: []string{"2026-03-14"}, Names: []string{"katrin", "oberholzer"}}, TieRelated},
		{"day, small count, names", Signature{Numbers: []string{"3 people"}, Dates: []string{"2026-03-14"}, Names: []string{"katrin", "oberholzer"}}, TieRelated},
	} {
		if got := TieOf(tc.shared); got != tc.want {
			t.Errorf("%s: TieOf = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestBySentence(t *testing.T) {
	d := nlp.AnalyzeIn(landslide["de"], published, "de")
	by := BySentence(d)
	if len(by) != len(d.Sentences) {
		t.Fatalf("%d signatures for %d sentences", len(by), len(d.Sentences))
	}
	var union Signature
	for i, s := range by {
		if diff := cmp.Diff(OfSentences(d, func(k int) bool { return k == i }), s); diff != "" {
			t.Errorf("sentence %d (-OfSentences +BySentence):\n%s", i, diff)
		}
		union = Union(union, s)
	}
	if diff := cmp.Diff(Of(d), union); diff != "" {
		t.Errorf("union of sentences (-Of +union):\n%s", diff)
	}
}

func TestEchoes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shared Signature
		want   bool
	}{
		{"a name", Signature{Names: []string{"oberholzer"}}, false},
		{"two names", Signature{Names: []string{"katrin", "oberholzer"}}, false},
		{"a figure and a name", Signature{Numbers: []string{"240 people"}, Names: []string{"oberholzer"}}, true},
		{"a day and a name", Signature{Dates: []string{"2026-03-14"}, Names: []string{"valdrenz"}}, true},
		{"a day alone", Signature{Dates: []string{"2026-03-14"}}, false},
		{"a small count alone", Signature{Numbers: []string{"3 people"}}, false},
		{"a distinctive figure alone", Signature{Numbers: []string{"12000000 eur"}, Figures: []string{"12000000 eur"}}, true},
	} {
		if got := Echoes(tc.shared); got != tc.want {
			t.Errorf("%s: Echoes = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDistinctive(t *testing.T) {
	for _, tc := range []struct {
		q    nlp.Quantity
		want bool
	}{
		{nlp.Quantity{Value: 240, Step: 1, Unit: "people"}, true},
		{nlp.Quantity{Value: 3, Step: 1, Unit: "people"}, false},
		{nlp.Quantity{Value: 100, Step: 1, Unit: "people"}, false},
		{nlp.Quantity{Value: 1.5e6, Step: 1e5, Unit: "EUR"}, true},
		{nlp.Quantity{Value: 1.8288, Step: 0.3048, Unit: "m"}, false},
		{nlp.Quantity{Value: 15, Step: 1, Unit: "years"}, false},
		{nlp.Quantity{Value: 6437.376, Step: 1609.344, Unit: "km"}, false},
	} {
		if got := distinctive(tc.q); got != tc.want {
			t.Errorf("distinctive(%+v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A name the German name finder misses ("in Valdrenz") still meets the
// name another language's finder took; two capitalised nouns do not meet.
func TestCapitalsMeetNames(t *testing.T) {
	de := Of(nlp.AnalyzeIn("Ein Erdrutsch hat am Samstag in Valdrenz vier Menschen getötet.", published, "de"))
	en := Of(nlp.AnalyzeIn("A landslide killed three people in the village of Valdrenz on Saturday.", published, "en"))
	if !slices.Contains(Shared(de, en).Names, "valdrenz") || !slices.Contains(Shared(en, de).Names, "valdrenz") {
		t.Errorf("valdrenz not shared: de %+v, en %+v", de, en)
	}
	nl := Signature{Capitals: []string{"erdrutsch"}}
	if got := Shared(de, nl); !got.Empty() {
		t.Errorf("capitals met capitals: %+v", got)
	}
}
