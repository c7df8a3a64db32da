package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestSearchCraftedPage stores the attack page (one word 64,000 times)
// beside an ordinary one: a search for that word answers with both, a
// snippet of each around the word, and costs what any search does — the
// full-text engine's own snippets took 37–44 s of CPU here. (The bound
// below is a guard against that, two orders of magnitude off; bench/abuse
// measures the time.) A search whose context is done stops.
func TestSearchCraftedPage(t *testing.T) { eachBackend(t, testSearchCraftedPage) }

func testSearchCraftedPage(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	add(t, s, "crafted.html", "A", "Crafted", strings.Repeat("oxygen ", 64_000), time.Time{}, Placement{Story: 1, NewStory: true})
	add(t, s, "real.html", "B", "Oxygen bar", "An oxygen bar opened in Delhi on Monday, its owner said.", time.Time{}, Placement{Story: 2, NewStory: true})
	start := time.Now()
	hits, err := s.Search(ctx, "oxygen", 10)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("search took %v", took)
	}
	if err != nil || len(hits) != 2 {
		t.Fatalf("Search = %+v, %v; want 2 hits", hits, err)
	}
	for _, h := range hits {
		if !strings.Contains(h.Snippet, "[oxygen]") || len(h.Snippet) > 400 {
			t.Errorf("article %d snippet %q", h.Article, h.Snippet)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Search(cancelled, "oxygen", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("search with its context done: %v, want context.Canceled", err)
	}
}

func TestSnippet(t *testing.T) {
	for _, tt := range []struct{ window, want string }{
		{"Kim met Putin in Vladivostok, officials said.", "Kim met Putin in [Vladivostok], officials said."},
		{"no match here", "no match here"},
		{strings.Repeat("a ", 30) + "target " + strings.Repeat("b ", 30), "…a a a a a [target] b b b b b b b b b b…"},
	} {
		if got := snippet(tt.window, []string{"vladivostok", "target"}); got != tt.want {
			t.Errorf("snippet(%q) = %q, want %q", tt.window, got, tt.want)
		}
	}
}

// FuzzSnippet: any body and query give a snippet of at most
// snippetWords words (and the marks), without panicking.
func FuzzSnippet(f *testing.F) {
	f.Add("Kim met Putin in Vladivostok, officials said.", "vladivostok")
	f.Add(strings.Repeat("oxygen ", 100), "oxygen")
	f.Add("“¿Qué?” —dijo.", "qué")
	f.Fuzz(func(t *testing.T, body, query string) {
		got := snippet(body, queryWords(query))
		if n := len(strings.Fields(got)); n > snippetWords {
			t.Fatalf("snippet of %d words: %q", n, got)
		}
	})
}
