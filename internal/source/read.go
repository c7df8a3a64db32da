package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf16"
)

// DefaultMaxPageSize bounds one page after decompression. News pages are
// well under a few megabytes; anything larger is junk or an attack, and
// it is refused with an error rather than read into memory. It is also
// the most the extractor takes (extract.MaxPageBytes), so a page read is
// a page that can be extracted.
const DefaultMaxPageSize = 16 << 20

// Errors a reader reports for one input; the batch goes on after them.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary content, not HTML or text")
	ErrTooLarge    = errors.New("page exceeds the size limit")
	ErrUnsupported = errors.New("unsupported content")
)

// FetchFunc fetches a URL given as an input.
type FetchFunc func(ctx context.Context, url string) (Page, error)

// Reader reads pages from the inputs a user names on the command line.
type Reader struct {
	// MaxPageSize bounds one page's decompressed size; zero means
	// DefaultMaxPageSize.
	MaxPageSize int64
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Fetch reads http and https inputs; when nil such inputs fail.
	Fetch FetchFunc
	// Container reads a container format (WARC, feeds) into its pages;
	// when nil such inputs fail with ErrUnsupported.
	Container func(ctx context.Context, origin string, kind Kind, r io.Reader) iter.Seq2[Page, error]
	// Own are files that are never input, with what each is (say, the
	// store and its journal files): a walk passes over them, and naming
	// one is an error.
	Own map[string]string
}

// ErrOwnFile is an input that is one of the reader's own files.
var ErrOwnFile = errors.New("not an input")

// own says what an input is when it is one of r.Own.
func (r *Reader) own(path string, info fs.FileInfo) (string, bool) {
	for p, what := range r.Own {
		if o, err := os.Stat(p); err == nil && os.SameFile(o, info) {
			return what, true
		}
	}
	return "", false
}

// Pages yields every page found in the inputs: files, directories (walked
// recursively, hidden entries skipped), glob patterns, "-" for standard
// input, and URLs. A bad input yields an error that names it, and the
// walk goes on to the next, so one junk file does not cost a batch.
func (r *Reader) Pages(ctx context.Context, inputs []string) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		for _, in := range inputs {
			if ctx.Err() != nil {
				yield(Page{}, ctx.Err())
				return
			}
			if !r.input(ctx, in, yield) {
				return
			}
		}
	}
}

func (r *Reader) input(ctx context.Context, in string, yield func(Page, error) bool) bool {
	switch {
	case in == "-":
		if r.Stdin == nil {
			return yield(Page{}, errors.New("standard input: not available"))
		}
		return r.stream(ctx, "standard input", r.Stdin, time.Time{}, yield)
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		if r.Fetch == nil {
			return yield(Page{}, fmt.Errorf("%s: URL inputs need a fetcher", in))
		}
		p, err := r.Fetch(ctx, in)
		if err != nil {
			return yield(Page{}, err)
		}
		return r.decoded(ctx, p, yield)
	}
	info, err := os.Stat(in)
	if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(in, "*?[") {
		return r.glob(ctx, in, yield)
	}
	if err != nil {
		return yield(Page{}, fmt.Errorf("reading %s: %w", in, err))
	}
	if info.IsDir() {
		return r.dir(ctx, in, yield)
	}
	return r.file(ctx, in, info, yield)
}

func (r *Reader) glob(ctx context.Context, pattern string, yield func(Page, error) bool) bool {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return yield(Page{}, fmt.Errorf("pattern %s: %w", pattern, err))
	}
	if len(matches) == 0 {
		return yield(Page{}, fmt.Errorf("pattern %s: no files match", pattern))
	}
	for _, m := range matches {
		if !r.input(ctx, m, yield) {
			return false
		}
	}
	return true
}

