package nlp

import "testing"

// TestRound20ReportedClasses checks the reported-speech classes judged
// wrong in the spent round 20 (BENCHMARKS "2026-12-14 session 14:
// round-20 speaker and reported classes"), on the real sentences of its
// sources, each with a control.
func TestRound20ReportedClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round20 valieva-doping-ban 02.txt
		{"a modal over an adverb is a forecast", "On Tuesday, the International Skating Federation will officially say the gold medal is going to the United States.", nil},
		{"control: the adverb alone", "On Tuesday, the International Skating Federation officially said the gold medal is going to the United States.",
			[]quoteFrame{{QuoteReported, "the gold medal is going to the United States", "International Skating Federation", "said"}}},
		// news-round20 gabon-coup 05.txt
		{"a denied report is not the subject's words", "Gen. Brice Oligui Nguema, who headed the coup, initially denied reports that he has been selected to replace Bongo.", nil},
		// news-round20 gabon-coup 06.txt
		{"a comma and amid open the writer's circumstance", "And the officers announced their seizure of power, in the early hours of Wednesday morning, when they announced the cancellation of elections, the dissolution of institutions and the closure of borders until further notice, amid hearing gunfire from automatic weapons in Libreville, the capital.",
			[]quoteFrame{{QuoteReported, "their seizure of power, in the early hours of Wednesday morning", "And the officers", "announced"}, {QuoteReported, "the cancellation of elections, the dissolution of institutions and the closure of borders until further notice", "", "announced"}}},
		// news-round20 pope-francis-death 03.txt
		{"a dash after a closing cue opens the writer's aside", "Pope Francis has died aged 88, the Vatican has said – just one day after he addressed the Catholic world on Easter Sunday.",
			[]quoteFrame{{QuoteReported, "Pope Francis has died aged 88", "Vatican", "said"}}},
		// news-round20 russia-asat-test 01.txt (the page breaks its line before "1,500")
		{"words cut off at a line break", "The State Department said Russia conducted a \"destructive satellite test of a direct ascent anti-satellite missile,\" which caused more than\n1,500 pieces of space debris.",
			[]quoteFrame{{QuoteDirect, "destructive satellite test of a direct ascent anti-satellite missile,", "State Department", "said"}}},
		{"control: the same words on one line", "The State Department said Russia conducted a \"destructive satellite test of a direct ascent anti-satellite missile,\" which caused more than 1,500 pieces of space debris.",
			[]quoteFrame{{QuoteDirect, "destructive satellite test of a direct ascent anti-satellite missile,", "State Department", "said"}, {QuoteReported, "Russia conducted a \"destructive satellite test of a direct ascent anti-satellite missile,\" which caused more than 1,500 pieces of space debris", "State Department", "said"}}},
	})
}
