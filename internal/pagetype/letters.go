package pagetype

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// letterBarMin is the least number of letters a bar of them needs: an
// index of a few entries has no need of one, and five single letters
// in order are not a row of initials or a rating by chance.
const letterBarMin = 5

// letterBar counts the links of block n when n is a bar of letters,
// each link one letter and the letters in alphabetical order, with
// nothing between them but separators ("A | B | C", "_ A B C"): how an
// index by letter lets a reader jump to the entries under a letter, on
// the page or on the next. It answers 0 for any other block, and for a
// block holding other blocks (the bar is the innermost one).
func letterBar(n *html.Node) int {
	count := 0
	var last rune
	ok := true
	var scan func(c *html.Node, inLink bool)
	scan = func(c *html.Node, inLink bool) {
		for d := c.FirstChild; d != nil && ok; d = d.NextSibling {
			switch d.Type {
			case html.TextNode:
				if !inLink && strings.IndexFunc(d.Data, isWordRune) >= 0 {
					ok = false
				}
			case html.ElementNode:
				if isBlock(d.DataAtom) {
					ok = false
					return
				}
				if d.DataAtom != atom.A || inLink {
					scan(d, inLink)
					continue
				}
				s := strings.TrimSpace(textOf(d))
				r, size := utf8.DecodeRuneInString(s)
				if size == 0 || size != len(s) || unicode.IsSpace(r) {
					ok = false
					return
				}
				count++
				// Symbols and digits may head or close the bar
				// ("_", "0-9"); the letters go in order.
				if unicode.IsLetter(r) {
					r = unicode.ToUpper(r)
					if r <= last {
						ok = false
						return
					}
					last = r
				}
			}
		}
	}
	scan(n, false)
	if !ok || count < letterBarMin {
		return 0
	}
	return count
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
