// Package feed reads RSS and Atom feeds into pages: each item's own
// content when the feed carries it, or the page at the item's link when
// a fetcher is given.
package feed

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"crosscheck/internal/source"
)

// MaxFeedSize bounds a feed document; real feeds are well under it.
const MaxFeedSize = 32 << 20

// Item is one entry of a feed.
type Item struct {
	// Key identifies the item across polls: its GUID, else its link,
	// else a hash of its title and content.
	Key       string
	Link      string
	Title     string
	Authors   []string
	Published time.Time
	// Content is the item's HTML (full content, else its description).
	Content string
}

// Parse reads an RSS or Atom document in any encoding it declares (or,
// declaring none, UTF-8 or Windows-1252); name is used in errors.
func Parse(r io.Reader, name string) ([]Item, error) {
	return ParseCharset(r, name, "")
}

// ParseCharset is Parse for a document whose charset an outer layer (an
// HTTP Content-Type header) declared; the document's own declaration
// wins.
func ParseCharset(r io.Reader, name, declared string) ([]Item, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFeedSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading feed: %w", name, err)
	}
	if len(data) > MaxFeedSize {
		return nil, fmt.Errorf("%s: %w: feed over %d bytes", name, source.ErrTooLarge, MaxFeedSize)
	}
	if data, err = toUTF8(data, declared); err != nil {
		return nil, fmt.Errorf("%s: not a readable RSS or Atom feed: %w", name, err)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable RSS or Atom feed: %w", name, err)
	}
	items := make([]Item, 0, len(f.Items))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		item := Item{
			Link:    strings.TrimSpace(it.Link),
			Title:   strings.TrimSpace(it.Title),
			Content: it.Content,
		}
		if strings.TrimSpace(item.Content) == "" {
			item.Content = it.Description
		}
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				item.Authors = append(item.Authors, strings.TrimSpace(a.Name))
			}
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			item.Published = it.UpdatedParsed.UTC()
		}
		item.Key = itemKey(it.GUID, item)
		items = append(items, item)
	}
	return items, nil
}

func itemKey(guid string, it Item) string {
	if g := strings.TrimSpace(guid); g != "" {
		return "guid:" + g
	}
	if it.Link != "" {
		return "link:" + it.Link
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Content))
	return "hash:" + hex.EncodeToString(sum[:])
}

// ErrNoContent is an item with neither content nor a link to fetch.
var ErrNoContent = errors.New("item has no content")

// Pages yields one page per item of the feed in r. With fetch set, an
// item with a link is read from its link, since feeds often carry only a
// teaser; otherwise the item's own content is made into an HTML page
// whose head carries the title, author and date the feed gave.
func Pages(ctx context.Context, name string, r io.Reader, fetch source.FetchFunc) iter.Seq2[source.Page, error] {
	return func(yield func(source.Page, error) bool) {
		items, err := Parse(r, name)
		if err != nil {
			yield(source.Page{}, err)
			return
		}
		for i, it := range items {
			if ctx.Err() != nil {
				yield(source.Page{}, ctx.Err())
				return
			}
			p, err := ItemPage(ctx, it, fmt.Sprintf("%s#item-%d", name, i+1), fetch)
			if !yield(p, err) {
				return
			}
		}
	}
}

// ItemPage makes the page of one item; origin names it in errors.
func ItemPage(ctx context.Context, it Item, origin string, fetch source.FetchFunc) (source.Page, error) {
	if fetch != nil && it.Link != "" {
		p, err := fetch(ctx, it.Link)
		if err == nil || strings.TrimSpace(it.Content) == "" {
			return p, err
		}
		// The link failed but the feed has the text: use that.
	}
	if strings.TrimSpace(it.Content) == "" {
		return source.Page{}, fmt.Errorf("%s: %w", origin, ErrNoContent)
	}
	return source.Page{
		Origin: origin,
		URL:    it.Link,
		Kind:   source.KindHTML,
		Data:   []byte(itemHTML(it)),
	}, nil
}

// itemHTML wraps an item's content in a document whose metadata the
// extractor reads like any article page's.
func itemHTML(it Item) string {
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html><head><meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString(it.Title))
	if it.Link != "" {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", html.EscapeString(it.Link))
	}
	if !it.Published.IsZero() {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", it.Published.Format(time.RFC3339))
	}
	for _, a := range it.Authors {
		fmt.Fprintf(&b, "<meta name=\"author\" content=\"%s\">\n", html.EscapeString(a))
	}
	fmt.Fprintf(&b, "</head><body><article>\n<h1>%s</h1>\n%s\n</article></body></html>\n", html.EscapeString(it.Title), contentHTML(it.Content))
	return b.String()
}

// contentHTML returns feed content as HTML: plain-text content (RSS
// descriptions often are) gets its paragraphs marked up.
func contentHTML(c string) string {
	if strings.ContainsAny(c, "<>") {
		return c
	}
	var b strings.Builder
	for _, para := range strings.Split(strings.ReplaceAll(c, "\r\n", "\n"), "\n\n") {
		if para = strings.TrimSpace(para); para != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(para))
		}
	}
	return b.String()
}
