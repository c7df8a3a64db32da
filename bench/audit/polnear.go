package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"crosscheck/internal/cluster"
	"crosscheck/internal/eval"
)

// sourceList is the file of a PolNeAR story that names its sources, which
// stay out of git (the package comment says why).
const sourceList = "SOURCES.txt"

const (
	// minOutlets is how many publishers a developing story needs for its
	// briefing to compare outlets at all.
	minOutlets = 3
	// maxArticles caps a story, so that one long-running story does not
	// fill the audit and a judge can read all of its sources.
	maxArticles = 10
)

// choosePolNeAR draws n PolNeAR stories (0: all) of the held-out months
// (the develop months if develop; testdata/stories/SPLIT.md), or of the
// named months if any (every month of a later round's file is held out;
// see checkMonths), with articles from minOutlets publishers or more,
// each cut to maxArticles articles.
func choosePolNeAR(docs []eval.EventDoc, n int, rng *rand.Rand, develop bool, months []string) [][]eval.EventDoc {
	var half []eval.EventDoc
	switch {
	case len(months) > 0:
		half = inMonths(docs, months)
	case develop:
		half = cluster.Halves(docs)[0]
	default:
		half = cluster.Halves(docs)[1]
	}
	byEvent := map[string][]eval.EventDoc{}
	var events []string
	for _, d := range half {
		if _, ok := byEvent[d.Event]; !ok {
			events = append(events, d.Event)
		}
		byEvent[d.Event] = append(byEvent[d.Event], d)
	}
	slices.Sort(events)
	rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	var out [][]eval.EventDoc
	for _, e := range events {
		if n > 0 && len(out) == n {
			break
		}
		if ds := byEvent[e]; len(outlets(ds)) >= minOutlets {
			out = append(out, capStory(ds, rng))
		}
	}
	return out
}

// outlets groups a story's articles by publisher, each group in id order.
func outlets(docs []eval.EventDoc) map[string][]eval.EventDoc {
	by := map[string][]eval.EventDoc{}
	for _, d := range docs {
		by[d.Outlet] = append(by[d.Outlet], d)
	}
	for _, ds := range by {
		slices.SortFunc(ds, func(a, b eval.EventDoc) int { return strings.Compare(a.ID, b.ID) })
	}
	return by
}

// capStory keeps at most maxArticles of a story's articles, drawn one
// publisher at a time in turn so that every publisher keeps an article
// before any keeps a second; the kept articles are in publication order.
func capStory(docs []eval.EventDoc, rng *rand.Rand) []eval.EventDoc {
	by := outlets(docs)
	var names []string
	for o := range by {
		names = append(names, o)
	}
	slices.Sort(names)
	for _, o := range names {
		ds := by[o]
		rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
	}
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	var kept []eval.EventDoc
	for round := 0; len(kept) < min(len(docs), maxArticles); round++ {
		for _, o := range names {
			if ds := by[o]; round < len(ds) && len(kept) < maxArticles {
				kept = append(kept, ds[round])
			}
		}
	}
	slices.SortStableFunc(kept, func(a, b eval.EventDoc) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return kept
}

// sourceHeader is what a judge reads above a PolNeAR text: the title,
// publisher and date its metadata gives, as the page showed them.
func sourceHeader(d eval.EventDoc) string {
	var b strings.Builder
	b.WriteString(d.Title + "\n")
	b.WriteString(publisherLabel + d.Outlet + "\n")
	if !d.Published.IsZero() {
		b.WriteString(publishedLabel + d.Published.Format(time.DateOnly) + "\n")
	}
	return b.String() + "\n"
}

// webPage is the page a PolNeAR article was published as, in the form a
// news site serves it: its publisher, title and date in the head's
// metadata, the title again as the headline, a paragraph a line of text.
func webPage(d eval.EventDoc) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n", html.EscapeString(d.Language))
	fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString(d.Title))
	fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=\"%s\">\n", html.EscapeString(d.Outlet))
	if !d.Published.IsZero() {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", d.Published.Format(time.DateOnly))
	}
	fmt.Fprintf(&b, "</head><body><article>\n<h1>%s</h1>\n", html.EscapeString(d.Title))
	for l := range strings.Lines(d.Text) {
		if l = strings.TrimSpace(l); l != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(l))
		}
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// keepSourcesOut writes a .gitignore into a PolNeAR audit directory so
// that its stories' sources are never committed, whatever the directory
// is called.
func keepSourcesOut(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rule := "# PolNeAR texts are used only to measure; S*/" + sourceList + " names them.\n/S*/sources/\n"
	return os.WriteFile(filepath.Join(out, ".gitignore"), []byte(rule), 0o644)
}
