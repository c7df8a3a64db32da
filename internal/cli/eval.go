package cli

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
)

// runEval scores a stage against a labelled set: clustering with
// "crosscheck eval cluster FILE.jsonl", the alignment with "crosscheck eval
// align DIR".
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "align" {
		return runEvalAlign(ctx, e, args[1:])
	}
	if len(args) == 0 || args[0] != "cluster" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return runEvalCluster(ctx, e, []string{"-h"})
		}
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			if s := suggest(args[0], []string{"cluster", "align"}); s != nil {
				return fmt.Errorf("%w: unknown stage %q%s", errUsage, args[0], didYouMean("", s))
			}
			return fmt.Errorf("%w: unknown stage %q; want \"eval cluster FILE.jsonl\" or \"eval align DIR\"", errUsage, args[0])
		}
		return fmt.Errorf("%w: want \"eval cluster FILE.jsonl\" or \"eval align DIR\"", errUsage)
	}
	return runEvalCluster(ctx, e, args[1:])
}

func runEvalCluster(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval cluster", "FILE.jsonl\n\nFILE.jsonl has one article a line: {\"id\",\"text\",\"event\"} and optionally \"title\", \"published\", \"topic\".")
	seeds := fs.String("seeds", "1,2,3", "comma-separated seeds of the shuffled arrival orders (0 keeps file order)")
	cfg := cluster.DefaultConfig()
	fs.Float64Var(&cfg.Assign, "assign", cfg.Assign, "similarity at which an article joins a story")
	fs.Float64Var(&cfg.Merge, "merge", cfg.Merge, "similarity at which two stories merge")
	fs.BoolVar(&cfg.YearConflict, "year-conflict", cfg.YearConflict, "keep articles and stories that disagree on the years they mention apart")
	fs.IntVar(&cfg.YearGap, "year-gap", cfg.YearGap, "years later than anything in a story an article may mention and still join it")
	fs.Float64Var(&cfg.ConflictAssign, "conflict-assign", cfg.ConflictAssign, "similarity at which an article joins a story despite disagreeing on the years")
	fs.Float64Var(&cfg.LeadWeight, "lead-weight", cfg.LeadWeight, "how many times more the first --lead-words words of an article count (0 for no extra weight)")
	fs.IntVar(&cfg.LeadWords, "lead-words", cfg.LeadWords, "how many words of an article's text are its lead")
	holdout := fs.Bool("holdout", false, "also pick the thresholds on half of the topics and score them on the other half")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one FILE.jsonl, got %d arguments", errUsage, len(pos))
	}
	orders, err := parseSeeds(*seeds)
	if err != nil {
		return err
	}
	docs, err := eval.LoadEvents(pos[0])
	if err != nil {
		return err
	}
	hasTopics := false
	for _, d := range docs {
		hasTopics = hasTopics || d.Topic != ""
	}

	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	header := "order\tstories\tP\tR\tF1\t"
	if hasTopics {
		header += "topic P\ttopic R\ttopic F1\t"
	}
	fmt.Fprintln(tw, header)
	var sum cluster.Score
	for _, seed := range orders {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := cluster.Evaluate(docs, cfg, seed)
		printScore(tw, strconv.FormatUint(seed, 10), s, hasTopics)
		sum.Stories += s.Stories
		sum.Event = addBCubed(sum.Event, s.Event)
		sum.Topic = addBCubed(sum.Topic, s.Topic)
	}
	if n := float64(len(orders)); n > 1 {
		mean := cluster.Score{Stories: int(float64(sum.Stories)/n + 0.5), Event: scaleBCubed(sum.Event, n), Topic: scaleBCubed(sum.Topic, n)}
		printScore(tw, "mean", mean, hasTopics)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s, %s; B-cubed over articles\n", plural(len(docs), "article", "articles"), plural(countEvents(docs), "event", "events"))
	if *holdout {
		if !hasTopics {
			return fmt.Errorf("%w: --holdout needs a \"topic\" on every line of %s", errUsage, pos[0])
		}
		return printHoldout(ctx, e, docs, cfg, orders)
	}
	return nil
}

