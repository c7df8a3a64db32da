package source

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf16"

	"crosscheck/internal/sharedtest"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want Kind
	}{
		{"empty", nil, KindEmpty},
		{"whitespace", []byte(" \n\t\n"), KindEmpty},
		{"doctype", []byte("<!DOCTYPE html><html><body>x</body></html>"), KindHTML},
		{"leading space html", []byte("\n\n  <html lang=en><head></head>"), KindHTML},
		{"bom html", []byte("\xef\xbb\xbf<!doctype html>"), KindHTML},
		{"junk before html", []byte("HTTP dump\n<html><head><title>x</title></head><body></body></html>"), KindHTML},
		{"text dump with a fragment", []byte("Wed. Jul 3rd, 2024\n\nHeadline<!-- wp:html --><p>Reuters</p>\n"), KindText},
		{"plain text", []byte("Share this\n\nNorth Korean leader Kim Jong-un is planning…"), KindText},
		{"jsonl", []byte(`{"url":"https://example.com/a","html":"<p>x</p>"}` + "\n"), KindJSONL},
		{"brace text", []byte("{not json} but text\n"), KindText},
		{"gzip", []byte{0x1f, 0x8b, 8, 0}, KindGzip},
		{"warc", []byte("WARC/1.0\r\nWARC-Type: response\r\n"), KindWARC},
		{"rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel>`), KindFeed},
		{"atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom">`), KindFeed},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), KindBinary},
		{"control junk", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), KindBinary},
		{"utf16 bom html", utf16le("<html><body>Привет</body></html>", true), KindHTML},
		{"utf16 no bom text", utf16le("A plain text page about the news of the day.", false), KindText},
		{"latin1 text", []byte("Caf\xe9 cr\xe8me and the news of the day\n"), KindText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.data); got != tt.want {
				t.Errorf("Sniff = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSniffSeedsAreText(t *testing.T) {
	seeds := sharedtest.Glob(t, "seeds", "*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(data); got != KindText {
			t.Errorf("%s: Sniff = %v, want text", s, got)
		}
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "<html>", "WARC/1.0", "{\"url\":1}", "text", "\xff\xfe<\x00h\x00", "\x1f\x8b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		k := Sniff(data)
		if k == KindUnknown {
			t.Errorf("Sniff(%q) = unknown", data)
		}
		if len(bytes.TrimSpace(data)) == 0 && k != KindEmpty {
			t.Errorf("Sniff(%q) = %v, want empty", data, k)
		}
	})
}
