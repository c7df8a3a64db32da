package source

import (
	"bytes"
	"encoding/json"
)

// sniffLen is how much of the content Sniff looks at; enough to get past
// a long <head> or a byte-order mark, small enough to stay cheap.
const sniffLen = 8 << 10

// Sniff tells what kind of content data holds from the bytes alone, so a
// page saved with the wrong extension is still read right.
func Sniff(data []byte) Kind {
	if len(bytes.TrimSpace(data)) == 0 {
		return KindEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0x1f, 0x8b}):
		return KindGzip
	case bytes.HasPrefix(data, []byte("WARC/")):
		return KindWARC
	}
	head := data[:min(len(data), sniffLen)]
	if text, ok := utf16ToUTF8(head); ok {
		head = text
	} else if isBinary(head) {
		return KindBinary
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) == 0 { // a byte-order mark and nothing else
		return KindEmpty
	}
	lower := bytes.ToLower(trimmed[:min(len(trimmed), 1024)])
	switch {
	case isFeed(lower):
		return KindFeed
	case trimmed[0] == '<' && looksLikeMarkup(lower):
		return KindHTML
	case trimmed[0] == '{' && isJSONLine(data):
		return KindJSONL
	case hasDocumentTags(bytes.ToLower(head)):
		return KindHTML
	}
	return KindText
}

func isFeed(lower []byte) bool {
	lower = bytes.TrimPrefix(lower, []byte("<?xml"))
	for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

func looksLikeMarkup(lower []byte) bool {
	for _, p := range []string{"<!doctype", "<html", "<head", "<body", "<!--", "<?xml", "<meta", "<div", "<p", "<article", "<title", "<script", "<style", "<link", "<svg", "<table", "<h1", "<main", "<section", "<span", "<a "} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// hasDocumentTags catches an HTML document preceded by junk (a stray
// header line, whitespace). A text dump that merely quotes a tag or two
// has no <html> or <body>.
func hasDocumentTags(lower []byte) bool {
	return bytes.Contains(lower, []byte("<html")) && (bytes.Contains(lower, []byte("<head")) || bytes.Contains(lower, []byte("<body")))
}

// isJSONLine reports whether the first line of data is a JSON object.
func isJSONLine(data []byte) bool {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var v map[string]json.RawMessage
	return json.Unmarshal(line, &v) == nil
}

// isBinary reports whether data has bytes no text page has: NULs or a
// large share of control characters. Invalid UTF-8 alone is not binary,
// since pages in legacy encodings are valid input.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b {
			control++
		}
	}
	return control*20 > len(data) // more than 5%
}

// utf16Order recognises UTF-16 by its byte-order mark, or by the zero
// bytes of ASCII text in either byte order.
func utf16Order(data []byte) (bigEndian, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return true, true
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return false, true
	case len(data) < 8:
		return false, false
	}
	// ASCII-heavy UTF-16 without a BOM: zeros in every other byte.
	evenZeros, oddZeros := 0, 0
	n := min(len(data), 512) &^ 1
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZeros++
		}
		if data[i+1] == 0 {
			oddZeros++
		}
	}
	half := n / 2
	switch {
	case evenZeros*10 >= half*9 && oddZeros == 0:
		return true, true
	case oddZeros*10 >= half*9 && evenZeros == 0:
		return false, true
	}
	return false, false
}
