package align

// The first pass's merge is replayed from what the last alignment kept:
// for each link of two whole sentences, whether the merge joined their
// groups and the carriers it left them (keptPair.took), and each unit's
// group after the merge (Kept.groups). A group is clean while it is the
// same, member for member and carrier for carrier, as a group of the
// last merge at the same point of the links in their order: it starts
// as a sentence unchanged since (its sum and its clauses' sums as kept)
// whose group in the last merge held no unit changed or gone since, and
// stays clean while it meets only links the last merge met between
// clean groups, which decide now as they decided then. A link of two
// clean groups takes the kept decision; any other link is decided
// afresh, and a group it joins, or that the last merge joined through it
// and this one does not, is clean no more. What is replayed is what a
// merge without Kept decides (TestKeptIsRebuild).

// outcome is what the first pass's merge made of a link.
type outcome uint8

const (
	outcomeUnknown outcome = iota // not recorded
	outcomeNone                   // the two groups stayed apart (or were one)
	outcomeMerged                 // the merge joined the two groups
)

// merged is what the merge made of a link and, when it joined the
// groups, the carrier it left each unit: the part of its clause unit
// (0 for none).
type merged struct {
	outcome    outcome
	carA, carB int32
}

// logged is what the last merge made of a link, packed in a word (a
// link is sorted with it): whether the last merge met the link too (a
// link of two units unchanged since), and a merged. The zero value is a
// link the last merge did not meet.
type logged uint32

// carrierBits bounds a carrier's part in a logged; a larger one is
// logged as not recorded.
const carrierBits = 14

// inLog is a kept link's record as met again, its carriers swapped when
// the link's units come the other way round now.
func (m merged) inLog(swapped bool) logged {
	if swapped {
		m.carA, m.carB = m.carB, m.carA
	}
	if m.carA < 0 || m.carB < 0 || m.carA >= 1<<carrierBits || m.carB >= 1<<carrierBits || m.outcome > outcomeMerged {
		m = merged{}
	}
	return logged(1 | uint32(m.outcome)<<1 | uint32(m.carA)<<3 | uint32(m.carB)<<(3+carrierBits))
}

// in reports whether the last merge met the link.
func (l logged) in() bool { return l&1 != 0 }

// merged is what the last merge made of the link.
func (l logged) merged() merged {
	const mask = 1<<carrierBits - 1
	return merged{outcome: outcome(l >> 1 & 3), carA: int32(l >> 3 & mask), carB: int32(l >> (3 + carrierBits) & mask)}
}

// cleanUnits returns which units start the replayed merge clean (nil
// when the kept decisions cannot be replayed): whole sentences unchanged
// since kept, with every clause unchanged, now and as kept, whose group
// in the last merge held only such sentences. back maps a place in
// kept.units to its unit now (-1: changed or gone), known tells the
// units unchanged. The units kept must keep their order: links of one
// similarity are taken in the order of their units.
func cleanUnits(units []unit, kept *Kept, back []int, known []bool) []bool {
	if len(kept.groups) != len(kept.units) {
		return nil
	}
	last := -1
	for _, i := range back {
		if i >= 0 {
			if i <= last {
				return nil
			}
			last = i
		}
	}
	// same: a whole sentence unchanged with all its clauses.
	same := make([]bool, len(units))
	for i := range units {
		same[i] = units[i].parent < 0 && known[i]
	}
	for i := range units {
		if p := units[i].parent; p >= 0 && !known[i] {
			same[p] = false
		}
	}
	sentence := -1 // the unit now of the last kept whole sentence
	for p, ku := range kept.units {
		if ku.part == 0 {
			sentence = back[p]
		} else if back[p] < 0 && sentence >= 0 {
			same[sentence] = false
		}
	}
	tainted := make([]bool, len(kept.units))
	for p, ku := range kept.units {
		if ku.part == 0 && (back[p] < 0 || !same[back[p]]) {
			tainted[kept.groups[p]] = true
		}
	}
	clean := make([]bool, len(units))
	for p, i := range back {
		if i >= 0 && same[i] && !tainted[kept.groups[p]] {
			clean[i] = true
		}
	}
	return clean
}

// carrierPart is the part of unit a's carrier c (0 for none).
func (g *grouping) carrierPart(a, c int) int32 {
	for k, x := range g.clauses[a] {
		if x == c {
			return int32(k + 1)
		}
	}
	return 0
}

// carrierAt is unit a's clause unit of part k (-1 for 0), and whether
// a has one.
func (g *grouping) carrierAt(a int, k int32) (int, bool) {
	if k == 0 {
		return -1, true
	}
	cs := g.clauses[a]
	if int(k) > len(cs) {
		return 0, false
	}
	return cs[k-1], true
}

// keepMerge records in next what the first pass's merge made of each
// link of two whole sentences (first, in the order merged, with took),
// and each unit's group after it (label). The links of next come in the
// order of first without its frame links (keptPairs).
func keepMerge(next *Kept, first []pair, took []merged, label []int) {
	j := 0
	for i, p := range first {
		if p.frame {
			continue
		}
		if j >= len(next.pairs) || int(next.pairs[j].a) != p.a || int(next.pairs[j].b) != p.b {
			// Not the order expected: record nothing rather than
			// a decision on another link.
			for k := range next.pairs {
				next.pairs[k].took = merged{}
			}
			return
		}
		next.pairs[j].took = took[i]
		j++
	}
	next.groups = make([]int32, len(label))
	for i, l := range label {
		next.groups[i] = int32(l)
	}
}
