package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeJSONLines(t *testing.T, dir, name string, rows []any) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
}

func pairItem(id, group, shown, source, sentence string) item {
	return item{ID: id, Kind: "pair", Group: group, Shown: shown, Evidence: []cited{{Source: source, Sentence: sentence}}}
}

// TestRejudge: a judged pair counts when a new fact holds its sentence
// with another outlet's sentence of the judged fact; the verdict is the
// judge's; pairs no judge saw are unjudged; a judged pair whose sentence
// is now its new fact's shown sentence is counted apart.
func TestRejudge(t *testing.T) {
	dir := t.TempDir()
	judged, fresh := filepath.Join(dir, "judged"), filepath.Join(dir, "fresh")
	fact := "The bridge collapsed on Tuesday."
	writeJSONLines(t, judged, "items.jsonl", []any{
		pairItem("S01-001", "S01/F1", fact, "a.txt", fact),
		pairItem("S01-002", "S01/F1", fact, "b.txt", "The bridge  fell on Tuesday."),
		pairItem("S01-003", "S01/F1", fact, "c.txt", "The mayor spoke on Tuesday."),
		pairItem("S01-004", "S01/F2", "Rain fell for days.\n(the fact is the part: Rain fell)", "d.txt", "Rain fell for days."),
		pairItem("S01-005", "S01/F2", "Rain fell for days.\n(the fact is the part: Rain fell)", "e.txt", "It rained for days."),
	})
	writeJSONLines(t, judged, "judgments-A.jsonl", []any{
		judgment{ID: "S01-001", Verdict: "yes"},
		judgment{ID: "S01-002", Verdict: "yes"},
		judgment{ID: "S01-003", Verdict: "no"},
		judgment{ID: "S01-004", Verdict: "yes"},
		judgment{ID: "S01-005", Verdict: " Yes"},
	})
	writeJSONLines(t, fresh, "items.jsonl", []any{
		// F1 again, under another id, without c.txt's wrong pair.
		pairItem("S01-101", "S01/F7", fact, "a.txt", fact),
		pairItem("S01-102", "S01/F7", fact, "b.txt", "The bridge fell on Tuesday."),
		pairItem("S01-103", "S01/F7", fact, "f.txt", "Tuesday's collapse closed the road."),
		// F2 split: d.txt alone.
		pairItem("S01-104", "S01/F8", "Rain fell for days.", "d.txt", "Rain fell for days."),
		pairItem("S01-105", "S01/F8", "Rain fell for days.", "g.txt", "Rain fell."),
		// c.txt's sentence, judged wrong under F1, is now a fact of
		// its own that also lists a.txt: the verdict was on another
		// fact, so the pair is counted apart.
		pairItem("S01-106", "S01/F9", "The mayor spoke on Tuesday.", "c.txt", "The mayor spoke on Tuesday."),
		pairItem("S01-107", "S01/F9", "The mayor spoke on Tuesday.", "a.txt", fact),
	})
	got, err := rejudge(fresh, judged)
	if err != nil {
		t.Fatal(err)
	}
	want := rejudgeTally{right: 2, otherRight: 1, goneRight: 2, reshown: 1, pairs: 7, unjudged: 3}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(rejudgeTally{})); diff != "" {
		t.Errorf("rejudge (-want +got):\n%s", diff)
	}
}

// TestRejudgeUncertain: a judged pair the new briefing makes as an
// uncertain credit counts apart from the confident ones, by verdict.
func TestRejudgeUncertain(t *testing.T) {
	dir := t.TempDir()
	judged, fresh := filepath.Join(dir, "judged"), filepath.Join(dir, "fresh")
	fact := "The bridge collapsed on Tuesday."
	writeJSONLines(t, judged, "items.jsonl", []any{
		pairItem("S01-001", "S01/F1", fact, "a.txt", fact),
		pairItem("S01-002", "S01/F1", fact, "b.txt", "The bridge fell on Tuesday."),
		pairItem("S01-003", "S01/F1", fact, "c.txt", "The mayor spoke on Tuesday."),
		pairItem("S01-004", "S01/F1", fact, "d.txt", "The bridge over the river collapsed on Tuesday."),
	})
	writeJSONLines(t, judged, "judgments-A.jsonl", []any{
		judgment{ID: "S01-001", Verdict: "yes"},
		judgment{ID: "S01-002", Verdict: "yes"},
		judgment{ID: "S01-003", Verdict: "no"},
		judgment{ID: "S01-004", Verdict: "yes"},
	})
	uncertain := func(it item) item { it.Credit = creditUncertain; return it }
	writeJSONLines(t, fresh, "items.jsonl", []any{
		pairItem("S01-101", "S01/F3", fact, "a.txt", fact),
		uncertain(pairItem("S01-102", "S01/F3", fact, "b.txt", "The bridge fell on Tuesday.")),
		uncertain(pairItem("S01-103", "S01/F3", fact, "c.txt", "The mayor spoke on Tuesday.")),
		pairItem("S01-104", "S01/F3", fact, "d.txt", "The bridge over the river collapsed on Tuesday."),
	})
	got, err := rejudge(fresh, judged)
	if err != nil {
		t.Fatal(err)
	}
	want := rejudgeTally{right: 2, otherRight: 1, uncertainRight: 1, uncertainWrong: 1, uncertain: 2, pairs: 4, facts: 1, whole: 1}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(rejudgeTally{})); diff != "" {
		t.Errorf("rejudge (-want +got):\n%s", diff)
	}
}

