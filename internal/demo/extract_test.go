package demo

import (
	"context"
	"slices"
	"strings"
	"testing"

	"crosscheck/internal/extract"
)

// Floors of TestExtractedMetadata: how many pages the extractor got each
// field right for when the test was written (go test ./internal/demo -run
// TestExtractedMetadata -v prints the misses). Raise them as extraction
// improves; a drop is a regression.
const (
	minOutlets   = 5 // of 8
	minHeadlines = 5 // of 8
	minAuthors   = 3 // of 6 checked
	minPublished = 8 // of 8
)

// TestExtractedMetadata holds the extract stage to the README's Metadata
// table: the pages' chrome (scrape-day widgets, mastheads, "Read more at"
// lines naming other outlets) must not be taken for their metadata.
func TestExtractedMetadata(t *testing.T) {
	want, err := Metadatas()
	if err != nil {
		t.Fatal(err)
	}
	var outlets, headlines, authors, checkedAuthors, published int
	for _, m := range want {
		p, err := Page(m.File)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), p)
		if err != nil {
			t.Errorf("extracting %s: %v", m.File, err)
			continue
		}
		if strings.EqualFold(a.Site, m.Outlet) {
			outlets++
		} else {
			t.Logf("%s: outlet %q, want %q", m.File, a.Site, m.Outlet)
		}
		if strings.Join(strings.Fields(a.Title), " ") == m.Headline {
			headlines++
		} else {
			t.Logf("%s: headline %q, want %q", m.File, a.Title, m.Headline)
		}
		if m.Author != "" {
			checkedAuthors++
			if slices.Equal(a.Authors, []string{m.Author}) {
				authors++
			} else {
				t.Logf("%s: authors %q, want [%q]", m.File, a.Authors, m.Author)
			}
		}
		switch {
		case m.Published.IsZero() && a.Published.IsZero(),
			!a.Published.IsZero() && a.Published.Format("2006-01-02") == m.Published.Format("2006-01-02"):
			published++
		default:
			t.Errorf("%s: published %v (from %s), want %s", m.File, a.Published, a.PublishedFrom, m.Published.Format("2006-01-02"))
		}
	}
	t.Logf("right: outlets %d/%d, headlines %d/%d, authors %d/%d, published %d/%d",
		outlets, len(want), headlines, len(want), authors, checkedAuthors, published, len(want))
	for _, f := range []struct {
		name      string
		got, min_ int
	}{{"outlets", outlets, minOutlets}, {"headlines", headlines, minHeadlines}, {"authors", authors, minAuthors}, {"published dates", published, minPublished}} {
		if f.got < f.min_ {
			t.Errorf("%s right for %d pages, below the floor of %d", f.name, f.got, f.min_)
		}
	}
}

// Floors of TestExtractedBodies, measured like those above.
const (
	minBodyPassages = 54 // of the README's article passages, kept in bodies
	maxChromeLeaks  = 0  // of its chrome passages, left in bodies
)

// TestExtractedBodies holds article bodies to the README's checks: the
// passages from article text are kept, the chrome passages are not.
func TestExtractedBodies(t *testing.T) {
	checks, err := Checks()
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string]string{}
	var kept, passages, leaks, chrome int
	for _, c := range checks {
		if c.Absent {
			continue
		}
		body, ok := bodies[c.File]
		if !ok {
			p, err := Page(c.File)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Extract(context.Background(), p)
			if err != nil {
				t.Fatalf("extracting %s: %v", c.File, err)
			}
			body = strings.Join(strings.Fields(a.Text), " ")
			bodies[c.File] = body
		}
		in := strings.Contains(body, strings.Join(strings.Fields(c.Text), " "))
		if c.Kind == "Chrome" {
			chrome++
			if in {
				leaks++
				t.Logf("%s: body keeps chrome %q", c.File, c.Text)
			}
			continue
		}
		passages++
		if in {
			kept++
		} else {
			t.Logf("%s: body lacks %q (README line %d)", c.File, c.Text, c.Line)
		}
	}
	t.Logf("bodies keep %d/%d article passages and %d/%d chrome passages", kept, passages, leaks, chrome)
	if kept < minBodyPassages {
		t.Errorf("bodies keep %d article passages, below the floor of %d", kept, minBodyPassages)
	}
	if leaks > maxChromeLeaks {
		t.Errorf("bodies keep %d chrome passages, above the ceiling of %d", leaks, maxChromeLeaks)
	}
}
