package textdump

// Weights of the main-region search: a good line earns its length, a bad
// line costs a share of its length plus a fixed toll, so a few stray
// widgets inside an article do not split it while a long menu or a teaser
// list ends it.
const (
	badShare = 1.0
	badToll  = 40.0
)

// mainRegion returns the half-open range [start, end) of lines that holds
// the article: the contiguous run with the greatest score, found with
// Kadane's maximum-subarray scan in one pass (the same idea as Finn, Kushmerick
// and Smyth's Body Text Extraction, 2001, applied to classified lines).
func mainRegion(lines []line) (start, end int) {
	best, cur := 0.0, 0.0
	curStart := 0
	for i, l := range lines {
		var v float64
		if l.class == classGood {
			v = float64(l.chars)
		} else {
			v = -(badShare*float64(l.chars) + badToll)
		}
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += v
		if cur > best {
			best, start, end = cur, curStart, i+1
		}
	}
	return start, end
}