// TestScoreUncertainApart: uncertain pairs are scored apart, and a fact is
// wholly right on its confident outlets.
func TestScoreUncertainApart(t *testing.T) {
	dir := t.TempDir()
	uncertain := func(it item) item { it.Credit = creditUncertain; return it }
	writeJSONLines(t, dir, "items.jsonl", []any{
		pairItem("S01-001", "S01/F1", "f", "a.txt", "f"),
		pairItem("S01-002", "S01/F1", "f", "b.txt", "g"),
		uncertain(pairItem("S01-003", "S01/F1", "f", "c.txt", "h")),
		// A fact of one outlet drawn for the one that may also
		// report it: not a fact listed with two outlets.
		pairItem("S01-004", "S01/F2", "k", "a.txt", "k"),
		uncertain(pairItem("S01-005", "S01/F2", "k", "b.txt", "m")),
	})
	writeJSONLines(t, dir, "judgments-A.jsonl", []any{
		judgment{ID: "S01-001", Verdict: "yes"},
		judgment{ID: "S01-002", Verdict: "yes"},
		judgment{ID: "S01-003", Verdict: "no"},
		judgment{ID: "S01-004", Verdict: "yes"},
		judgment{ID: "S01-005", Verdict: "yes"},
	})
	var out strings.Builder
	if err := scoreAudit(&out, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| (fact, outlet) pairs where the outlet states the fact (confident credits) | 3 | 3 | 0 | 0 | 1.000 (3/3) |",
		"| uncertain credits (may also report) where the outlet states the fact (not counted) | 2 | 1 | 1 | 0 | 0.500 (1/2) |",
		"| facts whose every listed (confident) outlet states them | 1 | 1 | 0 | | 1.000 (1/1) |",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("score lacks %q:\n%s", want, out.String())
		}
	}
}

// TestScoreSpeakersApart: quotes shown with an uncertain speaker are
// scored apart from the confident ones, which the target is for.
func TestScoreSpeakersApart(t *testing.T) {
	dir := t.TempDir()
	speaker := func(id, conf string) item {
		return item{ID: id, Kind: "quote-speaker", Speaker: conf, Shown: "Jo Hart (direct, cue \"said\"): We will rebuild.", Evidence: []cited{{Source: "a.txt", Sentence: "s"}}}
	}
	writeJSONLines(t, dir, "items.jsonl", []any{
		speaker("S01-001", speakerConfident),
		speaker("S01-002", ""), // a round before uncertain speakers: confident
		speaker("S01-003", speakerUncertain),
		speaker("S01-004", speakerUncertain),
	})
	writeJSONLines(t, dir, "judgments-A.jsonl", []any{
		judgment{ID: "S01-001", Verdict: "yes"},
		judgment{ID: "S01-002", Verdict: "no"},
		judgment{ID: "S01-003", Verdict: "no"},
		judgment{ID: "S01-004", Verdict: "yes"},
	})
	var out strings.Builder
	if err := scoreAudit(&out, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| quotes with the right speaker (confident speakers) | 2 | 1 | 1 | 0 | 0.500 (1/2) | ≥ 0.95 |",
		"| quotes with the right speaker, of those shown uncertain (not counted) | 2 | 1 | 1 | 0 | 0.500 (1/2) |",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("score lacks %q:\n%s", want, out.String())
		}
	}
}
