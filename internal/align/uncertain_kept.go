package align

import (
	"encoding/binary"
	"maps"
	"slices"
)

// markUncertain's marks on a claim are kept with the links
// (Kept.uncertain) by a sum of all the confidence check reads: the claim
// as keepStated left it (claimSums.of: its members in order, which of
// them is the representative and the span shown, their sentences' units,
// their articles' analyses and entities as the story's) and the original
// of each member's article (rootsOf), since a copy corroborates neither
// its original nor another outlet with it. A claim whose sum is kept
// takes its marks; its credits are not weighed again.

// uncertainMemo holds the marks kept from the last alignment (old) and
// those of this one (next): for each member of a claim, in order, why
// its credit is uncertain, or "" when it is not.
type uncertainMemo struct {
	sums      *claimSums
	roots     []int64
	old, next map[uint64][]string
}

// claimSum is the sum of what markUncertain reads of claim ms.
func (m *uncertainMemo) claimSum(ms []member) uint64 {
	w := newSumWriter()
	w.u64(m.sums.of(ms))
	for _, mb := range ms {
		var root int64
		if in := m.sums.units[mb.unit].input; in < len(m.roots) {
			root = m.roots[in]
		}
		w.i64(root)
	}
	return w.sum()
}

// appendUncertain appends the kept marks, by sum in order, each reason
// written once and named by its place among them.
func appendUncertain(out []byte, ms map[uint64][]string) []byte {
	place := map[string]int{"": 0}
	reasons := []string{""}
	for _, key := range slices.Sorted(maps.Keys(ms)) {
		for _, r := range ms[key] {
			if _, ok := place[r]; !ok {
				place[r] = len(reasons)
				reasons = append(reasons, r)
			}
		}
	}
	out = binary.AppendUvarint(out, uint64(len(reasons)-1))
	for _, r := range reasons[1:] {
		out = binary.AppendUvarint(out, uint64(len(r)))
		out = append(out, r...)
	}
	out = binary.AppendUvarint(out, uint64(len(ms)))
	for _, key := range slices.Sorted(maps.Keys(ms)) {
		out = binary.LittleEndian.AppendUint64(out, key)
		out = binary.AppendUvarint(out, uint64(len(ms[key])))
		for _, r := range ms[key] {
			out = binary.AppendUvarint(out, uint64(place[r]))
		}
	}
	return out
}

// readUncertain reads what appendUncertain appended.
func readUncertain(rd *keptReader) map[uint64][]string {
	reasons := make([]string, 1, 1+rd.Count())
	for range cap(reasons) - 1 {
		n := rd.Count()
		if rd.Fail {
			return nil
		}
		reasons = append(reasons, string(rd.B[:n]))
		rd.B = rd.B[n:]
	}
	n := rd.Count()
	out := make(map[uint64][]string, n)
	for range n {
		key := rd.U64()
		marks := make([]string, rd.Count())
		for i := range marks {
			at := rd.small()
			if at >= len(reasons) {
				rd.Fail = true
			}
			if rd.Fail {
				return nil
			}
			marks[i] = reasons[at]
		}
		if rd.Fail {
			return nil
		}
		out[key] = marks
	}
	return out
}