func (r *Reader) dir(ctx context.Context, root string, yield func(Page, error) bool) bool {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return yield(Page{}, fmt.Errorf("walking %s: %w", root, err))
	}
	sort.Strings(files)
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			if !yield(Page{}, fmt.Errorf("reading %s: %w", f, err)) {
				return false
			}
			continue
		}
		if _, ok := r.own(f, info); ok {
			continue
		}
		if !r.file(ctx, f, info, yield) {
			return false
		}
	}
	return true
}

func (r *Reader) file(ctx context.Context, path string, info fs.FileInfo, yield func(Page, error) bool) bool {
	if what, ok := r.own(path, info); ok {
		return yield(Page{}, fmt.Errorf("%s is %s: %w", path, what, ErrOwnFile))
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(Page{}, fmt.Errorf("reading %s: %w", path, err))
	}
	defer f.Close()
	return r.stream(ctx, path, f, info.ModTime(), yield)
}

// stream reads one input's bytes, decompressing and splitting containers.
func (r *Reader) stream(ctx context.Context, origin string, rd io.Reader, modTime time.Time, yield func(Page, error) bool) bool {
	br := bufio.NewReaderSize(rd, sniffLen)
	head, _ := br.Peek(sniffLen)
	kind := Sniff(head)
	if kind == KindGzip && gzippedKind(head) == KindWARC {
		// A WARC.gz has one gzip member per record; the WARC reader
		// decompresses it member by member, so it can step over a corrupt
		// record instead of losing the rest of the file.
		kind = KindWARC
	} else if kind == KindGzip {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(Page{}, fmt.Errorf("%s: not valid gzip: %w", origin, err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, sniffLen)
		head, _ = br.Peek(sniffLen)
		kind = Sniff(head)
		if kind == KindGzip {
			return yield(Page{}, fmt.Errorf("%s: gzip inside gzip: %w", origin, ErrUnsupported))
		}
	}
	if (kind == KindText || kind == KindHTML) && longFirstLine(head) {
		// The head ends inside a first line that opens like a JSON
		// object: a JSONL of real pages. The whole line decides.
		line, err := readLine(br, r.maxSize())
		if err != nil {
			return yield(Page{}, fmt.Errorf("%s: %w", origin, describeReadError(err)))
		}
		rest := io.MultiReader(bytes.NewReader(line), br)
		if isJSONLine(line) {
			return r.jsonl(ctx, origin, rest, yield)
		}
		br = bufio.NewReaderSize(rest, sniffLen)
	}
	switch kind {
	case KindWARC, KindFeed:
		if r.Container == nil {
			return yield(Page{}, fmt.Errorf("%s: %s input: %w", origin, kind, ErrUnsupported))
		}
		for p, err := range r.Container(ctx, origin, kind, br) {
			ok := false
			if err == nil {
				ok = r.decoded(ctx, p, yield)
			} else {
				ok = yield(Page{}, err)
			}
			if !ok {
				return false
			}
		}
		return true
	case KindJSONL:
		return r.jsonl(ctx, origin, br, yield)
	}
	data, err := r.readAll(br)
	if err != nil {
		return yield(Page{}, fmt.Errorf("%s: %w", origin, describeReadError(err)))
	}
	return r.decoded(ctx, Page{Origin: origin, Data: data, FetchedAt: modTime}, yield)
}

// longFirstLine says whether a full sniffed head is one unfinished line
// that opens like a JSON object.
func longFirstLine(head []byte) bool {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n\f")
	return len(head) == sniffLen && len(trimmed) > 0 && trimmed[0] == '{' && !bytes.ContainsRune(trimmed, '\n')
}

// readLine reads through the first line feed, or to the end, refusing a
// line over max bytes.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if int64(len(line)) > max {
			return nil, fmt.Errorf("line 1: %w of %d bytes", ErrTooLarge, max)
		}
		switch {
		case err == nil || errors.Is(err, io.EOF):
			return line, nil
		case !errors.Is(err, bufio.ErrBufferFull):
			return nil, err
		}
	}
}

