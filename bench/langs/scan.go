package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// scanDir prints, for every HTML file under dir, the language crosscheck
// detects, the publication day, the length of the extracted text and the
// title: how candidate pages for the annotation are found.
func scanDir(dir string) error {
	return filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		a, err := extract.Extract(context.Background(), source.Page{Origin: path, Kind: source.Sniff(data), Data: data})
		if err != nil {
			fmt.Printf("-\t-\t-\t%s\t(%v)\n", path, err)
			return nil
		}
		fmt.Printf("%s\t%s\t%d\t%s\t%s\n", a.Language, a.Published.Format(time.DateOnly), len(a.Text), path, a.Title)
		return nil
	})
}
