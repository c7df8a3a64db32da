package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode"

	"crosscheck/internal/eval"
)

// streamArticle is one generated article.
type streamArticle struct {
	Title, Text, Site string
	Published         time.Time
	// Copy says how the generator made the article: "exact" or "near"
	// for copies of an earlier article, "" for an edited retelling.
	Copy string
	// Instance numbers the story instance the article tells.
	Instance int
}

// stream generates a news stream from the ECB+ articles: many concurrent
// story instances, each retelling one ECB+ event with its own names (so
// instances of the same event are different stories), its articles edited
// versions of that event's texts (sentences dropped and swapped, words
// substituted), some of them exact or near copies of earlier ones, from
// a few hundred outlets, at perDay articles a day.
type stream struct {
	r        *rand.Rand
	events   [][]string // texts by event
	names    [][]string // each event's salient capitalised words
	vocab    []string   // words to substitute with
	active   []*instance
	clock    time.Time
	step     time.Duration
	lifetime time.Duration
	nextInst int
}

type instance struct {
	id       int
	event    int
	started  time.Time
	replacer *strings.Replacer
	recent   []string // texts of its latest articles, for copies
}

const (
	perDay           = 5000
	concurrentTarget = 500 // instances open at once
	outlets          = 300
)

func newStream(docs []eval.EventDoc, seed uint64) *stream {
	byEvent := make(map[string][]string)
	for _, d := range docs {
		byEvent[d.Event] = append(byEvent[d.Event], d.Text)
	}
	keys := make([]string, 0, len(byEvent))
	for k := range byEvent {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := &stream{
		r:        rand.New(rand.NewPCG(seed, 0x5eed)),
		clock:    time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		step:     24 * time.Hour / perDay,
		lifetime: 3 * 24 * time.Hour,
	}
	seen := make(map[string]bool)
	for _, k := range keys {
		s.events = append(s.events, byEvent[k])
		s.names = append(s.names, salientNames(byEvent[k], 12))
		for _, t := range byEvent[k] {
			for _, w := range strings.Fields(t) {
				if len(w) > 3 && !seen[w] && isWord(w) {
					seen[w] = true
					s.vocab = append(s.vocab, w)
				}
			}
		}
	}
	sort.Strings(s.vocab)
	return s
}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// salientNames returns an event's most frequent capitalised words that do
// not start a line.
func salientNames(texts []string, n int) []string {
	count := make(map[string]int)
	for _, t := range texts {
		for _, line := range strings.Split(t, "\n") {
			ws := strings.Fields(line)
			for i := 1; i < len(ws); i++ {
				w := strings.Trim(ws[i], `.,;:"'()`)
				if len(w) > 2 && unicode.IsUpper([]rune(w)[0]) && isWord(w) && !strings.HasSuffix(ws[i-1], ".") {
					count[w]++
				}
			}
		}
	}
	names := make([]string, 0, len(count))
	for w, c := range count {
		if c >= 3 {
			names = append(names, w)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

var syllables = strings.Fields("ka ro mi tan vel sho ri pa len dor a e u ni zo bar kel ma tu sen vo la gri fen")

// inventName makes a name no ECB+ text has, so each instance of an event
// is told with its own people and places.
func (s *stream) inventName() string {
	var b strings.Builder
	for range 2 + s.r.IntN(2) {
		b.WriteString(syllables[s.r.IntN(len(syllables))])
	}
	name := []rune(b.String())
	name[0] = unicode.ToUpper(name[0])
	return string(name) + fmt.Sprint(s.r.IntN(100))
}

func (s *stream) newInstance() *instance {
	ev := s.r.IntN(len(s.events))
	var pairs []string
	for _, n := range s.names[ev] {
		pairs = append(pairs, n, s.inventName())
	}
	s.nextInst++
	return &instance{id: s.nextInst, event: ev, started: s.clock, replacer: strings.NewReplacer(pairs...)}
}

// next returns the next article of the stream.
func (s *stream) next() streamArticle {
	s.clock = s.clock.Add(s.step)
	live := s.active[:0]
	for _, in := range s.active {
		if s.clock.Sub(in.started) < s.lifetime {
			live = append(live, in)
		}
	}
	s.active = live
	for len(s.active) < concurrentTarget {
		s.active = append(s.active, s.newInstance())
	}
	in := s.active[s.r.IntN(len(s.active))]
	a := streamArticle{Site: fmt.Sprintf("outlet%03d.example", s.r.IntN(outlets)), Published: s.clock, Instance: in.id}
	switch p := s.r.Float64(); {
	case p < 0.08 && len(in.recent) > 0: // an exact copy
		a.Text, a.Copy = in.recent[s.r.IntN(len(in.recent))], "exact"
	case p < 0.15 && len(in.recent) > 0: // a near copy
		a.Text, a.Copy = s.substitute(in.recent[s.r.IntN(len(in.recent))], 2), "near"
	default:
		texts := s.events[in.event]
		a.Text = s.edit(in.replacer.Replace(texts[s.r.IntN(len(texts))]))
		in.recent = append(in.recent, a.Text)
		if len(in.recent) > 4 {
			in.recent = in.recent[1:]
		}
	}
	if i := strings.IndexByte(a.Text, '\n'); i > 0 && i < 200 {
		a.Title = a.Text[:i]
	}
	return a
}

// edit drops about a fifth of the lines, swaps a pair, and substitutes
// one word in twenty, so most edits are rewrites rather than near copies.
func (s *stream) edit(text string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for i, l := range lines {
		if i == 0 || s.r.Float64() >= 0.2 {
			kept = append(kept, l)
		}
	}
	if len(kept) > 3 && s.r.Float64() < 0.3 {
		i := 1 + s.r.IntN(len(kept)-2)
		kept[i], kept[i+1] = kept[i+1], kept[i]
	}
	text = strings.Join(kept, "\n")
	return s.substitute(text, 1+strings.Count(text, " ")/20)
}

func (s *stream) substitute(text string, n int) string {
	ws := strings.Split(text, " ")
	for range n {
		ws[s.r.IntN(len(ws))] = s.vocab[s.r.IntN(len(s.vocab))]
	}
	return strings.Join(ws, " ")
}
