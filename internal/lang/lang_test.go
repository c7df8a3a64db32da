package lang

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
	"testing/fstest"
)

// TestEnglishHasEveryClass: English is the fallback, so every class the
// code names must be there.
func TestEnglishHasEveryClass(t *testing.T) {
	names, err := filepath.Glob("classes*.go")
	if err != nil {
		t.Fatal(err)
	}
	var classes [][]string
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		classes = append(classes, regexp.MustCompile(`Class = "([^"]+)"`).FindAllStringSubmatch(string(src), -1)...)
	}
	if len(classes) == 0 {
		t.Fatal("no classes found in classes*.go")
	}
	en := English()
	for _, c := range classes {
		if !en.Has(Class(c[1])) {
			t.Errorf("English lexicon lacks class %q", c[1])
		}
	}
}

func TestFor(t *testing.T) {
	for _, code := range []string{"en", "EN", "en-GB", "en_US"} {
		if l, ok := For(code); !ok || l.Code != "en" {
			t.Errorf("For(%q) = %v, %v; want the English lexicon", code, l, ok)
		}
	}
	if _, ok := For("xx"); ok {
		t.Error(`For("xx") found a lexicon`)
	}
	if got := English().Map(Months)["sept"]; got != "9" {
		t.Errorf(`months["sept"] = %q, want "9"`, got)
	}
	if len(English().Set("no-such-class")) != 0 {
		t.Error("an absent class is not empty")
	}
}

func TestParseErrors(t *testing.T) {
	for name, text := range map[string]string{
		"entry before class": "word\n",
		"unclosed header":    "[months\n",
		"mixed":              "[x]\na = 1\nb\n",
		"twice":              "[x]\na\n[x]\nb\n",
	} {
		fsys := fstest.MapFS{filepath.Join("data", "zz", "a.lex"): {Data: []byte(text)}}
		if _, err := parseAll(fsys); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestPhrasesAndCase(t *testing.T) {
	fsys := fstest.MapFS{"data/zz/a.lex": {Data: []byte("[cues]\nAccording  to, said\n[titles-cased]\nMr, Dr\n")}}
	all, err := parseAll(fsys)
	if err != nil {
		t.Fatal(err)
	}
	zz := all["zz"]
	if !zz.Set("cues").Has("according to") || !zz.Set("cues").Has("said") {
		t.Errorf("cues = %v", zz.Set("cues"))
	}
	if !zz.Set("titles-cased").Has("Mr") {
		t.Errorf("titles-cased = %v", zz.Set("titles-cased"))
	}
}

func TestZoneOffset(t *testing.T) {
	for zone, want := range map[string]int{"IST": 19800, "EDT": -14400, "GMT+2": 7200, "UTC-04:00": -14400, "+0530": 19800, "GMT": 0} {
		if got, ok := ZoneOffset(zone); !ok || got != want {
			t.Errorf("ZoneOffset(%q) = %d, %v; want %d", zone, got, ok, want)
		}
	}
	for _, zone := range []string{"ist", "XYZ", "GMT+25", ""} {
		if _, ok := ZoneOffset(zone); ok {
			t.Errorf("ZoneOffset(%q) found a zone", zone)
		}
	}
}

func TestUnion(t *testing.T) {
	en := English()
	u := en.Union(FunctionWords, SummaryStopWords)
	for _, c := range []Class{FunctionWords, SummaryStopWords} {
		for w := range en.Set(c) {
			if !u[w] {
				t.Errorf("Union lacks %q of %s", w, c)
			}
		}
	}
	delete(u, "the")
	if !en.Set(FunctionWords)["the"] {
		t.Error("deleting from the union changed the lexicon's own set")
	}
}

func TestPrimary(t *testing.T) {
	for in, want := range map[string]string{"de-AT": "de", "pt_BR": "pt", " EN ": "en", "": ""} {
		if got := Primary(in); got != want {
			t.Errorf("Primary(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSetHasWord(t *testing.T) {
	s := Set{"the": true, "he": true}
	for w, want := range map[string]bool{"the": true, "The": true, "THE": false, "He": true, "she": false, "": false} {
		if got := s.HasWord(w); got != want {
			t.Errorf("HasWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestKeysInOrder(t *testing.T) {
	fsys := fstest.MapFS{"data/zz/a.lex": {Data: []byte("[m]\nb = 1, a = 2\nb = 3\n[s]\nz, y\nz\n")}}
	all, err := parseAll(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := all["zz"].Keys("m"); !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("Keys(m) = %q", got)
	}
	if got := all["zz"].Keys("s"); !slices.Equal(got, []string{"z", "y"}) {
		t.Errorf("Keys(s) = %q", got)
	}
}