// gzippedKind sniffs the start of gzip-compressed data from the first
// bytes alone; the stream itself is left unread.
func gzippedKind(head []byte) Kind {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return KindUnknown
	}
	inner := make([]byte, sniffLen)
	n, _ := io.ReadFull(zr, inner)
	return Sniff(inner[:n])
}

// decoded checks a page's content and yields it with its kind set.
func (r *Reader) decoded(_ context.Context, p Page, yield func(Page, error) bool) bool {
	p.Kind = Sniff(p.Data)
	switch p.Kind {
	case KindEmpty:
		return yield(Page{}, fmt.Errorf("%s: %w", p.Origin, ErrEmpty))
	case KindBinary:
		return yield(Page{}, fmt.Errorf("%s: %w", p.Origin, ErrBinary))
	case KindGzip, KindWARC, KindFeed, KindJSONL:
		return yield(Page{}, fmt.Errorf("%s: %s nested in a page: %w", p.Origin, p.Kind, ErrUnsupported))
	}
	if utf8, ok := utf16ToUTF8(p.Data); ok {
		p.Data = utf8
		p.Charset = "utf-8"
	}
	return yield(p, nil)
}

func (r *Reader) maxSize() int64 {
	if r.MaxPageSize > 0 {
		return r.MaxPageSize
	}
	return DefaultMaxPageSize
}

func (r *Reader) readAll(rd io.Reader) ([]byte, error) {
	max := r.maxSize()
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w of %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

func describeReadError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated compressed data: %w", err)
	}
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		return fmt.Errorf("corrupt gzip data: %w", err)
	}
	return err
}

// jsonlRecord is one line of a JSONL input.
type jsonlRecord struct {
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	FetchedAt string `json:"fetched_at"`
	Charset   string `json:"charset"`
}

func (r *Reader) jsonl(ctx context.Context, origin string, rd io.Reader, yield func(Page, error) bool) bool {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64<<10), int(r.maxSize())+1)
	line := 0
	for sc.Scan() {
		line++
		if ctx.Err() != nil {
			return yield(Page{}, ctx.Err())
		}
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", origin, line)
		var rec jsonlRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			if !yield(Page{}, fmt.Errorf("%s: not a JSON object: %w", where, err)) {
				return false
			}
			continue
		}
		p := Page{Origin: where, URL: rec.URL, Charset: rec.Charset}
		switch {
		case rec.HTML != "":
			p.Data = []byte(rec.HTML)
		case rec.Text != "":
			p.Data = []byte(rec.Text)
		default:
			if !yield(Page{}, fmt.Errorf("%s: record has neither \"html\" nor \"text\"", where)) {
				return false
			}
			continue
		}
		if rec.FetchedAt != "" {
			t, err := parseTime(rec.FetchedAt)
			if err != nil {
				if !yield(Page{}, fmt.Errorf("%s: fetched_at: %w", where, err)) {
					return false
				}
				continue
			}
			p.FetchedAt = t
		}
		if !r.decoded(ctx, p, func(p Page, err error) bool {
			// A JSON record's declared field decides text versus HTML
			// only when sniffing cannot.
			if err == nil && rec.HTML == "" && p.Kind == KindHTML && !hasDocumentTags(bytes.ToLower(p.Data[:min(len(p.Data), sniffLen)])) {
				p.Kind = KindText
			}
			return yield(p, err)
		}) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line %d: %w of %d bytes", line+1, ErrTooLarge, r.maxSize())
		}
		return yield(Page{}, fmt.Errorf("%s: %w", origin, describeReadError(err)))
	}
	return true
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised time %q", s)
}

// utf16ToUTF8 converts UTF-16 content, which later stages cannot read, to
// UTF-8. Other encodings are left to the extractor, which reads their
// declarations.
func utf16ToUTF8(data []byte) ([]byte, bool) {
	bigEndian, ok := utf16Order(data)
	if !ok {
		return nil, false
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	if len(units) > 0 && units[0] == 0xfeff {
		units = units[1:]
	}
	return []byte(string(utf16.Decode(units))), true
}
