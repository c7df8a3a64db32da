package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// TestManyParagraphsRefused: the attack page of 75,000 short paragraphs
// (2 MB, well under the size and element limits) is refused at once for
// its paragraphs, instead of costing minutes in go-trafilatura.
func TestManyParagraphsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>T</title></head><body><article>")
	for i := range 75_000 {
		fmt.Fprintf(&b, "<p>para %d</p>", i)
	}
	b.WriteString("</article></body></html>")
	_, err := Extract(context.Background(), source.Page{Origin: "many.html", Kind: source.KindHTML, Data: []byte(b.String())})
	if !errors.Is(err, ErrTooManyParagraphs) || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "75000 paragraphs") {
		t.Errorf("error %v, want ErrTooManyParagraphs naming the count", err)
	}
}

// TestRealPagesUnderParagraphWork: no page of the shared page sets comes
// near the limit.
func TestRealPagesUnderParagraphWork(t *testing.T) {
	root := sharedtest.Path(t, "data")
	files, _ := filepath.Glob(filepath.Join(root, "extraction", "html", "*.html.gz"))
	more, _ := filepath.Glob(filepath.Join(root, "pages", "readability", "*", "source.html.gz"))
	files = append(files, more...)
	if len(files) < 200 {
		t.Fatalf("%d pages found", len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if n, text := paragraphWork(doc); float64(n)*float64(text) > maxParagraphWork/10 {
			t.Errorf("%s: %d paragraphs, %d bytes: within ten times of the limit", f, n, text)
		}
	}
}

// BenchmarkTrafilaturaParagraphs measures go-trafilatura alone on pages
// of n paragraphs of l bytes, the measurement maxParagraphWork is set
// from: go test ./internal/extract -run XXX -bench TrafilaturaParagraphs -benchtime 1x
func BenchmarkTrafilaturaParagraphs(b *testing.B) {
	for _, c := range []struct{ n, l int }{{1000, 60}, {2000, 60}, {5000, 60}, {10000, 60}, {500, 1000}, {1000, 1000}, {2000, 1000}} {
		var page strings.Builder
		page.WriteString("<html><head><title>T</title></head><body><article>")
		for i := range c.n {
			fmt.Fprintf(&page, "<p>%d %s</p>\n", i, strings.Repeat("word ", c.l/5))
		}
		page.WriteString("</article></body></html>")
		b.Run(fmt.Sprintf("n=%d/l=%d", c.n, c.l), func(b *testing.B) {
			for b.Loop() {
				doc, err := parseHTML([]byte(page.String()))
				if err != nil {
					b.Fatal(err)
				}
				n, text := paragraphWork(doc)
				b.ReportMetric(float64(n)*float64(text), "work")
				if _, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
