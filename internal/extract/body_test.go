package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/lang"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
)

// TestCleanBody: the classes of body error that reached stories, each
// in the shape it had.
func TestCleanBody(t *testing.T) {
	en := lang.English()
	for _, tt := range []struct{ name, in, want string }{
		{
			"a Reuters body with a photo caption first and the share bar last",
			"A woman walks past a screen showing the Nikkei index in Tokyo, Japan, November 19, 2019. REUTERS/Kim Kyung-Hoon\n\n" +
				"TOKYO (Reuters) - Asian shares slipped on Wednesday as doubts crept back in about a trade deal.\n\n" +
				"MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.4 percent.\n\n" +
				"Tweet this\nDigg this\n\nTrending On Reuters",
			"TOKYO (Reuters) - Asian shares slipped on Wednesday as doubts crept back in about a trade deal.\n\n" +
				"MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.4 percent.",
		},
		{"only a credit line", "Source: Reuters", ""},
		{
			"markup written out in the text",
			"<div class=\"modal-container\"><div class=\"modal\"><p>The council voted on Monday to close the pool.</p><p>It reopens in May.</p></div></div>",
			"The council voted on Monday to close the pool.\n\nIt reopens in May.",
		},
		{
			"a comment policy under the article",
			"The bridge reopened on Friday after two years of repairs.\n\nComment policy: comments are moderated. We reserve the right to remove off-topic comments.",
			"The bridge reopened on Friday after two years of repairs.",
		},
		{
			"a dateline with the agency is the article's first line, not a caption",
			"WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.\n\nIt now goes to the House.",
			"WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.\n\nIt now goes to the House.",
		},
		{
			// Captions as they stand between paragraphs in the extraction
			// set's pages (The New York Times, ZDNet, Reuters).
			"photo captions inside the body",
			"Trump asked voters in Louisiana for a big win.\n\n" +
				"Trump asked voters in Louisiana for a big win. He didn’t get it. Credit... Doug Mills/The New York Times\n\n" +
				"Jason Cipriani/ZDNet\n\n" +
				"FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid\n\n" +
				"The bank extended credit: two billion dollars to the firm over five years.",
			"Trump asked voters in Louisiana for a big win.\n\n" +
				"The bank extended credit: two billion dollars to the firm over five years.",
		},
		{
			"the site's promotion after the article",
			"The bridge reopened on Friday after two years of repairs.\n\n" +
				"Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.\n\n" +
				"Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
			"The bridge reopened on Friday after two years of repairs.",
		},
		{
			"a quoted source is prose",
			"Source: The ministry said 40 people were hurt in the blast on Sunday, and that rescue work would go on through the night.",
			"Source: The ministry said 40 people were hurt in the blast on Sunday, and that rescue work would go on through the night.",
		},
	} {
		if got := cleanBody(tt.in, en); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestBodyWithoutMarkup: a blog whose post reached the text as escaped
// markup (a go-trafilatura fixture, real bytes) reads as its text.
func TestBodyWithoutMarkup(t *testing.T) {
	path := filepath.Join(sharedtest.Module(t, "github.com/markusmobius/go-trafilatura"), "test-files", "comparison", "security.googleblog.com.protection.html")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(context.Background(), source.Page{Origin: path, Kind: source.KindHTML, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<img", "<span", "class=", "<p>"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("body holds %q:\n%.400s", bad, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Phishing sites rotate domains very quickly") {
		t.Errorf("body lost the post:\n%.400s", a.Text)
	}
}

func TestCreditOnlyIsNoArticle(t *testing.T) {
	page := `<html><head><title>Markets</title></head><body><article><p>Source: Reuters</p></article></body></html>`
	_, err := Extract(context.Background(), source.Page{Origin: "credit.html", Kind: source.KindHTML, Data: []byte(page)})
	if !errors.Is(err, ErrNoArticle) {
		t.Errorf("err = %v, want ErrNoArticle", err)
	}
}
