package align

import (
	"testing"
	"time"
)

// TestCreditDetailsAtOdds: sentences of round 29 (spent) that share most
// of a fact's words but give another figure as precise as its own, name
// only some of those it lists, or tell its verb of another thing done
// (uk-heatwave-40c-006, qatar-blockade-005, rousseff-impeachment-012,
// all judged wrong when confident): the credit is uncertain. Controls:
// the same sentences giving the fact's figure, naming its whole list or
// leaving their own open ("and others"), telling its very complement,
// are confident.
func TestCreditDetailsAtOdds(t *testing.T) {
	day := time.Date(2022, 7, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		pages     []string
		credited  string
		uncertain bool
	}{
		{"another figure as precise", []string{
			"The United Kingdom recorded a record temperature of 40.3C for first time.",
			"Temperatures have reached 40C for the first time on record in the UK, with 40.2C provisionally recorded at London Heathrow, the Met Office said.",
		}, "Temperatures have reached 40C for the first time on record in the UK, with 40.2C provisionally recorded at London Heathrow, the Met Office said.", true},
		{"the fact's figure", []string{
			"The United Kingdom recorded a record temperature of 40.3C for first time.",
			"Temperatures have reached 40C for the first time on record in the UK, with 40.3C provisionally recorded at Coningsby, the Met Office said.",
		}, "Temperatures have reached 40C for the first time on record in the UK, with 40.3C provisionally recorded at Coningsby, the Met Office said.", false},
		{"some of the fact's list", []string{
			"Qatari diplomats now have 48 hours to leave the UAE, Bahrain, and Saudi Arabia.",
			"The UAE and Bahrain have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.",
		}, "The UAE and Bahrain have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.", true},
		{"the fact's whole list", []string{
			"Qatari diplomats now have 48 hours to leave the UAE, Bahrain, and Saudi Arabia.",
			"The UAE, Bahrain and Saudi Arabia have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.",
		}, "The UAE, Bahrain and Saudi Arabia have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.", false},
		{"some of the fact's list, left open", []string{
			"Qatari diplomats now have 48 hours to leave the UAE, Bahrain, and Saudi Arabia.",
			"The UAE, Bahrain and others have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.",
		}, "The UAE, Bahrain and others have asked that all diplomats from Qatar are to leave the respective nations and return to their country within 48 hours.", false},
		{"another thing done", []string{
			"Brazil's Senate has voted to remove President Dilma Rousseff from office for manipulating the budget.",
			"Earlier in the month of May, Brazil’s Senate voted to suspend President Dilma Rousseff from office.",
		}, "Earlier in the month of May, Brazil’s Senate voted to suspend President Dilma Rousseff from office.", true},
		{"the very thing done", []string{
			"Brazil's Senate has voted to remove President Dilma Rousseff from office for manipulating the budget.",
			"Earlier this week, Brazil’s Senate voted to remove President Dilma Rousseff from office.",
		}, "Earlier this week, Brazil’s Senate voted to remove President Dilma Rousseff from office.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, r := range otherCredits(alignPages(day, tt.pages)) {
				if r.Text != tt.credited {
					continue
				}
				found = true
				if got := r.Uncertain != ""; got != tt.uncertain {
					t.Errorf("credit uncertain = %v (%q), want %v", got, r.Uncertain, tt.uncertain)
				}
			}
			if !found {
				t.Fatal("no credit of the sentence made")
			}
		})
	}
}
