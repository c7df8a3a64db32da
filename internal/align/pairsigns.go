package align

import (
	"hash/maphash"
	"strings"
)

// pairSigns are a value's features in 64 bits each, one bit per feature
// by its hash (a Bloom filter of one hash): two values whose bits do not
// meet share no feature, so the tests of findConflicts that need a
// shared feature are not run on them. Bits that meet say nothing (two
// features may hash alike); the tests then decide as before. A
// 1,000-article story has tens of thousands of values, compared in pairs
// within their buckets, and most pairs share nothing.
type pairSigns struct {
	context uint64 // every feature of the context
	words   uint64 // the context's words ("W:"), one of which contextSimilar needs
	quote   uint64 // the words of a person's quote (overlap)
}

// signSeed is fixed for the process; which bits a feature sets does not
// change what findConflicts finds, only how much it skips.
var signSeed = maphash.MakeSeed()

func signsOf(v *value) pairSigns {
	var s pairSigns
	for f := range v.context {
		bit := uint64(1) << (maphash.String(signSeed, f) & 63)
		s.context |= bit
		if strings.HasPrefix(f, "W:") {
			s.words |= bit
		}
	}
	for w := range v.quoteWords {
		s.quote |= uint64(1) << (maphash.String(signSeed, w) & 63)
	}
	return s
}

// mayShareFeature is false when the two contexts share no feature.
func (s *pairSigns) mayShareFeature(o *pairSigns) bool { return s.context&o.context != 0 }

// mayShareWord is false when the two contexts share no word feature, so
// contextSimilar is false.
func (s *pairSigns) mayShareWord(o *pairSigns) bool { return s.words&o.words != 0 }

// mayShareQuote is false when the two quotes share no word, so their
// overlap is 0.
func (s *pairSigns) mayShareQuote(o *pairSigns) bool { return s.quote&o.quote != 0 }