// printHoldout guards against thresholds fitted to the test set: the
// topics are split in two halves (alternately, in sorted order); Assign
// and Merge, then YearGap and ConflictAssign, are picked on one half by
// mean event F1 over the orders and scored on the other, both ways round.
func printHoldout(ctx context.Context, e *env, docs []eval.EventDoc, cfg cluster.Config, orders []uint64) error {
	var topics []string
	seen := make(map[string]bool)
	for _, d := range docs {
		if !seen[d.Topic] {
			seen[d.Topic] = true
			topics = append(topics, d.Topic)
		}
	}
	slices.Sort(topics)
	inA := make(map[string]bool)
	for i, t := range topics {
		inA[t] = i%2 == 0
	}
	var halves [2][]eval.EventDoc
	for _, d := range docs {
		if inA[d.Topic] {
			halves[0] = append(halves[0], d)
		} else {
			halves[1] = append(halves[1], d)
		}
	}
	meanF1 := func(set []eval.EventDoc, c cluster.Config) (event, topic float64) {
		for _, seed := range orders {
			s := cluster.Evaluate(set, c, seed)
			event += s.Event.F1
			topic += s.Topic.F1
		}
		return event / float64(len(orders)), topic / float64(len(orders))
	}
	fmt.Fprintln(e.stdout)
	fmt.Fprintln(e.stdout, "thresholds picked on one half of the topics, scored on the other:")
	for k, name := range []string{"A", "B"} {
		train, test := halves[k], halves[1-k]
		best, bestF1 := cfg, -1.0
		for assign := 0.10; assign <= 0.351; assign += 0.025 {
			for _, merge := range []float64{0.3, 0.4, 0.5} {
				if err := ctx.Err(); err != nil {
					return err
				}
				c := cfg
				c.Assign, c.Merge = assign, merge
				if f1, _ := meanF1(train, c); f1 > bestF1 {
					best, bestF1 = c, f1
				}
			}
		}
		if cfg.YearConflict {
			for _, gap := range []int{1, 2, 3} {
				for _, conflict := range []float64{0.35, 0.4, 0.5} {
					if err := ctx.Err(); err != nil {
						return err
					}
					c := best
					c.YearGap, c.ConflictAssign = gap, conflict
					if f1, _ := meanF1(train, c); f1 > bestF1 {
						best, bestF1 = c, f1
					}
				}
			}
		}
		testF1, testTopic := meanF1(test, best)
		fmt.Fprintf(e.stdout, "  picked on half %s (%d articles): assign %.3f merge %.2f year gap %d conflict assign %.2f, F1 there %.3f; on the other half (%d articles): event F1 %.3f, topic F1 %.3f\n",
			name, len(train), best.Assign, best.Merge, best.YearGap, best.ConflictAssign, bestF1, len(test), testF1, testTopic)
	}
	return nil
}

func printScore(tw *tabwriter.Writer, order string, s cluster.Score, topics bool) {
	line := fmt.Sprintf("%s\t%d\t%.3f\t%.3f\t%.3f\t", order, s.Stories, s.Event.Precision, s.Event.Recall, s.Event.F1)
	if topics {
		line += fmt.Sprintf("%.3f\t%.3f\t%.3f\t", s.Topic.Precision, s.Topic.Recall, s.Topic.F1)
	}
	fmt.Fprintln(tw, line)
}

func addBCubed(a, b eval.BCubed) eval.BCubed {
	return eval.BCubed{Precision: a.Precision + b.Precision, Recall: a.Recall + b.Recall, F1: a.F1 + b.F1, Items: a.Items + b.Items}
}

func scaleBCubed(a eval.BCubed, n float64) eval.BCubed {
	return eval.BCubed{Precision: a.Precision / n, Recall: a.Recall / n, F1: a.F1 / n, Items: int(float64(a.Items) / n)}
}

func parseSeeds(s string) ([]uint64, error) {
	var out []uint64
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: --seeds %q: %q is not a seed", errUsage, s, f)
		}
		out = append(out, n)
	}
	return out, nil
}

func countEvents(docs []eval.EventDoc) int {
	seen := make(map[string]bool)
	for _, d := range docs {
		seen[d.Event] = true
	}
	return len(seen)
}
