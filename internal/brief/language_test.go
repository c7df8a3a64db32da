package brief

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
)

// TestLanguageMarked: the briefing says which lexicon each article was read
// with, marks the English fallback, and says nothing of English read as
// English.
func TestLanguageMarked(t *testing.T) {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	arts := []article.Article{
		{Site: "Harbour Post", Language: "en", Published: day, Text: "The ferry Northern Star ran aground near Port Ardlow on Monday, the coastguard said."},
		{Site: "Thai Daily", Language: "th", Published: day, Text: "เรือข้ามฟากเกยตื้นใกล้ท่าเรือเมื่อวันจันทร์"},
		{Site: "Nowhere News", Published: day, Text: "The ferry Northern Star ran aground on Monday."},
	}
	b, err := Build(context.Background(), Story{ID: 1, Title: "Ferry aground"}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, o := range b.Outlets {
		for _, a := range o.Articles {
			got[o.Name] = [2]string{a.AnalysedIn, a.LanguageFallback}
		}
	}
	want := map[string][2]string{
		"Harbour Post": {"", ""},
		"Thai Daily":   {"en", "th"},
		"Nowhere News": {"en", "und"},
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: analysed_in, language_fallback = %q, want %q", k, got[k], w)
		}
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "no lexicon for th: analysed with the English rules (fallback)") {
		t.Errorf("markdown does not mark the Thai article's fallback:\n%s", md.String())
	}
	var html bytes.Buffer
	if err := RenderHTML(&html, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "language unknown: analysed with the English rules (fallback)") {
		t.Error("HTML does not mark the article of unknown language")
	}
	if strings.Count(md.String(), "(fallback)") != 2 {
		t.Errorf("markdown marks %d articles as fallback, want 2", strings.Count(md.String(), "(fallback)"))
	}
}
