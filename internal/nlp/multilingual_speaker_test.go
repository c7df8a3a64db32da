package nlp

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMultilingualSpeakerIsNoPlace: a speaker is a person, an
// organisation or a group, named as fully as the sentence names it: not
// the place or thing that ends a phrase about the speaker ("presidente de
// Turquía", "aus einem nahegelegenen Ort"), not the country inside an
// agency's name ("Serviço Geológico dos EUA"), not a name cut at its
// connector ("Organização Mundial da Saúde"), not a report ("報導").
// Made-up sentences.
func TestMultilingualSpeakerIsNoPlace(t *testing.T) {
	for _, tc := range []struct {
		lang, text, speaker string
	}{
		{"es", "Recep Tayyip Erdoğan, presidente de Turquía, precisó que los fallecidos son al menos 3.549.", "Recep Tayyip Erdoğan"},
		{"es", "La ministra de Sanidad dijo que los hospitales están preparados.", "La ministra de Sanidad"},
		{"es", "La Casa Blanca dijo que enviará ayuda a la región.", "Casa Blanca"},
		{"de", "Eine 29-Jährige aus einem nahegelegenen Ort sagte, sie sei von einem großen Lärm geweckt worden.", "Eine 29-Jährige aus einem nahegelegenen Ort"},
		{"de", "Olaf Scholz sagte, die Hilfe sei unterwegs.", "Olaf Scholz"},
		{"pt", "O Serviço Geológico dos EUA informou que o primeiro tremor ocorreu às 04:17 do horário local.", "Serviço Geológico dos EUA"},
		{"pt", "O número de mortos pode ser oito vezes maior, alertou a Organização Mundial da Saúde (OMS).", "Organização Mundial da Saúde"},
		{"zh", "據《CNN》報導指出，土耳其和敘利亞的死亡人數已達到3萬3181人。", "CNN"},
		{"zh", "報導指出，土耳其和敘利亞的死亡人數已達到3萬3181人。", ""},
	} {
		d := AnalyzeIn(tc.text, time.Time{}, tc.lang)
		var got []string
		for _, q := range d.Quotes {
			got = append(got, q.Speaker)
		}
		var want []string
		if tc.speaker != "" {
			want = []string{tc.speaker}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s %q speakers (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}
