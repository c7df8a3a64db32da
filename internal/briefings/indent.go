package briefings

import (
	"bytes"
	"errors"
	"io"
)

// ErrBadJSON is returned by WriteIndented for JSON whose brackets or
// strings do not close.
var ErrBadJSON = errors.New("briefing JSON is cut short or malformed")

// WriteIndented writes enc, a briefing as stored (JSON as json.Encoder
// writes it), to w indented by two spaces: for valid JSON, byte for byte
// what json.Indent(dst, enc, "", "  ") writes. A 1,000-article story's
// briefing is 6.6 MB; json.Indent's validating scanner took 25 ms of CPU
// on it warm and 70-100 ms in a fresh process, where writing 10 MB into
// new memory costs as much as the indenting: the most of a cold
// `crosscheck brief --format json` once the briefing is stored. Here the
// output goes out in 64 kB pieces through one buffer. enc is not
// validated (what the store holds is what json.Encoder wrote): JSON
// whose brackets or strings do not close is an error, after what came
// before was written; other invalid JSON comes out indented somehow.
func WriteIndented(w io.Writer, enc []byte) error {
	const flushAt = 64 << 10
	dst := make([]byte, 0, flushAt+1024)
	depth := 0
	open := false  // after '{' or '[': the newline waits for the first member
	ended := false // the top-level value is complete
	for i := 0; i < len(enc); i++ {
		if len(dst) >= flushAt {
			if _, err := w.Write(dst); err != nil {
				return err
			}
			dst = dst[:0]
		}
		c := enc[i]
		switch c {
		case ' ', '\t', '\r', '\n':
			// json.Indent drops space between tokens and keeps what
			// follows the value.
			if ended {
				dst = append(dst, c)
			}
			continue
		}
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, depth)
		}
		switch c {
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				if depth == 0 {
					return ErrBadJSON
				}
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
			ended = depth == 0 && !open
		case '"':
			// Most of a briefing is text: a string is copied whole.
			end := stringEnd(enc, i+1)
			if end < 0 {
				return ErrBadJSON
			}
			dst = append(dst, enc[i:end]...)
			i = end - 1
			ended = depth == 0 && !open
		default:
			dst = append(dst, c)
			ended = depth == 0 && !open
		}
	}
	if depth != 0 || open || len(enc) == 0 {
		return ErrBadJSON
	}
	_, err := w.Write(dst)
	return err
}

// stringEnd is the index just past the quote that closes the string
// whose text starts at enc[from], or -1 if none does: the first quote
// not escaped, that is, after an even run of backslashes.
func stringEnd(enc []byte, from int) int {
	for j := from; j < len(enc); {
		k := bytes.IndexByte(enc[j:], '"')
		if k < 0 {
			return -1
		}
		q := j + k
		slashes := 0
		for p := q - 1; p >= from && enc[p] == '\\'; p-- {
			slashes++
		}
		if slashes%2 == 0 {
			return q + 1
		}
		j = q + 1
	}
	return -1
}

func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}
