package nlp

import (
	"math"
	"strings"
	"testing"
	"time"
)

var fuzzSeeds = []string{
	"Mr. Kim met Brig. Gen. Pat Ryder on Sept. 10 in the U.S. capital. Then he left.",
	"“It will be large. A lunch is planned,” said Dmitry Peskov.\n\n‘We cannot.\n\n‘We will.’ the statement read.",
	"Quote: \"Both leaders would be there, according to the officials.\n\nMr. Kim also plans to visit Pier 33, they said.\"",
	"The train left on Sunday night; the summit is on Tuesday or Wednesday, between September 10 and 13, in April 2019.",
	"«Да» — he said. 'x' \" ‘ ’ “ ”",
	"at the end of last month 75 miles less than 100 miles 1,099 km about 60 km/h tens of millions of shells",
	"TRIPOLI, Libya (AP) _ The opposition was led by Hun Sen. ''We will win 10,000 seats,'' Mr. Sen said. ''It is ours.''",
	"The Communist, 6th graf prv\n\n8:20 a.m.\n\n“It was 38,000 feet,” Harry M. Reid, who spoke for J. J. Price, said. “Yes.”\n(AP Photo/Evan Vucci)",
	"In 2016, Mrs. Edda Strand (R-Ohio) endorsed Piet Varga, saying he had “the courage” to win, until Rep. Steve Israel said, “No,” and warned of it. “Yes,” she continued.",
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for i, s := range SplitSentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text || s.Index != i {
				t.Fatalf("sentence %d %+v out of order or not matching the text", i, s)
			}
			prev = s.End
		}
	})
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Analyze(text, time.Date(2023, 9, 4, 0, 0, 0, 0, time.UTC))
		for _, q := range d.Quotes {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
				t.Fatalf("quote span %+v outside the text", q.Span)
			}
			if q.SpeakerEntity >= len(d.Entities) {
				t.Fatalf("speaker entity %d of %d", q.SpeakerEntity, len(d.Entities))
			}
			if q.Sentence >= len(d.Sentences) || strings.TrimSpace(q.Text) == "" {
				t.Fatalf("quote %+v: sentence %d of %d, or no words", q, q.Sentence, len(d.Sentences))
			}
			if !q.Direct && q.Cue == "" {
				t.Fatalf("reported speech %q without a cue", q.Text)
			}
			if (q.Kind == QuoteDirect) != q.Direct || q.Kind != QuoteDirect && q.Kind != QuoteReported {
				t.Fatalf("quote %q: kind %q, direct %v", q.Text, q.Kind, q.Direct)
			}
			for _, p := range q.Parts {
				if p.Start < q.Span.Start || p.End > q.Span.End || p.Start >= p.End {
					t.Fatalf("quote part %+v outside its span %+v", p, q.Span)
				}
			}
		}
	})
}

func FuzzFindTimes(f *testing.F) {
	for _, s := range append(fuzzSeeds, timeFuzzSeeds...) {
		f.Add(s, int64(1693785600))
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, ref int64) {
		d := Doc{Text: text, Sentences: SplitSentences(text)}
		var when time.Time
		if ref != 0 {
			when = time.Unix(ref%(1<<33), 0).UTC()
		}
		for _, te := range FindTimes(&d, when) {
			checkTimeExpr(t, text, te)
		}
	})
}

func FuzzFindQuantities(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("All 22 crew members were rescued and two of them were hurt. Two of the 22 crew members, twenty-two passengers, dozens of people; 104 degrees Fahrenheit, 2,205 short tons, 1,500 acres.")
	f.Fuzz(func(t *testing.T, text string) {
		d := Doc{Text: text, Sentences: SplitSentences(text)}
		for _, q := range FindQuantities(&d, nil) {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End || text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("quantity %+v does not match the text", q)
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || math.IsNaN(q.ValueMax) || math.IsInf(q.ValueMax, 0) || q.ValueMax < q.Value {
				t.Fatalf("quantity %q has values %v–%v", q.Text, q.Value, q.ValueMax)
			}
			if q.Unit == "" || q.Step < 0 {
				t.Fatalf("quantity %q has unit %q, step %v", q.Text, q.Unit, q.Step)
			}
			if q.Sentence < 0 || q.Sentence >= len(d.Sentences) || !inSentence(d.Sentences[q.Sentence], q.Span) {
				t.Fatalf("quantity %q is not inside its sentence %d", q.Text, q.Sentence)
			}
		}
	})
}

func inSentence(s Sentence, sp Span) bool { return s.Start <= sp.Start && sp.End <= s.End }
