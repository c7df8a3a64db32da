package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestTextDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, empty for no date
	}{
		{"Monday, 4 September 2023, 21:43", "2023-09-04T21:43:00Z"},
		{"Published September 4, 2023 at 9:43 p.m.", "2023-09-04T21:43:00Z"},
		{"Sept. 4 2023", "2023-09-04T00:00:00Z"},
		{"4th Sept. 2023", "2023-09-04T00:00:00Z"},
		{"November 19, 2019, 9:02 AM", "2019-11-19T09:02:00Z"},
		{"2023-09-04 21:43", "2023-09-04T21:43:00Z"},
		{"04.09.2023 21:43", "2023-09-04T21:43:00Z"},
		{"By Jana Koch | 19 Nov 2019 05:44 GMT", "2019-11-19T05:44:00Z"},
		// The zone printed after the time.
		{"Updated: Sep 04, 2023, 9:21am IST", "2023-09-04T09:21:00+05:30"},
		{"Last Updated : 04 Sep 2023 09:21 AM (EDT)", "2023-09-04T09:21:00-04:00"},
		{"March 3, 2021 at 10:15 p.m. GMT+2", "2021-03-03T22:15:00+02:00"},
		{"March 3, 2021 at 10:15 Updated", "2021-03-03T10:15:00Z"},
		{"© 2023 The Courier", ""},
		{"September 2023", ""},
		{"31 February 2023", ""},
		{"4 September 2099", ""}, // in the future
		{"2 hours ago", ""},
	}
	for _, tt := range tests {
		got, ok := textDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("textDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("textDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2019-11-20T09:22:35+05:30", "2019-11-20T09:22:35+05:30"},
		{"2019-11-20T09:22:35+0530", "2019-11-20T09:22:35+05:30"},
		{"2019-11-20T09:22:35.123Z", "2019-11-20T09:22:35Z"},
		{"2019-11-20 09:22:35", "2019-11-20T09:22:35Z"},
		{"2019-11-20", "2019-11-20T00:00:00Z"},
		{"Wed, 20 Nov 2019 09:22:35 GMT", "2019-11-20T09:22:35Z"},
		{"Tue Nov 19 2019 05:44:06 GMT+0000", "2019-11-19T05:44:06Z"},
		{"1574241755", "2019-11-20T09:22:35Z"},
		// A zone abbreviation that the time package would read as UTC.
		{"Fri Mar 13 21:30:09 EST 2015", "2015-03-13T21:30:09-05:00"},
		{"1574241755000", "2019-11-20T09:22:35Z"},
		{"0000-00-00", ""},
		{"1970-01-01T00:00:00Z", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

func TestURLPathDate(t *testing.T) {
	tests := []struct {
		url, want string
	}{
		{"https://example.com/2019/11/20/story-slug/", "2019-11-20"},
		{"https://example.com/news/2019-11-20/story", "2019-11-20"},
		{"https://example.com/news/story-2019-11-19/", "2019-11-19"},
		{"https://example.com/news/20191120-story.html", "2019-11-20"},
		{"https://example.com/news/2019/11/story", ""},     // no day
		{"https://example.com/news/1839927963", ""},        // an ID
		{"https://example.com/p/191120070028895.html", ""}, // an ID
	}
	for _, tt := range tests {
		got, ok := urlPathDate(tt.url)
		if tt.want == "" {
			if ok {
				t.Errorf("urlPathDate(%q) = %v, want no date", tt.url, got)
			}
			continue
		}
		if !ok || got.Format(time.DateOnly) != tt.want {
			t.Errorf("urlPathDate(%q) = %v, %v; want %s", tt.url, got, ok, tt.want)
		}
	}
}

// TestPublishedIgnoresChrome checks that dates printed by page chrome
// (clocks, weather widgets, trending lists, comments, captions) are not
// taken for the publication date, and that a byline date equal to the
// page's modification date is not either.
func TestPublishedIgnoresChrome(t *testing.T) {
	const story = `<p>The river burst its banks overnight and flooded the lower town, where residents were moved to the school hall.</p>`
	tests := []struct {
		name, body, head, want, from string
	}{
		{
			name: "clock and weather widget",
			body: `<div class="top-bar"><span class="clock">Tuesday, 5 September 2023 07:12</span></div><div id="weather">Sunny, 6 Sep 2023</div><article><h1>Flood</h1>` + story + `</article>`,
		},
		{
			name: "trending list and comments",
			body: `<article><h1>Flood</h1>` + story + `</article><aside class="trending-module"><time datetime="2023-09-05T10:00:00Z">1h</time></aside><div class="comments"><p>4 September 2023, 22:10</p></div>`,
		},
		{
			name: "byline beside the headline",
			body: `<div class="clock">5 September 2023</div><article><h1>Flood</h1><div class="meta">By Ann Lee · Monday, 4 September 2023, 21:43</div>` + story + `</article>`,
			want: "2023-09-04T21:43:00Z", from: "byline",
		},
		{
			name: "time element in the article",
			body: `<article><header><h1>Flood</h1><time datetime="2023-09-04T21:43:00+01:00">4 Sep</time></header>` + story + `</article>`,
			want: "2023-09-04T21:43:00+01:00", from: "time-element",
		},
		{
			name: "byline date that is the modification date",
			head: `<meta property="article:modified_time" content="2023-09-06T08:00:00Z">`,
			body: `<article><h1>Flood</h1><p class="byline">By Ann Lee - 2023-09-06</p>` + story + `</article>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(doc, false)
			got, from := published(doc, m, nil, "https://example.com/flood", "Flood", modified(m, nil))
			gotS := ""
			if !got.IsZero() {
				gotS = got.Format(time.RFC3339)
			}
			if gotS != tt.want || from != tt.from {
				t.Errorf("published = %q from %q, want %q from %q", gotS, from, tt.want, tt.from)
			}
		})
	}
}
