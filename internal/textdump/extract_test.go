package textdump

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestExtractNoArticle(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"blank", " \n\t\n\r\n  "},
		{"binary", "\x00\x01\x02PK\x03\x04" + strings.Repeat("\xff\xfe", 50)},
		{"control junk", strings.Repeat("\x01\x02\x03\x04abc", 100)},
		{"menu only", "Home\nNews\nSport\nWeather\n\nContact us\nAbout us\nPrivacy policy\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.text)
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("Extract = %+v, %v; want ErrNoArticle", a, err)
			}
		})
	}
}

// TestExtractGolden runs the small hand-made dumps in testdata and
// compares the whole article with its golden file; -update rewrites them.
func TestExtractGolden(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		authors   []string
		published time.Time
		site      string
		language  string
	}{
		{
			// A weather widget and the day's date above the menu are chrome;
			// the article prints no dateline of its own.
			file:     "widget-header.txt",
			title:    "Stadtrat beschließt neuen Radweg entlang der Spree",
			authors:  []string{"Anna Schmidt"},
			site:     "Stadtanzeiger",
			language: "de",
		},
		{
			file:      "dateline-spanish.txt",
			title:     "El Gobierno aprueba la reforma de las pensiones",
			authors:   []string{"María López"},
			published: time.Date(2023, time.September, 4, 10, 15, 0, 0, time.UTC),
			language:  "es",
		},
		{
			// A leaked HTML copy of the body glued to the headline, then
			// the body again as text.
			file:     "markup-repeat.txt",
			title:    "Lighthouse restored after decade of neglect",
			site:     "The Coastal Herald",
			language: "en",
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(string(data))
			if err != nil {
				t.Fatalf("Extract(%s): %v", path, err)
			}
			want := article.Article{Title: tc.title, Authors: tc.authors, Published: tc.published, Site: tc.site, Language: tc.language}
			got := article.Article{Title: a.Title, Authors: a.Authors, Published: a.Published, Site: a.Site, Language: a.Language}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
			golden := strings.TrimSuffix(path, ".txt") + ".golden.json"
			out, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantJSON, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(wantJSON), string(out)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}
