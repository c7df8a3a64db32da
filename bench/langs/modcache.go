package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/extract"
	"crosscheck/internal/source"
)

// Pages whose licence does not let the repository hold their text (test
// fixtures of go-trafilatura and go-htmldate, modules crosscheck already
// depends on) are read from the Go module cache at evaluation time: the
// annotation keeps only the page's path there and its SHA-256, as the
// PolNeAR texts are kept outside the repository.

// modCache returns the module cache directory: $GOMODCACHE, else what
// `go env GOMODCACHE` says.
func modCache() (string, error) {
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return d, nil
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module cache (go env GOMODCACHE): %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// readCached extracts the article of a page stored in the module cache at
// rel, after checking its SHA-256 against sum.
func readCached(rel, sum string) (article.Article, error) {
	root, err := modCache()
	if err != nil {
		return article.Article{}, err
	}
	path := filepath.Join(root, filepath.FromSlash(rel))
	data, err := os.ReadFile(path)
	if err != nil {
		mod, _, _ := strings.Cut(rel, "/test-files/")
		return article.Article{}, fmt.Errorf("reading a page from the module cache (go mod download %s): %w", mod, err)
	}
	h := sha256.Sum256(data)
	if got := hex.EncodeToString(h[:]); got != sum {
		return article.Article{}, fmt.Errorf("%s: sha256 %s, the annotation was made on %s", path, got, sum)
	}
	p := source.Page{Origin: path, Kind: source.Sniff(data), Data: bytes.Clone(data)}
	a, err := extract.Extract(context.Background(), p)
	if err != nil {
		return article.Article{}, fmt.Errorf("extracting %s: %w", path, err)
	}
	return a, nil
}
