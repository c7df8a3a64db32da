package briefings

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// encodeWhole is encodeJSON of a briefing, byte for byte, written into
// room for size bytes (the length of the story's last encoding; 0 when
// unknown). json.Encoder encodes a value into a buffer of its own, grown
// by doubling, and then copies it out: for the 8 MB briefing of a
// 1,000-article story that is some 16 MB allocated, cleared and copied
// at every update, and the buffer is let go of by the collector between
// updates. Here the slices of the top-level struct (the facts, quotes,
// timeline...) are encoded element by element into the one buffer, and
// the other fields each as a one-field struct of the same field and
// tag, so that the encoder's rules (names, omitzero, escaping) stay its
// own. A struct with an embedded field, which json flattens, is encoded
// whole by encodeJSON.
func encodeWhole(v any, size int) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		return encodeJSON(v)
	}
	rv = rv.Elem()
	t := rv.Type()
	for i := range t.NumField() {
		if t.Field(i).Anonymous {
			return encodeJSON(v)
		}
	}
	var buf bytes.Buffer
	buf.Grow(size + size/16)
	enc := json.NewEncoder(&buf)
	// value encodes x as Encode does, without the newline it ends with.
	value := func(x any) error {
		if err := enc.Encode(x); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		return nil
	}
	buf.WriteByte('{')
	first := true
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := rv.Field(i)
		if f.Type.Kind() == reflect.Slice && opts == "" && plainName(name) && f.Type.Elem().Kind() != reflect.Uint8 {
			if !first {
				buf.WriteByte(',')
			}
			first = false
			if err := value(name); err != nil {
				return nil, fmt.Errorf("encoding: %w", err)
			}
			buf.WriteByte(':')
			if fv.IsNil() {
				buf.WriteString("null")
				continue
			}
			buf.WriteByte('[')
			for j := range fv.Len() {
				if j > 0 {
					buf.WriteByte(',')
				}
				// By its address, as an element of a slice is
				// encoded: a marshaller of the pointer is used.
				if err := value(fv.Index(j).Addr().Interface()); err != nil {
					return nil, fmt.Errorf("encoding: %w", err)
				}
			}
			buf.WriteByte(']')
			continue
		}
		// Any other field: a struct of it alone, "{}" when it is
		// omitted.
		one := reflect.New(reflect.StructOf([]reflect.StructField{{Name: f.Name, Type: f.Type, Tag: f.Tag}}))
		one.Elem().Field(0).Set(fv)
		mark := buf.Len()
		if !first {
			buf.WriteByte(',')
		}
		if err := value(one.Interface()); err != nil {
			return nil, fmt.Errorf("encoding: %w", err)
		}
		inner := buf.Bytes()[mark:]
		if !first {
			inner = inner[1:]
		}
		if len(inner) == 2 { // "{}": omitted
			buf.Truncate(mark)
			continue
		}
		// Drop the one-field struct's braces: "{" ... "}".
		copy(inner, inner[1:len(inner)-1])
		buf.Truncate(buf.Len() - 2)
		first = false
	}
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}

// plainName says whether a tag's name is written as it is: letters,
// digits and underscores (json takes the field's name for some others).
func plainName(name string) bool {
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return name != ""
}
