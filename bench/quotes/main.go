// Command quotes scores crosscheck's quotes and speakers against PolNeAR
// (attribution/polnear): direct quotes by exact span, their named
// speakers, and reported speech, on the train split (to develop on) and
// the dev split (to report) side by side. What counts as gold is set out
// in internal/eval/polnear_gold.go.
//
//	go run ./bench/quotes [-data ../shared/data] [-errors N] [-train-only] [-speakers FILE]
//
// -errors prints up to N misses of the train split; the dev split is only
// ever shown as totals. -train-only leaves the dev split unread, for runs
// made while developing (the held-out split is scored once, at the end).
// -speakers writes the train split's named speakers, right or wrong, with
// the evidence each rests on (JSON lines), for choosing which evidence
// makes a speaker confident (bench/speakerconf).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

func main() {
	data := flag.String("data", "../shared/data", "evaluation data directory")
	errors := flag.Int("errors", 0, "print up to this many misses of the train split")
	trainOnly := flag.Bool("train-only", false, "score the train split only, leaving the held-out dev split unread")
	speakers := flag.String("speakers", "", "write the train split's judged named speakers to this file")
	flag.Parse()
	if err := run(*data, *errors, *trainOnly, *speakers); err != nil {
		slog.Error("bench/quotes", "err", err)
		os.Exit(1)
	}
}

func run(data string, nErrors int, trainOnly bool, speakers string) error {
	root := filepath.Join(data, "attribution", "polnear")
	var tallies [2]eval.SpeechTally
	splits := []string{"train", "dev"}
	if trainOnly {
		splits = splits[:1]
	}
	for i, split := range splits {
		docs, err := eval.LoadPolNeAR(filepath.Join(root, split))
		if err != nil {
			return err
		}
		for _, d := range docs {
			tallies[i].Add(d, Found(d.Text))
		}
	}
	train, dev := &tallies[0], &tallies[1]
	fmt.Printf("PolNeAR quotes (articles: train %d, dev %d)\n\n", train.Docs, dev.Docs)
	fmt.Println("| measure | train | dev |")
	fmt.Println("| --- | --- | --- |")
	row := func(name string, f func(t *eval.SpeechTally) string) {
		fmt.Printf("| %s | %s | %s |\n", name, f(train), f(dev))
	}
	prf := func(p eval.PRF, which string) string {
		if which == "p" {
			return fmt.Sprintf("%.3f (%d/%d)", p.Precision, p.TP, p.TP+p.FP)
		}
		return fmt.Sprintf("%.3f (%d/%d)", p.Recall, p.TP, p.TP+p.FN)
	}
	ratio := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
	}
	row("direct quotes, exact span: precision", func(t *eval.SpeechTally) string { return prf(t.Direct(), "p") })
	row("direct quotes, exact span: recall", func(t *eval.SpeechTally) string { return prf(t.Direct(), "r") })
	row("named speaker right, of gold named", func(t *eval.SpeechTally) string { return ratio(t.NamedRight, t.NamedGold) })
	row("named speaker right, of those given", func(t *eval.SpeechTally) string { return ratio(t.NamedRight, t.NamedFound) })
	row("reported speech: precision", func(t *eval.SpeechTally) string { return ratio(t.ReportedRight, t.ReportedFound) })
	row("reported, right frames with 3+ words outside the gold content", func(t *eval.SpeechTally) string { return ratio(t.ReportedOver, t.ReportedRight) })
	row("reported speech (indirect): recall", func(t *eval.SpeechTally) string { return ratio(t.ReportedGoldFound, t.ReportedGold) })
	row("reported, named speaker right, of gold named", func(t *eval.SpeechTally) string { return ratio(t.RepNamedRight, t.RepNamedGold) })
	row("reported, named speaker right, of those given", func(t *eval.SpeechTally) string { return ratio(t.RepNamedRight, t.RepNamedFound) })
	row("named speaker right, of those shown confident", func(t *eval.SpeechTally) string { return ratio(t.NamedConfidentRight, t.NamedConfident) })
	row("named speaker, confident of those given", func(t *eval.SpeechTally) string { return ratio(t.NamedConfident, t.NamedFound) })
	row("reported, named speaker right, of those shown confident", func(t *eval.SpeechTally) string {
		return ratio(t.RepNamedConfidentRight, t.RepNamedConfident)
	})
	row("reported, named speaker, confident of those given", func(t *eval.SpeechTally) string { return ratio(t.RepNamedConfident, t.RepNamedFound) })
	if speakers != "" {
		if err := writeSpeakers(speakers, train.Speakers); err != nil {
			return err
		}
	}
	if nErrors > 0 {
		fmt.Println("\ntrain misses:")
		for _, e := range train.Errors[:min(nErrors, len(train.Errors))] {
			fmt.Println(e)
		}
	}
	return nil
}

// Found runs crosscheck's analysis on text and returns its quotes.
func Found(text string) []eval.FoundSpeech {
	d := nlp.Analyze(text, time.Time{})
	var out []eval.FoundSpeech
	for _, q := range d.Quotes {
		f := eval.FoundSpeech{Direct: q.Direct, Text: q.Text, Speaker: q.Speaker, Cue: q.Cue, Span: eval.Range{Start: q.Span.Start, End: q.Span.End},
			Uncertain: q.SpeakerUncertain != "", Evidence: q.SpeakerEvidence}
		for _, p := range q.Parts {
			f.Parts = append(f.Parts, eval.Range{Start: p.Start, End: p.End})
		}
		out = append(out, f)
	}
	return out
}

// writeSpeakers writes the judged speakers to path, one JSON object a line.
func writeSpeakers(path string, speakers []eval.JudgedSpeaker) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing judged speakers: %w", err)
	}
	enc := json.NewEncoder(f)
	for _, s := range speakers {
		if err := enc.Encode(s); err != nil {
			f.Close()
			return fmt.Errorf("writing judged speakers: %w", err)
		}
	}
	return f.Close()
}
