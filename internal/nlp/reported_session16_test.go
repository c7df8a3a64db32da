package nlp

import "testing"

// TestSession16ReportedClasses checks the reported-speech classes judged
// wrong in the spent rounds 22 and 23 and left by session 15 (BENCHMARKS
// "2026-12-16 session 16: quotes, speakers and reported speech"), on the
// real sentences of their sources and of PolNeAR train, each with a
// control: every quote of the text.
func TestSession16ReportedClasses(t *testing.T) {
	checkFrames(t, []frameCase{
		// news-round23 apple-trillion-value 03.txt, the cue "confirmed"
		// ("reported" keeps a noun phrase: a seed annotates one)
		{"a past form after a comparative's than is no verb", "The company confirmed better than expected results for the quarter.", nil},
		{"control: a past form after more than is a verb", "The company confirmed profits more than doubled in the quarter.",
			[]quoteFrame{{QuoteReported, "profits more than doubled in the quarter", "The company", "confirmed"}}},
		// PolNeAR train wash-post_2016-01-18_a-sharper-tone-as-stakes-rise
		{"recalled with its object names the matter recalled", "Hillary Clinton recalled her days as secretary of state advising the president in the White House Situation Room.", nil},
		{"control: a clause with an irregular past after recalled", "Clinton recalled the room went silent when the news came.",
			[]quoteFrame{{QuoteReported, "the room went silent when the news came", "Clinton", "recalled"}}},
		// news-round23 mayweather-mcgregor-fight 01.txt
		{"warned with its object names the one warned", "There was little action in the following rounds but McGregor remained the busier, moving forward and jabbing at Mayweather, though referee Robert Byrd warned him for hitting behind the head.", nil},
		// news-round21 mayfield-tornado 06.txt
		{"control: warned, a day, then that", "Gov. Andy Beshear initially warned, Sunday, that the state’s overall death toll from the outbreak of twisters, Friday night, in Mayfield and other communities could exceed 100.",
			[]quoteFrame{{QuoteReported, "Sunday, that the state’s overall death toll from the outbreak of twisters, Friday night, in Mayfield and other communities could exceed 100", "Andy Beshear", "warned"}}},
		// news-round22 zika-emergency 03.txt
		{"words ending on the editor's [...] were cut", "Last week a WHO expert said the UN agency [...]", nil},
		{"control: the words in full", "Last week a WHO expert said the UN agency would act.",
			[]quoteFrame{{QuoteReported, "the UN agency would act", "a WHO expert", "said"}}},
		// news-round23 federer-retirement 04.txt
		{"a participle before a quotation presents it", "Federer tweeted a statement to his followers saying, “I’ve worked hard to return to full competitive form.”",
			[]quoteFrame{{QuoteDirect, "I’ve worked hard to return to full competitive form.", "Federer", "saying"}}},
		// PolNeAR train breitbart_2016-05-04_ann-coulter-and-then-there-was-t
		{"control: a frame before adding and a quotation", "Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino votes.”",
			[]quoteFrame{
				{QuoteDirect, "had a crazy policy of self-deportation which was maniacal,", "Donald Trump", "told"},
				{QuoteDirect, "He lost all of the Latino votes.", "Donald Trump", "adding"},
				{QuoteReported, "Mitt Romney “had a crazy policy of self-deportation which was maniacal", "Donald Trump", "told"},
			}},
		// news-round23 africa-wild-polio-free 03.txt (without "World Health
		// Organization (WHO)" in the setting, which gives the acronym to
		// the Regional Committee: an entity class left open)
		{"the setting after a connective is no statement", "However, at the Health Ministers and representatives from African countries virtually meeting for the Seventieth session of the Regional Committee for Africa today, the WHO formally confirmed Nigeria’s status and also confirmed that Africa is now wild-polio free.",
			[]quoteFrame{{QuoteReported, "Africa is now wild-polio free", "World Health Organization", "confirmed"}}},
		// news-round22 bowie-death 07.txt
		{"said goodbye names a parting, no words", "The last year has been sad year for music legends as we also said goodbye to Lemmy from Motorhead, Scott Weiland of Stone Temple Pilots and soul legends Percy Sledge and B.B. King.", nil},
		{"control: a capitalised name after said", "Officials said Grace Mugabe had left the country.",
			[]quoteFrame{{QuoteReported, "Grace Mugabe had left the country", "Officials", "said"}}},
		// news-round17 maradona-death 05.txt
		{"adverbs and a comma close a parenthetical cue", "Cocaine, he once said famously, had proven to be his “toughest rival”.",
			[]quoteFrame{{QuoteDirect, "toughest rival", "", "said"}}},
		// news-round17 soleimani-killing 03.txt
		{"an inverted outlet after a source relays it", "According to the State Department, 17 percent of all deaths of U.S. personnel in Iraq from 2003 to 2011 were orchestrated by Soleimani, reports Fox News.",
			[]quoteFrame{{QuoteReported, "17 percent of all deaths of U.S. personnel in Iraq from 2003 to 2011 were orchestrated by Soleimani", "the State Department", "according to"}}},
		// news-round17 kim-jong-nam-killing 02.txt
		{"a date after a source that ends on a day is the source's", "According to a report by The Sun yesterday, 27 March, the remains of North Korean leader Kim Jong-un's half brother, Kim Jong-nam will be sent back to his immediate family back in Macau.",
			[]quoteFrame{{QuoteReported, "the remains of North Korean leader Kim Jong-un's half brother, Kim Jong-nam will be sent back to his immediate family back in Macau", "a report by The Sun", "according to"}}},
	})
}
