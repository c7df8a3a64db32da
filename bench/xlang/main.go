// Command xlang measures what linking stories across languages by their
// signatures (package signature, cluster.Config.CrossLanguage) does on
// a set with gold events. No multilingual set with gold events exists in
// ../shared/data, so it measures on ECB+ (English) what can go wrong:
//
//   - the monolingual scores with the linking on, every article English
//     (must equal those with it off: the linking only reaches stories in
//     other languages);
//   - a stress test: every article given one of -tongues made-up
//     languages at random, so that each article no story of its words
//     takes is tested against the stories "abroad" — how much a join by
//     signature costs or gains in event B-cubed;
//   - the ties between every pair of articles, against their gold events
//     and topics, on each half of the topics (cluster.Halves): how often
//     a same-event tie joins two events, a related tie two topics.
//
// The tie rule (signature.TieOf) was written before this was run and was
// not tuned on either half.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"slices"
	"time"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
	"crosscheck/internal/signature"
)

func main() {
	path := flag.String("ecb", "../shared/data/clustering/ecbplus.jsonl", "the ECB+ clustering set")
	tongues := flag.Int("tongues", 4, "made-up languages of the stress test")
	flag.Parse()
	docs, err := eval.LoadEvents(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	orders := []uint64{1, 2, 3}
	off := cluster.DefaultConfig()
	on := off
	on.CrossLanguage = true

	english := withLanguage(docs, func(eval.EventDoc) string { return "en" })
	apart := withLanguage(docs, func(d eval.EventDoc) string {
		h := fnv.New32a()
		h.Write([]byte(d.ID))
		return fmt.Sprintf("x%d", h.Sum32()%uint32(*tongues))
	})
	for _, run := range []struct {
		label string
		docs  []eval.EventDoc
		cfg   cluster.Config
	}{
		{"linking off", docs, off},
		{"linking on, all English", english, on},
		{fmt.Sprintf("linking on, %d made-up languages", *tongues), apart, on},
		{fmt.Sprintf("linking off, %d made-up languages", *tongues), apart, off},
	} {
		var scores []cluster.Score
		for _, seed := range orders {
			scores = append(scores, cluster.Evaluate(run.docs, run.cfg, seed))
		}
		m := cluster.MeanScore(scores)
		fmt.Printf("%-36s stories %4d  event P %.3f R %.3f F1 %.3f  topic P %.3f R %.3f F1 %.3f\n",
			run.label, m.Stories, m.Event.Precision, m.Event.Recall, m.Event.F1, m.Topic.Precision, m.Topic.Recall, m.Topic.F1)
	}

	halves := cluster.Halves(docs)
	for k, name := range []string{"half A", "half B"} {
		pairTies(name, halves[k])
	}
}

func withLanguage(docs []eval.EventDoc, lang func(eval.EventDoc) string) []eval.EventDoc {
	out := slices.Clone(docs)
	for i := range out {
		out[i].Language = lang(out[i])
	}
	return out
}

// pairTies grades every pair of docs' signatures and counts the grades
// against gold.
func pairTies(name string, docs []eval.EventDoc) {
	ref := time.Time{}
	sigs := make([]signature.Signature, len(docs))
	for i, d := range docs {
		sigs[i] = signature.Of(nlp.AnalyzeIn(d.Text, ref, "en"))
	}
	var same, sameEvent, sameEventTopic, related, relatedTopic, pairs, eventPairs int
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			pairs++
			if docs[i].Event == docs[j].Event {
				eventPairs++
			}
			switch signature.TieOf(signature.Shared(sigs[i], sigs[j])) {
			case signature.TieSameEvent:
				same++
				if docs[i].Event == docs[j].Event {
					sameEvent++
				}
				if docs[i].Topic == docs[j].Topic {
					sameEventTopic++
				}
			case signature.TieRelated:
				related++
				if docs[i].Topic == docs[j].Topic {
					relatedTopic++
				}
			}
		}
	}
	fmt.Printf("%s: %d articles, %d pairs, %d of one event\n", name, len(docs), pairs, eventPairs)
	fmt.Printf("  same-event ties %d: of one event %d (P %.3f), of one topic %d; recall of event pairs %.3f\n",
		same, sameEvent, ratio(sameEvent, same), sameEventTopic, ratio(sameEvent, eventPairs))
	fmt.Printf("  related ties %d: of one topic %d (P %.3f)\n", related, relatedTopic, ratio(relatedTopic, related))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
