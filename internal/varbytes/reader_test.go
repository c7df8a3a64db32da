package varbytes

import (
	"encoding/binary"
	"testing"
)

func TestReaderReadsAndFails(t *testing.T) {
	b := binary.AppendUvarint(nil, 300)
	b = binary.AppendVarint(b, -7)
	b = binary.LittleEndian.AppendUint64(b, 1<<40)
	b = append(b, 9, 2, 'x', 'y')
	r := Reader{B: b}
	if got := r.Uvarint(); got != 300 {
		t.Errorf("Uvarint = %d, want 300", got)
	}
	if got := r.Varint(); got != -7 {
		t.Errorf("Varint = %d, want -7", got)
	}
	if got := r.U64(); got != 1<<40 {
		t.Errorf("U64 = %d, want 1<<40", got)
	}
	if got := r.Byte(); got != 9 {
		t.Errorf("Byte = %d, want 9", got)
	}
	if got := r.Count(); got != 2 || r.Fail {
		t.Errorf("Count = %d (fail %v), want 2", got, r.Fail)
	}
	r.B = r.B[2:]
	if r.U64(); !r.Fail {
		t.Error("reading past the end did not fail")
	}
	r = Reader{B: []byte{5, 0}}
	if got := r.Count(); got != 0 || !r.Fail {
		t.Errorf("a count of 5 with 1 byte left: %d, fail %v; want 0, true", got, r.Fail)
	}
}

func TestTextAndPick(t *testing.T) {
	b := append(binary.AppendUvarint(nil, 2), 'a', 'b')
	b = binary.AppendUvarint(b, 1)
	b = binary.AppendUvarint(b, 2)
	r := Reader{B: b}
	table := []string{"x", r.Text()}
	if table[1] != "ab" || r.Fail {
		t.Fatalf("Text = %q (fail %v), want ab", table[1], r.Fail)
	}
	if got := r.Pick(table); got != "ab" || r.Fail {
		t.Errorf("Pick(1) = %q (fail %v), want ab", got, r.Fail)
	}
	if got := r.Pick(table); got != "" || !r.Fail {
		t.Errorf("Pick past the table = %q, fail %v; want \"\", true", got, r.Fail)
	}
	r = Reader{B: []byte{3, 'a'}}
	if got := r.Text(); got != "" || !r.Fail {
		t.Errorf("a text of 3 with 1 byte left: %q, fail %v; want \"\", true", got, r.Fail)
	}
}
