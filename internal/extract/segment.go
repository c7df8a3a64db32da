package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of the original page as a browser would lay it
// out, with what is known about where it sits.
type block struct {
	text      string
	linkChars int  // characters inside <a>
	links     int  // number of <a> with text
	chrome    bool // inside navigation, footers, widgets, comments, ads
	quote     bool // inside a <blockquote> (embedded posts, pull quotes)
	post      bool // inside an embedded social post (embeddedPostWords)
	figure    bool // a caption or credit of an image, video or gallery
	comment   bool // inside a reader comment (class or id "comment")
	heading   bool
	tag       atom.Atom  // the innermost block element
	parent    *html.Node // that element's parent
}

func (b block) linkDensity() float64 {
	n := utf8.RuneCountInString(b.text)
	if n == 0 {
		return 0
	}
	return float64(b.linkChars) / float64(n)
}

func (b block) words() int { return len(strings.Fields(b.text)) }

// segment splits the page body into blocks in document order. It is the
// second opinion's view of the page: trafilatura's paragraphs are matched
// back to these to learn their links and surroundings.
func segment(doc *html.Node) []block {
	s := &segmenter{}
	s.walk(doc)
	s.flush()
	return s.blocks
}

type segmenter struct {
	blocks    []block
	cur       strings.Builder
	linkChars int
	links     int
	inLink    int
	chrome    int
	quote     int
	post      int
	figure    int
	comment   int
	stack     []*html.Node
	boundary  bool
}

func (s *segmenter) flush() {
	text := collapseSpace(s.cur.String())
	if text != "" {
		var (
			tag    atom.Atom
			parent *html.Node
		)
		if len(s.stack) > 0 {
			top := s.stack[len(s.stack)-1]
			tag, parent = top.DataAtom, top.Parent
		}
		s.blocks = append(s.blocks, block{
			text:      text,
			linkChars: min(s.linkChars, utf8.RuneCountInString(text)),
			links:     s.links,
			chrome:    s.chrome > 0,
			quote:     s.quote > 0,
			post:      s.post > 0,
			figure:    s.figure > 0,
			comment:   s.comment > 0,
			heading:   isHeading(tag),
			tag:       tag,
			parent:    parent,
		})
	}
	s.cur.Reset()
	s.linkChars = 0
	s.links = 0
	s.boundary = false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (s *segmenter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t := n.Data
		if strings.TrimSpace(t) == "" {
			s.cur.WriteString(" ")
			return
		}
		if s.boundary && s.cur.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(s.cur.String())
			first, _ := utf8.DecodeRuneInString(t)
			if isWordRune(last) && isWordRune(first) && !unicode.IsSpace(last) {
				s.cur.WriteByte(' ')
			}
		}
		s.boundary = false
		s.cur.WriteString(t)
		if s.inLink > 0 {
			s.linkChars += utf8.RuneCountInString(strings.TrimSpace(t))
		}
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
			atom.Svg, atom.Iframe, atom.Select, atom.Button, atom.Object:
			return
		case atom.Br, atom.Hr:
			s.flush()
			return
		}
		if isHidden(n) {
			return
		}
	}
	block := n.Type == html.ElementNode && isBlock(n)
	chrome := n.Type == html.ElementNode && isChromeElement(n)
	figure := n.Type == html.ElementNode && isFigureElement(n)
	if figure {
		s.figure++
	}
	comment := n.Type == html.ElementNode && hasWord(classWords(n), commentWords)
	if comment {
		s.comment++
	}
	if block {
		s.flush()
		s.stack = append(s.stack, n)
	} else {
		s.boundary = true
	}
	if chrome {
		s.chrome++
	}
	if n.DataAtom == atom.A {
		s.inLink++
		s.links++
	}
	post := n.DataAtom == atom.Blockquote && hasWord(classWords(n), embeddedPostWords)
	if n.DataAtom == atom.Blockquote {
		s.quote++
	}
	if post {
		s.post++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c)
	}
	if n.DataAtom == atom.Blockquote {
		s.quote--
	}
	if n.DataAtom == atom.A {
		s.inLink--
	}
	if block {
		s.flush()
		s.stack = s.stack[:len(s.stack)-1]
	} else {
		s.boundary = true
	}
	if chrome {
		s.chrome--
	}
	if figure {
		s.figure--
	}
	if comment {
		s.comment--
	}
	if post {
		// After the flush: the post's last line ("— Name (@handle)
		// date") is the blockquote's own text, flushed at its end.
		s.post--
	}
}

// isFigureElement tells an element that holds an image, video or gallery
// and its captions.
func isFigureElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figure, atom.Figcaption, atom.Picture, atom.Video:
		return true
	}
	return hasWord(classWords(n), figureWords)
}

// isChromeElement tells whether an element's own tag, class or id marks it
// as page chrome or furniture.
func isChromeElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside:
		return true
	}
	return hasWord(classWords(n), boilerplateWords)
}

// isHidden tells an element the page does not show: the hidden
// attribute, or a style that hides it (display:none, visibility:hidden).
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}
