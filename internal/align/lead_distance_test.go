package align

import (
	"strings"
	"testing"
)

// Added by the lead (please keep, and make it pass; then fold it into
// testdata/seeds.json as a real conflict if you prefer): the issue asks
// that every disagreement between two pages on a distance be listed with
// both values. Page 000 says Vladivostok is 75 miles (120.7 km) from the
// border, page 002 says 129 kilometers: both are stated to the unit, with
// no hedge, and differ by 8 km — more than their rounding explains. A
// fact-checker wants that shown. Tolerance should follow the precision
// and hedging of the stated values ("about", "nearly", "less than", round
// numbers), not one fixed percentage: "less than 100 miles" (page 003)
// agrees with both and must not be a variant of the conflict on its own.
func TestSeedDistanceDisagreementIsAConflict(t *testing.T) {
	_, _, res, _ := loadSeeds(t)
	for _, c := range res.Conflicts {
		var has75, has129 bool
		for _, v := range c.Variants {
			has75 = has75 || strings.Contains(v.Value, "75 miles")
			has129 = has129 || strings.Contains(v.Value, "129 k")
		}
		if has75 && has129 {
			return
		}
	}
	t.Errorf("no conflict lists both \"75 miles\" (000) and \"129 kilometers\" (002); conflicts: %+v", res.Conflicts)
}
