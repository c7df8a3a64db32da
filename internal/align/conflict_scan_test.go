package align

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestScansKeptAreRead: an article's scans (its times of day, its
// happening nouns, the days it gives the story's happening) are taken
// from what the last alignment held only while what they read is as it
// was. Each step aligns with the Kept of the step before and must give
// the alignment without Kept, and a clock or happening conflict that
// moves with it: a time of day changed under the article's id (held by
// id alone, 6:30 stays and the conflict with 7:30 stays), a day changed
// under its id, and the story's happening moving from the avalanche to
// the crash as three crash stories join (the avalanche's days held with
// the noun left out of the check keep their conflict).
func TestScansKeptAreRead(t *testing.T) {
	day := time.Date(2019, 8, 10, 0, 0, 0, 0, time.UTC)
	page := func(id int64, text string) Input {
		return Input{ArticleID: id, Outlet: string(rune('A' + id)), Published: day, Text: text}
	}
	const (
		found730   = "Jeffrey Epstein, the disgraced financier who stood accused of child sex trafficking, was found dead in a Manhattan jail cell on Saturday morning, officials confirmed to numerous news outlets. - Epstein’s body was found on Saturday morning at approximately 7:30 a.m. at the Metropolitan Correctional Center in Manhattan, the New York Times reports."
		found630   = "Jeffrey Epstein, the millionaire financier and accused sex trafficker, is dead by apparent suicide. Less than 24 hours after the documents were released, officials told NBC News that Epstein, 66, was found unresponsive in his jail cell at 6:30 a.m."
		iceThu     = "The ice avalanche on Thursday was the world’s highest peak’s deadliest disaster, with 13 Nepalese sherpas confirmed dead and a further three still missing."
		killedFri  = "An avalanche on Mount Everest killed 12 Sherpa guides and injured six others on Friday, which is now being dubbed the deadliest day on the mountain."
		killedThu  = "An avalanche on Mount Everest killed 12 Sherpa guides and injured six others on Thursday, which is now being dubbed the deadliest day on the mountain."
		crashFirst = "A plane crash near the border killed 40 people, officials said."
	)
	found730Too := found630[:len(found630)-len("6:30 a.m.")] + "7:30 a.m."
	kinds := func(r Result) map[string]int {
		n := map[string]int{}
		for _, c := range r.Conflicts {
			switch {
			case c.Kind == ConflictClock:
				n["clock"]++
			case c.Slot == "when the avalanche happened":
				n["avalanche"]++
			}
		}
		return n
	}
	steps := []struct {
		name string
		in   []Input
		want map[string]int
		// noneHeld: no scan is held as it was (the noun moved: every
		// article's days are read again).
		noneHeld bool
	}{
		{"first", []Input{page(1, found730), page(2, found630), page(3, iceThu), page(4, killedFri)}, map[string]int{"clock": 1, "avalanche": 1}, false},
		{"a time of day changed under its id", []Input{page(1, found730), page(2, found730Too), page(3, iceThu), page(4, killedFri)}, map[string]int{"avalanche": 1}, false},
		{"the time back", []Input{page(1, found730), page(2, found630), page(3, iceThu), page(4, killedFri)}, map[string]int{"clock": 1, "avalanche": 1}, false},
		{"a day changed under its id", []Input{page(1, found730), page(2, found630), page(3, iceThu), page(4, killedThu)}, map[string]int{"clock": 1}, false},
		{"the day back", []Input{page(1, found730), page(2, found630), page(3, iceThu), page(4, killedFri)}, map[string]int{"clock": 1, "avalanche": 1}, false},
		{"the story's happening becomes the crash", []Input{page(1, found730), page(2, found630), page(3, iceThu), page(4, killedFri),
			page(5, crashFirst), page(6, "The crash of the plane on Monday left no survivors."), page(7, "Investigators reached the crash site of the plane.")}, map[string]int{"clock": 1}, true},
	}
	var kept *Kept
	for _, s := range steps {
		want := Align(s.in, Options{})
		if diff := cmp.Diff(s.want, kinds(want)); diff != "" {
			t.Fatalf("%s: the rebuild's conflicts are not the ones the step is about, the test tells nothing (-want +got):\n%s", s.name, diff)
		}
		got, next := AlignKept(s.in, Options{}, kept)
		if diff := cmp.Diff(resultJSON(t, want), resultJSON(t, got)); diff != "" {
			t.Fatalf("%s: alignment with Kept differs from the one without (-without +with):\n%s", s.name, diff)
		}
		if next == nil || next.conflicts == nil || len(next.conflicts.scans) != len(s.in) {
			t.Fatalf("%s: the alignment held no scans", s.name)
		}
		if kept != nil && !s.noneHeld {
			taken := 0
			for id, sc := range next.conflicts.scans {
				if kept.conflicts.scans[id] == sc {
					taken++
				}
			}
			if taken == 0 {
				t.Errorf("%s: no article's scan was taken", s.name)
			}
		}
		kept = next
	}
}

