package extract

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/source"
)

const storyText = "The river burst its banks overnight and flooded the lower town, where residents were moved to the school hall. "

// TestHostilePages feeds pages built to hurt a parser. Each must come back
// quickly with a clear error or an article, never a panic.
func TestHostilePages(t *testing.T) {
	junk := make([]byte, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(rng.UintN(256))
	}
	story := "<p>" + strings.Repeat(storyText, 4) + "</p>"
	tests := []struct {
		name     string
		data     []byte
		wantErr  error  // nil: an article is expected
		wantText string // a phrase the article must contain
	}{
		{"100k nested divs", []byte("<html><body>" + strings.Repeat("<div>", 100_000) + story + strings.Repeat("</div>", 100_000) + "</body></html>"), nil, "river burst its banks"},
		{"100k unclosed inline tags", []byte("<html><body>" + story + strings.Repeat("<b><i>", 50_000) + "end</body></html>"), nil, "river burst its banks"},
		{"100k nested tables", []byte("<html><body>" + story + strings.Repeat("<table><tr><td>", 30_000) + "</body></html>"), nil, "river burst its banks"},
		{"a million tiny elements", []byte("<html><body>" + strings.Repeat("<b>x</b>", 1_000_000) + "</body></html>"), ErrTooLarge, ""},
		{"many elements under the limit", []byte("<html><body>" + story + strings.Repeat("<div><b>word</b> and more words</div>", MaxElements/8) + "</body></html>"), nil, "river burst its banks"},
		// As many paragraphs cost go-trafilatura quadratic time: refused.
		{"many paragraphs under the element limit", []byte("<html><body>" + story + strings.Repeat("<p><b>word</b> and more words</p>", MaxElements/8) + "</body></html>"), ErrTooManyParagraphs, ""},
		{"50 MB page", bytes.Repeat([]byte("<p>"+storyText+"</p>\n"), 50<<20/(len(storyText)+8)), ErrTooLarge, ""},
		{"broken tags", []byte(`<html><body><div class="a><p>` + strings.Repeat(storyText, 3) + `</i></b><<p>>< div <p unclosed="` + "\n<p>" + strings.Repeat(storyText, 3) + "</body></html></html>"), nil, "lower town"},
		{"no body", []byte(`<html><head><title>Only a title</title></head></html>`), ErrNoArticle, ""},
		{"only a comment", []byte(`<!-- nothing here -->`), ErrNoArticle, ""},
		{"binary junk", junk, nil, ""},
		{"nul bytes in text", []byte("<html><body><p>" + strings.Repeat(storyText+"\x00", 5) + "</p></body></html>"), nil, "river burst"},
		{"huge attribute", []byte("<html><body><div data-x=\"" + strings.Repeat("x", 8<<20) + "\">" + story + "</div></body></html>"), nil, "river burst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := Extract(context.Background(), source.Page{Origin: "hostile.html", Kind: source.KindHTML, Data: tt.data})
			// Generous, as the machine may be shared: the bound
			// guards against minutes, not seconds.
			if d := time.Since(start); d > time.Minute {
				t.Errorf("took %v", d)
			}
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error = %v, want %v", err, tt.wantErr)
				}
			case tt.wantText == "":
				// Junk may yield an error or some text; it must not panic
				// and an error must name the page.
				if err != nil && !strings.Contains(err.Error(), "hostile.html") {
					t.Errorf("error %q does not name the page", err)
				}
			case err != nil:
				t.Fatalf("error = %v, want an article", err)
			case !strings.Contains(a.Text, tt.wantText):
				t.Errorf("text lacks %q:\n%.300s", tt.wantText, a.Text)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"<html><body><article><h1>T</h1><p>" + storyText + "</p></article></body></html>",
		`<html><head><meta charset="windows-1251"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-04","author":[{"name":"A"}]}</script></head><body><p>` + storyText + `</p></body></html>`,
		"<div><div><div><p>x</p></div>",
		"\xFF\xFE<\x00p\x00>\x00",
		"<table><tr><td>a<td>b</table><p>Monday, 4 September 2023, 21:43</p>",
		"",
	} {
		f.Add([]byte(seed), "")
	}
	f.Add([]byte("<p>caf\xe9</p>"), "iso-8859-1")
	f.Fuzz(func(t *testing.T, data []byte, charset string) {
		a, err := Extract(context.Background(), source.Page{Origin: "fuzz.html", Kind: source.KindHTML, Data: data, Charset: charset})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "extracting fuzz.html: ") {
				t.Fatalf("error does not name the page: %v", err)
			}
			return
		}
		if a.Text == "" {
			t.Fatal("article without text and without error")
		}
	})
}
