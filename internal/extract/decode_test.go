package extract

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const (
		ru = "Москва: в понедельник открылась новая станция метро"
		ja = "東京で新しい駅が開業しました"
		fr = "Le député a déclaré à l'Assemblée qu'il était « très déçu »"
	)
	page := func(meta, body string) string {
		return "<html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>"
	}
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name     string
		data     []byte
		declared string
		wantEnc  string
		want     string
	}{
		{"windows-1251 meta charset", encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, ru)), "", "windows-1251", ru},
		{"windows-1251 http header", encode(t, charmap.Windows1251, page("", ru)), "text/html; charset=windows-1251", "windows-1251", ru},
		{"windows-1251 bare header value", encode(t, charmap.Windows1251, page("", ru)), "cp1251", "windows-1251", ru},
		{"shift_jis http-equiv", encode(t, japanese.ShiftJIS, page(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, ja)), "", "shift_jis", ja},
		{"iso-8859-1 meta", encode(t, charmap.ISO8859_1, page(`<meta charset="iso-8859-1">`, fr)), "", "windows-1252", fr},
		{"utf-16le bom", encode(t, utf16le, page("", ru)), "", "utf-16le", ru},
		{"utf-16be bom", encode(t, utf16be, page("", ja)), "", "utf-16be", ja},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), page("", fr)...), "", "utf-8", fr},
		{"header beats meta", encode(t, charmap.Windows1251, page(`<meta charset="iso-8859-1">`, ru)), "text/html; charset=windows-1251", "windows-1251", ru},
		{"utf-8 re-saved under an old latin-1 meta", []byte(page(`<meta charset="iso-8859-1">`, fr)), "", "utf-8", fr},
		{"undeclared utf-8", []byte(page("", ja)), "", "utf-8", ja},
		{"meta declaring utf-16 in ascii", []byte(page(`<meta charset="utf-16">`, fr)), "", "utf-8", fr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := toUTF8(tt.data, tt.declared)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
			doc, err := parseHTML(got)
			if err != nil {
				t.Fatal(err)
			}
			if body := renderText(doc); body != "t\n\n"+tt.want {
				t.Errorf("text = %q, want %q", body, "t\n\n"+tt.want)
			}
		})
	}
}
