package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck/internal/brief"
	"crosscheck/internal/eval"
)

// The fixture testdata/polnear is a made-up corpus laid out as PolNeAR
// (metadata.tsv, train/text/ID.txt) with its labels in
// testdata/polnear-stories.jsonl: in month 2020-01 (develop) a bridge
// story from three publishers and a library story from two; in 2020-02
// (held out) a storm story from three.
func loadFixture(t *testing.T) []eval.EventDoc {
	t.Helper()
	docs, err := eval.LoadPolNeARStories("testdata/polnear-stories.jsonl", "testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestPreparePolNeAR(t *testing.T) {
	docs := loadFixture(t)
	for _, tc := range []struct {
		name    string
		develop bool
		want    []string
	}{
		{"develop", true, []string{
			"alpha-news_2020-01-14_river-bridge-closed.txt",
			"beta-post_2020-01-15_old-mill-bridge-shut.txt",
			"gamma-times_2020-01-15_crack-closes-bridge.txt",
			"alpha-news_2020-01-16_bridge-repairs-to-start.txt",
		}},
		{"held out", false, []string{
			"beta-post_2020-02-03_storm-cuts-power.txt",
			"gamma-times_2020-02-03_thousands-lose-power.txt",
			"delta-daily_2020-02-04_storm-damage.txt",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			p := plan{seed: 1, develop: tc.develop, polnear: true}
			if err := prepareAudit(context.Background(), docs, out, p); err != nil {
				t.Fatal(err)
			}
			stories, _ := filepath.Glob(filepath.Join(out, "S*"))
			if len(stories) != 1 {
				t.Fatalf("got stories %v, want only the one with three publishers", stories)
			}
			dir := stories[0]
			list, err := os.ReadFile(filepath.Join(dir, sourceList))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, strings.Fields(string(list))); diff != "" {
				t.Errorf("%s (-want +got):\n%s", sourceList, diff)
			}
			for _, f := range tc.want {
				b, err := os.ReadFile(filepath.Join(dir, "sources", f))
				if err != nil {
					t.Fatal(err)
				}
				publisher, _, _ := strings.Cut(f, "_")
				if !strings.Contains(string(b), "\nPublisher: "+publisher+"\n") {
					t.Errorf("%s does not name its publisher %s:\n%s", f, publisher, b)
				}
			}
			ignore, err := os.ReadFile(filepath.Join(out, ".gitignore"))
			if err != nil || !strings.Contains(string(ignore), "/S*/sources/") {
				t.Errorf("the audit's .gitignore: %q, %v; want it to keep S*/sources/ out", ignore, err)
			}

			var b brief.Briefing
			raw, err := os.ReadFile(filepath.Join(dir, "briefing.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &b); err != nil {
				t.Fatal(err)
			}
			var outlets []string
			for _, o := range b.Outlets {
				outlets = append(outlets, o.Name)
			}
			var want []string
			for _, f := range tc.want {
				if p, _, _ := strings.Cut(f, "_"); !strings.Contains(strings.Join(want, " "), p) {
					want = append(want, p)
				}
			}
			if !cmp.Equal(want, outlets, cmpopts.SortSlices(func(a, b string) bool { return a < b })) {
				t.Errorf("outlets %v, want the publishers %v", outlets, want)
			}
			first, _ := time.Parse(time.DateOnly, strings.Split(tc.want[0], "_")[1])
			if !b.Date.Equal(first) {
				t.Errorf("briefing date %v, want the first article's %v", b.Date, first)
			}
			if len(b.Timeline) == 0 {
				t.Error("no timeline: the sources' weekdays were not dated")
			}
			for _, e := range b.Timeline {
				if e.Unresolved != "" {
					t.Errorf("%q undated (%s) though every article has a date", e.Expression, e.Unresolved)
				}
			}

			items, err := eval.ReadJSONLines[item](filepath.Join(out, "items.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			if len(items) == 0 {
				t.Fatal("no items")
			}
			for _, it := range items {
				if it.Kind == "timeline" && it.Question != askTimelineDated {
					t.Errorf("timeline item %s asks %q, want the question for dated sources", it.ID, it.Question)
				}
				for _, e := range it.Evidence {
					if !strings.Contains(string(list), e.Source) || e.Sentence == "" {
						t.Errorf("item %s cites %q in %q, not a sentence of the story's sources", it.ID, e.Sentence, e.Source)
					}
				}
			}
		})
	}
}

func TestPreparePolNeARTooFewStories(t *testing.T) {
	err := prepareAudit(context.Background(), loadFixture(t), t.TempDir(), plan{events: 2, seed: 1, develop: true, polnear: true})
	if err == nil || !strings.Contains(err.Error(), "only 1 events") {
		t.Errorf("asking for two develop stories of the fixture: error %v, want it to say only one qualifies", err)
	}
}

func TestCapStory(t *testing.T) {
	var docs []eval.EventDoc
	for i, o := range strings.Split("a a a a a a a a b b c c", " ") {
		docs = append(docs, eval.EventDoc{ID: fmt.Sprintf("%s%02d", o, i), Outlet: o, Published: time.Date(2016, 1, 12-i, 0, 0, 0, 0, time.UTC)})
	}
	kept := capStory(docs, rand.New(rand.NewPCG(1, 13)))
	again := capStory(docs, rand.New(rand.NewPCG(1, 13)))
	if diff := cmp.Diff(kept, again); diff != "" {
		t.Errorf("two draws with one seed differ (-first +second):\n%s", diff)
	}
	count := map[string]int{}
	for i, d := range kept {
		count[d.Outlet]++
		if i > 0 && d.Published.Before(kept[i-1].Published) {
			t.Errorf("%s kept after %s, which was published later", d.ID, kept[i-1].ID)
		}
	}
	if diff := cmp.Diff(map[string]int{"a": 6, "b": 2, "c": 2}, count); diff != "" {
		t.Errorf("articles kept per outlet (-want +got):\n%s", diff)
	}
}

func TestAuditedDocsReadsSourceList(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "S01"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "S01", sourceList), []byte("nyt_x.txt\npolitico_y.txt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	seen, err := auditedDocs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]bool{"nyt_x": true, "politico_y": true}, seen); diff != "" {
		t.Errorf("documents of an audit without sources/ (-want +got):\n%s", diff)
	}
}

// TestPolNeARSourcesNotCommitted guards PolNeAR's texts, and the stored
// news pages of the per-language and English news-event audits: no
// committed audit story with a SOURCES.txt or a MANIFEST.tsv has its
// sources/ in git, and the repository ignores the sources of audits named
// polnear-*, lang-* and news-*.
func TestPolNeARSourcesNotCommitted(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	root := filepath.Join("..", "..")
	lists, err := filepath.Glob(filepath.Join(root, "testdata", "audit", "*", "S*", sourceList))
	if err != nil {
		t.Fatal(err)
	}
	manifests, err := filepath.Glob(filepath.Join(root, "testdata", "audit", "*", "*", "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lists = append(lists, manifests...)
	for _, l := range lists {
		sources := filepath.Join(filepath.Dir(l), "sources")
		rel, _ := filepath.Rel(root, sources)
		out, err := exec.Command("git", "-C", root, "ls-files", "--", rel).Output()
		if err != nil {
			t.Fatalf("git ls-files %s: %v", rel, err)
		}
		if len(out) > 0 {
			t.Errorf("third-party texts committed in %s:\n%s", rel, out)
		}
	}
	for _, path := range []string{"testdata/audit/polnear-round1/S01/sources/nyt_x.txt", "testdata/audit/lang-round1/de/sources/01.txt", "testdata/audit/lang-round2/uk/sources/04.txt", "testdata/audit/lang-round9/ja/sources/07.txt", "testdata/audit/news-round9/maui-wildfire/sources/01.txt", "testdata/audit/news-round10/derna-floods/sources/01.txt", "testdata/audit/news-round11/lion-air-crash/sources/01.txt", "testdata/audit/news-round12/yoon-martial-law/sources/01.txt", "testdata/audit/news-round13/vizag-gas-leak/sources/01.txt", "testdata/audit/news-round14/camp-fire/sources/01.txt", "testdata/audit/news-round15/sewol-sinking/sources/01.txt"} {
		if err := exec.Command("git", "-C", root, "check-ignore", "-q", "--no-index", path).Run(); err != nil {
			t.Errorf("git does not ignore %s: %v", path, err)
		}
	}
}

func TestPairItemsOneOutletTwoArticles(t *testing.T) {
	s := &story{name: "S01",
		sentences: map[int64][]string{1: {"Alpha one."}, 2: {"Alpha two."}, 3: {"Beta one."}},
		source:    map[int64]string{1: "a1.txt", 2: "a2.txt", 3: "b1.txt"}}
	f := brief.Fact{ID: "F1", Text: "One.", Outlets: []string{"alpha", "beta"}, Refs: []brief.Ref{
		{Article: 1, Outlet: "alpha"}, {Article: 2, Outlet: "alpha"}, {Article: 3, Outlet: "beta"}}}
	var got []string
	for _, it := range s.pairItems(f) {
		got = append(got, it.Question)
	}
	want := []string{
		fmt.Sprintf(askPair, "a1.txt or a2.txt") + fmt.Sprintf(askPairOutlet, "alpha"),
		fmt.Sprintf(askPair, "b1.txt"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("questions (-want +got):\n%s", diff)
	}
}
