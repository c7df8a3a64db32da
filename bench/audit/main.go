// Command audit prepares and scores the blind audit of briefings (issue
// 13): briefings of stories nobody tuned on are cut into items — a fact
// credited to an outlet, a conflict, a quote's words and speaker, a
// timeline entry, a summary citation — that a judge who sees only the
// source texts and the briefing answers yes or no.
//
// Prepare writes one directory per story (sources/, briefing.md) and one
// items.jsonl for the judges; score reads judgments.jsonl beside it:
//
//	go run ./bench/audit -prepare -out testdata/audit/round1 [-events 12] [-seed 1] [-exclude DIR,...]
//	go run ./bench/audit -score testdata/audit/round1
//
// Stories are ECB+ events of held-out topics (eval.HeldOutTopic), at most
// one event a topic, drawn with the seed. With -develop they are events of
// develop topics, for checking a change on material one may tune on.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck/internal/eval"
)

func main() {
	prepare := flag.Bool("prepare", false, "brief held-out stories and write the items to judge")
	score := flag.String("score", "", "score the judgments in this audit directory")
	out := flag.String("out", "", "with -prepare: the audit directory to write")
	ecb := flag.String("ecb", "../shared/data/clustering/ecbplus.jsonl", "the ECB+ articles")
	events := flag.Int("events", 12, "stories to brief")
	seed := flag.Int64("seed", 1, "the draw of stories and items")
	exclude := flag.String("exclude", "", "with -prepare: comma-separated earlier audit directories whose events are not drawn again")
	develop := flag.Bool("develop", false, "with -prepare: draw events of develop topics instead, for a self-check while tuning (never a blind audit)")
	flag.IntVar(&minPairs, "pairs", minPairs, "with -prepare: draw whole facts until at least this many (fact, outlet) pairs (a large number: every fact)")
	flag.Parse()
	var err error
	switch {
	case *prepare && *out != "":
		var docs []eval.EventDoc
		docs, err = eval.LoadEvents(*ecb)
		if err == nil {
			var dirs []string
			if *exclude != "" {
				dirs = strings.Split(*exclude, ",")
			}
			err = prepareAudit(context.Background(), docs, *out, *events, *seed, dirs, *develop)
		}
	case *score != "":
		err = scoreAudit(os.Stdout, *score)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

// storyDir is where story n's sources and briefing go.
func storyDir(root string, n int) string { return filepath.Join(root, fmt.Sprintf("S%02d", n)) }
