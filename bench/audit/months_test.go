package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/eval"
	"crosscheck/internal/sharedtest"
)

func TestCheckMonths(t *testing.T) {
	docs := loadFixture(t)
	for _, tc := range []struct {
		months []string
		want   string // in the error; "" for none
	}{
		{[]string{"2020-02"}, ""},
		{[]string{"2020-01"}, "develop month"},
		{[]string{"2020-02", "2020-01"}, "develop month"},
		{[]string{"2020-03"}, "no labelled article"},
		{nil, "no months"},
	} {
		err := checkMonths(tc.months, docs, docs)
		if got := errString(err); tc.want == "" && err != nil || !strings.Contains(got, tc.want) {
			t.Errorf("checkMonths(%v): error %q, want one with %q", tc.months, got, tc.want)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestVetMonthsRefusesDevelop(t *testing.T) {
	docs := loadFixture(t)
	for _, p := range []plan{
		{months: []string{"2020-02"}, polnear: true, develop: true},
		{months: []string{"2020-02"}},
	} {
		if err := vetMonths(p, docs, "testdata/polnear-stories.jsonl"); err == nil {
			t.Errorf("vetMonths(%+v) accepted it, want -months refused without PolNeAR stories or with -develop", p)
		}
	}
	if err := vetMonths(plan{months: []string{"2020-02"}, polnear: true}, docs, "testdata/polnear-stories.jsonl"); err != nil {
		t.Errorf("vetMonths of the held-out month: %v", err)
	}
}

// Every month of a later round's file is held out, so the halves of the
// file do not choose: with -months the develop month's bridge story is
// drawn as well as the storm, which its alternate half would have hidden.
func TestPreparePolNeARMonths(t *testing.T) {
	docs := loadFixture(t)
	for _, tc := range []struct {
		months []string
		want   [][]string
	}{
		{[]string{"2020-01"}, [][]string{{
			"alpha-news_2020-01-14_river-bridge-closed.txt",
			"alpha-news_2020-01-16_bridge-repairs-to-start.txt",
			"beta-post_2020-01-15_old-mill-bridge-shut.txt",
			"gamma-times_2020-01-15_crack-closes-bridge.txt",
		}}},
		{[]string{"2020-01", "2020-02"}, [][]string{{
			"alpha-news_2020-01-14_river-bridge-closed.txt",
			"alpha-news_2020-01-16_bridge-repairs-to-start.txt",
			"beta-post_2020-01-15_old-mill-bridge-shut.txt",
			"gamma-times_2020-01-15_crack-closes-bridge.txt",
		}, {
			"beta-post_2020-02-03_storm-cuts-power.txt",
			"delta-daily_2020-02-04_storm-damage.txt",
			"gamma-times_2020-02-03_thousands-lose-power.txt",
		}}},
	} {
		out := t.TempDir()
		p := plan{seed: 1, polnear: true, months: tc.months}
		if err := prepareAudit(context.Background(), docs, out, p); err != nil {
			t.Fatal(err)
		}
		lists, _ := filepath.Glob(filepath.Join(out, "S*", sourceList))
		var got [][]string
		for _, l := range lists {
			b, err := os.ReadFile(l)
			if err != nil {
				t.Fatal(err)
			}
			files := strings.Fields(string(b))
			slices.Sort(files)
			got = append(got, files)
		}
		slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("months %v: stories drawn (-want +got):\n%s", tc.months, diff)
		}
	}
}

// A later round's file is whole: every article of its two months in the
// corpus, each labelled with the month it was published in, none also in
// the clustering set or an earlier round's file, and its months pass
// checkMonths.
func TestRoundLabels(t *testing.T) {
	dev, err := eval.LoadEventLabels("../../testdata/stories/polnear-stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, d := range dev {
		seen[d.ID] = "the clustering set"
	}
	for _, tc := range []struct {
		labels   string
		months   []string
		articles int
	}{
		{"polnear-stories-round5.jsonl", []string{"2016-04", "2016-06"}, 175},
		{"polnear-stories-round6.jsonl", []string{"2016-02", "2016-05"}, 166},
		{"polnear-stories-round7.jsonl", []string{"2016-01", "2016-08"}, 152},
		{"polnear-stories-round8.jsonl", []string{"2015-11", "2016-10"}, 77},
	} {
		docs, err := eval.LoadPolNeARStories("../../testdata/stories/"+tc.labels, sharedtest.Path(t, "data", "attribution", "polnear"))
		if err != nil {
			t.Fatal(err)
		}
		if err := checkMonths(tc.months, docs, dev); err != nil {
			t.Errorf("%s: %v", tc.labels, err)
		}
		if len(docs) != tc.articles {
			t.Errorf("%s: got %d articles, want the %d of %v", tc.labels, len(docs), tc.articles, tc.months)
		}
		for _, d := range docs {
			if got := d.Published.Format("2006-01"); got != d.Topic || !slices.Contains(tc.months, got) {
				t.Errorf("%s: %s published in %s, labelled with month %s", tc.labels, d.ID, got, d.Topic)
			}
			if in, ok := seen[d.ID]; ok {
				t.Errorf("%s: %s is in %s too", tc.labels, d.ID, in)
			}
		}
		for _, d := range docs {
			seen[d.ID] = tc.labels
		}
	}
}
