package align

import (
	"strings"

	"crosscheck/internal/nlp"
)

// baseUnit says what a unit nlp normalises quantities to measures and how
// many of the dimension's base unit it is, so that "180 m" and "0.18 km",
// or "400 tonnes" and "400,000 kg", are compared.
type baseUnit struct {
	dim    string
	factor float64
}

var baseUnits = map[string]baseUnit{
	"km": {"length", 1000}, "m": {"length", 1}, "cm": {"length", 0.01}, "mm": {"length", 0.001},
	"t": {"mass", 1000}, "kg": {"mass", 1},
	"l": {"volume", 1},
}

// substanceDims are dimensions in which outlets state the same amount of a
// substance ("40,000 litres" and "400 tonnes" of fuel spilled) but between
// which a conversion needs the substance's density, which the text does
// not give and crosscheck does not guess.
var substanceDims = map[string]bool{"mass": true, "volume": true}

// inBase returns a quantity's bounds in its dimension's base unit.
func inBase(q nlp.Quantity, lo, hi float64) (string, float64, float64) {
	b, ok := baseUnits[q.Unit]
	if !ok {
		return q.Unit, lo, hi
	}
	return b.dim, lo * b.factor, hi * b.factor
}

// sameMeasure reports whether two values may measure the same thing: the
// same dimension, or a mass and a volume.
func sameMeasure(a, b nlp.Quantity) bool {
	da, _, _ := inBase(a, 0, 0)
	db, _, _ := inBase(b, 0, 0)
	return da == db || substanceDims[da] && substanceDims[db]
}

// convertible reports whether two quantities can be compared by
// converting units.
func convertible(a, b nlp.Quantity) bool {
	da, _, _ := inBase(a, 0, 0)
	db, _, _ := inBase(b, 0, 0)
	return da == db
}

// unconvertible tells why the classes of a conflict cannot be set against
// each other when no two of them are in convertible units ("l vs t:
// converting needs a density"); "" when some two are, so that the
// disagreement is measured.
func unconvertible(vals []value, classes [][]int) string {
	var units []string
	for i, cl := range classes {
		v := vals[cl[0]]
		if v.kind != "number" {
			return ""
		}
		for _, other := range classes[:i] {
			if convertible(v.q, vals[other[0]].q) {
				return ""
			}
		}
		units = append(units, v.q.Unit)
	}
	if len(units) < 2 {
		return ""
	}
	return strings.Join(units, " vs ") + ": converting needs a density"
}
