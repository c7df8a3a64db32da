package main

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatten turns an HTML page into a text dump of the kind the extraction
// set's text/ files are (a scraper's "select all, copy"): the <title>,
// a blank line, then the body's text with block elements on lines of
// their own and inline text joined. Paragraph-like blocks (p, headings,
// lists, tables, blockquote, pre, figure, form, hr) stand between blank
// lines; the others (div, li, table cells and rows, br, the sectioning
// elements) only break the line. Scripts, styles, embedded media,
// form controls and elements marked hidden give no text; image alt text
// is left out and link text kept. Styles set to display:none are kept:
// the set's real dumps keep them (the Wall Street Journal's hidden
// author link reads "Biography Sarah E. Needleman"), as they keep
// collapsed mega-menus.
func flatten(page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	f := flattener{}
	if t := findTitle(doc); t != "" {
		f.text(t)
		f.brk(2)
	}
	if body := find(doc, atom.Body); body != nil {
		f.walk(body)
	}
	return f.String()
}

// flattener writes lines; breaks asked for are held back until text
// follows, so runs of empty blocks leave at most one blank line.
type flattener struct {
	b       strings.Builder
	pending int  // newlines owed before the next text: 1 line break, 2 blank line
	space   bool // white space seen since the last word on this line
	pre     int  // depth of <pre>: white space kept
}

func (f *flattener) brk(n int) {
	if f.b.Len() == 0 {
		return
	}
	f.pending = max(f.pending, n)
}

// text adds inline text, its white space collapsed as a browser shows it
// (a no-break space too, as the set's dumps have it: "western\u00a0<a>Mongolia</a>"
// reads "western Mongolia").
func (f *flattener) text(s string) {
	if f.pre > 0 {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				f.brk(1)
			}
			f.words(line)
		}
		return
	}
	f.words(s)
}

// words adds text with its white space collapsed.
func (f *flattener) words(s string) {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if s != "" && unicode.IsSpace(first) {
		f.space = true
	}
	for _, w := range strings.Fields(s) {
		switch {
		case f.pending > 0:
			f.b.WriteString(strings.Repeat("\n", f.pending))
			f.pending = 0
		case f.space:
			f.b.WriteByte(' ')
		}
		f.b.WriteString(w)
		f.space = true
	}
	f.space = s != "" && unicode.IsSpace(last)
	if strings.TrimSpace(s) == "" && s != "" {
		f.space = f.b.Len() > 0
	}
}

func (f *flattener) String() string { return f.b.String() + "\n" }

// blankAround are the elements a dump sets between blank lines.
var blankAround = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true, atom.Blockquote: true, atom.Pre: true,
	atom.Figure: true, atom.Form: true, atom.Hr: true, atom.Fieldset: true,
}

// lineAround are the elements that only break the line.
var lineAround = map[atom.Atom]bool{
	atom.Div: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Section: true, atom.Article: true,
	atom.Aside: true, atom.Main: true, atom.Figcaption: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Legend: true, atom.Center: true, atom.Option: true, atom.Hgroup: true,
	atom.Menu: true, atom.Dialog: true,
}

// silent are the elements whose content is not shown as text.
var silent = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Map: true, atom.Textarea: true,
	atom.Input: true, atom.Img: true, atom.Picture: true,
}

func (f *flattener) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		f.text(n.Data)
		return
	case html.ElementNode:
		if silent[n.DataAtom] || hidden(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	gap := 0
	switch {
	case blankAround[n.DataAtom]:
		gap = 2
	case lineAround[n.DataAtom]:
		gap = 1
	case n.DataAtom == atom.Br:
		f.brk(1)
		f.space = false
		return
	}
	f.brk(gap)
	if n.DataAtom == atom.Pre {
		f.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f.walk(c)
	}
	if n.DataAtom == atom.Pre {
		f.pre--
	}
	f.brk(gap)
}

// hidden reports an element the page marks as not shown: the hidden
// attribute (and hidden form fields).
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "type":
			if n.DataAtom == atom.Input && a.Val == "hidden" {
				return true
			}
		}
	}
	return false
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m := find(c, a); m != nil {
			return m
		}
	}
	return nil
}

func findTitle(doc *html.Node) string {
	head := find(doc, atom.Head)
	if head == nil {
		return ""
	}
	t := find(head, atom.Title)
	if t == nil || t.FirstChild == nil {
		return ""
	}
	return strings.Join(strings.Fields(t.FirstChild.Data), " ")
}
