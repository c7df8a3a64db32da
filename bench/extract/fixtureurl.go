package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
)

// fixtureURLFiles names, per source of the page-type set, the Go files of
// the module that fetched those pages which record each file's address:
// go-htmldate's and go-trafilatura's evaluation data and mock tables.
// A page reaches ingest with the address it was fetched from (a feed's
// link, a WARC record's target); the page-type decision reads it, so the
// bench gives it where the fixture set kept it.
var fixtureURLFiles = map[string][]string{
	"htmldate-mock":          {"scripts/comparison/data-default.go", "mock_test.go"},
	"htmldate-comparison":    {"scripts/comparison/data-default.go"},
	"mediacloud":             {"scripts/comparison/data-mediacloud.go"},
	"trafilatura-mock":       {"realworld-mock_test.go"},
	"trafilatura-comparison": {"scripts/comparison/data.go"},
}

// fixtureURLs reads the file → address pairs of the Go sources under dir:
// struct literals with URL and File fields, map entries of an address to
// a file name, and map entries of an address to a struct with a File field.
// The files are package main or tests, so they are read as source.
func fixtureURLs(dir string, files []string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range files {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, name), nil, 0)
		if err != nil {
			return nil, fmt.Errorf("reading fixture addresses: %w", err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if u, file := stringField(n, "URL"), stringField(n, "File"); u != "" && file != "" {
					setOnce(out, file, u)
				}
			case *ast.KeyValueExpr:
				u := stringLit(n.Key)
				if u == "" {
					return true
				}
				if file := stringLit(n.Value); file != "" {
					setOnce(out, file, u)
				} else if c, ok := n.Value.(*ast.CompositeLit); ok {
					if file := stringField(c, "File"); file != "" {
						setOnce(out, file, u)
					}
				}
			}
			return true
		})
	}
	return out, nil
}

// setOnce keeps the first address a file is given.
func setOnce(m map[string]string, file, u string) {
	if _, ok := m[file]; !ok {
		m[file] = u
	}
}

// stringField is the string literal of field name in a struct literal, or "".
func stringField(c *ast.CompositeLit, name string) string {
	for _, e := range c.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			return stringLit(kv.Value)
		}
	}
	return ""
}

func stringLit(e ast.Expr) string {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return ""
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return ""
	}
	return s
}
