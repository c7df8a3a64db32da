package nlp

import "testing"

// TestRound25SpeakerClasses checks the quote classes judged wrong in
// rounds 24 and 25 (BENCHMARKS "2026-12-16 session 16: round-24/25 quote
// and speaker classes"): a live blog's stamp ("UPDATED 6:57 p.m. EDT:")
// is no part of the subject, and a cue whose object is a picture or a
// video reports no words. Real sentences of the spent rounds and of
// PolNeAR train, with controls; every quote of the text.
func TestRound25SpeakerClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round25 boston-marathon-bombing 04.txt
		{"a time zone before the subject", "UPDATED 6:57 p.m. EDT: Police officials have confirmed that one of the victims killed by today's Boston Marathon bombing was an eight-year-old.",
			[]quoteFrame{{QuoteReported, "one of the victims killed by today's Boston Marathon bombing was an eight-year-old", "Police officials", "confirmed"}}},
		// news-round25 norway-attacks 04.txt
		{"posting pictures", "NRK and other Norwegian media posted pictures of the blond, blue-eyed Norwegian.", nil},
		// PolNeAR train breitbart_2016-04-14_the-latest-trump-delivers-defens
		{"tweeting a photograph", "Fields later tweeted a photograph of her bruised forearm.", nil},
		// PolNeAR train nyt_2016-04-23_campaign-for-trump-says-he-ll-re
		{"control: a record noun inside a clause", "Campaign for Trump says he'll recast image;",
			[]quoteFrame{{QuoteReported, "he'll recast image;", "Campaign for Trump", "says"}}},
		// news-round25 boston-marathon-bombing 04.txt
		{"control: a named speaker after a time zone", "UPDATED 6:22 p.m. EDT: In remarks to reporters from the White House briefing room, President Obama acknowledged that the investigation into today's bombings in Boston was ongoing.",
			[]quoteFrame{{QuoteReported, "the investigation into today's bombings in Boston was ongoing", "Barack Obama", "acknowledged"}}},
		// PolNeAR train breitbart_2016-03-01_the-latest-sanders-wins-minnesot
		{"control: posting a message", "Trump posted a message on Twitter reading “Thank you Georgia” moments after polls closed.",
			[]quoteFrame{{QuoteReported, "a message on Twitter reading “Thank you Georgia” moments after polls closed", "Donald Trump", "posted"}}},
		// news-round16-base trump-butler-shooting 01.txt
		{"control: posting a clause", "Later Saturday night, Trump posted on his Truth Social media site that a bullet “pierced the upper part of my right ear.”",
			[]quoteFrame{{QuoteDirect, "pierced the upper part of my right ear.", "Donald Trump", "posted"}, {QuoteReported, "a bullet “pierced the upper part of my right ear.”", "Donald Trump", "posted"}}},
	})
}
