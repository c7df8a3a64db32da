package web

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"strings"
)

// A story page is the layout and the story's head (rendered per request:
// "updated 4 min ago", related stories) around the briefing's first page
// (rendered once per briefing and stored). The stored part is kept
// compressed as raw DEFLATE data ending in a sync flush, with the CRC-32
// and length of what it holds, so that a page for a client that accepts
// gzip is written without compressing or even reading the big part:
// the gzip header, the head as a stored (uncompressed) DEFLATE block, the
// stored part as it is, the rest as a final stored block, and the
// trailer, whose CRC-32 is combined from the three parts' (RFC 1951
// blocks may follow one another at any byte boundary; a compressor that
// starts fresh refers to nothing before its first byte).

// fragmentFormat is the first byte of a stored compressed fragment: one
// stored in another layout (a plain one, by an earlier build) is rendered
// again.
const fragmentFormat = 'z'

// fragment is a rendered part of a page, compressed.
type fragment struct {
	z    []byte // raw DEFLATE, sync-flushed, not final
	crc  uint32 // CRC-32 (IEEE) of the uncompressed bytes
	size int64  // length of the uncompressed bytes
}

// compressFragment compresses html into a fragment.
func compressFragment(html []byte) (fragment, error) {
	var buf bytes.Buffer
	buf.Grow(len(html)/6 + 64)
	zw, err := flate.NewWriter(&buf, flate.DefaultCompression)
	if err != nil {
		return fragment{}, err
	}
	if _, err := zw.Write(html); err != nil {
		return fragment{}, err
	}
	if err := zw.Flush(); err != nil {
		return fragment{}, err
	}
	return fragment{z: buf.Bytes(), crc: crc32.ChecksumIEEE(html), size: int64(len(html))}, nil
}

// encode is the fragment as stored: the format byte, the CRC-32 and the
// length, then the DEFLATE data.
func (f fragment) encode() []byte {
	out := make([]byte, 13, 13+len(f.z))
	out[0] = fragmentFormat
	binary.LittleEndian.PutUint32(out[1:], f.crc)
	binary.LittleEndian.PutUint64(out[5:], uint64(f.size))
	return append(out, f.z...)
}

// decodeFragment reads a stored fragment; false when it is not of this
// format.
func decodeFragment(stored []byte) (fragment, bool) {
	if len(stored) < 13 || stored[0] != fragmentFormat {
		return fragment{}, false
	}
	return fragment{z: stored[13:], crc: binary.LittleEndian.Uint32(stored[1:]), size: int64(binary.LittleEndian.Uint64(stored[5:]))}, true
}

// finalEmptyBlock ends DEFLATE data that ends in a sync flush.
var finalEmptyBlock = []byte{0x01, 0x00, 0x00, 0xff, 0xff}

// writePlain writes the fragment uncompressed.
func (f fragment) writePlain(w io.Writer) error {
	zr := flate.NewReader(io.MultiReader(bytes.NewReader(f.z), bytes.NewReader(finalEmptyBlock)))
	defer zr.Close()
	n, err := io.Copy(w, zr)
	if err == nil && n != f.size {
		err = errors.New("stored page fragment: wrong length")
	}
	return err
}

// pageParts is a page as written: before, the fragment, after.
type pageParts struct {
	before, after []byte
	frag          fragment
}

// crc and size are the page's CRC-32 and length.
func (p pageParts) crc() uint32 {
	c := crc32Combine(crc32.ChecksumIEEE(p.before), p.frag.crc, p.frag.size)
	return crc32Combine(c, crc32.ChecksumIEEE(p.after), int64(len(p.after)))
}

func (p pageParts) size() int64 { return int64(len(p.before)) + p.frag.size + int64(len(p.after)) }

// writeGzip writes the page as one gzip member (RFC 1952).
func (p pageParts) writeGzip(w io.Writer) error {
	out := make([]byte, 0, 10+len(p.before)+len(p.after)+64)
	out = append(out, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff) // no name, no time, unknown OS
	out = appendStored(out, p.before, false)
	if _, err := w.Write(out); err != nil {
		return err
	}
	if _, err := w.Write(p.frag.z); err != nil {
		return err
	}
	out = appendStored(out[:0], p.after, true)
	out = binary.LittleEndian.AppendUint32(out, p.crc())
	out = binary.LittleEndian.AppendUint32(out, uint32(p.size()))
	_, err := w.Write(out)
	return err
}

// writePlain writes the page uncompressed.
func (p pageParts) writePlain(w io.Writer) error {
	if _, err := w.Write(p.before); err != nil {
		return err
	}
	if err := p.frag.writePlain(w); err != nil {
		return err
	}
	_, err := w.Write(p.after)
	return err
}

// appendStored appends data as DEFLATE stored blocks, the last of them
// final when final is set; the data before must end at a byte boundary.
func appendStored(out, data []byte, final bool) []byte {
	for {
		n := min(len(data), 0xffff)
		last := n == len(data)
		var hdr byte
		if last && final {
			hdr = 1
		}
		out = append(out, hdr, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
		out = append(out, data[:n]...)
		data = data[n:]
		if last {
			return out
		}
	}
}

// crc32Combine is the CRC-32 (IEEE) of a||b from the CRC-32 of a, that
// of b and the length of b: crc(a) times x^(8·len(b)) modulo the
// polynomial, plus crc(b) (the method of zlib's crc32_combine, M. Adler).
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	return multModP(xPow8N(lenB), crcA) ^ crcB
}

// The polynomial arithmetic below works on bit-reflected polynomials
// over GF(2), as CRC-32 does: the highest bit is x^0.
const crcPoly = 0xedb88320

// multModP is a(x)·b(x) modulo the CRC-32 polynomial.
func multModP(a, b uint32) uint32 {
	var p uint32
	for m := uint32(1) << 31; m != 0; m >>= 1 {
		if a&m != 0 {
			p ^= b
		}
		if b&1 != 0 {
			b = b>>1 ^ crcPoly
		} else {
			b >>= 1
		}
	}
	return p
}

// x2n[k] is x^(2^k) modulo the polynomial.
var x2n = func() (t [32]uint32) {
	p := uint32(1) << 30 // x^1
	for k := range t {
		t[k] = p
		p = multModP(p, p)
	}
	return t
}()

// xPow8N is x^(8·n) modulo the polynomial.
func xPow8N(n int64) uint32 {
	p := uint32(1) << 31 // x^0
	for k := 3; n > 0; n, k = n>>1, k+1 {
		if n&1 != 0 {
			p = multModP(x2n[k%32], p)
		}
	}
	return p
}

// acceptsGzip says whether a request's Accept-Encoding takes gzip (a
// "gzip" or "*" coding whose q is not zero).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		if !strings.EqualFold(coding, "gzip") && coding != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
			return false
		}
		return true
	}
	return false
}

// matchesETag says whether an If-None-Match header names tag, by the weak
// comparison (RFC 9110 13.1.2).
func matchesETag(header, tag string) bool {
	if header == "" {
		return false
	}
	tag = strings.TrimPrefix(tag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == tag {
			return true
		}
	}
	return false
}
