package textdump

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// commentsShare is the weight of a run inside a comment thread below the
// article.
const commentsShare = 0.05

// segment is a run of lines whose score the region search maximised.
type segment struct {
	start, end int
	score      float64
	// barriers counts the comment-thread headers above the run.
	barriers int
}

// lineValue is what a line adds to a region: a good line earns its length,
// a bad line costs a share of its length plus a fixed toll, so a few stray
// widgets inside an article do not split it while a long menu or a teaser
// list ends it. A repeated copy neither extends nor breaks a region.
func lineValue(l line) float64 {
	switch {
	case l.barrier:
		return math.Inf(-1)
	case l.dup, l.caption:
		return 0
	case l.class == classGood:
		return float64(l.chars)
	case l.chrome || on("headlineShaped") && headlineShaped(l):
		// Known furniture (an ad slot, a caption, a "continue reading")
		// is recognised for what it is: it costs the toll, not its length,
		// so inline furniture does not split an article.
		return -tuned.badToll
	default:
		return -(tuned.badShare*float64(l.chars) + tuned.badToll)
	}
}

// headlineShaped tells a line that reads as another story's headline: a
// few words without a sentence end, not settled as body. A box of such
// links printed between the lead and the rest of a story ("Watch live:
// Sondland testifies…") is left out of the body but, like other known
// furniture, costs only the toll: charged its length, a box of six
// headlines outweighed the three paragraphs of lead above it and the
// lead was lost.
func headlineShaped(l line) bool {
	return l.class != classGood && !l.sentenceEnd && !l.menu && l.words >= 4 && l.words <= 15
}

// segments splits the lines into the maximal-score runs of Kadane's
// maximum-subarray scan, one pass: each time the running sum drops to zero
// a new run starts, and each run keeps its best-scoring prefix. (The idea
// is Finn, Kushmerick and Smyth's Body Text Extraction, 2001, applied to
// classified lines.)
func segments(lines []line) []segment {
	var segs []segment
	var cur segment
	sum, barriers := 0.0, 0
	for i, l := range lines {
		if l.barrier {
			barriers++
		}
		if sum <= 0 {
			if cur.score > 0 {
				segs = append(segs, cur)
			}
			sum, cur = 0, segment{start: i, end: i, barriers: barriers}
		}
		sum += lineValue(l)
		if sum > cur.score {
			cur.score, cur.end = sum, i+1
		}
	}
	if cur.score > 0 {
		segs = append(segs, cur)
	}
	return segs
}

// mainRegion returns the half-open range [start, end) of lines that holds
// the article: the best-scoring run. When the headline is known (anchor >=
// 0) runs before it are out, and a run's score is discounted by its
// distance below the headline: the article follows its headline, and a
// bigger block of teasers or comments further down does not displace it;
// runs below a comment-thread header that follows the first run after the
// headline count only a fraction.
func mainRegion(lines []line, anchor int) (start, end int) {
	best, bestScore := segment{}, 0.0
	firstBarriers := -1
	for _, s := range segments(lines) {
		score := s.score
		if anchor >= 0 {
			if s.end <= anchor+1 {
				continue
			}
			if s.start <= anchor {
				// The run holds the headline: only what follows it counts.
				s.start = anchor + 1
				score = 0
				for _, l := range lines[s.start:s.end] {
					score += lineValue(l)
				}
			}
			score /= 1 + float64(s.start-anchor-1)/tuned.nearDecay
			if firstBarriers < 0 {
				firstBarriers = s.barriers
			} else if s.barriers > firstBarriers && on("commentsShare") {
				score *= commentsShare
			}
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	if bestScore == 0 && anchor >= 0 {
		return mainRegion(lines, -1)
	}
	return best.start, best.end
}

// listItem matches the start of a numbered list item: "1) ", "12. ".
var listItem = regexp.MustCompile(`^\s*(\d{1,3})[.)]\s+\S`)

// extendOverAnnouncedList extends a region whose last body line
// announces a list ("… the offers not to miss:") over the numbered items
// that follow it, counted from 1 without a gap, with the web address
// written out under an item (a shop link), skipping chrome between them. The items are short lines
// without a sentence end, which alone read as a teaser list; the colon
// and the unbroken numbering say they are the article's own list. At
// least three items are needed.
func extendOverAnnouncedList(lines []line, start, end int) int {
	last := end - 1
	for last >= start && lines[last].class != classGood {
		last--
	}
	if last < start || !strings.HasSuffix(strings.TrimSpace(lines[last].text), ":") {
		return end
	}
	next, items, newEnd := 1, []int(nil), end
	for i := last + 1; i < len(lines) && !lines[i].barrier; i++ {
		m := listItem.FindStringSubmatch(lines[i].text)
		if m == nil {
			if isBareURL(lines[i].text) && len(items) > 0 {
				// The item's address, written out by the author.
				items = append(items, i)
				newEnd = i + 1
				continue
			}
			if lines[i].chrome {
				continue
			}
			break
		}
		if n, _ := strconv.Atoi(m[1]); n != next {
			break
		}
		next++
		items = append(items, i)
		newEnd = i + 1
	}
	if next <= 3 || newEnd <= end {
		return end
	}
	for _, i := range items {
		lines[i].class = classGood
	}
	return newEnd
}

// isBareURL tells a line that is only a web address.
func isBareURL(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.ContainsAny(s, " \t") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// reachLead moves the region's start up to the story's first paragraphs
// when only furniture parts them from the rest: a tabloid prints its two
// lead sentences under the headline and then a gallery (captions, slide
// counters) before the body goes on, and the gallery's toll outweighs
// two short paragraphs, so the region search starts below it. The
// article follows its headline: good lines between the headline (anchor)
// and the region join it when everything between them and the region is
// known furniture (chrome, captions, ad slots, copies) or a bad line of
// at most three words (a counter, a name); a menu, a comment header or
// any other text stops the climb.
func reachLead(lines []line, anchor, start int) int {
	if anchor < 0 || start <= anchor+1 {
		return start
	}
	lead := start
	for i := start - 1; i > anchor; i-- {
		l := lines[i]
		switch {
		case l.class == classGood && !l.dup:
			lead = i
		case l.barrier || l.menu:
			return lead
		case l.chrome || l.caption || l.slot || l.dup || l.words <= 3:
		default:
			return lead
		}
	}
	return lead
}
