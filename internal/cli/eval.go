package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
)

// runEval scores a stage against a labelled set. Only clustering is
// scored here for now: "crosscheck eval cluster FILE.jsonl".
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "cluster" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stderr, "Usage: crosscheck eval cluster [flags] FILE.jsonl")
			return nil
		}
		return fmt.Errorf("%w: want \"eval cluster FILE.jsonl\"", errUsage)
	}
	return runEvalCluster(ctx, e, args[1:])
}

func runEvalCluster(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval cluster", "FILE.jsonl\n\nFILE.jsonl has one article a line: {\"id\",\"text\",\"event\"} and optionally \"title\", \"published\", \"topic\".")
	seeds := fs.String("seeds", "1,2,3", "comma-separated seeds of the shuffled arrival orders (0 keeps file order)")
	cfg := cluster.DefaultConfig()
	fs.Float64Var(&cfg.Assign, "assign", cfg.Assign, "similarity at which an article joins a story")
	fs.Float64Var(&cfg.Merge, "merge", cfg.Merge, "similarity at which two stories merge")
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
	fmt.Fprintf(e.stdout, "%d articles, %d events; B-cubed over articles\n", len(docs), countEvents(docs))
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
