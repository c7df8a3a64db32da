// Package dedup recognises copies among articles as they arrive: exact
// copies (the same words), near copies (MinHash estimate of the Jaccard
// similarity of word shingles, found through LSH banding; Broder, "On the
// resemblance and containment of documents", 1997, and Indyk and Motwani,
// 1998), and syndicated rewrites (a wire story with a new intro or a cut,
// whose shorter version is mostly contained in the longer). It also marks
// paragraphs an article shares with an earlier one, for "copied from"
// links. Only compact signatures are kept, never texts, so memory per
// article is a few hundred bytes.
package dedup

// Doc is what the index reads of an article.
type Doc struct {
	ID   int64
	Text string
}

// Kind is what an article is a copy of.
type Kind int

const (
	None Kind = iota
	// Exact: the same words in the same order, ignoring case, punctuation
	// and spacing.
	Exact
	// Near: estimated shingle Jaccard similarity of at least
	// Config.NearJaccard.
	Near
	// Syndicated: the shorter of the two has at least
	// Config.Containment of its shingles in the longer.
	Syndicated
)

func (k Kind) String() string {
	switch k {
	case Exact:
		return "exact"
	case Near:
		return "near"
	case Syndicated:
		return "syndicated"
	}
	return "none"
}

// ParseKind reads a Kind from its String form; anything else is None.
func ParseKind(s string) Kind {
	for _, k := range []Kind{Exact, Near, Syndicated} {
		if s == k.String() {
			return k
		}
	}
	return None
}

// Match is what Check found for an article.
type Match struct {
	Kind Kind
	// Of is the earlier article this one copies (0 when Kind is None). For
	// exact copies it is the first article with those words; for near and
	// syndicated copies, the original of the closest earlier version, so
	// copies of copies link to the first.
	Of int64
	// Similarity is the estimated Jaccard similarity for Near, the
	// estimated containment of the shorter article for Syndicated, and 1
	// for Exact.
	Similarity float64
	// SharedParagraphs lists this article's paragraphs that appeared
	// earlier in another article, whatever Kind is.
	SharedParagraphs []SharedParagraph
}

// SharedParagraph says that paragraph Index (counting from 0, paragraphs
// being separated by line breaks) first appeared in article Of.
type SharedParagraph struct {
	Index int
	Of    int64
}

// Config holds the thresholds.
type Config struct {
	// NearJaccard is the lowest estimated Jaccard similarity of 5-word
	// shingles for a near copy.
	NearJaccard float64
	// Containment is the lowest share of the shorter article's shingles
	// found in the longer for a syndicated copy.
	Containment float64
	// MinParagraphWords is the shortest paragraph, in words, that is
	// matched across articles; shorter ones are boilerplate ("Read more").
	MinParagraphWords int
	// Window bounds memory: copies are looked for among at least the last
	// Window articles and at most the last 2×Window (see Index). Zero
	// keeps every article.
	Window int
}

// DefaultWindow keeps copies findable for at least 100,000 articles:
// three weeks of a 5,000-a-day stream, where wire copies and rewrites
// follow their original within days. It costs about 100 MB at most.
const DefaultWindow = 100_000

// DefaultConfig returns the thresholds the package documentation names.
func DefaultConfig() Config {
	return Config{NearJaccard: 0.8, Containment: 0.6, MinParagraphWords: 8, Window: DefaultWindow}
}
