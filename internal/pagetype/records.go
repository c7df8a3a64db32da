package pagetype

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// recordCellMaxWords is the most words a cell of a record may hold: a
// number, a code, an address, a name, a short label. A cell that says
// something in a sentence ("An empty event object.", a parameter's
// line in a function's reference) is prose, not a field.
const recordCellMaxWords = 8

// recordMinCells is the fewest fields of a record: a row of a label
// and its value is a fact box's line or a setting (settings), and a
// reference's row of a type and a name is a declaration.
const recordMinCells = 3

// recordRow tells whether table row n is a record: three cells or more,
// each of a few words at most, however many cells there are, half of
// them or more holding a figure (a server's row of a worker's counters,
// a log's row of a time, an address and a request). A legend's rows
// (a button, its name, what it does) are words, and explain. The words
// of a row counted so are fields, not text; words counts them cell by
// cell (a row's text runs its cells together).
func recordRow(n *html.Node) (words int, ok bool) {
	cells, counted := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		text := strings.TrimSpace(textOf(c))
		w := wordCount(text)
		if w > recordCellMaxWords || w >= 3 && strings.ContainsAny(text[len(text)-1:], sentenceEnds) {
			return 0, false
		}
		words += w
		cells++
		if strings.IndexFunc(text, unicode.IsDigit) >= 0 {
			counted++
		}
	}
	return words, cells >= recordMinCells && words > 0 && counted*2 >= cells
}
