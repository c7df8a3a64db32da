package extract

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"crosscheck/internal/source"
)

// TestGalleryOnDevelopPage: The Independent's story keeps its own
// paragraphs on both sides of an embedded fifty-slide gallery, and loses
// the gallery's titles, captions and credits.
func TestGalleryOnDevelopPage(t *testing.T) {
	f, err := os.Open("testdata/readability/bug-1255978.html.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(context.Background(), source.Page{Origin: "bug-1255978", URL: "http://www.independent.co.uk/news/business/news/seven-secrets-that-hotel-owners-dont-want-you-to-know-10506160.html", Kind: source.KindHTML, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Most people go to hotels", "Minibars almost always lose money"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, not := range []string{"United goin down", "Manchester United's absence", "50/50 Blackpool pier"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("body keeps the gallery's %q", not)
		}
	}
}

func TestDropGallery(t *testing.T) {
	story := strings.Repeat("The hotel owners said that the sheets were not changed every day. ", 15)
	slides := `<ul class="legends"><li><h2>1/4 First</h2><p>One caption.</p></li><li><h2>2/4 Second</h2><p>Two caption.</p></li><li><h2>3/4 Third</h2><p>Three caption.</p></li></ul>`
	tests := []struct {
		name, body string
		want       []bool
	}{
		{"gallery in a story", "<p>" + story + "</p>" + slides, []bool{false, true, true, true, true, true, true}},
		{"a photo story is all slides", "<p>Short lead.</p>" + slides, []bool{false, false, false, false, false, false, false}},
		{"numbers out of order", "<p>" + story + `</p><ul><li><h2>1/4 First</h2></li><li><h2>3/4 Third</h2></li><li><h2>2/4 Second</h2></li></ul>`, []bool{false, false, false, false}},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		blocks := segment(doc)
		var paras []string
		match := make([]int, len(blocks))
		for j, b := range blocks {
			paras = append(paras, b.text)
			match[j] = j
		}
		dropped := make([]bool, len(paras))
		dropGallery(blocks, paras, match, dropped)
		if len(dropped) != len(tt.want) {
			t.Fatalf("%s: %d paragraphs %q, want %d", tt.name, len(paras), paras, len(tt.want))
		}
		for i := range dropped {
			if dropped[i] != tt.want[i] {
				t.Errorf("%s: paragraph %q dropped %v, want %v", tt.name, paras[i], dropped[i], tt.want[i])
			}
		}
	}
}
