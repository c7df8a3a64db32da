// Command langs measures crosscheck's analysis of languages other than
// English on real news pages (../shared/data/pages/readability) against a
// hand annotation (testdata/langs): direct and reported quotes with their
// speakers, dates and numbers, split into a develop part and a held-out
// part. See testdata/langs/GUIDELINE.md.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("pages", "../shared/data/pages/readability", "the readability pages")
	gold := flag.String("gold", "testdata/langs/gold.json", "the annotation")
	dump := flag.String("dump", "", "print the extracted text of this page, sentence by sentence, and stop")
	lang := flag.String("lang", "", "with -dump: the language to analyse in")
	verbose := flag.Bool("v", false, "list every miss and false find on the develop pages (held-out pages are only scored)")
	scan := flag.String("scan", "", "list the language, date, text length and title of every HTML file under this directory, and stop")
	flag.Parse()
	if *scan != "" {
		if err := scanDir(*scan); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *dump != "" {
		if err := dumpPage(*dir, *dump, *lang); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dir, *gold, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
