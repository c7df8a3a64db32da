package feed

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// xmlDecl matches an XML declaration's encoding attribute.
var xmlDecl = regexp.MustCompile(`^(<\?xml[^>]*?\sencoding\s*=\s*)(["'])([A-Za-z0-9._:-]+)(["'])`)

// toUTF8 returns a feed document as UTF-8, with an XML declaration that
// says so. The encoding is taken from a byte-order mark, else the XML
// declaration, else the charset an outer layer declared (an HTTP
// header), else the bytes: valid UTF-8 is UTF-8, anything else is read as
// Windows-1252, the superset of Latin-1 that legacy feeds are written in.
func toUTF8(data []byte, declared string) ([]byte, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
		name = "utf-8"
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	m := xmlDecl.FindSubmatchIndex(trimmed)
	if name == "" && m != nil {
		name = strings.ToLower(string(trimmed[m[6]:m[7]]))
	}
	if name == "" && declared != "" {
		name = strings.ToLower(strings.TrimSpace(declared))
	}
	if enc == nil && name != "" {
		e, canonical := charset.Lookup(name)
		switch {
		case e == nil:
			return nil, fmt.Errorf("unknown encoding %q", name)
		case canonical == "utf-8":
			name = "utf-8"
		case strings.HasPrefix(canonical, "utf-16"):
			// A document that declares UTF-16 in ASCII bytes is not
			// UTF-16.
			name = "utf-8"
		default:
			enc, name = e, canonical
		}
	}
	if enc == nil && (name == "" || name == "utf-8") && !utf8.Valid(data) {
		enc, name = charset.Lookup("windows-1252")
	}
	if enc != nil {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("decoding %s: %w", name, err)
		}
		data = bytes.TrimPrefix(decoded, []byte("\uFEFF"))
	}
	// The declaration must now say UTF-8, or the parser decodes twice.
	trimmed = bytes.TrimLeft(data, " \t\r\n")
	if m := xmlDecl.FindSubmatchIndex(trimmed); m != nil {
		var b bytes.Buffer
		b.Write(trimmed[:m[6]])
		b.WriteString("utf-8")
		b.Write(trimmed[m[7]:])
		data = b.Bytes()
	}
	return data, nil
}
