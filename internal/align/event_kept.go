package align

import (
	"encoding/binary"
	"maps"
	"slices"
)

// splitByEvent's groups of a claim are kept with the links
// (Kept.events), by the claim's sum (claimSums.of: its members, their
// sentences' units, their articles' analyses and entities as the
// story's) and the outlets of its members, which order the members that
// start a group. A claim whose sum is kept takes its groups; the pairs
// of its members are not asked sameEvent again.

// eventMemo holds the groups kept from the last alignment (old) and
// those of this one (next), each group as places in its claim.
type eventMemo struct {
	sums      *claimSums
	old, next map[uint64][][]int
}

// claimSum is the sum of what splitByEvent reads of claim ms.
func (m *eventMemo) claimSum(ms []member) uint64 {
	w := newSumWriter()
	w.u64(m.sums.of(ms))
	for _, mb := range ms {
		w.str(m.sums.inputs[m.sums.units[mb.unit].input].Outlet)
	}
	return w.sum()
}

// groupsFit reports whether groups can be of a claim of n members: each
// place within it, none twice, no group empty.
func groupsFit(groups [][]int, n int) bool {
	seen := make([]bool, n)
	for _, g := range groups {
		if len(g) == 0 {
			return false
		}
		for _, at := range g {
			if at < 0 || at >= n || seen[at] {
				return false
			}
			seen[at] = true
		}
	}
	return true
}

// appendEvents appends the kept groups, by sum in order.
func appendEvents(out []byte, es map[uint64][][]int) []byte {
	out = binary.AppendUvarint(out, uint64(len(es)))
	for _, key := range slices.Sorted(maps.Keys(es)) {
		out = binary.LittleEndian.AppendUint64(out, key)
		out = binary.AppendUvarint(out, uint64(len(es[key])))
		for _, g := range es[key] {
			out = binary.AppendUvarint(out, uint64(len(g)))
			for _, at := range g {
				out = binary.AppendUvarint(out, uint64(at))
			}
		}
	}
	return out
}

// readEvents reads what appendEvents appended.
func readEvents(rd *keptReader) map[uint64][][]int {
	n := rd.Count()
	out := make(map[uint64][][]int, n)
	for range n {
		key := rd.U64()
		var groups [][]int // nil when the claim leaves none, as made
		if ng := rd.Count(); ng > 0 {
			groups = make([][]int, ng)
		}
		for i := range groups {
			g := make([]int, rd.Count())
			for j := range g {
				g[j] = rd.small()
			}
			groups[i] = g
		}
		if rd.Fail {
			return nil
		}
		out[key] = groups
	}
	return out
}
