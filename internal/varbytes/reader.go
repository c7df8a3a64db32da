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
