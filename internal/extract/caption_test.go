package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/lang"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// TestCaptionCreditsOnDevelopPages: text dumps of two develop pages of
// the extraction set (real bytes) keep a photo's caption between
// paragraphs: with the photographer's name and agency on the line under
// it, ending in the photo bank's name after its sentence, over a line
// saying whose photo it is.
func TestCaptionCreditsOnDevelopPages(t *testing.T) {
	for _, tt := range []struct {
		id, url    string
		gone, kept []string
	}{
		{"7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
			"https://www.detroitnews.com/story/news/nation/2019/11/19/thousands-teachers-pack-indiana-statehouse-protest/40651467/",
			[]string{"Michael Conroy, AP", "Indiana teachers wearing red have carry signs"},
			[]string{"Teachers chanted, “Fund our schools,”"}},
		{"7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8",
			"https://www.newsweek.com/cannabis-use-disorder-rising-us-states-where-weed-legal-1471170",
			[]string{"A stock image of a woman holding a joint."},
			[]string{"Rates of cannabis use disorder have risen in U.S. states"}},
		{"851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29",
			"https://slate.com/culture/2019/11/john-ford-science-fiction-fantasy-books.html",
			[]string{"Neil Gaiman and John M. Ford in 2002.", "Photo by David Dyer-Bennet"},
			[]string{"Even if Ford had found a larger audience"}},
	} {
		data, err := os.ReadFile(sharedtest.Path(t, "data", "extraction", "text", tt.id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(context.Background(), source.Page{Origin: tt.id + ".txt", URL: tt.url, Kind: source.KindText, Data: data})
		if err != nil {
			t.Fatalf("%s: %v", tt.id, err)
		}
		for _, s := range tt.gone {
			if strings.Contains(a.Text, s) {
				t.Errorf("%s: body keeps %q", tt.id, s)
			}
		}
		for _, s := range tt.kept {
			if !strings.Contains(a.Text, s) {
				t.Errorf("%s: body lost %q", tt.id, s)
			}
		}
	}
}

// TestCaptionCredits: what a caption's credit looks like, and lines of
// the text that only resemble one.
func TestCaptionCredits(t *testing.T) {
	body := "The council voted on Tuesday to close the ferry route for the winter."
	for _, tt := range []struct {
		name, para string
		dropped    bool
	}{
		{"caption and its credit under it", "Teachers rally at the Statehouse in Indianapolis on Tuesday.\nMichael Conroy, AP", true},
		{"a credit alone", "Jane Doe, Getty Images", true},
		{"a caption ending in a photo bank", "A stock image of a ferry in a storm. Getty", true},
		{"a caption over whose photo it is", "Neil Gaiman and John M. Ford in 2002.\nPhoto by David Dyer-Bennet", true},
		{"a giver's credit alone", "Courtesy of Andrew Vaughan", true},
		{"a sentence that opens like a credit", "Photo by photo, the exhibition shows how the harbour changed.", false},
		{"a credit naming no one", "Courtesy of the museum", false},
		{"a wire's name after the last sentence credits the text", "The minister announced the plan on Monday, officials said. PTI", false},
		{"a name and a word that is no agency", "Michael Conroy, Indiana", false},
		{"a list of names", "Michael Conroy, Jane Doe", false},
		{"three lines ending in a credit are more than a caption", "One line of text here.\nAnother line of text here.\nMichael Conroy, AP", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := dropCaptions([]string{body, tt.para, body}, lang.English())
			want := []string{body, tt.para, body}
			if tt.dropped {
				want = []string{body, body}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("dropCaptions (-want +got):\n%s", diff)
			}
		})
	}
}
