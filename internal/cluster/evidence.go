package cluster

import (
	"slices"
	"strconv"
)

// Two events of one kind — two patches for one browser, two elections in
// one country, two earthquakes on one island — share most of their words,
// so their centroids are close whatever the weighting, and the first
// article of the second event joins the first event's story. When an
// event happened is evidence the words miss; articles without a date carry
// it only as the years they mention. yearConflict keeps an article out of
// a story, and storiesYearConflict two stories apart, when they disagree
// on it. Disagreement needs years on both sides: an article that names no
// year is no evidence either way, so follow-ups that say less are still
// taken.

// termCount is a term and how many articles (of a story) mention it.
type termCount struct {
	term uint32
	n    int32
}

// yearEvidence is what one article says about when its event happened.
type yearEvidence struct {
	// years are the years it mentions, sorted by term id; main is the one
	// it mentions most (ties to the latest), valid when years is not
	// empty. latest is the latest year it mentions, as a number (0 for
	// none); own estimates the year it was written in — an article rarely
	// mentions a year after its own — as the latest year it mentions at
	// least twice, or main if later, so that a history mentioning one
	// recent year in passing is not dated by it.
	years       []uint32
	main        uint32
	hasMain     bool
	latest, own int
}

// maxYears bounds how many years a story counts, so memory per story is
// flat; the years fewest of its articles mention go first.
const maxYears = 32

// yearsOf turns an article's year counts into its evidence; the years are
// already in the vocabulary.
func (v *vocabulary) yearsOf(counts map[string]int, minMentions int) yearEvidence {
	var a yearEvidence
	best, bestN := "", 0
	for y, k := range counts {
		a.years = append(a.years, v.ids[y])
		if k > bestN || (k == bestN && y > best) {
			best, bestN = y, k
		}
		if n, err := strconv.Atoi(y); err == nil {
			a.latest = max(a.latest, n)
			if k >= 2 {
				a.own = max(a.own, n)
			}
		}
	}
	slices.Sort(a.years)
	if bestN > 0 && bestN >= minMentions {
		a.main, a.hasMain = v.ids[best], true
		if n, err := strconv.Atoi(best); err == nil {
			a.own = max(a.own, n)
		}
	}
	return a
}

// isYear reports whether a word is a year from 1900 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	return w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// addYears counts an article's years into a story's.
func (s *story) addYears(a yearEvidence) {
	for _, t := range a.years {
		i, found := slices.BinarySearchFunc(s.years, t, cmpTerm)
		if found {
			s.years[i].n++
		} else {
			s.years = slices.Insert(s.years, i, termCount{t, 1})
		}
	}
	s.years = capYears(s.years)
	s.latest = max(s.latest, a.latest)
}

// mergeYears adds o's year counts to s's.
func (s *story) mergeYears(o *story) {
	for _, tc := range o.years {
		i, found := slices.BinarySearchFunc(s.years, tc.term, cmpTerm)
		if found {
			s.years[i].n += tc.n
		} else {
			s.years = slices.Insert(s.years, i, tc)
		}
	}
	s.years = capYears(s.years)
	s.latest = max(s.latest, o.latest)
}

func cmpTerm(x termCount, t uint32) int { return int(x.term) - int(t) }

// capYears drops the least mentioned years beyond maxYears (ties: the
// higher term ids).
func capYears(c []termCount) []termCount {
	if len(c) <= maxYears*3/2 {
		return c
	}
	slices.SortFunc(c, func(a, b termCount) int {
		if a.n != b.n {
			return int(b.n - a.n)
		}
		return int(a.term) - int(b.term)
	})
	c = c[:maxYears]
	slices.SortFunc(c, func(a, b termCount) int { return int(a.term) - int(b.term) })
	return slices.Clip(c)
}

func (s *story) mentions(year uint32) bool {
	_, found := slices.BinarySearchFunc(s.years, year, cmpTerm)
	return found
}

// agreedYears are the years at least half of a story's articles mention.
func (s *story) agreedYears() []uint32 {
	var out []uint32
	for _, tc := range s.years {
		if 2*int(tc.n) >= s.docs {
			out = append(out, tc.term)
		}
	}
	return out
}

// yearConflict reports whether an article and a story disagree on when
// the event happened: the article's own year is more than YearGap after
// any year the story mentions (it was written after the story's events), or
// the year it mentions most is never mentioned in the story while it
// mentions none of the years the story's articles agree on.
func (c *Clusterer) yearConflict(a yearEvidence, s *story) bool {
	if !c.cfg.YearConflict || len(a.years) == 0 || len(s.years) == 0 {
		return false
	}
	if a.own > s.latest+c.cfg.YearGap {
		return true
	}
	if !a.hasMain || s.mentions(a.main) {
		return false
	}
	agreed := s.agreedYears()
	for _, y := range agreed {
		if _, found := slices.BinarySearch(a.years, y); found {
			return false
		}
	}
	return len(agreed) > 0
}

// storiesYearConflict reports whether two stories disagree on when: their
// latest years are more than YearGap apart, or each has years its
// articles agree on that the other never mentions. A story's latest year,
// taken over its articles, estimates its time better than one article's,
// so here either may be the later.
func (c *Clusterer) storiesYearConflict(s, o *story) bool {
	if !c.cfg.YearConflict || len(s.years) == 0 || len(o.years) == 0 {
		return false
	}
	if s.latest > o.latest+c.cfg.YearGap || o.latest > s.latest+c.cfg.YearGap {
		return true
	}
	sa, oa := s.agreedYears(), o.agreedYears()
	if len(sa) == 0 || len(oa) == 0 {
		return false
	}
	for _, y := range sa {
		if o.mentions(y) {
			return false
		}
	}
	for _, y := range oa {
		if s.mentions(y) {
			return false
		}
	}
	return true
}
