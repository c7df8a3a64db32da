package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
)

// FuzzAlign aligns three whole articles (the fuzzer's text cut into
// documents at form feeds, with and without publication dates) and checks
// that claims and conflicts point into them: every reference names a
// sentence that exists, its clause lies in the sentence, every conflict has
// two variants with references and says its slot.
func FuzzAlign(f *testing.F) {
	f.Add("All 22 crew members were taken off, and two of them were treated in hospital.", "Three crew members were taken to Ardlow General Hospital.")
	f.Add("An estimated 40,000 litres of heavy fuel oil had escaped.", "Sources estimate that 400 tonnes of heavy fuel oil has escaped from the ship.")
	f.Add("The ship ran aground about 2 nautical miles off Port Ardlow on Monday.", "The ship hit a reef about 5 kilometres off the coast on Tuesday.")
	f.Add(`"We will pay," said Renée Sauvageot.`, `"We will pay," said Renee Sauvageot, the chief executive.`)
	f.Add(`"Walls collapsed," the governor told ISNA news agency.`, `The governor told reporters that walls had collapsed, according to Halvard Line.`)
	f.Add("The government will face a confidence vote on Friday.\n\nIt lost the vote by one vote.", "The government lost the vote by one vote on Friday\fLohan checks into Betty Ford.\nLohan checks out of rehab in Newport Beach.")
	f.Add("The quake killed 10 people on Sunday.\n\nThe toll rose to 12 on Monday, officials said.", "Ten people were killed and at least 50 injured when the quake hit Qeshm on Sunday.\f162 passengers of QZ8501 and 239 on MH370.")
	// Whole pages: the seeds, when the shared data is there.
	if files, err := filepath.Glob(filepath.Join(sharedtest.Root(), "seeds", "*.txt")); err == nil && len(files) >= 2 {
		a, errA := os.ReadFile(files[0])
		b, errB := os.ReadFile(files[1])
		if errA == nil && errB == nil {
			f.Add(string(a), string(b))
		}
	}
	day := time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, a, b string) {
		texts := append([]string{a}, strings.SplitN(b, "\f", 2)...)
		var inputs []Input
		for i, text := range texts {
			in := Input{ArticleID: int64(i + 1), Outlet: string(rune('A' + i)), Text: text}
			if i > 0 {
				in.Published = day.Add(time.Duration(i) * time.Hour)
			}
			inputs = append(inputs, in)
		}
		for _, opts := range []Options{{}, {WordsOnly: true}} {
			res := Align(inputs, opts)
			sentences := map[int64][]nlp.Sentence{}
			for _, in := range inputs {
				sentences[in.ArticleID] = nlp.SplitSentences(in.Text)
			}
			checkRef := func(r Ref) {
				ss := sentences[r.ArticleID]
				if r.Sentence < 0 || r.Sentence >= len(ss) {
					t.Fatalf("ref %+v: article %d has %d sentences", r, r.ArticleID, len(ss))
				}
				if r.Clause.Start < 0 || r.Clause.End > len(r.Text) || r.Clause.Start > r.Clause.End {
					t.Fatalf("ref %+v: clause outside its sentence of %d bytes", r, len(r.Text))
				}
			}
			for _, c := range res.Claims {
				if len(c.Sentences) == 0 {
					t.Fatalf("claim %d without sentences", c.ID)
				}
				for _, r := range c.Sentences {
					checkRef(r)
				}
			}
			for _, c := range res.Conflicts {
				if c.Claim < 0 || c.Claim >= len(res.Claims) {
					t.Fatalf("conflict of claim %d, %d claims", c.Claim, len(res.Claims))
				}
				if len(c.Variants) < 2 {
					t.Fatalf("conflict with %d variants", len(c.Variants))
				}
				if !opts.WordsOnly && (c.Slot == "" || c.Evidence == "") {
					t.Fatalf("conflict %+v without its slot or evidence", c)
				}
				for _, v := range c.Variants {
					if len(v.Refs) == 0 {
						t.Fatalf("variant %q without refs", v.Value)
					}
					for _, r := range v.Refs {
						checkRef(r)
					}
				}
			}
		}
	})
}
