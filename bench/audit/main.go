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
//
// With -polnear-stories they are instead PolNeAR developing stories
// (testdata/stories/polnear-stories.jsonl, texts and metadata read from
// -polnear): stories of the held-out months of testdata/stories/SPLIT.md
// (the develop months with -develop) with articles from three or more
// publishers, each cut to ten articles drawn a publisher at a time. Each
// article is ingested as a text page carrying its metadata's publisher
// (its outlet), title and publication date; a judge's copy of it starts
// with the same three lines.
//
//	go run ./bench/audit -prepare -polnear-stories testdata/stories/polnear-stories.jsonl -events 0 -out testdata/audit/polnear-round1
//
// Those months are spent. Later rounds label fresh months in a file of
// their own, every month of it held out (testdata/stories/SPLIT-round5.md),
// and name the months to draw from with -months; a develop month of the
// clustering set (-develop-set) is refused:
//
//	go run ./bench/audit -prepare -polnear-stories testdata/stories/polnear-stories-round5.jsonl -months 2016-04,2016-06 -events 0 -exclude ... -out testdata/audit/polnear-round5
//
// PolNeAR has no licence to redistribute: its texts are used only to
// measure and never committed. A PolNeAR audit writes Sxx/sources/ for
// the judges as usual, but also Sxx/SOURCES.txt naming the PolNeAR files,
// and a .gitignore in the audit directory that keeps every Sxx/sources/
// out of git (so does the repository's .gitignore for
// testdata/audit/polnear-*); TestPolNeARSourcesNotCommitted checks it.
// Only items.jsonl, the briefings, SOURCES.txt and judgments are
// committed; -exclude reads SOURCES.txt where sources/ is missing. The
// ECB+ rounds (CC BY) keep their sources in git.
//
// With -pages-dirs the stories are instead stored news pages (issue 17's
// audit of one multi-outlet story per language): each directory of the
// named one holding sources/*.txt is one story, its pages saved under the
// header a PolNeAR source starts with (title; "Publisher: " and the
// outlet's domain; "Published: " and the date where known; a blank line;
// the text). Each is ingested as a text page, so its language is detected
// as on any ingest, and the story is briefed alone, its briefing and
// items.jsonl written beside its sources:
//
//	go run ./bench/audit -prepare -pages-dirs testdata/audit/lang-round1
//
// The pages are third-party texts: the repository's .gitignore keeps
// testdata/audit/lang-*/*/sources/ out of git, and each story's committed
// MANIFEST.tsv names its pages (address, the query that found them, the
// date retrieved, sha256) so they can be fetched again and checked.
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
	events := flag.Int("events", 12, "stories to brief (0: every story that qualifies)")
	seed := flag.Int64("seed", 1, "the draw of stories and items")
	exclude := flag.String("exclude", "", "with -prepare: comma-separated earlier audit directories whose events are not drawn again")
	develop := flag.Bool("develop", false, "with -prepare: draw events of develop topics instead, for a self-check while tuning (never a blind audit)")
	polnearStories := flag.String("polnear-stories", "", "with -prepare: draw PolNeAR developing stories from this labelled set instead of ECB+ events")
	polnear := flag.String("polnear", "../shared/data/attribution/polnear", "the PolNeAR corpus (metadata.tsv and texts)")
	months := flag.String("months", "", "with -polnear-stories: comma-separated held-out months to draw from (a later round's file, every month of it held out) instead of the held-out half; develop months of -develop-set are refused")
	developSet := flag.String("develop-set", "testdata/stories/polnear-stories.jsonl", "with -months: the clustering develop set whose develop months may not be drawn")
	pagesDirs := flag.String("pages-dirs", "", "with -prepare: brief each story directory (DIR/*/sources/*.txt, stored news pages) of this directory and write its items beside it, instead of drawing stories")
	rejudgeDir := flag.String("rejudge", "", "score the pairs of the round directories under this directory (prepared again with -pairs set high) with the spent rounds' verdicts under -judged: a self-check on read material, never a blind score")
	judged := flag.String("judged", "testdata/audit", "with -rejudge: the directory of the judged rounds")
	rounds := flag.String("rounds", "round1,round2,round3,polnear-round1,polnear-round5,polnear-round6,polnear-round7,polnear-round8,develop-self", "with -rejudge: the rounds, comma-separated")
	flag.IntVar(&minPairs, "pairs", minPairs, "with -prepare: draw whole facts until at least this many (fact, outlet) pairs (a large number: every fact)")
	flag.IntVar(&minQuotes, "quotes", minQuotes, "with -prepare: draw at least this many direct quotes and half as many reported ones (a large number: every quote, to list what a change of the quote finder changed; never for a blind round's items)")
	flag.Parse()
	var err error
	switch {
	case *prepare && *pagesDirs != "" && *out != "":
		// -pages-dirs writes beside each story's sources; a silently
		// ignored -out would put a round's briefings where its author
		// did not mean them to go.
		err = fmt.Errorf("-out is not used with -pages-dirs: each story's briefing and items are written beside its sources (copy the round's directories to prepare them elsewhere)")
	case *prepare && *pagesDirs != "":
		err = preparePages(context.Background(), *pagesDirs, *seed)
	case *prepare && *out != "":
		p := plan{events: *events, seed: *seed, develop: *develop, polnear: *polnearStories != ""}
		if *exclude != "" {
			p.exclude = strings.Split(*exclude, ",")
		}
		if *months != "" {
			p.months = strings.Split(*months, ",")
		}
		var docs []eval.EventDoc
		if p.polnear {
			docs, err = eval.LoadPolNeARStories(*polnearStories, *polnear)
		} else {
			docs, err = eval.LoadEvents(*ecb)
		}
		if err == nil && p.months != nil {
			err = vetMonths(p, docs, *developSet)
		}
		if err == nil {
			err = prepareAudit(context.Background(), docs, *out, p)
		}
	case *score != "":
		err = scoreAudit(os.Stdout, *score)
	case *rejudgeDir != "":
		err = rejudgeRounds(os.Stdout, *rejudgeDir, *judged, strings.Split(*rounds, ","))
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

// vetMonths refuses -months where it cannot make a blind round: without
// PolNeAR stories, with -develop, or naming a month checkMonths refuses.
func vetMonths(p plan, docs []eval.EventDoc, developSet string) error {
	if !p.polnear || p.develop {
		return fmt.Errorf("-months draws held-out PolNeAR months: it needs -polnear-stories and excludes -develop")
	}
	dev, err := eval.LoadEventLabels(developSet)
	if err != nil {
		return fmt.Errorf("checking -months against the develop set: %w", err)
	}
	if err := checkMonths(p.months, docs, dev); err != nil {
		return fmt.Errorf("checking -months: %w", err)
	}
	return nil
}

// storyDir is where story n's sources and briefing go.
func storyDir(root string, n int) string { return filepath.Join(root, fmt.Sprintf("S%02d", n)) }
