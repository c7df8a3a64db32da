package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenPages extracts a few pages of the extraction benchmark
// (testdata/pages, MIT, see LICENSE there) and compares the whole article
// with testdata/golden. After a deliberate change, refresh with
// go test ./internal/extract -run GoldenPages -update and review the diff.
func TestGoldenPages(t *testing.T) {
	urlsJSON, err := os.ReadFile(filepath.Join("testdata", "pages", "urls.json"))
	if err != nil {
		t.Fatal(err)
	}
	var urls map[string]string
	if err := json.Unmarshal(urlsJSON, &urls); err != nil {
		t.Fatal(err)
	}
	for id, url := range urls {
		t.Run(id, func(t *testing.T) {
			path := filepath.Join("testdata", "pages", id+".html.gz")
			data := gunzip(t, path)
			a, err := Extract(context.Background(), source.Page{Origin: id, URL: url, Kind: source.KindHTML, Data: data})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", id+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); diff != "" {
				t.Errorf("%s differs from %s (-want +got):\n%s", id, golden, diff)
			}
		})
	}
}

func gunzip(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return data
}
