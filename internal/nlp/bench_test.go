package nlp

import (
	"os"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/sharedtest"
)

// BenchmarkAnalyzeSize analyses the seed pages repeated to growing sizes,
// to show that analysis time grows about linearly with the text.
func BenchmarkAnalyzeSize(b *testing.B) {
	raw, err := os.ReadFile(sharedtest.Path(b, "seeds", "002_901111274d820b68.txt"))
	if err != nil {
		b.Fatal(err)
	}
	ref := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(string(raw)+"\n\n", n)
		b.Run(strings.Repeat("x", 0)+"copies="+itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Analyze(text, ref)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var s []byte
	for n > 0 {
		s = append([]byte{byte('0' + n%10)}, s...)
		n /= 10
	}
	return string(s)
}
