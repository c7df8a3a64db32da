package align

import (
	"fmt"
	"testing"
)

func TestDbgMiss(t *testing.T) {
	names, inputs, res, ann := loadSeeds(t)
	docOf := map[string]int{}
	for i, n := range names {
		docOf[n] = i
	}
	claimOf := map[[2]int]int{}
	for _, c := range res.Claims {
		for _, r := range c.Sentences {
			claimOf[[2]int{int(r.ArticleID - 1), r.Sentence}] = c.ID
		}
	}
	for _, f := range ann.Facts {
		fmt.Println("FACT", f.Fact)
		for page, sub := range f.Pages {
			i := docOf[page]
			si := sentenceWith(t, &inputs[i].Doc, page, sub)
			fmt.Printf("  %s claim %d: %.90s\n", page, claimOf[[2]int{i, si}], inputs[i].Doc.Sentences[si].Text)
		}
	}
}
