package nlp

import (
	"crosscheck/internal/lang"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzMultilingualSentences: for every language with a lexicon, the
// splitter's sentences lie in order inside the text, never empty, and
// cover every letter of it.
func FuzzMultilingualSentences(f *testing.F) {
	for _, s := range []string{
		"地震造成2人死亡。“我们呼吁各方保持克制。”毛宁说。",
		"首相は「対策をまとめたい。生活を守る」と述べた。",
		"„Das ist gut“, sagte Scholz. Er ging.",
		"«C'est fini», a déclaré M. Macron le 12 sept. 2023.",
		"他说：“我们会继续。事情", "「", "」。", "„…“",
		"— Мы готовы, — заявил Песков. «Мы, — сказал он, — тоже».",
		"Как заявил министр Сергей Шойгу, войска отведены. По словам свидетелей, он ушёл.",
		"Венедіктова заявила: \"Я отримала лист. Лист і чернетка — все\".",
		"Die Lage sei ernst, sagte Müller. Laut der Polizei kam er. Darin heißt es, er sei da.",
		"3,5 Mio. Euro und девять миллионов рублей с 2014 года.",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
	}
	var codes []string
	for _, c := range lang.Codes() {
		if l, _ := lang.For(c); c != "en" && analysable(l) {
			codes = append(codes, c)
		}
	}
	f.Fuzz(func(t *testing.T, text string, pick uint8) {
		if !utf8.ValidString(text) {
			return
		}
		d := AnalyzeIn(text, mlRef, codes[int(pick)%len(codes)])
		prev := 0
		letters := 0
		for _, s := range d.Sentences {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad sentence %+v after %d in %q", s, prev, text)
			}
			prev = s.End
			letters += len(strings.Map(keepLetter, s.Text))
		}
		if want := len(strings.Map(keepLetter, text)); letters != want {
			t.Fatalf("sentences hold %d bytes of letters, text %d: %q", letters, want, text)
		}
		for _, q := range d.Quotes {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
				t.Fatalf("quote span %+v out of %q", q.Span, text)
			}
		}
		for _, x := range d.Times {
			if x.Resolved && !x.Start.Before(x.End) {
				t.Fatalf("time %+v ends before it starts", x)
			}
		}
	})
}

func keepLetter(r rune) rune {
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}

// FuzzParseLocalNumber: the bytes read are a prefix of the input, start
// with a digit, and the value is not negative.
func FuzzParseLocalNumber(f *testing.F) {
	for _, s := range []string{"1.234,5", "1 234,5", "1,234.5", "１２３", "12.34.567", "3兆"} {
		f.Add(s, uint8(0))
	}
	seps := []rune{'.', ',', ' ', '\''}
	f.Fuzz(func(t *testing.T, s string, pick uint8) {
		th, dec := seps[int(pick)%4], seps[int(pick/4)%4]
		v, decimals, n := parseLocalNumber(s, th, dec)
		if n < 0 || n > len(s) || v < 0 || decimals < 0 || n == 0 && v != 0 {
			t.Fatalf("parseLocalNumber(%q, %q, %q) = %v, %d, %d", s, th, dec, v, decimals, n)
		}
		if n > 0 {
			if _, ok := digitValue([]rune(s)[0]); !ok {
				t.Fatalf("read %d bytes of %q, which starts with no digit", n, s)
			}
		}
	})
}

// FuzzParseNumeral: Chinese numerals read a prefix and never go negative.
func FuzzParseNumeral(f *testing.F) {
	w := wordsOf(mustLexicon("zh"))
	for _, s := range []string{"三十五", "两千", "一万二千", "二〇二三", "十", "万", "亿万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, n := parseNumeral(s, w.numWords, w.multipliers)
		if n < 0 || n > len(s) || v < 0 || n == 0 && v != 0 {
			t.Fatalf("parseNumeral(%q) = %v, %d", s, v, n)
		}
	})
}
