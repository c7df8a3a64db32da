package extract

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// TestParagraphsOnce: readability's test pages (real bytes) where a
// paragraph came out twice or hidden text came out at all: a paragraph
// repeating the end of the one before, a list item wrapping a paragraph,
// text under visibility:hidden; and two paragraphs that really are the
// same stay two.
func TestParagraphsOnce(t *testing.T) {
	dir := sharedtest.Path(t, "data", "pages", "readability")
	for _, tt := range []struct {
		page, para string
		want       int
	}{
		{"rtl-1", "Tempor incididunt ut labore", 1},
		{"ol", "AI hasn’t meaningfully changed anything", 1},
		{"visibility-hidden", "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.", 0},
		{"003-metadata-preferred", "Lorem ipsum dolor sit amet, consectetur", 2},
	} {
		data := sharedtest.Gunzip(t, filepath.Join(dir, tt.page, "source.html.gz"))
		a, err := ExtractWith(context.Background(), source.Page{Origin: tt.page, Kind: source.KindHTML, Data: data}, Options{KeepNonArticles: true})
		if err != nil {
			t.Fatalf("%s: %v", tt.page, err)
		}
		n := 0
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.HasPrefix(p, tt.para) {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %q appears %d times, want %d:\n%s", tt.page, tt.para, n, tt.want, a.Text)
		}
	}
}
