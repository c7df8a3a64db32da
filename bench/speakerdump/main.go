// Command speakerdump prints every quote with a speaker of the English
// texts given, one a line (tab-separated: file, C or U for a confident or
// an uncertain speaker, kind, speaker, speaker entity/kind, cue, words,
// the quote's sentence, the speaker evidence as JSON), so that two builds
// can be compared on the same sources (bench/speakerconf/spent_diff.py).
//
//	go run ./bench/speakerdump /work/spentsrc/news-round17/*/*.txt
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

func main() {
	for _, f := range os.Args[1:] {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatalf("reading a source: %v", err)
		}
		d := nlp.Analyze(string(b), time.Time{})
		for _, q := range d.Quotes {
			if q.Speaker == "" {
				continue
			}
			ev, err := json.Marshal(q.SpeakerEvidence)
			if err != nil {
				log.Fatalf("writing the evidence of a quote of %s: %v", f, err)
			}
			sent := ""
			if q.Sentence >= 0 && q.Sentence < len(d.Sentences) {
				sent = d.Sentences[q.Sentence].Text
			}
			conf := "C"
			if q.SpeakerUncertain != "" {
				conf = "U"
			}
			ent := ""
			if q.SpeakerEntity >= 0 {
				ent = d.Entities[q.SpeakerEntity].Name + "/" + d.Entities[q.SpeakerEntity].Kind
			}
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f, conf, q.Kind, q.Speaker, ent, q.Cue, oneLine(q.Text), oneLine(sent), ev)
		}
	}
}

// oneLine puts text on one line.
func oneLine(text string) string {
	return strings.Join(strings.Fields(text), " ")
}
