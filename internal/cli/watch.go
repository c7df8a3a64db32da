package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"crosscheck/internal/feed"
	"crosscheck/internal/fetch"
	"crosscheck/internal/ingest"
	"crosscheck/internal/source"
)

// runWatch polls RSS and Atom feeds and ingests the items it has not
// seen, until interrupted (or after one round with --once).
func runWatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "watch", "FEED_URL|FEED_FILE...")
	db := dbFlag(fs)
	interval := fs.Duration("interval", 10*time.Minute, "time between two polls of a feed")
	once := fs.Bool("once", false, "poll every feed once and exit")
	sources := addFetchFlags(fs, true)
	feeds, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		return fmt.Errorf("%w: name at least one feed URL or file", errUsage)
	}
	if *interval <= 0 {
		return fmt.Errorf("%w: --interval must be positive", errUsage)
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(ctx, e.pages, st, renderingKeeper(st))
	if err != nil {
		return err
	}
	w := &watcher{e: e, in: in, fetcher: sources.fetcher(), follow: *sources.followLinks, seen: map[string]bool{}}
	for {
		for _, f := range feeds {
			if ctx.Err() != nil {
				return nil
			}
			w.poll(ctx, f)
		}
		if *once {
			if w.failed > 0 {
				return fmt.Errorf("%s failed", plural(w.failed, "item or feed", "items or feeds"))
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(*interval):
		}
	}
}

// watcher remembers which items it has ingested. Items are known by
// GUID (else link); a page already stored is also found by its hash in
// the store, so a restart re-reads items but stores nothing twice.
type watcher struct {
	e       *env
	in      *ingest.Ingester
	fetcher *fetch.Fetcher
	follow  bool
	seen    map[string]bool // item keys, per feed
	failed  int
}

// poll reads one feed and ingests its new items. Failures are reported
// and counted; the next poll tries again.
func (w *watcher) poll(ctx context.Context, name string) {
	data, err := w.read(ctx, name)
	if errors.Is(err, fetch.ErrNotModified) {
		return
	}
	if err != nil {
		w.fail(err)
		return
	}
	items, err := feed.Parse(bytes.NewReader(data), name)
	if err != nil {
		w.fail(err)
		return
	}
	var itemFetch source.FetchFunc
	if w.follow {
		itemFetch = w.fetcher.Fetch
	}
	added := 0
	for i, it := range items {
		key := name + "\x00" + it.Key
		if w.seen[key] || ctx.Err() != nil {
			continue
		}
		p, err := feed.ItemPage(ctx, it, fmt.Sprintf("%s#item-%d", name, i+1), itemFetch)
		if err != nil {
			w.fail(err)
			continue
		}
		o := w.in.Page(ctx, p)
		if o.Err != nil {
			w.fail(o.Err)
			continue
		}
		w.seen[key] = true
		if !o.Unchanged {
			added++
		}
	}
	if added > 0 {
		fmt.Fprintf(w.e.stdout, "%s: %s\n", termSafe(name), plural(added, "new item", "new items"))
	}
}

// read gets a feed's bytes, by conditional GET for a URL.
func (w *watcher) read(ctx context.Context, name string) ([]byte, error) {
	if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
		p, err := w.fetcher.Fetch(ctx, name)
		return p.Data, err
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return data, nil
}

func (w *watcher) fail(err error) {
	w.failed++
	printError(w.e.stderr, "error: ", err)
}
