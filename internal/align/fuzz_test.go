package align

import "testing"

// FuzzAlign aligns two articles and checks that conflicts point into them.
func FuzzAlign(f *testing.F) {
	f.Add("All 22 crew members were taken off, and two of them were treated in hospital.", "Three crew members were taken to Ardlow General Hospital.")
	f.Add("An estimated 40,000 litres of heavy fuel oil had escaped.", "Sources estimate that 400 tonnes of heavy fuel oil has escaped from the ship.")
	f.Add("The ship ran aground about 2 nautical miles off Port Ardlow on Monday.", "The ship hit a reef about 5 kilometres off the coast on Tuesday.")
	f.Add(`"We will pay," said Renée Sauvageot.`, `"We will pay," said Renee Sauvageot, the chief executive.`)
	f.Add(`"Walls collapsed," the governor told ISNA news agency.`, `The governor told reporters that walls had collapsed, according to Halvard Line.`)
	f.Fuzz(func(t *testing.T, a, b string) {
		res := Align([]Input{{ArticleID: 1, Outlet: "A", Text: a}, {ArticleID: 2, Outlet: "B", Text: b}}, Options{})
		for _, c := range res.Conflicts {
			if c.Claim < 0 || c.Claim >= len(res.Claims) {
				t.Fatalf("conflict of claim %d, %d claims", c.Claim, len(res.Claims))
			}
			if len(c.Variants) < 2 {
				t.Fatalf("conflict with %d variants", len(c.Variants))
			}
			for _, v := range c.Variants {
				if len(v.Refs) == 0 {
					t.Fatalf("variant %q without refs", v.Value)
				}
			}
		}
	})
}
