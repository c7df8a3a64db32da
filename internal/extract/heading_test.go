package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// TestTrailingHeading runs refine on stories whose body ends in the title
// of a box whose items it left out, as Telegraph's podcast page and CBS
// Sports' newsletter box (develop) print them.
func TestTrailingHeading(t *testing.T) {
	const (
		p1 = "The Tennis Podcast is produced weekly throughout the year, daily during the Grand Slam tournaments, the WTA and ATP Finals."
		p2 = "This week's Tennis Podcast is sponsored by the Davis Cup Madrid Finals, which takes place 18-24 November."
		p3 = "Catherine and David discuss the new format and whether it will last beyond this year."
	)
	tests := []struct {
		name  string
		page  string
		paras []string
		want  []string
	}{
		{
			name:  "a box title under the last paragraph leaves",
			page:  `<article><p>` + p1 + `</p><p>` + p2 + `</p><h3>How to listen to The Tennis Podcast</h3><ul><li><a href="/a">Apple Podcasts</a></li><li><a href="/s">Spotify</a></li></ul></article>`,
			paras: []string{p1, p2, "How to listen to The Tennis Podcast"},
			want:  []string{p1, p2},
		},
		{
			name:  "two box titles in a row leave",
			page:  `<article><p>` + p1 + `</p><p>` + p2 + `</p><h2>Most read</h2><h4>Popular on the site</h4></article>`,
			paras: []string{p1, p2, "Most read", "Popular on the site"},
			want:  []string{p1, p2},
		},
		{
			name:  "control: a subhead with its paragraph under it stays",
			page:  `<article><p>` + p1 + `</p><h3>The new format</h3><p>` + p3 + `</p></article>`,
			paras: []string{p1, "The new format", p3},
			want:  []string{p1, "The new format", p3},
		},
		{
			name:  "control: a short closing paragraph that is no heading stays",
			page:  `<article><p>` + p1 + `</p><p>` + p2 + `</p><p>Game, set and match.</p></article>`,
			paras: []string{p1, p2, "Game, set and match."},
			want:  []string{p1, p2, "Game, set and match."},
		},
		{
			name:  "control: a body of headings alone is left as it is",
			page:  `<article><h2>Results</h2><h3>Round one</h3></article>`,
			paras: []string{"Results", "Round one"},
			want:  []string{"Results", "Round one"},
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
