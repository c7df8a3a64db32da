package brief

import (
	"crypto/sha256"
	"encoding/binary"
	"maps"
	"slices"
	"time"

	"crosscheck/internal/varbytes"
)

// What the assembly keeps with the alignment (align.Kept's Assembly) is
// findReuses' answers (reuse_kept.go) and the day each undated article's
// text states as its own (statedDays), by the text's SHA-256: a process
// that starts holds no Words, and its first update of the 1,000-article
// ECB+ story read the day of every undated text again (nlp.StatedDay,
// 0.22 s). A stated day is a function of the text and the rules, and a
// Kept is taken only under the rules it was made by (briefings.Version).

// assemblyMagic starts the encoded assembly: its format, changed when it
// does.
const assemblyMagic = "brief.assembly/1\n"

// encodeAssembly encodes the kept reuses and stated days.
func encodeAssembly(reuses map[int64]keptReuse, stated map[int64]statedText) []byte {
	r := encodeReuses(reuses)
	out := make([]byte, 0, len(assemblyMagic)+binary.MaxVarintLen64+len(r)+len(stated)*(sha256.Size+8))
	out = append(out, assemblyMagic...)
	out = binary.AppendUvarint(out, uint64(len(r)))
	out = append(out, r...)
	out = binary.AppendUvarint(out, uint64(len(stated)))
	for _, id := range slices.Sorted(maps.Keys(stated)) {
		st := stated[id]
		out = binary.AppendVarint(out, id)
		sum := st.textSum()
		out = append(out, sum[:]...)
		if !st.ok {
			out = append(out, 0)
			continue
		}
		out = append(out, 1)
		out = binary.AppendVarint(out, int64(st.at.Year()))
		out = append(out, byte(st.at.Month()), byte(st.at.Day()))
	}
	return out
}

// decodeAssembly decodes what encodeAssembly encoded. Anything else, cut
// short or of another format, is nothing kept (nil, nil): every article
// is then looked up and read again.
func decodeAssembly(b []byte) (map[int64]keptReuse, map[int64]statedText) {
	if len(b) < len(assemblyMagic) || string(b[:len(assemblyMagic)]) != assemblyMagic {
		return nil, nil
	}
	r := varbytes.Reader{B: b[len(assemblyMagic):]}
	n := r.Count()
	if r.Fail {
		return nil, nil
	}
	reuses := decodeReuses(r.B[:n])
	r.B = r.B[n:]
	k := r.Count()
	stated := make(map[int64]statedText, k)
	for range k {
		id := r.Varint()
		if r.Fail || len(r.B) < sha256.Size+1 {
			return nil, nil
		}
		st := statedText{sum: new([sha256.Size]byte)}
		copy(st.sum[:], r.B)
		st.ok = r.B[sha256.Size] == 1
		r.B = r.B[sha256.Size+1:]
		if st.ok {
			year := r.Varint()
			if r.Fail || len(r.B) < 2 {
				return nil, nil
			}
			st.at = time.Date(int(year), time.Month(r.B[0]), int(r.B[1]), 0, 0, 0, 0, time.UTC)
			r.B = r.B[2:]
		}
		stated[id] = st
	}
	if r.Fail || len(r.B) != 0 {
		return nil, nil
	}
	return reuses, stated
}
