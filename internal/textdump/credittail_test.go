package textdump

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCreditTail: captions closing on a wire's or a paper's picture
// credit without a colon, from develop pages (Reuters, New York Times)
// and unlabelled pages (Newsweek, Reuters), are furniture; the story's
// own sentences that name an agency or a credit are not.
func TestCreditTail(t *testing.T) {
	lines := []string{
		"FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid",
		"Trump asked voters in Louisiana for a big win. He didn’t get it. Credit... Doug Mills/The New York Times",
		"President Trump at the Economic Club of New York last week.Credit...Anna Moneymaker/The New York Times",
		"(From L) Chris Christie, Nikki Haley, Ron DeSantis, Vivek Ramaswamy and Tim Scott at the debate on November 8, 2023. Donald Trump didn't take part. Mandel NGAN / AFP/Getty Images",
		"President Joe Biden speaks in the East Room. AP Photo/Evan Vucci",
		// Controls.
		"The photographer, who has worked for Reuters since 2001, said the picture was taken in New York.",
		"The agency's credit rating was cut to junk by Moody's on Friday.",
		"Credit card debt rose to a record, the Fed said.",
		"The AFP/Getty Images deal covers sports pictures.",
		"He told AP that the vote would be close.",
	}
	var got []string
	for _, s := range lines {
		if isChromeLine(s, len(tokenize(s))) {
			got = append(got, s)
		}
	}
	if diff := cmp.Diff(lines[:5], got); diff != "" {
		t.Errorf("credit tails (-want +got):\n%s", diff)
	}
}

// TestCreditTailOnDevelopPages: the captions leave the body of develop
// pages, and with the New York Times' caption the page's furniture above
// it (its section label, the headline's teaser copy) no longer joins
// the region.
func TestCreditTailOnDevelopPages(t *testing.T) {
	for _, c := range []struct{ id, caption, story string }{
		{"57d46c9d75", "REUTERS/Brendan McDermid", "Oil prices fell"},
		{"04a6711caa", "Credit... Doug Mills", "Mitch McConnell"},
		{"04a6711caa", "Supported by", "Mitch McConnell"},
		{"702d1da63b", "Credit... Anna Moneymaker", "Keith Bradsher"},
	} {
		a := extractDevDump(t, c.id)
		if strings.Contains(a.Text, c.caption) {
			t.Errorf("%s: %q kept", c.id, c.caption)
		}
		if !strings.Contains(a.Text, c.story) {
			t.Errorf("%s: story lost (%q)", c.id, c.story)
		}
	}
}
