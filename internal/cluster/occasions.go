package cluster

import (
	"slices"
	"strings"
	"time"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// One scheduled gathering — a convention, a debate, a summit — is many
// happenings: speeches, protests, parties, fact-checks, letters. Their
// reports share few words besides the gathering's name, so their
// similarity to each other is that of any two reports of one campaign
// week, and a bag of words cannot tell a speech at the convention from a
// rally elsewhere that week. What does is where the report sets its
// happening: a lead or title that names the gathering ("at the Democratic
// convention", "told the Republican National Convention"), or a dateline
// that puts the reporter in the gathering's city ("PHILADELPHIA —"). An
// occasion is such a setting, as a key: the gathering's noun with the
// first word of the name before it, or the dateline's place.
//
// A kind and a name do not say which occurrence (the Republicans hold a
// convention every four years, a city has many rallies), so an occasion
// ties a dated article to a story only when both are close in time.
// Undated text has only the years it mentions to tell occurrences apart:
// with Config.OccasionUndated an undated article joins an undated story
// by its occasion unless their years disagree. A dateline's place counts
// only while it bursts, which undated text cannot show, so there the
// occasions are named gatherings.

// datelineKey opens the key of a dateline's place, which no gathering's
// key starts with.
const datelineKey = "@"

// maxOccasions bounds how many occasions a story counts, so memory per
// story stays flat; the ones fewest of its articles name go first.
const maxOccasions = 16

// occasionCount is an occasion and how many of a story's articles are set
// at it.
type occasionCount struct {
	key string
	n   int32
}

var (
	occasionNouns = lang.English().Map(lang.OccasionNouns)
	calendarWords = calendarSet()
)

// calendarSet holds the month and weekday names, which open no name.
func calendarSet() lang.Set {
	s := lang.Set{}
	for _, c := range []lang.Class{lang.Months, lang.Weekdays} {
		for w := range lang.English().Map(c) {
			s[w] = true
		}
	}
	return s
}

// occasionsOf returns the occasions an article's title and lead set it at,
// sorted and without repeats.
func occasionsOf(title, lead string) []string {
	var out []string
	for _, text := range []string{title, lead} {
		out = append(out, namedGatherings(text)...)
	}
	if place := nlp.ReadDateline(lead).Place; place != "" {
		out = append(out, datelineKey+place)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// namedGatherings returns "noun name" for each gathering noun of text
// written right after a run of capitalised words (or itself capitalised
// in one): "the Democratic National Convention" and "the Democratic
// convention" are both "convention democratic".
func namedGatherings(text string) []string {
	ws := words(text)
	var out []string
	for i, w := range ws {
		noun, ok := occasionNoun(w.raw)
		if !ok || i == 0 {
			continue
		}
		// Walk back over the capitalised words written together before
		// the noun, three at most (a title in title case is one long
		// run); the first of them names the gathering.
		// One lower-case modifier may stand between the name and the
		// noun ("the Democratic presidential debate"); more, and the
		// words before are as likely a clause ("Trump fever infects
		// convention").
		k := i
		if k > 0 && !ws[k-1].cap && adjacent(text, ws[k-1], ws[k]) {
			k--
		}
		if k == 0 || !ws[k-1].cap || !adjacent(text, ws[k-1], ws[k]) {
			k = i
		}
		j := k
		for j > 0 && k-j < 3 && ws[j-1].cap && adjacent(text, ws[j-1], ws[j]) && !calendarWords.Has(trimPossessive(strings.ToLower(ws[j-1].raw))) {
			j--
			if ws[j].start {
				break
			}
		}
		if j == k {
			continue
		}
		out = append(out, noun+" "+ws[j].text)
	}
	return out
}

// occasionNoun returns the gathering noun a word is, in the singular the
// lexicon lists ("primaries" is "primary", "caucuses" "caucus").
func occasionNoun(raw string) (string, bool) {
	sg, ok := occasionNouns[strings.ToLower(raw)]
	return sg, ok
}

// addOccasions counts an article's occasions in the story.
func (s *story) addOccasions(keys []string) {
	for _, k := range keys {
		i := slices.IndexFunc(s.occasions, func(o occasionCount) bool { return o.key == k })
		if i >= 0 {
			s.occasions[i].n++
			continue
		}
		s.occasions = append(s.occasions, occasionCount{k, 1})
	}
	s.trimOccasions()
}

// mergeOccasions adds o's occasion counts to s's.
func (s *story) mergeOccasions(o *story) {
	for _, oc := range o.occasions {
		i := slices.IndexFunc(s.occasions, func(x occasionCount) bool { return x.key == oc.key })
		if i >= 0 {
			s.occasions[i].n += oc.n
			continue
		}
		s.occasions = append(s.occasions, oc)
	}
	s.trimOccasions()
}

func (s *story) trimOccasions() {
	if len(s.occasions) <= maxOccasions {
		return
	}
	slices.SortStableFunc(s.occasions, func(a, b occasionCount) int { return int(b.n - a.n) })
	s.occasions = s.occasions[:maxOccasions]
}

// heldAt is how many of the story's articles are set at the most named
// of keys.
func (s *story) heldAt(keys []string) int {
	best := 0
	for _, k := range keys {
		for _, o := range s.occasions {
			if o.key == k {
				best = max(best, int(o.n))
			}
		}
	}
	return best
}

// byOccasion returns the candidate an article that joined no story on its
// words is part of by its occasion: the most similar one, reached at
// OccasionAssign, both dated within OccasionDays (or, with
// OccasionUndated, both undated), not disagreeing on the years, that
// OccasionQuorum of its articles set at one of the article's occasions.
// nil when none.
func (c *Clusterer) byOccasion(sc scored) *story {
	undated := sc.published.IsZero()
	if c.cfg.OccasionQuorum <= 0 || len(sc.occasions) == 0 || undated && !c.cfg.OccasionUndated {
		return nil
	}
	near := time.Duration(c.cfg.OccasionDays) * 24 * time.Hour
	for _, o := range sc.stories {
		if o.sim < c.cfg.OccasionAssign {
			break
		}
		gap, dated := o.s.gap(sc.published)
		if !undated && (!dated || gap > near) || undated && !o.s.last.IsZero() || c.yearConflict(sc.years, o.s) {
			continue
		}
		if o.s.heldAt(c.liveOccasions(sc.occasions)) >= c.cfg.OccasionQuorum {
			return o.s
		}
	}
	return nil
}

// liveOccasions leaves out of keys the datelines whose place is not
// bursting (OccasionPlaceBurst): the capital's press corps datelines its
// copy "WASHINGTON" every day, a convention's city only for its days.
func (c *Clusterer) liveOccasions(keys []string) []string {
	if c.cfg.OccasionPlaceBurst <= 0 {
		return keys
	}
	var out []string
	for _, k := range keys {
		place, ok := strings.CutPrefix(k, datelineKey)
		if !ok {
			out = append(out, k)
			continue
		}
		best := float32(0)
		for _, w := range strings.Fields(place) {
			if id, ok := c.vocab.ids[stem(w)]; ok {
				best = max(best, c.vocab.burst.boost(id, c.vocab.df[id], c.vocab.docs))
			}
		}
		if float64(best) >= c.cfg.OccasionPlaceBurst {
			out = append(out, k)
		}
	}
	return out
}
