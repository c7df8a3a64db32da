package align

// A claim's fact is shown as one member's sentence, and every outlet in
// the claim is credited with it. The representative keepStated picks is
// the member most others state, which is often the most detailed one:
// "The jury, made up of seven men and five women, took about 14 hours to
// deliberate" stands for outlets that say only "the jury deliberated for
// 14 hours", and a reader checking the outlet finds the jury's make-up
// nowhere. What every outlet of a claim states is, at most, the least
// detailed of their statements that all of them contain. So among the
// credited members, the one whose words the other members' sentences
// hold best (the least, over the others, of the share of its terms each
// holds) is shown, when every other member holds at least sharedCover
// of it and states it (statesCore) with all its figures; when none is
// held so well, the representative stays. The measure is the
// directional containment of statesCore (Glickman, Dagan & Koppel,
// PASCAL RTE 2005) turned around: not whether a sentence holds the fact
// but which fact all the sentences hold.

// sharedCover is the least share, by weight, of a member's terms that
// every other credited member's sentence must hold for the member to be
// shown in place of the representative: most of what it says, all but a
// word of other wording.
const sharedCover = 0.8

// shownMember returns the place in kept (a claim as keepStated keeps it)
// of the member to show for the claim: rep when every other member's
// sentence holds at least sharedCover of it, else the member whose terms
// the other members' sentences hold best when that is at least
// sharedCover (and rep where none is). Of two held alike the earlier in
// the claim is taken, as the representative is; the claim's order is the
// members'.
func (k *statedCheck) shownMember(kept []member, rep int) int {
	if len(kept) < 2 {
		return rep
	}
	best, bestCover := rep, k.heldByAll(kept, rep)
	// Covers are float sums over a map, alike only to sameShare: the
	// threshold allows for that, so a share at it decides alike each run.
	if bestCover >= sharedCover-sameShare {
		return rep // every member holds most of it already
	}
	for j, m := range kept {
		// Only a whole sentence, shown whole, may be shown instead: a
		// clause cut from its sentence ("who was internationally
		// recognised", "and crashed into the sea") is the claim's by
		// grouping, not a statement a reader can check.
		if j == rep || m.contains || k.units[m.unit].parent >= 0 || m.span != k.units[m.unit].clause.Span {
			continue
		}
		c := k.heldByAll(kept, j)
		if c < sharedCover-sameShare || c <= bestCover+sameShare {
			continue
		}
		if !k.allState(kept, j) {
			continue
		}
		best, bestCover = j, c
	}
	return best
}

// heldByAll is the least, over the other members of kept, of the share by
// weight of member i's terms (a whole sentence's frame terms left out:
// who says it is not what is said) that the member's sentence holds.
func (k *statedCheck) heldByAll(kept []member, i int) float64 {
	least := 1.0
	for j, m := range kept {
		if j == i {
			continue
		}
		held, all := k.heldShare(kept[i].unit, k.units[sentenceOf(k.units, m.unit)].terms)
		if all == 0 {
			return 0
		}
		least = min(least, held/all)
	}
	return least
}

// allState reports whether every other member of kept states member i
// and gives every figure it gives.
func (k *statedCheck) allState(kept []member, i int) bool {
	for j, m := range kept {
		if j == i {
			continue
		}
		if !k.statesCore(m, kept[i]) || k.figureMissing(kept[i].unit, sentenceOf(k.units, m.unit)) {
			return false
		}
	}
	return true
}
