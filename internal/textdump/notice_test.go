package textdump

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/lang"
)

// TestSiteNoticesOnDevelopPages: notices the region search keeps because
// they read as sentences, on develop pages of the extraction set (none
// of them in the truth): calls to follow the outlet (BBC Newsbeat,
// AppleInsider, 9to5Mac), an affiliate disclosure (IGN). The story
// stays, and so does a wire's staff credit (Reuters), which internal/nlp
// reads as a credit line.
func TestSiteNoticesOnDevelopPages(t *testing.T) {
	for _, c := range []struct{ id, notice, story string }{
		{"70cb2d5bca", "Follow Newsbeat on Instagram", "Newsbeat"},
		{"65bf3048b5", "Subscribe to AppleInsider on YouTube", "MacBook Pro"},
		{"ad826691a8", "Subscribe to the 9to5Toys YouTube Channel", "Apple"},
		{"287e4d9f4a", "IGN may get a share of the sale", "deals"},
	} {
		a := extractDevDump(t, c.id)
		if strings.Contains(a.Text, c.notice) {
			t.Errorf("%s: notice %q kept:\n%.300s", c.id, c.notice, a.Text)
		}
		if !strings.Contains(a.Text, c.story) {
			t.Errorf("%s: story lost (%q):\n%.300s", c.id, c.story, a.Text)
		}
	}
	if a := extractDevDump(t, "57d46c9d75"); !strings.Contains(a.Text, "Reporting by Rodrigo Campos") {
		t.Errorf("staff credit lost:\n%.300s", a.Text)
	}
}

func TestIsSiteNotice(t *testing.T) {
	en := lang.English()
	lines := []string{
		"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
		"Want more deals? Join the IGN Deals Newsletter.",
		"If you buy something through this post, IGN may get a share of the sale.",
		// Controls: the story's own sentences, and credits, which
		// internal/nlp reads.
		"(Reporting by Greg Roumeliotis, Joshua Franklin; editing by Martin Howell.)",
		"Photo by Joan Bardeletti",
		"Facebook said it would follow Twitter in banning political ads.",
		"Follow-up tests on Instagram's new feature were delayed.",
		"Users who join the platform must be 13 or older.",
		"The company earns a commission on every ride.",
		"Follow the money, investigators say.",
	}
	var got []string
	for _, s := range lines {
		if isSiteNotice(s, len(tokenize(s)), en) {
			got = append(got, s)
		}
	}
	if diff := cmp.Diff(lines[:3], got); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
}
