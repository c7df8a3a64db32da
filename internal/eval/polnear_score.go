package eval

import (
	"fmt"
	"sort"
	"strings"
)

// FoundSpeech is a quote a system found in one document.
type FoundSpeech struct {
	Direct bool
	// Parts are a direct quote's words without the marks, one range per
	// quoted piece (per paragraph, and per piece of a quote split around
	// its attribution).
	Parts []Range
	// Span is where reported speech was found (its sentence).
	Span    Range
	Text    string
	Speaker string
	Cue     string
	// Uncertain marks a speaker the system shows as uncertain; Evidence
	// is what it rests on, kept for the speakers judged (SpeechTally.Speakers).
	Uncertain bool
	Evidence  any
}

// JudgedSpeaker is a named speaker found for a quote whose gold speaker
// is named, with whether it is right.
type JudgedSpeaker struct {
	Doc       string `json:"doc"`
	Direct    bool   `json:"direct"`
	Speaker   string `json:"speaker"`
	Right     bool   `json:"right"`
	Uncertain bool   `json:"uncertain"`
	Evidence  any    `json:"evidence"`
}

// SpeechTally counts how found quotes match PolNeAR's gold, over any
// number of documents (see polnear_gold.go for the gold).
type SpeechTally struct {
	Docs int
	// Direct quotes, a found piece right only when its span is exactly a
	// gold one's.
	DirectTP, DirectFP, DirectFN int
	// Of the direct quotes found exactly whose gold Source is named:
	// how many, how many the system gave a speaker, how many right.
	NamedGold, NamedFound, NamedRight int
	// Of those whose gold Source is no name (a pronoun, a description)
	// or missing: how many.
	UnnamedGold int
	// Reported speech: a found frame matches a gold Content when they
	// share at least half of the words of each. ReportedRight of the
	// ReportedFound frames match one; ReportedGoldFound of the
	// ReportedGold frames of indirect speech are matched.
	ReportedFound, ReportedRight, ReportedGold, ReportedGoldFound int
	// Of the reported frames matched whose gold Source is named: as for
	// direct quotes.
	RepNamedGold, RepNamedFound, RepNamedRight int
	// The same counts of the speakers shown as confident (not uncertain).
	NamedConfident, NamedConfidentRight       int
	RepNamedConfident, RepNamedConfidentRight int
	// Speakers lists every speaker found for a quote whose gold speaker
	// is named, right or wrong.
	Speakers []JudgedSpeaker
	// ReportedOver counts the matched frames that carry three words or
	// more that the gold Content does not hold: the writer's narration,
	// the attribution or a listener taken into what was said, which the
	// half-the-words match lets pass.
	ReportedOver int
	// Errors describes each miss, for the log.
	Errors []string
}

// Direct is precision and recall of exact direct-quote spans.
func (t *SpeechTally) Direct() PRF { return newPRF(t.DirectTP, t.DirectFP, t.DirectFN) }

// ReportedPrecision is the share of reported frames found that match a
// gold one.
func (t *SpeechTally) ReportedPrecision() float64 {
	return ratio(float64(t.ReportedRight), float64(t.ReportedFound))
}

// ReportedRecall is the share of gold indirect speech found.
func (t *SpeechTally) ReportedRecall() float64 {
	return ratio(float64(t.ReportedGoldFound), float64(t.ReportedGold))
}

