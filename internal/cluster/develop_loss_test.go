package cluster

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"crosscheck/internal/eval"
)

// TestDevLoss says where a develop half's B-cubed points go (half A only:
// the held-out halves are scored, never read): each article's recall
// loss, 1 − (its event's articles in its story) / (its event's
// articles), summed by gold event; each article's precision loss, 1 −
// (its event's articles in its story) / (its story's articles), summed
// by the article's event and the event most of its story holds. Both are
// divided by the articles and averaged over the arrival orders, so each
// event's figure is what it takes off the set's B-cubed recall or
// precision, and the totals are 1 − R and 1 − P. Order 1-DEVORDERS
// (three unless set), the develop pick assign 0.225 merge 0.40:
//
//	DEVLOSS=stories DEVORDERS=5 go test ./internal/cluster -run TestDevLoss -v   (or DEVLOSS=ecb, DEVLOSS=undated: the developing stories without dates; DEVV=variant)
func TestDevLoss(t *testing.T) {
	docs, cfg := developHalf(t, "DEVLOSS")
	orders := devOrders()
	recall, precision := lossByEvent(docs, cfg, orders)
	printLoss("recall", recall)
	printLoss("precision", precision)
}

// lossByEvent is TestDevLoss's accounting.
func lossByEvent(docs []eval.EventDoc, cfg Config, orders []uint64) (recall, precision map[string]float64) {
	recall, precision = make(map[string]float64), make(map[string]float64)
	eventSize := make(map[string]int)
	for _, d := range docs {
		eventSize[d.Event]++
	}
	share := 1 / float64(len(docs)*len(orders))
	for _, seed := range orders {
		storyOf := evaluateRun(docs, cfg, seed).stories(0)
		inStory := make(map[int64]map[string]int) // story → event → articles
		for i, d := range docs {
			if inStory[storyOf[i]] == nil {
				inStory[storyOf[i]] = make(map[string]int)
			}
			inStory[storyOf[i]][d.Event]++
		}
		for i, d := range docs {
			events := inStory[storyOf[i]]
			same, size, major := events[d.Event], 0, ""
			for e, n := range events {
				size += n
				if n > events[major] || (n == events[major] && e < major) {
					major = e
				}
			}
			recall[d.Event] += (1 - float64(same)/float64(eventSize[d.Event])) * share
			if same < size {
				precision[d.Event+" in "+major] += (1 - float64(same)/float64(size)) * share
			}
		}
	}
	return recall, precision
}

func printLoss(what string, loss map[string]float64) {
	type entry struct {
		key  string
		loss float64
	}
	var es []entry
	total := 0.0
	for k, v := range loss {
		es = append(es, entry{k, v})
		total += v
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Or(cmp.Compare(b.loss, a.loss), cmp.Compare(a.key, b.key)) })
	fmt.Printf("%s lost %.3f\n", what, total)
	for _, e := range es {
		if e.loss >= 0.001 {
			fmt.Printf("  %.3f %s\n", e.loss, e.key)
		}
	}
}
