package dedup

// Signatures have sigSize minimums, grouped into bands of bandRows for
// LSH. With 12 bands of 4 rows a pair at Jaccard 0.8 shares a band with
// probability 1-(1-0.8^4)^12 ≈ 0.998, a pair at 0.5 with about 0.54 (and
// is then rejected on its full signature), a pair at 0.2 with 0.02.
const (
	sigSize  = 48
	bandRows = 4
	bands    = sigSize / bandRows
)

// signature is a b-bit MinHash signature (Li and König, "b-Bit minwise
// hashing", WWW 2010): for each of sigSize hash functions, the low 16 bits
// of the smallest hash over the shingles. Two different minimums agree in
// 16 bits with probability 2^-16, which jaccard corrects for, at a
// quarter of the memory of full hashes.
type signature [sigSize]uint16

// seeds derive the sigSize hash functions h_i(x) = mix64(x ^ seed_i).
var seeds = func() [sigSize]uint64 {
	var s [sigSize]uint64
	x := uint64(0x2545f4914f6cdd1d)
	for i := range s {
		x = mix64(x + 0x9e3779b97f4a7c15)
		s[i] = x
	}
	return s
}()

func minhash(shingles []uint64) signature {
	var mins [sigSize]uint64
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, sh := range shingles {
		for i, seed := range seeds {
			if h := mix64(sh ^ seed); h < mins[i] {
				mins[i] = h
			}
		}
	}
	var sig signature
	for i, m := range mins {
		sig[i] = uint16(m)
	}
	return sig
}

// jaccard estimates the Jaccard similarity of the two shingle sets from
// the share of equal minimums, less the chance that two different
// minimums agree in their low 16 bits.
func (s *signature) jaccard(o *signature) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	const chance = 1.0 / (1 << 16)
	return max(0, (float64(same)/sigSize-chance)/(1-chance))
}

// bandKeys hashes each band of rows, with the band's number, into one
// 32-bit key. A chance collision only adds a candidate, which the full
// signature then rejects.
func (s *signature) bandKeys() [bands]uint32 {
	var keys [bands]uint32
	for b := range keys {
		h := mix64(uint64(b) + 1)
		for _, v := range s[b*bandRows : (b+1)*bandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = uint32(h)
	}
	return keys
}