// Add scores the quotes found in d.
func (t *SpeechTally) Add(d PolDoc, found []FoundSpeech) {
	t.Docs++
	errf := func(format string, args ...any) {
		t.Errors = append(t.Errors, d.Name+": "+fmt.Sprintf(format, args...))
	}
	snippet := func(r Range) string { return oneLine(d.Text[r.Start:r.End], 120) }

	gold := DirectQuotes(d)
	byRange := map[Range]int{}
	for i, g := range gold {
		byRange[g.Span] = i
	}
	matched := make([]bool, len(gold))
	for _, f := range found {
		if !f.Direct {
			continue
		}
		for _, p := range f.Parts {
			gi, ok := byRange[p]
			if !ok || matched[gi] {
				t.DirectFP++
				errf("direct not gold: %q", snippet(p))
				continue
			}
			matched[gi] = true
			t.DirectTP++
			g := gold[gi]
			if !g.Named {
				t.UnnamedGold++
				continue
			}
			t.NamedGold++
			right := SpeakerRight(f.Speaker, g.Head)
			if f.Speaker != "" {
				t.NamedFound++
				t.Speakers = append(t.Speakers, JudgedSpeaker{Doc: d.Name, Direct: true, Speaker: f.Speaker, Right: right, Uncertain: f.Uncertain, Evidence: f.Evidence})
				if !f.Uncertain {
					t.NamedConfident++
					if right {
						t.NamedConfidentRight++
					}
				}
			}
			if right {
				t.NamedRight++
			} else {
				errf("direct speaker %q (%s), want %q (%s): %q", f.Speaker, f.Cue, g.Source, g.Head, snippet(p))
			}
		}
	}
	for gi, g := range gold {
		if !matched[gi] {
			t.DirectFN++
			errf("direct missed: %q", snippet(g.Span))
		}
	}

	rep := ReportedSpeech(d)
	// Indirect speech first, so that a frame matching both it and a
	// reported belief counts for recall.
	sort.SliceStable(rep, func(i, j int) bool { return rep[i].Speech && !rep[j].Speech })
	used := make([]bool, len(found))
	for _, g := range rep {
		if g.Speech {
			t.ReportedGold++
		}
		gw := wordSet(Join(d.Text, g.Content))
		h := hull(g.Content)
		hit := -1
		for fi, f := range found {
			if f.Direct || used[fi] || overlap(h, f.Span) == 0 {
				continue
			}
			fw := wordSet(f.Text)
			shared := 0
			for w := range fw {
				if gw[w] {
					shared++
				}
			}
			if 2*shared >= len(fw) && 2*shared >= len(gw) {
				hit = fi
				break
			}
		}
		if hit < 0 {
			if g.Speech {
				errf("reported missed: %q ← %q", oneLine(Join(d.Text, g.Content), 120), g.Source)
			}
			continue
		}
		used[hit] = true
		if out := wordsOutside(found[hit].Text, gw); len(out) >= overWords {
			t.ReportedOver++
			errf("reported over: %q ← %q; outside the gold: %q", oneLine(found[hit].Text, 120), found[hit].Speaker, strings.Join(out, " "))
		}
		if g.Speech {
			t.ReportedGoldFound++
		}
		if !g.Named {
			continue
		}
		t.RepNamedGold++
		f := found[hit]
		right := SpeakerRight(f.Speaker, g.Head)
		if f.Speaker != "" {
			t.RepNamedFound++
			t.Speakers = append(t.Speakers, JudgedSpeaker{Doc: d.Name, Speaker: f.Speaker, Right: right, Uncertain: f.Uncertain, Evidence: f.Evidence})
			if !f.Uncertain {
				t.RepNamedConfident++
				if right {
					t.RepNamedConfidentRight++
				}
			}
		}
		if right {
			t.RepNamedRight++
		} else {
			errf("reported speaker %q, want %q (%s): %q", found[hit].Speaker, g.Source, g.Head, oneLine(found[hit].Text, 120))
		}
	}
	for fi, f := range found {
		if f.Direct {
			continue
		}
		t.ReportedFound++
		if used[fi] {
			t.ReportedRight++
			errf("reported right: %q ← %q (%s)", oneLine(f.Text, 120), f.Speaker, f.Cue)
		} else {
			errf("reported not gold: %q ← %q (%s)", oneLine(f.Text, 120), f.Speaker, f.Cue)
		}
	}
}

// overWords is how many words outside the gold Content make a matched
// frame one that runs over.
const overWords = 3

// wordsOutside returns the words of s, in order and folded, that gold
// does not hold.
func wordsOutside(s string, gold map[string]bool) []string {
	var out []string
	for _, w := range strings.Fields(foldText(s)) {
		if !gold[w] {
			out = append(out, w)
		}
	}
	return out
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(foldText(s)) {
		m[w] = true
	}
	return m
}

func oneLine(s string, n int) string {
	return truncate(strings.Join(strings.Fields(s), " "), n)
}
