// Package varbytes reads the compact binary records crosscheck keeps
// beside a story (the alignment's Kept, the briefing's reuse list).
package varbytes

import "encoding/binary"

// Reader reads numbers off B. A read past the end or of a malformed
// number sets Fail and gives zero, so a decoder reads a whole record and
// checks Fail once.
type Reader struct {
	B    []byte
	Fail bool
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.B)
	if n <= 0 {
		r.Fail = true
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Varint reads a signed varint.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.B)
	if n <= 0 {
		r.Fail = true
		return 0
	}
	r.B = r.B[n:]
	return v
}

// U64 reads eight bytes, little-endian.
func (r *Reader) U64() uint64 {
	if len(r.B) < 8 {
		r.Fail = true
		return 0
	}
	v := binary.LittleEndian.Uint64(r.B)
	r.B = r.B[8:]
	return v
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if len(r.B) == 0 {
		r.Fail = true
		return 0
	}
	b := r.B[0]
	r.B = r.B[1:]
	return b
}

// Count reads how many things follow, each at least a byte long: more
// than the bytes left is no record of ours.
func (r *Reader) Count() int {
	n := r.Uvarint()
	if n > uint64(len(r.B)) {
		r.Fail = true
		return 0
	}
	return int(n)
}

// Text reads a string written as its length in bytes and the bytes.
func (r *Reader) Text() string {
	n := r.Count()
	if r.Fail {
		return ""
	}
	s := string(r.B[:n])
	r.B = r.B[n:]
	return s
}

// Pick reads an index into table, a string table the record wrote once
// so that repeated strings cost a varint each; an index past its end is
// no record of ours.
func (r *Reader) Pick(table []string) string {
	p := r.Uvarint()
	if p >= uint64(len(table)) {
		r.Fail = true
		return ""
	}
	return table[p]
}
