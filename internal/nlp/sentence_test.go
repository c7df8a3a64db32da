package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Kim left. Putin waits.", []string{"Kim left.", "Putin waits."}},
		{"titles", "Mr. Kim met Brig. Gen. Pat Ryder on Sept. 10 in the U.S. capital. Then he left.",
			[]string{"Mr. Kim met Brig. Gen. Pat Ryder on Sept. 10 in the U.S. capital.", "Then he left."}},
		{"acronym ends sentence", "He flew to the U.S. The trip was short.",
			[]string{"He flew to the U.S.", "The trip was short."}},
		{"initials", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"reference marks end their sentence", "The board said a wheel bearing overheated.[6] The governor sent a letter.[7][8] It was read.",
			[]string{"The board said a wheel bearing overheated.[6]", "The governor sent a letter.[7][8]", "It was read."}},
		{"a bracket that is no reference mark", "It rose 5 percent. [Editor's note: corrected.] Then it fell.",
			[]string{"It rose 5 percent.", "[Editor's note: corrected.]", "Then it fell."}},
		{"quote then cue", `“It will be large. A lunch is planned,” said Dmitry Peskov. He smiled.`,
			[]string{"“It will be large.", "A lunch is planned,” said Dmitry Peskov.", "He smiled."}},
		{"question inside quote", `"Will he come?" she asked. Nobody knew.`,
			[]string{`"Will he come?" she asked.`, "Nobody knew."}},
		{"lower case after period", "It cost 3.5 million dollars. e.g. more.", []string{"It cost 3.5 million dollars. e.g. more."}},
		{"paragraphs", "First line\n\nSecond para. Two.\nThird", []string{"First line", "Second para.", "Two.", "Third"}},
		{"hard wrap", "The train left\nthe capital on Sunday.", []string{"The train left\nthe capital on Sunday."}},
		{"dateline", "WASHINGTON (Reuters) — The talks ended. Both sides left.",
			[]string{"WASHINGTON (Reuters) — The talks ended.", "Both sides left."}},
		{"empty", "  \n\n ", nil},
		{"name ending in a title word", "The opposition was led by Hun Sen. The prime minister denied it. “No,” said Hun Sen. “Never.”",
			[]string{"The opposition was led by Hun Sen.", "The prime minister denied it.", "“No,” said Hun Sen.", "“Never.”"}},
		{"titles before names", "Republican Sen. Ted Cruz spoke. Arkansas Gov. Mike Huckabee left.",
			[]string{"Republican Sen. Ted Cruz spoke.", "Arkansas Gov. Mike Huckabee left."}},
		{"middle initials", "George W. Bush met J. J. Price. They talked.", []string{"George W. Bush met J. J. Price.", "They talked."}},
		{"AP dateline", "TRIPOLI, Libya (AP) _ Libyan rebels advanced on Sunday. They took the town.",
			[]string{"TRIPOLI, Libya (AP) _ Libyan rebels advanced on Sunday.", "They took the town."}},
		{"quote going on after its attribution", "“We will win,” Smith said. “It is ours.” Then he left.",
			[]string{"“We will win,” Smith said.", "“It is ours.”", "Then he left."}},
		{"archive double apostrophes", "''We will win,'' Smith said. ''It is ours.''",
			[]string{"''We will win,'' Smith said.", "''It is ours.''"}},
		{"numbers and times", "It was 10,000 feet at 8 a.m. The plane fell at 8:20 a.m. on Monday.",
			[]string{"It was 10,000 feet at 8 a.m.", "The plane fell at 8:20 a.m. on Monday."}},
		{"caption credit", "Obama speaks in Washington on Monday. (AP Photo/Evan Vucci)",
			[]string{"Obama speaks in Washington on Monday.", "(AP Photo/Evan Vucci)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for i, s := range SplitSentences(tt.text) {
				if s.Index != i || tt.text[s.Start:s.End] != s.Text {
					t.Errorf("sentence %d: index %d, offsets [%d,%d) do not give %q", i, s.Index, s.Start, s.End, s.Text)
				}
				got = append(got, s.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitSentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphIndex(t *testing.T) {
	got := SplitSentences("A one. A two.\n\nB one.")
	want := []int{0, 0, 1}
	for i, s := range got {
		if s.Paragraph != want[i] {
			t.Errorf("sentence %d %q: paragraph %d, want %d", i, s.Text, s.Paragraph, want[i])
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d := Doc{Sentences: SplitSentences("One here. Two here.")}
	for _, c := range []struct{ off, want int }{{0, 0}, {8, 0}, {9, 0}, {10, 1}, {18, 1}} {
		if got := d.SentenceAt(c.off); got != c.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", c.off, got, c.want)
		}
	}
}
