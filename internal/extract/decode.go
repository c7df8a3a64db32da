package extract

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// metaScanBytes is how far into a page a <meta> charset declaration is
// looked for. The HTML standard says 1024 bytes, but saved pages often put
// scripts and styles first; a longer look costs little.
const metaScanBytes = 16 << 10

// toUTF8 returns the page as NFC-normalised UTF-8 and the name of the
// encoding it was read in. The encoding is taken, in order, from a byte
// order mark, the charset an outer layer declared (an HTTP header), a
// <meta> declaration, and last from the bytes themselves.
func toUTF8(data []byte, declared string) ([]byte, string, error) {
	enc, name := chooseEncoding(data, declared)
	if name != "utf-8" {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, "", fmt.Errorf("decoding %s: %w", name, err)
		}
		data = decoded
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	// A soft hyphen is invisible when rendered but splits a word for
	// anything that tokenises the text.
	data = bytes.ReplaceAll(data, []byte("\u00AD"), nil)
	return norm.NFC.Bytes(data), name, nil
}

func chooseEncoding(data []byte, declared string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if declared = declaredCharset(declared); declared != "" {
		if enc, name := charset.Lookup(declared); enc != nil {
			return enc, name
		}
	}
	if name := metaCharset(data[:min(len(data), metaScanBytes)]); name != "" {
		enc, canonical := charset.Lookup(name)
		switch {
		case enc == nil:
		case strings.HasPrefix(canonical, "utf-16"):
			// A page that can declare UTF-16 in ASCII is not UTF-16;
			// the standard says to read it as UTF-8.
			return unicode.UTF8, "utf-8"
		case canonical != "utf-8" && hasNonASCII(data) && utf8.Valid(data):
			// Valid multi-byte UTF-8 almost never happens by chance in
			// a single-byte or CJK encoding: this is a page re-saved as
			// UTF-8 that kept its old declaration.
			return unicode.UTF8, "utf-8"
		default:
			return enc, canonical
		}
	}
	if utf8.Valid(data) {
		return unicode.UTF8, "utf-8"
	}
	if r, err := chardet.NewHtmlDetector().DetectBest(data); err == nil {
		if enc, name := charset.Lookup(r.Charset); enc != nil {
			return enc, name
		}
	}
	enc, name := charset.Lookup("windows-1252")
	return enc, name
}

// declaredCharset accepts a bare charset name or a whole Content-Type
// header value.
func declaredCharset(s string) string {
	if !strings.Contains(s, "/") {
		return strings.TrimSpace(s)
	}
	_, params, err := mime.ParseMediaType(s)
	if err != nil {
		return ""
	}
	return params["charset"]
}

func hasNonASCII(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// metaCharset finds the charset a <meta charset> or <meta http-equiv=
// "Content-Type"> tag declares before the body starts.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" {
				continue
			}
			var cs, httpEquiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if httpEquiv == "content-type" {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					return strings.Trim(content[i+len("charset="):], " \"';")
				}
			}
		}
	}
}
