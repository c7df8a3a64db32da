package eval

import (
	"fmt"
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
	// Reported speech: a found frame is right when it and a gold
	// Content share at least half of the words of each.
	ReportedTP, ReportedFP, ReportedFN int
	// Of the reported frames matched whose gold Source is named: as for
	// direct quotes.
	RepNamedGold, RepNamedFound, RepNamedRight int
	// Errors describes each miss, for the log.
	Errors []string
}

// Direct is precision and recall of exact direct-quote spans.
func (t *SpeechTally) Direct() PRF { return newPRF(t.DirectTP, t.DirectFP, t.DirectFN) }

// Reported is precision and recall of reported speech.
func (t *SpeechTally) Reported() PRF { return newPRF(t.ReportedTP, t.ReportedFP, t.ReportedFN) }

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
			if f.Speaker != "" {
				t.NamedFound++
			}
			if SpeakerRight(f.Speaker, g.Head) {
				t.NamedRight++
			} else {
				errf("direct speaker %q, want %q (%s): %q", f.Speaker, g.Source, g.Head, snippet(p))
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
	used := make([]bool, len(found))
	for _, g := range rep {
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
			t.ReportedFN++
			errf("reported missed: %q ← %q", oneLine(Join(d.Text, g.Content), 120), g.Source)
			continue
		}
		used[hit] = true
		t.ReportedTP++
		if !g.Named {
			continue
		}
		t.RepNamedGold++
		if found[hit].Speaker != "" {
			t.RepNamedFound++
		}
		if SpeakerRight(found[hit].Speaker, g.Head) {
			t.RepNamedRight++
		} else {
			errf("reported speaker %q, want %q (%s): %q", found[hit].Speaker, g.Source, g.Head, oneLine(found[hit].Text, 120))
		}
	}
	for fi, f := range found {
		if !f.Direct && !used[fi] {
			t.ReportedFP++
			errf("reported not gold: %q ← %q", oneLine(f.Text, 120), f.Speaker)
		}
	}
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
