package textdump

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSharedCardsOnDevelopPage: a Portuguese blog prints one post, then
// "Você pode gostar..." and six other posts, each a paragraph over the
// same share bar; the body was all seven posts (precision 0.20).
func TestSharedCardsOnDevelopPage(t *testing.T) {
	a := extractDevDump(t, "b3c19dd5f0")
	if !strings.HasPrefix(a.Text, "Viver uma verdadeira experiência amorosa") {
		t.Errorf("story lost:\n%.300s", a.Text)
	}
	for _, other := range []string{"A vida requer da gente otimismo", "O que une uma família é o amor", "Gratidão pela vida está nos detalhes"} {
		if strings.Contains(a.Text, other) {
			t.Errorf("another post kept (%q):\n%.600s", other, a.Text)
		}
	}
}

func TestMarkSharedCards(t *testing.T) {
	const bar = "Whatsapp Facebook Pinterest"
	post := "Gratitude lives in the details, in a smile on waking and a prayer of thanks at night."
	para := "The council voted on Monday to keep the library open for another year."
	for name, tc := range map[string]struct {
		lines []string
		want  []int // lines marked chrome, the bars aside
	}{
		"a feed of posts under a story": {
			[]string{bar, para, para + " Again.", "You may also like", bar, post, bar, post + " 2", bar, post + " 3", bar, post + " 4", bar},
			[]int{5, 7, 9, 11},
		},
		"a card of a headline and its blurb": {
			[]string{bar, "Library stays open", post, bar, "Bridge reopens", post + " 2", bar, "Park closes", post + " 3", bar},
			[]int{1, 2, 4, 5, 7, 8},
		},
		// Controls.
		"the story's own bars at both ends": {
			[]string{bar, para, para + " 2", para + " 3", bar},
			nil,
		},
		"two posts only": {
			[]string{bar, para, para + " 2", para + " 3", bar, post, bar, post + " 2", bar},
			nil,
		},
		"ad slots between paragraphs": {
			[]string{"Advertisement", para, "Advertisement", para + " 2", "Advertisement", para + " 3", "Advertisement", para + " 4", "Advertisement"},
			nil,
		},
		"three paragraphs between bars": {
			[]string{bar, para, para + " 2", para + " 3", bar, post, post + " 2", post + " 3", bar, para + " 4", para + " 5", para + " 6", bar},
			nil,
		},
	} {
		lines := make([]line, len(tc.lines))
		for i, s := range tc.lines {
			lines[i] = line{text: s}
		}
		measure(lines)
		var got []int
		for i, l := range lines {
			if l.chrome && l.text != bar && l.text != "Advertisement" && l.text != "You may also like" {
				got = append(got, i)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: chrome lines (-want +got):\n%s", name, diff)
		}
	}
}
