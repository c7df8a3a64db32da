package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"time"

	"crosscheck/internal/feed"
	"crosscheck/internal/fetch"
	"crosscheck/internal/source"
	"crosscheck/internal/warc"
)

// fetchFlags are the flags of commands that fetch URLs.
type fetchFlags struct {
	allowPrivate *bool
	delay        *time.Duration
	followLinks  *bool
}

// addFetchFlags adds the fetcher's flags; followLinks is the default of
// --follow-links, whether feed items are read from their links.
func addFetchFlags(fs *flag.FlagSet, followLinks bool) fetchFlags {
	return fetchFlags{
		allowPrivate: fs.Bool("allow-private", false, "let URLs reach loopback, private and link-local addresses"),
		delay:        fs.Duration("fetch-delay", time.Second, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)"),
		followLinks:  fs.Bool("follow-links", followLinks, "read feed items from their links rather than from the feed's own text"),
	}
}

func (f fetchFlags) fetcher() *fetch.Fetcher {
	return fetch.New(fetch.Options{AllowPrivate: *f.allowPrivate, Delay: *f.delay})
}

// withSources lets r read URLs through fetcher and WARC and feed files
// into their pages.
func (f fetchFlags) withSources(r *source.Reader) *source.Reader {
	fetcher := f.fetcher()
	r.Fetch = fetcher.Fetch
	var itemFetch source.FetchFunc
	if *f.followLinks {
		itemFetch = fetcher.Fetch
	}
	r.Container = func(ctx context.Context, origin string, kind source.Kind, rd io.Reader) iter.Seq2[source.Page, error] {
		switch kind {
		case source.KindWARC:
			return warc.Pages(ctx, origin, rd, r.MaxPageSize)
		case source.KindFeed:
			return feed.Pages(ctx, origin, rd, itemFetch)
		}
		return func(yield func(source.Page, error) bool) {
			yield(source.Page{}, fmt.Errorf("%s: %s: %w", origin, kind, source.ErrUnsupported))
		}
	}
	return r
}

// maxPageSizeFlag adds --max-page-size. Its help says what extraction
// refuses whatever the flag says, so a larger value is not mistaken for
// a larger page being extracted.
func maxPageSizeFlag(fs *flag.FlagSet, pages *Pages) *int64 {
	return fs.Int64("max-page-size", source.DefaultMaxPageSize, fmt.Sprintf(
		"largest page read, in bytes after decompression; extraction refuses pages over %d bytes or %d HTML elements whatever this says",
		pages.MaxBytes, pages.MaxElements))
}
