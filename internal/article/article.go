// Package article defines the clean article that every stage after
// extraction works on.
package article

import (
	"net/url"
	"strings"
	"time"
)

// Article is one page reduced to its story: the body without the site's
// chrome, and the metadata a reader needs to weigh it.
type Article struct {
	// ID is the store's identifier; zero until the article is stored.
	ID int64 `json:"id,omitempty"`
	// Origin is where the page was read from: a file path, a URL, or
	// "file.jsonl:12" for a line of a JSONL file. It lets a reader check
	// every claim against its source.
	Origin string `json:"origin"`
	// URL is the page's canonical URL when the page or its input names it.
	URL string `json:"url,omitempty"`

	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	// Site is the publisher or site name ("Reuters", "Daily Global Times").
	Site     string `json:"site,omitempty"`
	Language string `json:"language,omitempty"`
	Image    string `json:"image,omitempty"`

	// Published is the publication time; zero when unknown. A date the
	// page's chrome printed (a clock, a weather widget, a scrape header) is
	// never taken for it: unknown is better than wrong.
	Published time.Time `json:"published,omitzero"`
	// PublishedFrom says where Published was found, e.g. "json-ld",
	// "meta:article:published_time", "url", "dateline".
	PublishedFrom string    `json:"published_from,omitempty"`
	Modified      time.Time `json:"modified,omitzero"`
	// FetchedAt is when the page was scraped, when the input says so.
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// DateLines are the lines of the page the extractor kept out of the
	// body that write a full date: photo captions, update stamps, the
	// signatures of embedded posts. A page that gives no publication
	// date often prints its own day there, which nlp.PageDay may then
	// take under its checks.
	DateLines []string `json:"date_lines,omitempty"`

	// Text is the article body: paragraphs separated by one blank line.
	Text string `json:"text"`
}

// Outlet names who published the article, for counting outlets: the site
// name the page gives, else the URL's host. A page that names neither is
// "unknown outlet", labelled with the input it was read from so that two
// such pages still count apart: a file name is never taken for a
// publisher.
func (a Article) Outlet() string {
	if a.Site != "" {
		return a.Site
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	origin := a.Origin
	if origin == "" {
		origin = "unnamed input"
	}
	return UnknownOutlet + " (" + origin + ")"
}

// UnknownOutlet starts the outlet of a page that names no publisher.
const UnknownOutlet = "unknown outlet"
