package align

import "crosscheck/internal/varbytes"

// keptReader reads the encoded Kept and its article sketches (see
// varbytes.Reader: a failed read sets Fail and gives zero).
type keptReader struct {
	varbytes.Reader
}

// small reads an offset or an index: within an int32.
func (k *keptReader) small() int {
	v := k.Uvarint()
	if v > 1<<31-1 {
		k.Fail = true
		return 0
	}
	return int(v)
}
