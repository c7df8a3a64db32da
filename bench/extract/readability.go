package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/internal/eval"
)

// readabilityBodies scores an engine's bodies on the readability pages
// against the text of their expected.html (a reader-mode extractor's
// reviewed output, not hand-made gold). No body rule was written looking
// at these pages: both parts are unseen sites for the body rules; the
// split is reported because the metadata rules were tuned on the
// develop part.
func readabilityBodies(dir, engine string) (map[eval.Part]scores, error) {
	fn, _, err := engineFor(engine)
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	parts := map[eval.Part][]eval.ShingleScore{}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		page, err := gunzipFile(filepath.Join(dir, e.Name(), "source.html.gz"))
		if err != nil {
			return nil, err
		}
		want, err := gunzipFile(filepath.Join(dir, e.Name(), "expected.html.gz"))
		if err != nil {
			return nil, err
		}
		got, _ := fn(eval.ExtractionCase{ID: e.Name(), HTMLPath: e.Name()}, page)
		part := eval.SplitBySite(eval.ReadabilitySite(e.Name()))
		parts[part] = append(parts[part], eval.ScoreShingles(got, htmlText(want)))
	}
	return map[eval.Part]scores{eval.Develop: prf(parts[eval.Develop]), eval.HeldOut: prf(parts[eval.HeldOut])}, nil
}

// htmlText is the text of an HTML fragment, a blank line between blocks.
func htmlText(data []byte) string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style:
				return
			case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.Blockquote, atom.Pre, atom.Tr, atom.Br:
				b.WriteString("\n\n")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}
