package cli

import (
	"context"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

// runEvalAlign scores the alignment against the ECB+ gold: pairs of
// annotated sentences of different articles put in one fact, against
// pairs sharing a cross-document action instance; and conflicts, judged
// by the time, location and participant chains. Each ECB+ event is one
// story. The develop topics and the held-out ones (eval.HeldOutTopic) are
// scored apart, each with the words-only baseline beside it.
func runEvalAlign(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval align", "DIR\n\nDIR is the ECB+ alignment directory: ecbplus/TOPIC/NAME.xml.gz and ECBplus_coreference_sentences.csv.")
	verbose := fs.Bool("v", false, "list the wrong pairs and conflicts of the develop topics (never the held-out ones)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one DIR, got %d arguments", errUsage, len(pos))
	}
	dir := pos[0]
	docs, err := eval.LoadECBPlus(filepath.Join(dir, "ecbplus"), filepath.Join(dir, "ECBplus_coreference_sentences.csv"), nil)
	if err != nil {
		return err
	}
	var halves [2][]eval.ECBDoc // develop, held out
	for _, d := range docs {
		k := 0
		if eval.HeldOutTopic(d.Topic) {
			k = 1
		}
		halves[k] = append(halves[k], d)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "topics\taligner\tstories\tpair P\tpair R\tF1\ttp\tfp\tfn\tconflicts right\twrong\tunjudged\tP\tuncertain right\twrong\tunjudged\tupdates\t")
	var whys [2]map[string]int
	var sure []string // the same-event pairs of confident credits, by half
	for k, name := range []string{"develop", "held-out"} {
		for _, mode := range []struct {
			name string
			opts align.Options
		}{{"words only", align.Options{WordsOnly: true}}, {"same event", align.Options{}}} {
			if err := ctx.Err(); err != nil {
				return err
			}
			var log io.Writer
			if *verbose && k == 0 && !mode.opts.WordsOnly {
				log = e.stderr
			}
			s := scoreAlign(halves[k], mode.opts, log)
			if !mode.opts.WordsOnly {
				whys[k] = s.why
				c := s.confidentPairs
				sure = append(sure, fmt.Sprintf("%s same event, confident credits only: pair P %.3f R %.3f F1 %.3f tp %d fp %d fn %d\n", name, c.Precision, c.Recall, c.F1(), c.TP, c.FP, c.FN))
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%d\t%d\t%d\t%d\t\n", name, mode.name, s.stories,
				s.pairs.Precision, s.pairs.Recall, s.pairs.F1(), s.pairs.TP, s.pairs.FP, s.pairs.FN,
				s.confident[0], s.confident[1], s.confident[2], ratio(s.confident[0], s.confident[0]+s.confident[1]),
				s.uncertain[0], s.uncertain[1], s.uncertain[2], s.updates)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, l := range sure {
		fmt.Fprint(e.stdout, l)
	}
	for k, name := range []string{"develop", "held-out"} {
		for _, r := range slices.Sorted(maps.Keys(whys[k])) {
			fmt.Fprintf(e.stdout, "%s conflicts %s: %d\n", name, r, whys[k][r])
		}
	}
	fmt.Fprintf(e.stdout, "%d documents; develop %d, held out %d (odd topics never read before, eval.HeldOutTopic); one story per ECB+ event\n", len(docs), len(halves[0]), len(halves[1]))
	return nil
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// alignScore sums one half's scores: pairs over all its stories, and
// conflict verdicts (right, wrong, unjudged).
type alignScore struct {
	stories int
	// pairs count every credit; confidentPairs the confident ones only.
	pairs, confidentPairs eval.PRF
	confident, uncertain  [3]int
	updates               int
	// why tallies the judge's reasons for confident conflicts that are
	// not right and uncertain ones that are wrong.
	why map[string]int
}

func scoreAlign(docs []eval.ECBDoc, opts align.Options, log io.Writer) alignScore {
	out := alignScore{why: map[string]int{}}
	var gold [][]eval.SentKey
	predicted := map[eval.SentKey][]int{}
	// confident leaves out the credits the aligner is not confident of
	// (align.Ref.Uncertain), as the briefing counts outlets.
	confident := map[eval.SentKey][]int{}
	nextClaim := 0
	for _, st := range eval.ECBStories(docs) {
		out.stories++
		gold = append(gold, st.SameFactGold()...)
		inputs := make([]align.Input, len(st.Docs))
		for i, d := range st.Docs {
			inputs[i] = align.Input{ArticleID: int64(i + 1), Outlet: d.Name, Text: d.Text, Doc: nlp.Analyze(d.Text, time.Time{})}
		}
		res := align.Align(inputs, opts)
		// A pipeline sentence lies in one ECB+ sentence (they are one a
		// line); several may.
		keyOf := func(r align.Ref) eval.SentKey {
			in := inputs[r.ArticleID-1]
			d := st.Docs[r.ArticleID-1]
			return eval.SentKey{Doc: d.Name, Sentence: d.SentenceOf(in.Doc.Sentences[r.Sentence].Start)}
		}
		for _, c := range res.Claims {
			if len(strings.Fields(c.Text)) < 4 { // as the briefing drops them
				continue
			}
			for _, r := range c.Sentences {
				k := keyOf(r)
				predicted[k] = append(predicted[k], nextClaim+c.ID)
				if r.Uncertain == "" {
					confident[k] = append(confident[k], nextClaim+c.ID)
				}
			}
		}
		if log != nil {
			logPairs(log, st, res, keyOf)
		}
		nextClaim += len(res.Claims)
		for _, c := range res.Conflicts {
			if c.Update {
				out.updates++
				continue
			}
			v, why := judgeConflict(st, inputs, c, keyOf)
			n := &out.confident
			if c.Uncertain != "" {
				n = &out.uncertain
			}
			switch {
			case c.Uncertain == "" && v != eval.VerdictRight:
				out.why["confident, "+v+": "+why]++
			case c.Uncertain != "" && v == eval.VerdictWrong:
				out.why["uncertain ("+c.Uncertain+"), "+v+": "+why]++
			}
			switch v {
			case eval.VerdictRight:
				n[0]++
			case eval.VerdictWrong:
				n[1]++
			default:
				n[2]++
			}
			if log != nil && v != eval.VerdictRight {
				fmt.Fprintf(log, "CONFLICT %s %s (%s; uncertain %q) slot %q: %s\n", st.Event, v, why, c.Uncertain, c.Slot, variantsText(c))
			}
		}
	}
	out.pairs = eval.PairwiseAlignment(gold, predicted)
	out.confidentPairs = eval.PairwiseAlignment(gold, confident)
	return out
}

// judgeConflict judges a conflict by its first two variants' values:
// right when some value of one and some value of the other fill one
// slot, else wrong when some pair was judged, else unjudged.
func judgeConflict(st eval.ECBStory, inputs []align.Input, c align.Conflict, keyOf func(align.Ref) eval.SentKey) (string, string) {
	kind := c.Kind
	if kind == align.ConflictWeekday {
		kind = "weekday"
	}
	values := func(v align.Variant) []eval.ValueAt {
		var out []eval.ValueAt
		for _, r := range v.Refs {
			k := keyOf(r)
			d := st.Docs[r.ArticleID-1]
			if start, end, ok := eval.FindValue(d, k.Sentence, v.Value); ok {
				out = append(out, eval.ValueAt{Doc: d, Start: start, End: end, Kind: kind})
			}
		}
		return out
	}
	verdict, reason := eval.VerdictUnjudged, "value not found in its sentence"
	for i := range c.Variants {
		for j := i + 1; j < len(c.Variants); j++ {
			for _, a := range values(c.Variants[i]) {
				for _, b := range values(c.Variants[j]) {
					v, why := eval.JudgeValues(a, b)
					switch {
					case v == eval.VerdictRight:
						return v, why
					case v == eval.VerdictWrong || verdict == eval.VerdictUnjudged:
						verdict, reason = v, why
					}
				}
			}
		}
	}
	return verdict, reason
}

func variantsText(c align.Conflict) string {
	var parts []string
	for _, v := range c.Variants {
		s := fmt.Sprintf("%q", v.Value)
		if len(v.Refs) > 0 {
			s += " in " + fmt.Sprintf("%q", v.Refs[0].Text)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " vs ")
}

// logPairs lists a develop story's false pairs: sentences of different
// articles in one claim that share no action instance.
func logPairs(w io.Writer, st eval.ECBStory, res align.Result, keyOf func(align.Ref) eval.SentKey) {
	goldPair := map[[2]eval.SentKey]bool{}
	annotated := map[eval.SentKey]bool{}
	for _, g := range st.SameFactGold() {
		for i, a := range g {
			annotated[a] = true
			for _, b := range g[i+1:] {
				goldPair[[2]eval.SentKey{a, b}], goldPair[[2]eval.SentKey{b, a}] = true, true
			}
		}
	}
	for _, c := range res.Claims {
		for i, a := range c.Sentences {
			for _, b := range c.Sentences[i+1:] {
				ka, kb := keyOf(a), keyOf(b)
				if ka.Doc == kb.Doc || !annotated[ka] || !annotated[kb] || goldPair[[2]eval.SentKey{ka, kb}] {
					continue
				}
				fmt.Fprintf(w, "PAIR %s fp:\n  %s: %s\n  %s: %s\n", st.Event, a.Outlet, a.ClauseText(), b.Outlet, b.ClauseText())
			}
		}
	}
}
