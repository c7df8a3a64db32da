// Package warc reads WARC files (ISO 28500), plain or gzipped one record
// per member as Common Crawl writes them, as a stream: memory stays
// bounded by one record's page, not by the file.
package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// maxHeaderBytes bounds a record's header block; real ones are well under
// a few kilobytes, and a corrupt file must not make the reader buffer
// gigabytes looking for the blank line.
const maxHeaderBytes = 64 << 10

// Record is one WARC record; Body reads its content block and is only
// valid until the next call to Next.
type Record struct {
	// Offset is where the record starts in the file: in the compressed
	// bytes for a gzipped file, since that is where a reader can seek.
	Offset int64
	// N counts records from 1 in file order.
	N      int
	Header textproto.MIMEHeader
	// Length is the declared Content-Length of the block.
	Length int64
	Body   io.Reader
}

// Type is the record's WARC-Type: "response", "resource", "request", ….
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI is the record's WARC-Target-URI, without the angle brackets
// the WARC 1.0 grammar put around it.
func (r *Record) TargetURI() string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(r.Header.Get("WARC-Target-URI")), "<"), ">")
}

// ErrCorrupt marks a record that cannot be read as WARC.
var ErrCorrupt = errors.New("corrupt WARC record")

// readHeader reads a record's version line and named fields from br.
// It returns io.EOF at a clean end of input.
func readHeader(br *bufio.Reader) (textproto.MIMEHeader, int64, error) {
	line, err := readLine(br)
	for err == nil && len(line) == 0 {
		// Tolerate extra blank lines between records.
		line, err = readLine(br)
	}
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, 0, io.EOF
		}
		return nil, 0, err
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, 0, fmt.Errorf("%w: expected a WARC/1.x version line, found %q", ErrCorrupt, clip(line))
	}
	h := textproto.MIMEHeader{}
	size, last := 0, ""
	for {
		line, err := readLine(br)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: header cut short: %v", ErrCorrupt, err)
		}
		if size += len(line); size > maxHeaderBytes {
			return nil, 0, fmt.Errorf("%w: header longer than %d bytes", ErrCorrupt, maxHeaderBytes)
		}
		if len(line) == 0 {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, 0, fmt.Errorf("%w: header line without a colon: %q", ErrCorrupt, clip(line))
		}
		last = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(name)))
		h.Add(last, string(bytes.TrimSpace(value)))
	}
	cl := h.Get("Content-Length")
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, 0, fmt.Errorf("%w: bad Content-Length %q", ErrCorrupt, cl)
	}
	return h, n, nil
}

// maxLineBytes bounds one header line.
const maxLineBytes = 16 << 10

// readLine reads one line without its CR LF. A line longer than
// maxLineBytes is an error, so binary junk cannot exhaust memory.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxLineBytes {
			return nil, fmt.Errorf("%w: line longer than %d bytes", ErrCorrupt, maxLineBytes)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// clip shortens junk quoted in an error message.
func clip(b []byte) []byte {
	if len(b) > 40 {
		return b[:40]
	}
	return b
}
