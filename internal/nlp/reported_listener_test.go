package nlp

import "testing"

// After a cue of telling the first noun phrase is the one told: a
// channel named before the sentence's end ("told the SkyTG24 news
// channel."), a phrase before a quotation ("told a news conference,
// “…”"), a name before a determiner ("told News Corporation the
// aircraft …"). Sentences from the spent audit rounds, with controls.
func TestReportedListener(t *testing.T) {
	checkFrames(t, []frameCase{
		{name: "a channel told, nothing said after it",
			text: "Edoardo Rixi, who is from Genoa, told the SkyTG24 news channel.",
			want: nil},
		{name: "a news conference told before a quotation",
			text: "Head of the search and rescue team, Muhmmad Syaugi, told a news conference, “We don’t know yet whether there are any survivors.”",
			want: []quoteFrame{{QuoteDirect, "We don’t know yet whether there are any survivors.", "Muhmmad Syaugi", "told"}}},
		{name: "a name told, then what was told",
			text: "Basarnas spokesperson Yusuf Latif told News Corporation the aircraft was believed to have crashed near Tanjung Karawang.",
			want: []quoteFrame{{QuoteReported, "the aircraft was believed to have crashed near Tanjung Karawang", "Yusuf Latif", "told"}}},
		{name: "control: a name told, then that",
			text: "Basarnas spokesperson Yusuf Latif told News Corporation that the aircraft had crashed near Tanjung Karawang.",
			want: []quoteFrame{{QuoteReported, "the aircraft had crashed near Tanjung Karawang", "Yusuf Latif", "told"}}},
		{name: "control: a told story is no listener, and nothing was said",
			text: "She told the story of the crash to a local paper.",
			want: nil},
	})
}
