package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// Reader reads the records of one WARC file in order. After an error
// about one record, Next may be called again: the reader skips to the
// next record it can find (the next gzip member, or the next WARC/ line)
// so that one bad record does not cost the rest of the file.
type Reader struct {
	name string
	in   *counter      // the file's bytes, counted for offsets
	src  *bufio.Reader // over in
	gz   *gzip.Reader  // set for a gzipped file
	br   *bufio.Reader // the WARC bytes: src, or the current member
	// inMember says br reads a gzip member not yet exhausted.
	inMember bool
	body     *body
	n        int
	fatal    error
	// errAt is where the last error was found; an error found again at
	// the same place means no progress, and the reader gives up.
	errAt int64
}

// NewReader reads the WARC file r; name is used in errors. Gzip is
// detected from the first bytes.
func NewReader(r io.Reader, name string) *Reader {
	in := &counter{r: r}
	src := bufio.NewReaderSize(in, 64<<10)
	wr := &Reader{name: name, in: in, src: src, br: src, errAt: -1}
	if magic, _ := src.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		wr.gz = new(gzip.Reader)
		wr.br = bufio.NewReaderSize(wr.gz, 64<<10)
	}
	return wr
}

// offset is the position in the file of the next unread byte of src.
func (r *Reader) offset() int64 { return r.in.n - int64(r.src.Buffered()) }

// Next returns the next record, io.EOF after the last one, or an error
// naming the file, the offset and what is wrong with a record.
func (r *Reader) Next() (*Record, error) {
	rec, err := r.next()
	if err != nil && !errors.Is(err, io.EOF) && r.fatal == nil {
		if off := r.offset(); off == r.errAt {
			// The input fails the same way at the same place (a broken
			// compressed stream underneath, say): nothing more to read.
			r.fatal = err
		} else {
			r.errAt = off
		}
	}
	return rec, err
}

// Failed reports whether the reader has given up on the rest of the file.
func (r *Reader) Failed() bool { return r.fatal != nil }

func (r *Reader) next() (*Record, error) {
	if r.fatal != nil {
		return nil, r.fatal
	}
	if err := r.finishRecord(); err != nil {
		return nil, err
	}
	for {
		if r.gz == nil {
			skipBlankLines(r.src)
		}
		off := r.offset()
		if r.gz != nil && !r.inMember {
			if _, err := r.src.Peek(1); err != nil {
				return nil, r.end(err)
			}
			if err := r.gz.Reset(r.src); err != nil {
				r.resyncGzip()
				return nil, r.errorf(off, "%w: bad gzip member: %v", ErrCorrupt, err)
			}
			r.gz.Multistream(false)
			r.br.Reset(r.gz)
			r.inMember = true
		}
		h, n, err := readHeader(r.br)
		if errors.Is(err, io.EOF) {
			if r.gz != nil {
				// A member holds one record or several; its end is not
				// the file's end.
				r.inMember = false
				continue
			}
			return nil, io.EOF
		}
		if err != nil {
			r.resync()
			return nil, r.errorf(off, "%w", describe(err))
		}
		r.n++
		r.body = &body{r: r.br, left: n, length: n}
		if r.gz == nil {
			r.body.plain = r.src
		}
		return &Record{Offset: off, N: r.n, Header: h, Length: n, Body: r.body}, nil
	}
}

// finishRecord skips what is left of the current record's block.
func (r *Reader) finishRecord() error {
	b := r.body
	if b == nil {
		return nil
	}
	r.body = nil
	if b.failed {
		r.resyncAfter(b)
		return nil
	}
	off := r.offset()
	if _, err := io.Copy(io.Discard, b); err != nil {
		r.resyncAfter(b)
		return r.errorf(off, "record %d: %w", r.n, describe(err))
	}
	return nil
}

// resyncAfter moves to where the next record may start after the block
// b failed: where b found the next record inside itself, else as resync.
func (r *Reader) resyncAfter(b *body) {
	if b.next == nil {
		r.resync()
		return
	}
	// The bytes from the next record's version line on were read as
	// b's block; they are read again, ahead of the rest of the file.
	start := r.offset() - int64(len(b.next))
	r.in = &counter{r: io.MultiReader(bytes.NewReader(b.next), r.src), n: start}
	r.src = bufio.NewReaderSize(r.in, 64<<10)
	r.br = r.src
}

// resync moves to where the next record may start after an error.
func (r *Reader) resync() {
	if r.gz != nil {
		r.resyncGzip()
		return
	}
	r.resyncPlain()
}

// resyncGzip drops the current member and skips to the next gzip magic.
func (r *Reader) resyncGzip() {
	r.inMember = false
	for {
		head, err := r.src.Peek(3)
		if len(head) < 3 {
			r.src.Discard(len(head))
			if err != nil && !errors.Is(err, io.EOF) {
				r.fatal = r.errorf(r.offset(), "reading: %w", err)
			}
			return
		}
		if head[0] == 0x1f && head[1] == 0x8b && head[2] == 8 {
			return
		}
		i := bytes.IndexByte(head[1:], 0x1f)
		if i < 0 {
			r.src.Discard(3)
		} else {
			r.src.Discard(i + 1)
		}
	}
}

