package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

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
	fs := newFlags(e, "eval cluster", "FILE.jsonl\n\nFILE.jsonl has one article a line: {\"id\",\"text\",\"event\"} and optionally \"title\", \"published\", \"topic\", \"language\".")
	seeds := fs.String("seeds", "1,2,3", "comma-separated seeds, or ranges of seeds (1-10), of the shuffled arrival orders (0 keeps file order)")
	cfg := cluster.DefaultConfig()
	fs.Float64Var(&cfg.Assign, "assign", cfg.Assign, "similarity at which an article joins a story")
	fs.Float64Var(&cfg.Merge, "merge", cfg.Merge, "similarity at which two stories merge")
	fs.Float64Var(&cfg.MergeMembers, "merge-members", cfg.MergeMembers, "mean similarity between two stories' sampled articles, the linking one left out, at which they may merge (0: no test)")
	fs.Float64Var(&cfg.Consolidate, "consolidate", cfg.Consolidate, "average link between two stories' sampled articles at which a pass after the stream merges them (0: no pass; with --holdout, the lowest of three thresholds tried)")
	fs.BoolVar(&cfg.YearConflict, "year-conflict", cfg.YearConflict, "keep articles and stories that disagree on the years they mention apart")
	fs.IntVar(&cfg.YearGap, "year-gap", cfg.YearGap, "years later than anything in a story an article may mention and still join it")
	fs.Float64Var(&cfg.ConflictAssign, "conflict-assign", cfg.ConflictAssign, "similarity at which an article joins a story despite disagreeing on the years")
	fs.Float64Var(&cfg.LeadWeight, "lead-weight", cfg.LeadWeight, "how many times more the first --lead-words words of an article count (0 for no extra weight)")
	fs.IntVar(&cfg.LeadWords, "lead-words", cfg.LeadWords, "how many words of an article's text are its lead")
	fs.Float64Var(&cfg.NameWeight, "name-weight", cfg.NameWeight, "how many times a capitalised word in mid-sentence counts")
	fs.BoolVar(&cfg.NameRuns, "name-runs", cfg.NameRuns, "count each run of three or more capitalised words (\"Democratic National Convention\") as a term of its own")
	fs.IntVar(&cfg.YearMentions, "year-mentions", cfg.YearMentions, "how many mentions of a year date an article (one in the title or lead counts twice when above 1)")
	fs.IntVar(&cfg.MinDocs, "min-docs", cfg.MinDocs, "document count below which inverse document frequencies are computed as if that many articles had been seen")
	fs.DurationVar(&cfg.BurstHalfLife, "burst-half-life", cfg.BurstHalfLife, "half-life of the recent counts that weight bursting terms of dated articles (0 turns burst weights off)")
	fs.IntVar(&cfg.OccasionQuorum, "occasions", cfg.OccasionQuorum, "how many articles of a story, dated within --occasion-days, must be set at a dated article's occasion (a named gathering in its title or lead, its dateline's place) for it to join at --occasion-assign (0 turns occasions off)")
	fs.Float64Var(&cfg.OccasionAssign, "occasion-assign", cfg.OccasionAssign, "similarity at which an article joins a story set at its occasion")
	fs.IntVar(&cfg.OccasionDays, "occasion-days", cfg.OccasionDays, "days apart an article and a story set at one occasion may be")
	fs.Float64Var(&cfg.OccasionPlaceBurst, "occasion-place-burst", cfg.OccasionPlaceBurst, "burst weight a dateline's place must have to be an occasion (0: any dateline)")
	fs.BoolVar(&cfg.CrossLanguage, "cross-language", cfg.CrossLanguage, "link articles to stories in other languages by their signatures (numbers, days, names); reads each line's \"language\"")
	holdout := fs.Bool("holdout", false, "also pick the thresholds on half of the topics and score them on the other half")
	baselines := fs.Bool("baselines", false, "with --holdout, also cross-validate single-pass and average-link TF-IDF clustering")
	polnear := fs.String("polnear", "", "read the title, date and text of lines without a text from the PolNeAR corpus in `DIR`")
	dates := fs.Bool("dates", true, "show the articles' publication dates to the clusterer")
	joint := fs.String("joint", "", "with --holdout, pick the thresholds on half of the topics of FILE.jsonl and half of the topics of `SET` together, and score them on the other halves of both")
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
	docs, err := loadClusterSet(pos[0], *polnear)
	if err != nil {
		return err
	}
	if !*dates {
		withoutDates(docs)
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
	var scores []cluster.Score
	for _, seed := range orders {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := cluster.Evaluate(docs, cfg, seed)
		printScore(tw, strconv.FormatUint(seed, 10), s, hasTopics)
		scores = append(scores, s)
	}
	if len(orders) > 1 {
		printScore(tw, "mean", cluster.MeanScore(scores), hasTopics)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s, %s; B-cubed over articles\n", plural(len(docs), "article", "articles"), plural(countEvents(docs), "event", "events"))
	if *holdout {
		sets := []namedSet{{pos[0], docs}}
		if *joint != "" {
			other, err := loadClusterSet(*joint, *polnear)
			if err != nil {
				return err
			}
			if !*dates {
				withoutDates(other)
			}
			sets = append(sets, namedSet{*joint, other})
		}
		return printHoldout(ctx, e, sets, cfg, orders, *baselines)
	}
	return nil
}

func withoutDates(docs []eval.EventDoc) {
	for i := range docs {
		docs[i].Published = time.Time{}
	}
}

// loadClusterSet reads a clustering set; with a PolNeAR directory, lines
// may carry only ids and labels.
func loadClusterSet(path, polnear string) ([]eval.EventDoc, error) {
	if polnear == "" {
		return eval.LoadEvents(path)
	}
	return eval.LoadPolNeARStories(path, polnear)
}

type namedSet struct {
	name string
	docs []eval.EventDoc
}

// printHoldout guards against thresholds fitted to the test set: the
// topics of each set are split in two halves (alternately, in sorted
// order); the thresholds are picked on one half of every set by mean event
// F1 over the orders (and over the sets) and scored on the other, both
// ways round, for the clusterer and, with baselines, for single-pass and
// average-link TF-IDF clustering.
func printHoldout(ctx context.Context, e *env, sets []namedSet, cfg cluster.Config, orders []uint64, baselines bool) error {
	var halves [][2][]eval.EventDoc
	for _, s := range sets {
		for _, d := range s.docs {
			if d.Topic == "" {
				return fmt.Errorf("%w: --holdout needs a \"topic\" on every line of %s", errUsage, s.name)
			}
		}
		halves = append(halves, cluster.Halves(s.docs))
	}
	type method struct {
		name     string
		settings []cluster.Setting
	}
	methods := []method{{"crosscheck", cluster.ConfigSettings(cfg, orders)}}
	if baselines {
		methods = append(methods,
			method{"single-pass tf-idf", cluster.SinglePassSettings(orders)},
			method{"average-link tf-idf", cluster.AverageLinkSettings()})
	}
	fmt.Fprintln(e.stdout)
	if len(sets) > 1 {
		fmt.Fprintln(e.stdout, "thresholds picked on one half of the topics of every set together, scored on the other halves:")
	} else {
		fmt.Fprintln(e.stdout, "thresholds picked on one half of the topics, scored on the other:")
	}
	for _, m := range methods {
		if err := ctx.Err(); err != nil {
			return err
		}
		held := cluster.CrossValidate(halves, m.settings)
		for k, name := range []string{"A", "B"} {
			fmt.Fprintf(e.stdout, "  %s: picked on half %s: %s, F1 there %.3f\n", m.name, name, held[k].Picked, held[k].TrainF1)
			for i, s := range sets {
				test := held[k].Test[i]
				fmt.Fprintf(e.stdout, "    scored on half %s of %s (%d articles): event P %.3f R %.3f F1 %.3f, topic F1 %.3f\n",
					[]string{"B", "A"}[k], s.name, len(halves[i][1-k]), test.Event.Precision, test.Event.Recall, test.Event.F1, test.Topic.F1)
				if len(orders) > 1 && test.EventF1Max > 0 {
					fmt.Fprintf(e.stdout, "      event F1 over the %d arrival orders: %.3f to %.3f\n", len(orders), test.EventF1Min, test.EventF1Max)
				}
			}
		}
		for i, s := range sets {
			fmt.Fprintf(e.stdout, "  %s: held-out event F1 on %s, mean of the two halves: %.3f\n", m.name, s.name, (held[0].Test[i].Event.F1+held[1].Test[i].Event.F1)/2)
		}
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

// parseSeeds reads --seeds: seeds and ranges of seeds ("1-10"),
// separated by commas.
func parseSeeds(s string) ([]uint64, error) {
	var out []uint64
	for f := range strings.SplitSeq(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(f), "-")
		first, err := strconv.ParseUint(lo, 10, 64)
		last := first
		if err == nil && isRange {
			last, err = strconv.ParseUint(hi, 10, 64)
		}
		if err != nil || last < first || last-first >= maxSeeds {
			return nil, fmt.Errorf("%w: --seeds %q: %q is not a seed or a range of seeds", errUsage, s, f)
		}
		for n := first; ; n++ {
			out = append(out, n)
			if n == last {
				break
			}
		}
	}
	return out, nil
}

// maxSeeds bounds a range of seeds, each a full clustering of the set.
const maxSeeds = 1000

func countEvents(docs []eval.EventDoc) int {
	seen := make(map[string]bool)
	for _, d := range docs {
		seen[d.Event] = true
	}
	return len(seen)
}
