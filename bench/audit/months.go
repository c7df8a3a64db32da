package main

import (
	"fmt"
	"slices"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
)

// The PolNeAR set of SPLIT.md is spent: its develop months were tuned on
// and its held-out months judged. A later round labels fresh months in a
// file of their own (testdata/stories/SPLIT-round5.md), every month of
// which is held out; -months names them, since the alternate-month
// halves of such a file would make half of it develop.

// checkMonths reports why the stories of months may not be drawn from
// labelled: a month with no labelled article (a typo would draw
// nothing), or a develop month of developSet — the clustering develop
// set, whose first half (cluster.Halves) rules were tuned on.
func checkMonths(months []string, labelled, developSet []eval.EventDoc) error {
	if len(months) == 0 {
		return fmt.Errorf("no months named")
	}
	have := map[string]bool{}
	for _, d := range labelled {
		have[d.Topic] = true
	}
	tuned := map[string]bool{}
	for _, d := range cluster.Halves(developSet)[0] {
		tuned[d.Topic] = true
	}
	for _, m := range months {
		switch {
		case tuned[m]:
			return fmt.Errorf("month %s is a develop month of the clustering set: its stories were tuned on", m)
		case !have[m]:
			return fmt.Errorf("month %s has no labelled article", m)
		}
	}
	return nil
}

// inMonths keeps the docs of the named months (topics).
func inMonths(docs []eval.EventDoc, months []string) []eval.EventDoc {
	return slices.DeleteFunc(slices.Clone(docs), func(d eval.EventDoc) bool { return !slices.Contains(months, d.Topic) })
}
