package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"crosscheck/internal/article"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// readPage extracts the article of a readability page as crosscheck does.
func readPage(dir, name string) (article.Article, error) {
	path := filepath.Join(dir, name, "source.html.gz")
	f, err := os.Open(path)
	if err != nil {
		return article.Article{}, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return article.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return article.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	p := source.Page{Origin: path, Kind: source.Sniff(data), Data: bytes.Clone(data)}
	a, err := extract.Extract(context.Background(), p)
	if err != nil {
		return article.Article{}, fmt.Errorf("extracting %s: %w", path, err)
	}
	return a, nil
}
