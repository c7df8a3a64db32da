package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderText writes the text under n as paragraphs separated by one blank
// line: every block element (paragraph, heading, list item, table row,
// quote) and every <br> ends a paragraph; inline elements run together.
func renderText(n *html.Node) string {
	return strings.Join(renderParagraphs(n), "\n\n")
}

// renderParagraphs is renderText's paragraphs.
func renderParagraphs(n *html.Node) []string {
	r := &renderer{}
	r.walk(n)
	r.flush()
	return r.paras
}

type renderer struct {
	paras []string
	cur   strings.Builder
	// boundary is set when an inline element opened or closed since the
	// last text.
	boundary bool
}

func (r *renderer) flush() {
	if s := collapseSpace(r.cur.String()); s != "" {
		r.paras = append(r.paras, s)
	}
	r.cur.Reset()
	r.boundary = false
}

func (r *renderer) text(s string) {
	// Trafilatura trims the whitespace around inline elements, so
	// "for <b>Larry</b>" comes out as "for<b>Larry</b>": where a tag
	// separates two letters, a space keeps the words apart.
	if r.boundary && r.cur.Len() > 0 {
		last, _ := utf8.DecodeLastRuneInString(r.cur.String())
		first, _ := utf8.DecodeRuneInString(s)
		if isWordRune(last) && isWordRune(first) {
			r.cur.WriteByte(' ')
		}
	}
	r.boundary = false
	r.cur.WriteString(s)
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		switch tagAtom(n) {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br, atom.Hr:
			r.flush()
			return
		}
	}
	block := isBlock(n)
	if block {
		r.flush()
	} else {
		r.boundary = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if block {
		r.flush()
	} else {
		r.boundary = true
	}
}

// tagAtom is n's tag as an atom. Trafilatura builds its output with
// elements that carry only a tag name, so DataAtom cannot be trusted.
func tagAtom(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode {
		return 0
	}
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

func isBlock(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote,
		atom.Pre, atom.Table, atom.Tr, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Figure, atom.Figcaption, atom.Main, atom.Aside,
		atom.Nav, atom.Form, atom.Fieldset, atom.Address, atom.Details,
		atom.Summary, atom.Caption, atom.Body, atom.Html:
		return true
	}
	return false
}
