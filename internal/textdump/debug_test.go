package textdump

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dumpPage = flag.String("textdump.dump", "", "page ID prefix of the evaluation set, or a file path, whose line classes TestDumpPage prints")

// TestDumpPage prints one evaluation page line by line with the
// classifier's verdicts ('+' kept in the body), to study a bad score.
func TestDumpPage(t *testing.T) {
	if *dumpPage == "" {
		t.Skip("no -textdump.dump page")
	}
	paths, _ := filepath.Glob(filepath.Join(extractionDir, "text", *dumpPage+"*.txt"))
	if _, err := os.Stat(*dumpPage); err == nil {
		paths = []string{*dumpPage}
	}
	if len(paths) == 0 {
		t.Fatalf("no page %s", *dumpPage)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(splitLines(cleanText(string(data))))
	kept := make(map[int]bool)
	for _, i := range d.body {
		kept[i] = true
	}
	var b strings.Builder
	for i, l := range d.lines {
		mark := " "
		if kept[i] {
			mark = "+"
		}
		if l.para {
			b.WriteString("\n")
		}
		text := l.text
		if len(text) > 110 {
			text = text[:110]
		}
		b.WriteString(strings.Join([]string{mark, "bsng"[l.class : l.class+1], flags(l), text}, " ") + "\n")
	}
	t.Logf("title=%q site=%q authors=%q published=%v region=%d..%d anchor=%d\n%s", d.title, d.site, d.authors, d.published, d.start, d.end, headlineAnchor(d.lines), b.String())
}

func flags(l line) string {
	f := []byte("....")
	if l.chrome {
		f[0] = 'c'
	}
	if l.menu {
		f[1] = 'm'
	}
	if l.dup {
		f[2] = 'd'
	}
	if l.sentenceEnd {
		f[3] = 'e'
	}
	return string(f)
}
