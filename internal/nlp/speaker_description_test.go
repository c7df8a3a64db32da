package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDescriptionSpeakers checks whom a description as speaker ("the
// leader said") stands for: the named person when the text gives the
// role to one person only or repeats a phrase of its own ("the incumbent
// president"), nobody named when two people of the text hold the role
// (it may be either, or a third). And a free adjunct's participle
// ("…, adding that") speaks for its clause's subject, not for the name
// before it. Texts are made up in the shape of wire stories.
func TestDescriptionSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // quote -> speaker
	}{
		{"a bare role two people hold names neither",
			"The army detained the de facto leader Vela Orin on Monday. A report quoting the leader of her party said Orin had been detained in the capital along with President Dario Lenk.\n\n“We heard they were taken by the military,” the leader was quoted as saying.",
			map[string]string{"We heard they were taken by the military,": "leader"}},
		{"a bare role one person holds names that person",
			"The army detained the de facto leader Vela Orin on Monday, with two of her ministers.\n\n“We will not accept this,” the leader said in a statement.",
			map[string]string{"We will not accept this,": "Vela Orin"}},
		{"a role phrase of its own repeats the phrase it fits",
			"Mr Tarn Vesko received 73 per cent while incumbent president Dario Lenk took 25 per cent. Officials of President Vesko's party celebrated.\n\n“I will leave office,” the incumbent president said.",
			map[string]string{"I will leave office,": "Dario Lenk"}},
		{"a free adjunct's participle is the clause subject's",
			"Dario Lenk was detained on Monday.\n\n“We heard they were taken,” Pavel Mirek said on Monday, referring to Vela Orin, adding that he was worried.\n\n“We have to assume a coup,” he said.",
			map[string]string{"We heard they were taken,": "Pavel Mirek", "We have to assume a coup,": "Pavel Mirek"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, directSpeakers(tt.text, tt.want)); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
