package align

import "encoding/binary"

// keptReader reads the encoded Kept and its article sketches: each read
// past the end or of a malformed number sets fail and gives zero, so a
// decoder reads a whole record and checks fail once.
type keptReader struct {
	r    []byte
	fail bool
}

func (k *keptReader) uvarint() uint64 {
	v, n := binary.Uvarint(k.r)
	if n <= 0 {
		k.fail = true
		return 0
	}
	k.r = k.r[n:]
	return v
}

func (k *keptReader) varint() int64 {
	v, n := binary.Varint(k.r)
	if n <= 0 {
		k.fail = true
		return 0
	}
	k.r = k.r[n:]
	return v
}

func (k *keptReader) u64() uint64 {
	if len(k.r) < 8 {
		k.fail = true
		return 0
	}
	v := binary.LittleEndian.Uint64(k.r)
	k.r = k.r[8:]
	return v
}

func (k *keptReader) readByte() byte {
	if len(k.r) == 0 {
		k.fail = true
		return 0
	}
	b := k.r[0]
	k.r = k.r[1:]
	return b
}

// count reads a number of things each taking at least a byte.
func (k *keptReader) count() int {
	n := k.uvarint()
	if n > uint64(len(k.r)) {
		k.fail = true
		return 0
	}
	return int(n)
}

// small reads an offset or an index: within an int32.
func (k *keptReader) small() int {
	v := k.uvarint()
	if v > 1<<31-1 {
		k.fail = true
		return 0
	}
	return int(v)
}
