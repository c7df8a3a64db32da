// Package source reads pages from files, directories, globs, standard
// input and JSONL, and tells what kind of content each holds.
package source

import "time"

// Page is one scraped page as read, before extraction.
type Page struct {
	// Origin names where the page came from: a path, a URL, "-" for
	// standard input, or "file.jsonl:LINE".
	Origin string
	// URL is the page's address when the input gives it.
	URL string
	// Kind is what the content is, detected from the bytes.
	Kind Kind
	// Data is the page's bytes, already decompressed.
	Data []byte
	// Charset is the character set an outer layer declared (an HTTP
	// header, a JSONL field); empty when none did.
	Charset   string
	FetchedAt time.Time
}

// Kind is the kind of content a page holds.
type Kind int

// Kinds of content that Sniff tells apart.
const (
	KindUnknown Kind = iota
	KindHTML
	KindText
	KindJSONL
	KindGzip
	KindWARC
	KindFeed
	KindBinary
	KindEmpty
)

func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "html"
	case KindText:
		return "text"
	case KindJSONL:
		return "jsonl"
	case KindGzip:
		return "gzip"
	case KindWARC:
		return "warc"
	case KindFeed:
		return "feed"
	case KindBinary:
		return "binary"
	case KindEmpty:
		return "empty"
	}
	return "unknown"
}
