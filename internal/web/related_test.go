package web

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crosscheck/internal/storage"
)

// kimReturns is a later event of the Kim story, which a clusterer keeps
// apart: a story of its own about the same people and places.
var kimReturns = testArticle{site: "Evening Star", title: "Kim back in Pyongyang after Russia trip", published: day.Add(6 * 24 * time.Hour), story: 3,
	body: "Kim Jong Un returned to Pyongyang on Sunday after six days in Russia, state media said.\n\n" +
		"His armoured train left Vladivostok on Friday after a farewell ceremony, and Vladimir Putin accepted an invitation to visit North Korea."}

func relatedServer(t *testing.T) string {
	t.Helper()
	st := openStore(t)
	addArticles(t, st, append(kimStory[:len(kimStory):len(kimStory)], kimReturns))
	srv, _ := newTestServerOn(t, st, Options{})
	return srv.URL
}

func TestRelatedStoriesAPI(t *testing.T) {
	base := relatedServer(t)
	related := func(id int) []storage.RelatedStory {
		_, body := get(t, fmt.Sprintf("%s/api/v1/stories/%d", base, id))
		var v struct {
			Related []storage.RelatedStory `json:"related"`
		}
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("story %d: %v: %s", id, err, body)
		}
		if !strings.Contains(body, `"related":[`) {
			t.Errorf("story %d: related is not a list: %s", id, body)
		}
		return v.Related
	}
	got := related(1)
	if len(got) != 1 || got[0].ID != 3 || got[0].Relation != "later" || !slices.Contains(got[0].Shared, "Kim Jong Un") {
		t.Errorf("stories related to 1: %+v, want story 3, later, sharing Kim Jong Un", got)
	}
	if got := related(3); len(got) != 1 || got[0].ID != 1 || got[0].Relation != "earlier" {
		t.Errorf("stories related to 3: %+v, want story 1, earlier", got)
	}
	if got := related(2); len(got) != 0 {
		t.Errorf("stories related to the Chile earthquake: %+v, want none", got)
	}
}

// TestBrowserRelatedStories walks a storyline from one story page to the
// next through the related stories, in Chromium.
func TestBrowserRelatedStories(t *testing.T) {
	base := relatedServer(t)
	ctx := newBrowser(t)
	var links []string
	var heading, back, relation string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/stories/1"),
		chromedp.WaitVisible(`#related a.related-link`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('#related a.related-link')].map(a => a.getAttribute('href'))`, &links),
		chromedp.Click(`#related a.related-link[href="/stories/3"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#related`, chromedp.ByQuery),
		chromedp.Text(`article.story h1`, &heading, chromedp.ByQuery),
		chromedp.AttributeValue(`#related a.related-link`, "href", &back, nil, chromedp.ByQuery),
		chromedp.Text(`#related .relation`, &relation, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("walking the related stories: %v", err)
	}
	if len(links) != 1 || links[0] != "/stories/3" {
		t.Errorf("story 1 links to related stories %q, want only /stories/3", links)
	}
	if !strings.Contains(heading, "Kim") {
		t.Errorf("after following the link the page is %q, want the story of Kim's return", heading)
	}
	if back != "/stories/1" || relation != "earlier" {
		t.Errorf("story 3 links back to %q as %q, want /stories/1 as earlier", back, relation)
	}
}
