package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fnv64 constants (FNV-1a).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHashes hashes the words of text — runs of letters and digits,
// lower-cased — so that case, punctuation and spacing do not tell copies
// apart.
func wordHashes(text string) []uint64 {
	var out []uint64
	h := uint64(fnvOffset)
	in := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, b := range buf[:n] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = fnvOffset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// mix64 is the splitmix64 finaliser: a cheap, well-spread permutation of
// 64-bit values.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// combine hashes a sequence of word hashes, order-sensitively.
func combine(hs []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, x := range hs {
		h = mix64(h ^ x)
	}
	return h
}

// shingleSize is the number of words in a shingle; five keeps common
// phrases from making unrelated articles look alike.
const shingleSize = 5

// shingles returns the distinct hashes of the w-word shingles; a text
// shorter than that is one shingle of all its words.
func shingles(words []uint64) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if len(words) < shingleSize {
		return []uint64{combine(words)}
	}
	seen := make(map[uint64]struct{}, len(words))
	out := make([]uint64, 0, len(words)-shingleSize+1)
	for i := 0; i+shingleSize <= len(words); i++ {
		h := combine(words[i : i+shingleSize])
		if _, ok := seen[h]; !ok {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	}
	return out
}

// paragraphs splits text at line breaks and returns each non-empty
// paragraph's word hashes.
func paragraphs(text string) [][]uint64 {
	var out [][]uint64
	for p := range strings.SplitSeq(text, "\n") {
		if ws := wordHashes(p); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}
