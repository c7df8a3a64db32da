package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"strings"
	"time"

	"crosscheck/internal/source"
)

// DefaultMaxPageSize bounds one record's page, as source.DefaultMaxPageSize
// bounds a file's.
const DefaultMaxPageSize = source.DefaultMaxPageSize

// Pages yields the pages in the WARC file r: the payloads of response
// records (HTTP parsed, de-chunked and decoded) and of resource records.
// Records that hold no page — requests, metadata, redirects, images — are
// passed over without a word. A record that cannot be read yields an
// error naming the file, the record and its offset, and the rest of the
// file is still read. maxPage bounds one page; zero means the default.
func Pages(ctx context.Context, name string, r io.Reader, maxPage int64) iter.Seq2[source.Page, error] {
	if maxPage <= 0 {
		maxPage = DefaultMaxPageSize
	}
	return func(yield func(source.Page, error) bool) {
		wr := NewReader(r, name)
		for {
			if err := ctx.Err(); err != nil {
				yield(source.Page{}, err)
				return
			}
			rec, err := wr.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if !yield(source.Page{}, err) || wr.Failed() {
					return
				}
				continue
			}
			p, ok, err := page(rec, name, maxPage)
			if err != nil {
				where := fmt.Sprintf("%s: record %d at offset %d", name, rec.N, rec.Offset)
				if uri := rec.TargetURI(); uri != "" {
					where += " (" + uri + ")"
				}
				if !yield(source.Page{}, fmt.Errorf("%s: %w", where, err)) {
					return
				}
				continue
			}
			if ok && !yield(p, nil) {
				return
			}
		}
	}
}

// page turns one record into a page; ok is false for records that hold
// none.
func page(rec *Record, name string, maxPage int64) (p source.Page, ok bool, err error) {
	typ := rec.Type()
	if typ != "response" && typ != "resource" {
		return p, false, nil
	}
	if rec.Length > maxPage+16<<10 { // room for the HTTP header
		return p, false, fmt.Errorf("%w: block of %d bytes", source.ErrTooLarge, rec.Length)
	}
	// The length is known and bounded, so the block is read into a buffer
	// of its size rather than one grown by doubling.
	block := make([]byte, rec.Length)
	if _, err := io.ReadFull(rec.Body, block); err != nil {
		return p, false, describe(err)
	}
	p = source.Page{
		Origin: fmt.Sprintf("%s#record-%d", name, rec.N),
		URL:    rec.TargetURI(),
	}
	if t, err := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date")); err == nil {
		p.FetchedAt = t.UTC()
	}
	contentType := rec.Header.Get("Content-Type")
	if typ == "response" {
		if !strings.HasPrefix(contentType, "application/http") {
			return p, false, nil // a DNS or other non-HTTP response
		}
		var status int
		status, contentType, block, err = httpPayload(block, maxPage, rec.Header.Get("WARC-Truncated") != "")
		if err != nil {
			return p, false, err
		}
		if status < 200 || status > 299 {
			return p, false, nil
		}
	}
	mediaType, params, _ := mime.ParseMediaType(contentType)
	if contentType != "" && !isPageType(mediaType) {
		return p, false, nil
	}
	p.Charset = strings.ToLower(params["charset"])
	p.Data = block
	p.Kind = source.Sniff(block)
	return p, true, nil
}

// isPageType reports whether a media type can hold an article.
func isPageType(t string) bool {
	switch t {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// httpPayload parses an HTTP response message and returns its status,
// Content-Type and decoded body. truncated says the crawler cut the
// record short, so a body ending early is kept as it is.
func httpPayload(msg []byte, maxPage int64, truncated bool) (int, string, []byte, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(msg)), nil)
	if err != nil {
		return 0, "", nil, fmt.Errorf("parsing HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, "", nil, nil
	}
	if body, ok, err := plainBody(msg, resp, truncated); ok || err != nil {
		if err != nil {
			return 0, "", nil, err
		}
		if int64(len(body)) > maxPage {
			return 0, "", nil, fmt.Errorf("%w of %d bytes", source.ErrTooLarge, maxPage)
		}
		return resp.StatusCode, resp.Header.Get("Content-Type"), body, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxPage+1))
	if err != nil {
		switch {
		case len(resp.TransferEncoding) > 0:
			// Many archives store the body already de-chunked while
			// keeping the header; then the raw bytes are the body.
			if _, rest, ok := bytes.Cut(msg, []byte("\r\n\r\n")); ok {
				body = rest
			}
		case truncated && errors.Is(err, io.ErrUnexpectedEOF):
		default:
			return 0, "", nil, fmt.Errorf("reading HTTP body: %w", err)
		}
	}
	body, err = decode(body, resp.Header.Get("Content-Encoding"), maxPage)
	if err != nil {
		return 0, "", nil, err
	}
	if int64(len(body)) > maxPage {
		return 0, "", nil, fmt.Errorf("%w of %d bytes", source.ErrTooLarge, maxPage)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), body, nil
}

// decode undoes a Content-Encoding, bounding the decoded size.
func decode(body []byte, encoding string, maxPage int64) ([]byte, error) {
	var r io.Reader
	switch enc := strings.ToLower(strings.TrimSpace(encoding)); enc {
	case "", "identity", "none":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gzip content-encoding: %w", err)
		}
		r = zr
	case "deflate":
		// "deflate" is zlib by the RFC, raw deflate by many servers.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(body))
		}
	default:
		return nil, fmt.Errorf("unsupported content-encoding %q", enc)
	}
	out, err := io.ReadAll(io.LimitReader(r, maxPage+1))
	if err != nil {
		return nil, fmt.Errorf("%s content-encoding: %w", encoding, err)
	}
	return out, nil
}

// plainBody returns the body of a response that is neither chunked nor
// encoded as a slice of the message, sparing a copy of a large page.
// truncated says the crawler cut the record short, so a body shorter than
// its Content-Length is kept.
func plainBody(msg []byte, resp *http.Response, truncated bool) ([]byte, bool, error) {
	if len(resp.TransferEncoding) > 0 || resp.Header.Get("Content-Encoding") != "" {
		return nil, false, nil
	}
	head, body, ok := bytes.Cut(msg, []byte("\r\n\r\n"))
	if !ok || bytes.Contains(head, []byte("\n\n")) {
		return nil, false, nil // a header ended by bare line feeds
	}
	switch n := resp.ContentLength; {
	case n >= 0 && n < int64(len(body)):
		body = body[:n]
	case n > int64(len(body)) && !truncated:
		return nil, false, fmt.Errorf("reading HTTP body: truncated: %d of %d bytes", len(body), n)
	}
	return body, true, nil
}
