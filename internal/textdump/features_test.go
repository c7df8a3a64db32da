package textdump

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var featuresOut = flag.String("textdump.features", "", "write per-line features and truth labels of the evaluation set to this CSV file")

func TestWriteFeatures(t *testing.T) {
	if *featuresOut == "" {
		t.Skip("no -textdump.features file")
	}
	f, err := os.Create(*featuresOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "page,i,n,chars,words,stop,end,chrome,menu,dup,para,runlen,class,kept,label")
	for _, c := range loadCases(t) {
		data, err := os.ReadFile(c.TextPath)
		if err != nil {
			t.Fatal(err)
		}
		d := analyze(splitLines(cleanText(string(data))))
		kept := make(map[int]bool)
		for _, i := range d.body {
			kept[i] = true
		}
		truth := " " + strings.Join(tokenize(c.Truth), " ") + " "
		for i, l := range d.lines {
			toks := strings.Join(tokenize(l.text), " ")
			label := toks != "" && strings.Contains(truth, " "+toks+" ")
			fmt.Fprintf(f, "%s,%d,%d,%d,%d,%.3f,%t,%t,%t,%t,%t,%d,%d,%t,%t\n", c.ID[:12], i, len(d.lines), l.chars, l.words, l.stopRatio, l.sentenceEnd, l.chrome, l.menu, l.dup, l.para, l.runLen, l.class, kept[i], label)
		}
	}
}
