package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestRefine(t *testing.T) {
	const (
		p1 = "The council approved the new budget on Tuesday after a debate that lasted into the evening."
		p2 = "Spending on roads rises by a tenth, while the library service keeps its funding at last year's level."
		p3 = "The opposition said the plan relied on optimistic forecasts of business rates for the coming year."
	)
	tests := []struct {
		name        string
		page        string
		paras       []string
		description string
		want        []string
	}{
		{
			name:        "a standfirst apart from the body is dropped",
			page:        `<header><h1>Budget passes</h1><p class="dek">Councillors back spending plan.</p></header><div class="body"><p>` + p1 + `</p><p>` + p2 + `</p></div>`,
			paras:       []string{"Councillors back spending plan.", p1, p2},
			description: "Councillors back spending plan.",
			want:        []string{p1, p2},
		},
		{
			name:        "a description copied from the first paragraph stays",
			page:        `<div class="body"><p>` + p1 + `</p><p>` + p2 + `</p></div>`,
			paras:       []string{p1, p2},
			description: p1,
			want:        []string{p1, p2},
		},
		{
			name:  "related links and their teasers are dropped",
			page:  `<article><p>` + p1 + `</p><p>` + p2 + `</p></article><div><p><a href="/a">Storm closes coastal road</a></p><p>Repairs will take weeks</p><p><a href="/b">School wins award</a></p><p>Pupils built a robot</p></div>`,
			paras: []string{p1, p2, "Storm closes coastal road", "Repairs will take weeks", "School wins award", "Pupils built a robot"},
			want:  []string{p1, p2},
		},
		{
			name:  "calls to action and widget labels are dropped",
			page:  `<article><p>` + p1 + `</p><p>Advertisement</p><p>` + p2 + `</p><p>Sign up for our morning newsletter to get the day's news in your inbox.</p></article>`,
			paras: []string{p1, "Advertisement", p2, "Sign up for our morning newsletter to get the day's news in your inbox."},
			want:  []string{p1, p2},
		},
		{
			name:  "a sentence that mentions subscribers stays",
			page:  `<article><p>` + p1 + `</p><p>The paper said it had signed up more subscribers than expected.</p></article>`,
			paras: []string{p1, "The paper said it had signed up more subscribers than expected."},
			want:  []string{p1, "The paper said it had signed up more subscribers than expected."},
		},
		{
			name:  "a lead paragraph above an ad is restored",
			page:  `<h1>Budget passes</h1><div class="body"><p>` + p1 + `</p></div><div class="ad-slot">Advertisement</div><div class="body"><p>` + p2 + `</p><p>` + p3 + `</p></div>`,
			paras: []string{p2, p3},
			want:  []string{p1, p2, p3},
		},
		{
			name:  "a paragraph split at a link is made whole",
			page:  `<article><p>Officials cited <a href="/r">the audit</a> as the reason. ` + p1 + `</p><p>` + p2 + `</p></article>`,
			paras: []string{"as the reason. " + p1, p2},
			want:  []string{"Officials cited the audit as the reason. " + p1, p2},
		},
		{
			name:  "the headline is dropped",
			page:  `<article><h1>Budget passes after long debate</h1><p>` + p1 + `</p></article>`,
			paras: []string{"Budget passes after long debate", p1},
			want:  []string{p1},
		},
		{
			name:  "captions are not restored",
			page:  `<article><p>` + p1 + `</p><figure><figcaption>The council chamber during Tuesday's long debate on the budget.</figcaption></figure><p>` + p2 + `</p></article>`,
			paras: []string{p1, p2},
			want:  []string{p1, p2},
		},
		{
			name: "readers' comments after the story are dropped",
			page: `<div class="story"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div>` +
				`<div class="comments"><div class="comment"><p>Anonymous</p><p>The roads have needed this money for years, and it is good to see it spent at last.</p><p>April 5, 2018</p></div></div>`,
			paras: []string{p1, p2, p3, "Anonymous", "The roads have needed this money for years, and it is good to see it spent at last.", "April 5, 2018"},
			want:  []string{p1, p2, p3},
		},
		{
			name:  "a story inside an element named for comments stays",
			page:  `<div class="comments-enabled"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p3 + `</p></div>`,
			paras: []string{p1, p2, p3},
			want:  []string{p1, p2, p3},
		},
		{
			name:  "comments after a story of two paragraphs stay: too little story to tell",
			page:  `<div class="story"><p>` + p1 + `</p><p>` + p2 + `</p></div><div class="comment"><p>` + p3 + `</p></div>`,
			paras: []string{p1, p2, p3},
			want:  []string{p1, p2, p3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := refine(doc, tt.paras, tt.description)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("refine mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
