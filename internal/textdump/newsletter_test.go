package textdump

import (
	"strings"
	"testing"
)

// TestNewsletterBoxLeavesTheBody: a sports story's dump (real bytes of
// the extraction set) whose sign-up box printed its confirmation lines
// under the article: "Thanks for signing up!", "Keep an eye on your inbox
// for the latest sports news.", the opt-in box's reminder.
func TestNewsletterBoxLeavesTheBody(t *testing.T) {
	a := extractDevDump(t, "08f793762792")
	for _, line := range []string{"Thanks for signing up", "Keep an eye on your inbox", "opt-in box"} {
		if strings.Contains(a.Text, line) {
			t.Errorf("%q left in the body", line)
		}
	}
	if !strings.Contains(a.Text, "Myles Garrett") {
		t.Errorf("the article is gone:\n%s", a.Text)
	}
}
