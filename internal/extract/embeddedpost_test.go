package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// TestEmbeddedPost runs refine on a story with a tweet embedded between
// two of its paragraphs, as Sky News (develop) prints it: the embed's
// blockquote inside a wrapper named "sdc-article-widget", which
// trafilatura drops.
func TestEmbeddedPost(t *testing.T) {
	const (
		before = `"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.`
		after  = `"He has won a domestic title in a record four different countries (Portugal, England, Italy and Spain) and is one of only three managers to have won the UEFA Champions League twice with two clubs, FC Porto in 2004 and Inter Milan in 2010."`
		tweet  = `I can’t thank this man enough. He’s taught me so much and I’m so grateful for everything he’s done for me. Good luck and hope to see you again my friend. <a href="https://t.co/dUO6AJlMxR">pic.twitter.com/dUO6AJlMxR</a></p>— Dele (@dele_official) <a href="https://twitter.com/dele_official/status/1196909601389785089?ref_src=twsrc%5Etfw">November 19, 2019</a>`
	)
	skyWidget := func(class, inner string) string {
		return `<div class="sdc-article-widget sdc-article-tweet">
    <div class="sdc-article-tweet__inner">
        <div class="sdc-article-tweet__content">
            <blockquote class="` + class + `"><p lang="en" dir="ltr">` + inner + `</blockquote> <script async="" src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
        </div>
    </div>
</div>`
	}
	tests := []struct {
		name  string
		page  string
		paras []string
		want  []string
	}{
		{
			name:  "a tweet between two kept paragraphs is restored with its attribution",
			page:  `<article><p>` + before + `</p>` + skyWidget("twitter-tweet", `Club statement</p>— Tottenham Hotspur (@SpursOfficial) <a href="https://twitter.com/SpursOfficial/status/1197040181657784320?ref_src=twsrc%5Etfw">November 20, 2019</a>`) + `<p>` + after + `</p></article>`,
			paras: []string{before, after},
			want:  []string{before, "Club statement", "— Tottenham Hotspur (@SpursOfficial) November 20, 2019", after},
		},
		{
			name:  "a tweet of sentences ending in its picture link",
			page:  `<article><p>` + before + `</p>` + skyWidget("twitter-tweet", tweet) + `<p>` + after + `</p></article>`,
			paras: []string{before, after},
			want: []string{before,
				"I can’t thank this man enough. He’s taught me so much and I’m so grateful for everything he’s done for me. Good luck and hope to see you again my friend. pic.twitter.com/dUO6AJlMxR",
				"— Dele (@dele_official) November 19, 2019", after},
		},
		{
			name:  "control: an Instagram embed holds the widget's labels, not the post",
			page:  `<article><p>` + before + `</p>` + skyWidget("instagram-media", `View this post on Instagram</p><p>A post shared by Spurs (@spursofficial)</p>`) + `<p>` + after + `</p></article>`,
			paras: []string{before, after},
			want:  []string{before, after},
		},
		{
			name:  "control: a tweet after the story's last paragraph is not restored",
			page:  `<article><p>` + before + `</p><p>` + after + `</p></article>` + skyWidget("twitter-tweet", tweet),
			paras: []string{before, after},
			want:  []string{before, after},
		},
		{
			name:  "control: a tweet in a reader's comment is not restored",
			page:  `<article><p>` + before + `</p><div class="comment">` + skyWidget("twitter-tweet", tweet) + `</div><p>` + after + `</p></article>`,
			paras: []string{before, after},
			want:  []string{before, after},
		},
		{
			name:  "control: a tweet between the dropped headline and the story is not restored",
			page:  `<article><h1>Mourinho named Tottenham manager</h1>` + skyWidget("twitter-tweet", tweet) + `<p>` + before + `</p><p>` + after + `</p></article>`,
			paras: []string{"Mourinho named Tottenham manager", before, after},
			want:  []string{before, after},
		},
		{
			name:  "control: a short pull quote between paragraphs is not restored",
			page:  `<article><p>` + before + `</p><blockquote class="pull-quote"><p>Special one</p></blockquote><p>` + after + `</p></article>`,
			paras: []string{before, after},
			want:  []string{before, after},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, refine(doc, tt.paras, "")); diff != "" {
				t.Errorf("refine (-want +got):\n%s", diff)
			}
		})
	}
}
