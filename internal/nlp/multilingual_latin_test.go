package nlp

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Sentences written for these tests in the shape of each language's news
// copy: a direct quote with its cue after it, reported speech after a
// cue and a complementizer, a date, a relative day and counts in the
// language's number format.
func TestMultilingualLatinScripts(t *testing.T) {
	type q struct{ Speaker, Cue, Kind string }
	type n struct {
		Value float64
		Unit  string
	}
	for _, tc := range []struct {
		lang, text string
		quotes     []q
		dates      []string
		nums       []n
	}{
		{"de", "Bundeskanzler Olaf Scholz hat am Dienstag, dem 12. September 2023, neue Hilfen angekündigt. „Wir werden die Menschen nicht allein lassen“, sagte Scholz. Die Bundesregierung stellt 1.234,5 Millionen Euro bereit. Finanzminister Christian Lindner sagte, dass die Schuldenbremse eingehalten werde. „Das ist ein gutes Signal“, so Lindner. Am 12.09.2023 stieg die Zahl um 3,5 Prozent.",
			[]q{{"Scholz", "sagte", QuoteDirect}, {"Christian Lindner", "sagte", QuoteReported}, {"Lindner", "so", QuoteDirect}},
			[]string{"2023-09-12", "2023-09-12"}, []n{{1.2345e9, "EUR"}, {3.5, "%"}}},
		{"fr", "Le président Emmanuel Macron a annoncé mardi 12 septembre 2023 un plan d'aide. « Nous ne laisserons personne de côté », a déclaré le chef de l'État. « C'est une mesure juste », a-t-il ajouté. Selon le ministère, 1 234 personnes ont été évacuées hier. La Première ministre Élisabeth Borne a affirmé que le budget serait respecté.",
			[]q{{"le chef", "a déclaré", QuoteDirect}, {"le chef", "ajouté", QuoteDirect}, {"Élisabeth Borne", "a affirmé", QuoteReported}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{1234, "people"}}},
		{"es", "El presidente Pedro Sánchez anunció el 12 de septiembre de 2023 un plan de ayudas. «No vamos a dejar a nadie atrás», dijo Sánchez. La ministra de Hacienda, María Jesús Montero, aseguró que el déficit se reducirá. Unas 1.500 personas fueron evacuadas ayer.",
			[]q{{"Sánchez", "dijo", QuoteDirect}, {"María Jesús Montero", "aseguró", QuoteReported}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{1500, "people"}}},
		{"pt", "O presidente Lula disse que o governo vai investir R$ 2,5 bilhões. “Ninguém vai ficar para trás”, afirmou Lula. Segundo a Defesa Civil, 1.200 pessoas foram retiradas de casa ontem.",
			[]q{{"Lula", "disse", QuoteReported}, {"Lula", "afirmou", QuoteDirect}},
			[]string{"2023-09-11"}, []n{{2.5e9, "BRL"}, {1200, "people"}}},
		{"it", "Il premier Giorgia Meloni ha detto che il governo stanzierà 2,5 miliardi di euro. «Nessuno sarà lasciato indietro», ha dichiarato Meloni martedì 12 settembre 2023. Secondo la Protezione civile, 1.200 persone sono state evacuate ieri.",
			[]q{{"Giorgia Meloni", "ha detto", QuoteReported}, {"Meloni", "ha dichiarato", QuoteDirect}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{2.5e9, "EUR"}, {1200, "people"}}},
		{"nl", "Premier Mark Rutte zei dinsdag dat het kabinet 2,5 miljard euro uittrekt. „We laten niemand in de steek”, aldus Rutte. Gisteren werden 1.200 mensen geëvacueerd, meldde de veiligheidsregio.",
			[]q{{"Mark Rutte", "zei", QuoteReported}, {"Rutte", "aldus", QuoteDirect}, {"de veiligheidsregio", "meldde", QuoteReported}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{2.5e9, "EUR"}, {1200, "people"}}},
		{"ru", "Президент Владимир Путин заявил, что Россия выделит 2,5 млрд рублей. «Мы никого не оставим», — сказал Путин 12 сентября 2023 года. Вчера были эвакуированы 1 200 человек, сообщили в МЧС.",
			[]q{{"Владимир Путин", "заявил", QuoteReported}, {"Путин", "сказал", QuoteDirect}, {"МЧС", "сообщили", QuoteReported}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{2.5e9, "RUB"}, {1200, "people"}}},
		{"uk", "Президент Володимир Зеленський заявив, що уряд виділить 2,5 млрд гривень. «Ми нікого не залишимо», — сказав Зеленський 12 вересня 2023 року. Учора евакуювали 1 200 людей, повідомили в ДСНС.",
			[]q{{"Володимир Зеленський", "заявив", QuoteReported}, {"Зеленський", "сказав", QuoteDirect}, {"ДСНС", "повідомили", QuoteReported}},
			[]string{"2023-09-12", "2023-09-11"}, []n{{2.5e9, "UAH"}, {1200, "people"}}},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		if d.Language.Code != tc.lang || d.Language.Fallback {
			t.Errorf("%s analysed as %+v", tc.lang, d.Language)
		}
		var quotes []q
		for _, x := range d.Quotes {
			quotes = append(quotes, q{x.Speaker, x.Cue, x.Kind})
		}
		var dates []string
		for _, x := range d.Times {
			dates = append(dates, x.Start.Format("2006-01-02"))
		}
		slices.Sort(dates)
		want := slices.Sorted(slices.Values(tc.dates))
		var nums []n
		for _, x := range d.Quantities {
			nums = append(nums, n{x.Value, x.Unit})
		}
		if diff := cmp.Diff(tc.quotes, quotes); diff != "" {
			t.Errorf("%s quotes (-want +got):\n%s", tc.lang, diff)
		}
		if diff := cmp.Diff(want, dates); diff != "" {
			t.Errorf("%s dates (-want +got):\n%s", tc.lang, diff)
		}
		if diff := cmp.Diff(tc.nums, nums); diff != "" {
			t.Errorf("%s numbers (-want +got):\n%s", tc.lang, diff)
		}
	}
}

// TestGermanNounsAreNoNames: German capitalises every noun, so capitals
// alone make no name: nouns side by side ("die Polizei Demonstranten")
// and nouns with a noun's ending are left alone; names with two words or
// after a title are found.
func TestGermanNounsAreNoNames(t *testing.T) {
	text := "Gestern hat die Polizei Demonstranten festgenommen. Die Bundesregierung will die Sicherheitslage prüfen. Nach Angaben der Feuerwehr wurden Rettungskräfte alarmiert. Innenministerin Faeser sprach mit Olaf Scholz."
	d := AnalyzeIn(text, mlRef, "de")
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Name+" "+e.Kind)
	}
	slices.Sort(names)
	// "der Feuerwehr" is the source of a report ("Nach Angaben der
	// Feuerwehr …"), kept with its determiner as a group, not a name.
	if diff := cmp.Diff([]string{"Faeser person", "Olaf Scholz person", "der Feuerwehr other"}, names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
}
