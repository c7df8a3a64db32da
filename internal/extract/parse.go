package extract

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrTooDeep means the page's elements nest deeper than any real page does,
// even after flattening.
var ErrTooDeep = errors.New("elements nested too deep")

// flattenDepth is the nesting past which tags are dropped (their text
// kept) when a page is too deep for the parser, which refuses more than
// 512 open elements.
const flattenDepth = 256

// parseHTML parses UTF-8 page bytes. A page nested past the parser's limit
// is flattened and parsed again rather than refused: its text is usually
// still worth having.
func parseHTML(data []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err == nil {
		return doc, nil
	}
	doc, err2 := html.Parse(bytes.NewReader(flatten(data)))
	if err2 != nil {
		return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
	}
	return doc, nil
}

// flatten rewrites a page, keeping its text but dropping the tags that
// open past flattenDepth. Depth is counted on the raw tags, which
// overcounts when end tags are left implicit; that only flattens more.
func flatten(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				out.Write(z.Raw())
				continue
			}
			depth++
			if depth <= flattenDepth {
				out.Write(z.Raw())
			}
		case html.EndTagToken:
			if depth <= flattenDepth {
				out.Write(z.Raw())
			}
			if depth > 0 {
				depth--
			}
		default:
			out.Write(z.Raw())
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
