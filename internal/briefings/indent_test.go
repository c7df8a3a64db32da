package briefings

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// indentCases are JSON texts as stored and a few that are not (space
// between tokens, cut short, invalid): the valid ones must come out as
// json.Indent has them.
var indentCases = []string{
	"{}\n",
	"[]",
	`{"a":[],"b":{},"c":[{}],"d":[[]]}` + "\n",
	`{"s":"a \"quoted\", {braced} [bracketed]: \\","n":-1.5e3,"t":true,"f":false,"z":null}` + "\n",
	`{"esc":"\\\\","u":"\u00e9\u2028","nested":{"x":[1,2,{"y":[3]}]}}`,
	`"just a string"`,
	`42`,
	"{\"a\": 1,\n \"b\": [1, 2]}\n",
	" {\"a\":1}",
	`{"a":1`,
	`{"a":"unterminated}`,
	`{"a":1}}`,
	"",
}

func TestWriteIndentedIsJSONIndent(t *testing.T) {
	for _, in := range indentCases {
		checkIndent(t, []byte(in))
	}
	enc, err := encodeJSON(largeBriefing(12))
	if err != nil {
		t.Fatal(err)
	}
	checkIndent(t, enc)
	// More than one piece of output.
	enc, err = encodeJSON(largeBriefing(60))
	if err != nil {
		t.Fatal(err)
	}
	checkIndent(t, enc)
}

func TestWriteIndentedCutShort(t *testing.T) {
	for _, in := range []string{`{"a":[1,2]`, `{"a":"b`, `{"a":1}}`, ""} {
		if err := WriteIndented(io.Discard, []byte(in)); !errors.Is(err, ErrBadJSON) {
			t.Errorf("WriteIndented(%q) = %v, want ErrBadJSON", in, err)
		}
	}
}

func FuzzWriteIndented(f *testing.F) {
	for _, in := range indentCases {
		f.Add([]byte(in))
	}
	f.Fuzz(checkIndent)
}

// checkIndent fails unless WriteIndented writes what json.Indent writes
// when in is valid JSON. Of invalid JSON, WriteIndented must only not
// panic.
func checkIndent(t *testing.T, in []byte) {
	var want, got bytes.Buffer
	wantErr := json.Indent(&want, in, "", "  ")
	err := WriteIndented(&got, in)
	if wantErr != nil {
		return
	}
	if err != nil {
		t.Fatalf("WriteIndented(%q): %v", in, err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("WriteIndented(%q) (-json.Indent +got):\n%s", in, diff)
	}
}
