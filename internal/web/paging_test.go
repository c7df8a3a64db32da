package web

import (
	"fmt"
	"strings"
	"testing"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
)

// A large briefing's first page shows the first items of each long list,
// says how many there are and links to all; the whole page shows all.
func TestStoryPageOfALargeBriefing(t *testing.T) {
	s, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := briefings.PageItems + 7
	b := &brief.Briefing{Schema: brief.SchemaVersion, Story: brief.Story{ID: 3}, Headline: "Large"}
	var outlets []string
	for o := range 3 {
		outlets = append(outlets, fmt.Sprintf("Outlet %d", o))
		b.Outlets = append(b.Outlets, brief.Outlet{Name: outlets[o], Articles: []brief.Source{{Article: int64(o + 1)}}})
	}
	for f := range n {
		b.Agreed = append(b.Agreed, brief.Fact{ID: fmt.Sprintf("F%d", f+1), Text: fmt.Sprintf("Fact number %d.", f+1), Outlets: outlets,
			Refs: []brief.Ref{{Article: 1, Sentence: f, Outlet: outlets[0]}}})
	}

	first, err := s.renderBriefing(briefings.PageOf(b, nil))
	if err != nil {
		t.Fatal(err)
	}
	page := string(first)
	for _, want := range []string{
		fmt.Sprintf("<strong>%d</strong> agreed by all", n),
		fmt.Sprintf("First %d of %d", briefings.PageItems, n),
		`href="/stories/3?all#agreed"`,
		`href="/stories/3?all"`,
		fmt.Sprintf("Fact number %d.", briefings.PageItems),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("first page lacks %q", want)
		}
	}
	if strings.Contains(page, fmt.Sprintf("Fact number %d.", briefings.PageItems+1)) {
		t.Errorf("first page shows fact %d", briefings.PageItems+1)
	}

	whole, err := s.renderBriefing(briefings.Whole(b, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(whole), fmt.Sprintf("Fact number %d.", n)) || strings.Contains(string(whole), "First ") {
		t.Errorf("whole page: lacks the last fact, or says it shows the first only")
	}
	if !strings.Contains(string(whole), `href="/stories/3"`) {
		t.Errorf("whole page has no way back to the first page")
	}
}

// A story whose briefing fits one page is the same page with ?all, and
// says nothing of pages; cache on or off, the pages and the API's
// briefing are the same.
func TestSmallStoryPageIsWhole(t *testing.T) {
	cached, _ := newTestServer(t, Options{})
	uncached, _ := newTestServer(t, Options{BriefingCache: -1})
	var pages, apis []string
	for _, srv := range []string{cached.URL, uncached.URL} {
		_, first := get(t, srv+"/stories/1")
		_, all := get(t, srv+"/stories/1?all")
		if first != all {
			t.Errorf("%s: /stories/1?all differs from /stories/1", srv)
		}
		if strings.Contains(first, "show all") || strings.Contains(first, `class="paged"`) {
			t.Errorf("%s: a small story's page speaks of pages", srv)
		}
		pages = append(pages, first)
		_, api := get(t, srv+"/api/v1/stories/1/briefing")
		apis = append(apis, api)
	}
	if stripTimes(pages[0]) != stripTimes(pages[1]) {
		t.Error("the story page differs with the cache on and off")
	}
	if apis[0] != apis[1] {
		t.Error("the API's briefing differs with the cache on and off")
	}
}

// stripTimes drops the one part of a story page that moves with the
// clock: how long ago the story changed.
func stripTimes(page string) string {
	i := strings.Index(page, "updated <time")
	j := strings.Index(page[max(i, 0):], "</time>")
	if i < 0 || j < 0 {
		return page
	}
	return page[:i] + page[i+j:]
}