// resyncPlain skips lines until one that starts a record.
func (r *Reader) resyncPlain() {
	for {
		if head, _ := r.src.Peek(5); bytes.Equal(head, []byte("WARC/")) {
			return
		}
		if _, err := r.src.ReadSlice('\n'); err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			if !errors.Is(err, io.EOF) {
				r.fatal = r.errorf(r.offset(), "reading: %w", describe(err))
			}
			return
		}
	}
}

// end turns the end of the file into io.EOF, and anything else into a
// fatal error.
func (r *Reader) end(err error) error {
	if errors.Is(err, io.EOF) {
		return io.EOF
	}
	r.fatal = r.errorf(r.offset(), "reading: %w", err)
	return r.fatal
}

func (r *Reader) errorf(off int64, format string, args ...any) error {
	return fmt.Errorf("%s: offset %d: "+format, append([]any{r.name, off}, args...)...)
}

// describe names what a low-level read error means for a WARC file.
func describe(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("truncated record: %w", err)
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("corrupt gzip data: %w", err)
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return fmt.Errorf("corrupt gzip data: %w", err)
	}
	return err
}

// body reads a record's block, and reports a block shorter than its
// Content-Length as truncated rather than as a clean end.
//
// In an uncompressed file a Content-Length that claims more than the
// block has runs the block into the records after it. The block is kept
// as it is read (up to maxKept), and when it ends without the record
// separator and a WARC/1. line after it, or runs into the end of the
// file, the first WARC/1. line inside it is taken for the next record:
// the block fails with errOverstated and the reader starts again there.
// (A .warc.gz has no such problem: each member ends where it ends.)
type body struct {
	r      io.Reader
	left   int64
	length int64
	// failed says a read error was already handed to the record's reader.
	failed bool
	// plain is the file's reader when it is uncompressed, to look past
	// the block's end.
	plain *bufio.Reader
	kept  []byte
	// pending is an error to return at the next Read.
	pending error
	// next is the rest of the file from the next record on, found inside
	// this block.
	next []byte
}

// maxKept bounds how much of an uncompressed block is kept to look for
// the next record in, should its length prove false.
const maxKept = 16 << 20

// errOverstated is a Content-Length that runs into the next record.
var errOverstated = errors.New("Content-Length overstates the block: it runs into the next record")

func (b *body) Read(p []byte) (int, error) {
	if b.pending != nil {
		return 0, b.pending
	}
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if b.plain != nil && len(b.kept) < maxKept {
		b.kept = append(b.kept, p[:n]...)
	}
	if errors.Is(err, io.EOF) && b.left > 0 {
		err = io.ErrUnexpectedEOF
	}
	if errors.Is(err, io.EOF) && b.left == 0 {
		err = nil
	}
	if b.plain != nil && (b.left == 0 && err == nil || errors.Is(err, io.ErrUnexpectedEOF)) && !b.endsWell(err) {
		if i := nextVersionLine(b.kept); i >= 0 {
			b.next = b.kept[i:]
			lie := fmt.Errorf("%w (%d bytes claimed, the next record starts %d bytes in)", errOverstated, b.length, i)
			if err == nil {
				// A reader given all the bytes it asked for would not
				// look at an error that came with them: the last byte
				// is held back, and the error comes in its place.
				b.failed, b.pending = true, lie
				return n - 1, nil
			}
			err = lie
		}
	}
	if b.plain != nil && len(b.kept) >= maxKept && b.next == nil {
		// Too long to keep looking: from here on the block is read as
		// its length says.
		b.plain, b.kept = nil, nil
	}
	if err != nil {
		b.failed = true
	}
	return n, err
}

// endsWell says whether the block ended where a record ends: before the
// end of the file, followed by blank lines and a version line, or by
// nothing more.
func (b *body) endsWell(err error) bool {
	if err != nil {
		return false
	}
	head, _ := b.plain.Peek(16)
	rest := bytes.TrimLeft(head, "\r\n")
	return len(head) == 0 || bytes.HasPrefix(rest, []byte("WARC/")) || len(rest) == 0 && len(head) < 16
}

// nextVersionLine finds a line starting WARC/1. in a block, other than
// at its start, and returns where it starts, or -1.
func nextVersionLine(block []byte) int {
	i := bytes.Index(block, []byte("\nWARC/1."))
	if i < 0 {
		return -1
	}
	return i + 1
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// skipBlankLines passes over the CR LF pairs that end a record, so that
// the offset of the next one is where its version line starts.
func skipBlankLines(br *bufio.Reader) {
	for {
		b, err := br.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		br.Discard(1)
	}
}