// TestDatedHeldByValues: the days an article gives the story's
// happening are held by the sum of what its values were read from, not
// only its analysis's: with another values sum (the story's date moved
// under an undated article, its values read again) they are read again.
func TestDatedHeldByValues(t *testing.T) {
	in := Input{ArticleID: 1, Outlet: "A", Text: "An avalanche hit the mountain."}
	in.Doc = nlp.Analyze(in.Text, in.Published)
	x := nlp.NewIndex(&in.Doc)
	held := &articleScan{values: 1, noun: "avalanche", datedRead: true, dated: []datedValue{{0, happening{concept: "avalanche", written: "avalanche"}}}}
	m := &conflictMemo{sums: []uint64{1}, next: &keptConflicts{scans: map[int64]*articleScan{}}}
	if got := m.datedOf(0, held, "avalanche", nil, x, in); len(got) != 1 {
		t.Fatalf("the held days under the same sums were not taken: %v", got)
	}
	m.sums[0] = 2
	if got := m.datedOf(0, held, "avalanche", nil, x, in); len(got) != 0 {
		t.Errorf("days held under another values sum were taken: %v", got)
	}
	if s := m.next.scans[1]; s == nil || s.values != 2 || s == held || held.values != 1 {
		t.Errorf("the days read again are not held apart from the held scan: %+v, held %+v", s, held)
	}
}

// TestPersonVerbsKeptAreRead: the verbs an article's days date and
// their subjects' names (personVerbs) are taken from what the last
// alignment held only while the article's values are as they were, and
// whose person a subject is is read at every alignment. Each step aligns
// with the Kept of the step before and must give the alignment without
// Kept: the verb changed under the article's id (held by id alone, the
// death stays and so does its conflict), and back; then an article
// joins before the others naming another person first, so that the
// story's entities are numbered anew, while the second page changes
// (its verbs read again): a held happening naming the person by the old
// number would no longer meet the other page's.
func TestPersonVerbsKeptAreRead(t *testing.T) {
	day := time.Date(2021, 3, 10, 12, 0, 0, 0, time.UTC)
	page := func(id int64, text string) Input {
		return Input{ArticleID: id, Outlet: string(rune('A' + id)), Published: day, Text: text}
	}
	const (
		died9   = "Folk singer Marta Quillon died at her home in Dorset on Tuesday, March 9, 2021, her family said."
		died7   = "Marta Quillon died at her home in Dorset on March 7, 2021, after a long illness."
		died7b  = "Marta Quillon died at her home in Dorset on March 7, 2021, after a long illness, her agent said."
		visited = "Marta Quillon visited her home in Dorset on March 7, 2021, after a long illness."
		other   = "Ewan Pellow, 54, said in Bristol that Dorset would hold a concert."
	)
	personDays := func(r Result) int {
		n := 0
		for _, c := range r.Conflicts {
			if strings.HasPrefix(c.Slot, "when Marta Quillon") {
				n++
			}
		}
		return n
	}
	steps := []struct {
		name string
		in   []Input
		want int
		// taken: the first page's verbs are the ones held.
		taken bool
	}{
		{"first", []Input{page(1, died9), page(2, died7)}, 1, false},
		{"again", []Input{page(1, died9), page(2, died7)}, 1, true},
		{"the verb changed under its id", []Input{page(1, died9), page(2, visited)}, 0, true},
		{"the verb back", []Input{page(1, died9), page(2, died7)}, 1, true},
		{"the entities numbered anew", []Input{page(3, other), page(1, died9), page(2, died7b)}, 1, true},
	}
	var kept *Kept
	for _, s := range steps {
		want := Align(s.in, Options{})
		if got := personDays(want); got != s.want {
			t.Fatalf("%s: the rebuild has %d person-day conflicts, want %d: the test tells nothing", s.name, got, s.want)
		}
		got, next := AlignKept(s.in, Options{}, kept)
		if diff := cmp.Diff(resultJSON(t, want), resultJSON(t, got)); diff != "" {
			t.Fatalf("%s: alignment with Kept differs from the one without (-without +with):\n%s", s.name, diff)
		}
		if s.in[0].ArticleID == 3 && got.Entities.Entities[0].Name == "Marta Quillon" {
			t.Fatalf("%s: the story's entities are not numbered anew, the step tells nothing", s.name)
		}
		held := next.conflicts.scans[1]
		if held == nil || !held.personsRead || len(held.persons) != 1 {
			t.Fatalf("%s: the first page's verbs are not held: %+v", s.name, held)
		}
		if taken := kept != nil && len(kept.conflicts.scans[1].persons) > 0 && &kept.conflicts.scans[1].persons[0] == &held.persons[0]; taken != s.taken {
			t.Errorf("%s: the first page's verbs taken %v, want %v", s.name, taken, s.taken)
		}
		kept = next
	}
}

// TestPersonVerbsHeldByValues: an article's personVerbs are held by the
// sum of what its values were read from: under another sum they are read
// again, and held in a copy, the held scan left as it was.
func TestPersonVerbsHeldByValues(t *testing.T) {
	in := Input{ArticleID: 1, Outlet: "A", Text: "Marta Quillon visited Dorset on Sunday."}
	in.Doc = nlp.Analyze(in.Text, in.Published)
	j := newJudge(nil, []Input{in}, []*nlp.Index{nlp.NewIndex(&in.Doc)}, &nlp.StoryEntities{})
	held := &articleScan{personValues: 1, personsRead: true, persons: []personVerb{{at: 0, verb: "died", written: "died"}}}
	m := &conflictMemo{sums: []uint64{1}, next: &keptConflicts{scans: map[int64]*articleScan{1: held}}}
	if got := m.personVerbsOf(j, 0, held, nil); len(got) != 1 {
		t.Fatalf("the held verbs under the same sum were not taken: %v", got)
	}
	m.sums[0] = 2
	if got := m.personVerbsOf(j, 0, held, nil); len(got) != 0 {
		t.Errorf("verbs held under another values sum were taken: %v", got)
	}
	if s := m.next.scans[1]; s == nil || s.personValues != 2 || s == held || held.personValues != 1 || len(held.persons) != 1 {
		t.Errorf("the verbs read again are not held apart from the held scan: %+v, held %+v", s, held)
	}
}
