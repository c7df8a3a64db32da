package textdump

import (
	"strings"
	"testing"
)

// Added by the lead (please keep, and make it pass): a page with no chrome
// at all — a headline and a few clean paragraphs, as pasted text or a
// JSONL "text" record gives — must come out whole, not as ErrNoArticle.
func TestCleanArticleComesOutWhole(t *testing.T) {
	paras := []string{
		"The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said in a statement on its website.",
		"Fishing boats returned to their moorings by the afternoon, and the ferry to the islands resumed its normal schedule with two extra crossings.",
		`"We lost no boats and no one was hurt," harbour master Ines Carvalho told reporters at the quay, adding that the breakwater had held.`,
	}
	for n := 1; n <= len(paras); n++ {
		text := "Harbour reopens after three-day storm\n\n" + strings.Join(paras[:n], "\n\n") + "\n"
		a, err := Extract(text)
		if err != nil {
			t.Fatalf("%d paragraphs: %v", n, err)
		}
		if a.Title != "Harbour reopens after three-day storm" {
			t.Errorf("%d paragraphs: title %q", n, a.Title)
		}
		if want := strings.Join(paras[:n], "\n\n"); a.Text != want {
			t.Errorf("%d paragraphs: body\n%q\nwant\n%q", n, a.Text, want)
		}
	}
}
