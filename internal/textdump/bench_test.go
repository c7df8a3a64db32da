package textdump

import (
	"fmt"
	"strings"
	"testing"
)

// largeDump builds a dump of about size bytes shaped like a real page:
// menus, ad slots and teaser lists between paragraphs of prose, plus one
// very long line, so that every stage sees realistic and extreme input.
func largeDump(size int) string {
	var b strings.Builder
	b.Grow(size + 4096)
	b.WriteString("Mon. Jan 1st, 2024\n\nHome\nNews\nSport\nWeather\n\nA headline for the long page\n\nBy Jane Doe\n1 January 2024\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Paragraph %d of the story says that the council met on Monday and agreed to the plan, which will cost more than it was thought.\n\n", i)
		if i%7 == 0 {
			b.WriteString("- Advertisement -\n\nRelated\nOne teaser\nAnother teaser\nA third teaser\n\n")
		}
		if i%1000 == 0 {
			b.WriteString(strings.Repeat("word ", 20000) + "\n\n")
		}
	}
	return b.String()
}

// BenchmarkExtract shows that time grows linearly with the size of the
// dump; compare ns/op across the sizes (50 MB is the reader's limit):
//
//	go test ./internal/textdump -run '^$' -bench Extract -benchtime 1x -benchmem
func BenchmarkExtract(b *testing.B) {
	for _, mb := range []int{1, 10, 50} {
		benchExtract(b, fmt.Sprintf("%dMB", mb), largeDump(mb<<20))
	}
	// Inputs that once made a stage quadratic: unclosed HTML comments on
	// one line, thousands of date lines, one huge paragraph of short lines.
	benchExtract(b, "unclosed-comments-1MB", strings.Repeat("<!-- x ", 1<<20/7))
	benchExtract(b, "date-lines-1MB", strings.Repeat("1 jan 2020\n", 1<<20/11))
	benchExtract(b, "short-lines-1MB", strings.Repeat("a\n", 1<<19))
}

func benchExtract(b *testing.B, name, text string) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			// Degenerate inputs may hold no article; only the time counts.
			_, _ = Extract(text)
		}
	})
}
