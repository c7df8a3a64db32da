package textdump

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGalleryOnDevelopPage: the Independent sets a fifty-slide gallery of
// other business news between a story's numbered points (readability's
// bug-1255978, develop, flattened; shortened); the region was the gallery
// and the story's lead was lost.
func TestGalleryOnDevelopPage(t *testing.T) {
	a := extractFile(t, "testdata/embedded-gallery.txt")
	if !strings.Contains(a.Text, "Most people go to hotels for the pleasure") {
		t.Errorf("story lost:\n%.600s", a.Text)
	}
	for _, s := range []string{"United goin down", "Manchester United's absence", "Blackpool’s central pier"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("slide %q kept:\n%.600s", s, a.Text)
		}
	}
}

func TestMarkGallery(t *testing.T) {
	para := "The council voted on Monday to keep the library open for another year, after a long campaign by its readers and staff."
	story := []string{para, para + " Again.", para + " Twice.", para + " Thrice.", para + " Once more.", para + " And again.", para + " Still.", para + " Last."}
	slides := func(from, to, total int) []string {
		var s []string
		for k := from; k <= to; k++ {
			s = append(s, fmt.Sprintf("%d/%d Slide title %d", k, total, k), "A caption that tells what the picture shows.", "Ann Lee")
		}
		return s
	}
	cat := func(parts ...[]string) []string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return all
	}
	for name, tc := range map[string]struct {
		lines []string
		want  [2]int // marked range [from, to)
	}{
		"a gallery under a story": {
			cat(story, slides(1, 4, 50), []string{para + " After."}),
			[2]int{8, 20},
		},
		"a gallery inside a story, from its fifth slide": {
			cat(story, slides(5, 8, 12), story),
			[2]int{8, 20},
		},
		// Controls.
		"a photo story: a short introduction over its slides": {
			cat([]string{"Click through the gallery to find out why."}, slides(1, 4, 28)),
			[2]int{0, 0},
		},
		"two slides": {
			cat(story, slides(1, 2, 50)),
			[2]int{0, 0},
		},
		"counters out of order": {
			cat(story, slides(1, 1, 9), slides(3, 3, 9), slides(2, 2, 9), slides(5, 5, 9)),
			[2]int{0, 0},
		},
		"scores in sentences": {
			cat(story, []string{"3 of 12 voters said yes.", "4 of 12 said no.", "5 of 12 did not answer."}),
			[2]int{0, 0},
		},
	} {
		lines := make([]line, len(tc.lines))
		for i, s := range tc.lines {
			lines[i] = line{text: s}
		}
		measure(lines)
		var got [2]int
		for i, l := range lines {
			if l.chrome {
				if got[1] == 0 {
					got[0] = i
				}
				got[1] = i + 1
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: marked lines (-want +got):\n%s", name, diff)
		}
	}
}
