// Command citations checks the briefing's summary citations against the
// ECB+ event coreference: every ECB+ event (topic and corpus half) is
// briefed from its articles, and each sentence a summary sentence cites
// from another article is judged by eval.JudgeCitation: does it mention an
// event instance the summary sentence mentions? Develop and held-out
// topics (eval.HeldOutTopic) are counted apart.
//
//	go run ./bench/citations [-data ../shared/data] [-v]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

func main() {
	data := flag.String("data", "../shared/data", "the evaluation data directory")
	verbose := flag.Bool("v", false, "print every judged citation")
	developOnly := flag.Bool("develop", false, "score the develop topics only (while tuning)")
	flag.Parse()
	if err := run(context.Background(), *data, *verbose, *developOnly); err != nil {
		fmt.Fprintln(os.Stderr, "citations:", err)
		os.Exit(1)
	}
}

type tally struct {
	stories, sentences, citations int
	verdicts                      map[string]int
}

func run(ctx context.Context, data string, verbose, developOnly bool) error {
	dir := filepath.Join(data, "alignment")
	docs, err := eval.LoadECBPlus(filepath.Join(dir, "ecbplus"), filepath.Join(dir, "ECBplus_coreference_sentences.csv"), nil)
	if err != nil {
		return err
	}
	tallies := map[bool]*tally{false: {verdicts: map[string]int{}}, true: {verdicts: map[string]int{}}}
	for _, story := range eval.ECBStories(docs) {
		held := eval.HeldOutTopic(story.Docs[0].Topic)
		if held && developOnly {
			continue
		}
		t := tallies[held]
		arts := make([]article.Article, len(story.Docs))
		for i, d := range story.Docs {
			arts[i] = article.Article{ID: int64(i + 1), Site: d.Name, Origin: d.Name, Text: d.Text}
		}
		b, err := brief.Build(ctx, brief.Story{}, arts, nil)
		if err != nil {
			return fmt.Errorf("briefing %s: %w", story.Event, err)
		}
		t.stories++
		sents := make([][]nlp.Sentence, len(story.Docs))
		for i, d := range story.Docs {
			sents[i] = nlp.SplitSentences(d.Text)
		}
		ecbSentence := func(r brief.Ref) (*eval.ECBDoc, int) {
			i := int(r.Article - 1)
			if i < 0 || i >= len(story.Docs) || r.Sentence < 0 || r.Sentence >= len(sents[i]) {
				return nil, -1
			}
			d := story.Docs[i]
			return d, d.SentenceOf(sents[i][r.Sentence].Start)
		}
		for _, ss := range b.Summary {
			t.sentences++
			if len(ss.Refs) == 0 {
				continue
			}
			a, sa := ecbSentence(ss.Refs[0])
			for _, r := range ss.Refs[1:] {
				t.citations++
				c, sc := ecbSentence(r)
				v := eval.CitationUnjudged
				if a != nil && c != nil {
					v = eval.JudgeCitation(a, sa, c, sc)
				}
				t.verdicts[v]++
				if verbose && v != eval.CitationUnjudged {
					fmt.Printf("%-11s %s\n  summary: %s\n  cited:   %s\n", v, story.Event, oneLine(ss.Text), oneLine(c.Text[c.Sentences[sc].Start:c.Sentences[sc].End]))
				}
			}
		}
	}
	fmt.Println("Summary citations judged by ECB+ event coreference (supported: the cited sentence mentions an event instance of the summary sentence)")
	fmt.Println()
	fmt.Println("| split | stories | summary sentences | citations | judged | supported | unsupported | supported / judged |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- |")
	for _, held := range []bool{false, true} {
		t := tallies[held]
		name := "develop"
		if held {
			name = "held-out"
		}
		judged := t.verdicts[eval.CitationSupported] + t.verdicts[eval.CitationUnsupported]
		frac := 0.0
		if judged > 0 {
			frac = float64(t.verdicts[eval.CitationSupported]) / float64(judged)
		}
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d | %.3f |\n", name, t.stories, t.sentences, t.citations, judged,
			t.verdicts[eval.CitationSupported], t.verdicts[eval.CitationUnsupported], frac)
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
