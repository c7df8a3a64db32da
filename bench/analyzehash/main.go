// Command analyzehash prints one sha256 over json.Marshal(nlp.Analyze(text,
// 2016-09-01)) of every PolNeAR text (train and dev) and every ECB+
// article, in file order: a move of words from code to the lexicons that
// leaves English unchanged leaves the hash unchanged.
//
//	go run ./bench/analyzehash
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
)

func main() {
	data := "/work/shared/data"
	if len(os.Args) > 1 {
		data = os.Args[1]
	}
	ref := time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC)
	h := sha256.New()
	n := 0
	add := func(text string) {
		b, err := json.Marshal(nlp.Analyze(text, ref))
		if err != nil {
			log.Fatal(err)
		}
		h.Write(b)
		n++
	}
	files, err := filepath.Glob(filepath.Join(data, "attribution/polnear/*/text/*.txt"))
	if err != nil {
		log.Fatal(err)
	}
	slices.Sort(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		add(string(b))
	}
	docs, err := eval.LoadECBPlus(filepath.Join(data, "alignment/ecbplus"), filepath.Join(data, "alignment/ECBplus_coreference_sentences.csv"), nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range docs {
		add(d.Text)
	}
	fmt.Printf("%d texts sha256 %x\n", n, h.Sum(nil))
}
