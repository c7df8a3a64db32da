package nlp

import (
	"slices"
	"testing"
	"time"
)

// TestRound30SpeakerClasses checks the quote-speaker and reported-speech
// classes judged wrong in round 30 (BENCHMARKS "2026-12-18 session 18:
// after round 30, quote speakers and reported speech"). Sentences
// written in the shapes of the judged ones, with controls; every quote
// of the text.
func TestRound30SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		{"a second role after an according-to source is the subject", "According to the hospital spokesman, the Governor, 61, “remains stable” and is receiving “excellent care”.",
			[]quoteFrame{
				{QuoteDirect, "remains stable", "the hospital spokesman", "according to"},
				{QuoteDirect, "excellent care", "the hospital spokesman", "according to"},
				{QuoteReported, "the Governor, 61, “remains stable” and is receiving “excellent care”", "the hospital spokesman", "according to"},
			}},
		{"control: a name set off after an according-to role", "According to the country's interim prime minister, Claude Joseph, the president's home was attacked overnight.",
			[]quoteFrame{{QuoteReported, "the president's home was attacked overnight", "Claude Joseph", "according to"}}},
		{"a passive cue with an aged subject", "The governor, 61, was admitted to hospital in Dover with “persistent symptoms” on Sunday evening.",
			[]quoteFrame{{QuoteDirect, "persistent symptoms", "", "admitted"}}},
		{"control: an active cue", "The governor admitted to reporters that he had “persistent symptoms” on Sunday.",
			[]quoteFrame{{QuoteDirect, "persistent symptoms", "governor", "admitted"}}},
		{"control: a passive cue before an auxiliary's infinitive", "President Jo Hart also is reported to have called the Saudis “free riders” who rely on aid.",
			[]quoteFrame{{QuoteDirect, "free riders", "Jo Hart", "reported"}}},
		{"a source set off after a subordinator covers the clause it opens", "The policy affected roughly 200 people held at airports as, according to CNN, “travelers already in the air were stopped and detained on arrival.”",
			[]quoteFrame{
				{QuoteDirect, "travelers already in the air were stopped and detained on arrival.", "CNN", "according to"},
				{QuoteReported, "“travelers already in the air were stopped and detained on arrival.”", "CNN", "according to"},
			}},
		{"the news as the object names the telling", "The governor announced the news himself in a Twitter message shortly before 1 a.m. Friday.",
			nil},
		{"control: the news that …", "The governor announced the news that he would resign on Friday.",
			[]quoteFrame{{QuoteReported, "the news that he would resign on Friday", "governor", "announced"}}},
		{"asking someone for a thing", "Jo Hart had asked Twitter users for logo ideas and ultimately chose the X logo.",
			nil},
		{"control: telling someone for the first time", "Jo Hart told reporters for the first time that he would resign.",
			[]quoteFrame{{QuoteReported, "he would resign", "Jo Hart", "told"}}},
		{"a participle with its own subject after about", "“We are always truthful,” Ada Bello told reporters when pressed about Jo Hart previously saying he would not pardon his son.",
			[]quoteFrame{
				{QuoteDirect, "We are always truthful,", "Ada Bello", "told"},
				{QuoteReported, "he would not pardon his son", "Jo Hart", "saying"},
			}},
		{"a photo credit before the sentence", "Bethany Clarke/Getty ImagesAccording to WCNC Charlotte, Jo Hart has recently revealed that he will replace the blue bird.",
			[]quoteFrame{{QuoteReported, "Jo Hart has recently revealed that he will replace the blue bird", "WCNC Charlotte", "according to"}}},
		{"the writer's next act after what was announced", "Jo Hart accelerated the rebranding by announcing that the site would now redirect to Twitter, and he hinted at bidding farewell to the bird logo.",
			[]quoteFrame{{QuoteReported, "the site would now redirect to Twitter", "", "announcing"}}},
	})
}

// TestRound30SourceNotApposed checks that a second role after an
// according-to source is not merged with it: the source's entity is
// not the subject's.
func TestRound30SourceNotApposed(t *testing.T) {
	d := Analyze("Governor Jo Hart was taken to hospital on Sunday. According to the hospital spokesman, the Governor, 61, “remains stable”.", time.Time{})
	var got []string
	for _, q := range d.Quotes {
		if q.SpeakerEntity >= 0 {
			got = append(got, d.Entities[q.SpeakerEntity].Name)
		}
	}
	if len(got) == 0 || slices.Contains(got, "Jo Hart") || slices.Contains(got, "the Governor") {
		t.Errorf("speaker entities = %q, want the spokesman's", got)
	}
}
