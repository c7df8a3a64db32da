package align

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
)

// BenchmarkAlignECB aligns ECB+ articles in file order as one story, the
// story bench/brief -stored builds, with the analyses made beforehand (as
// they are stored at ingest): the cost of the alignment alone as a story
// grows.
func BenchmarkAlignECB(b *testing.B) {
	docs, err := eval.LoadEvents(sharedtest.Path(b, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{50, 200, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			inputs := make([]Input, n)
			var wg sync.WaitGroup
			next := make(chan int)
			for range runtime.GOMAXPROCS(0) {
				wg.Go(func() {
					for i := range next {
						d := docs[i%len(docs)]
						inputs[i] = Input{ArticleID: int64(i + 1), Outlet: fmt.Sprintf("Outlet %d", i%97), Published: d.Published, Text: d.Text, Doc: nlp.Analyze(d.Text, d.Published)}
					}
				})
			}
			for i := range n {
				next <- i
			}
			close(next)
			wg.Wait()
			b.ReportAllocs()
			for b.Loop() {
				Align(inputs, Options{})
			}
		})
	}
}
