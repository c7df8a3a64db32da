package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
	"crosscheck/internal/dedup"
	"crosscheck/internal/source"
)

// renderers are the briefing formats by --format name.
var renderers = map[string]func(io.Writer, *brief.Briefing) error{
	"markdown": brief.RenderMarkdown,
	"json":     brief.RenderJSON,
	"csv":      brief.RenderCSV,
	"html":     brief.RenderHTML,
}

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief", "STORY-ID | PATH...")
	db := dbFlag(fs)
	format := fs.String("format", "markdown", "output format: markdown, json, html or csv (the fact × outlet matrix)")
	title := fs.String("title", "", "the story's headline; default the stored story's title, else the earliest article's")
	sources := addFetchFlags(fs, false)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	render, ok := renderers[*format]
	if !ok {
		return fmt.Errorf("%w: unknown --format %q (want markdown, json, html or csv)", errUsage, *format)
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: give a story id or pages to brief", errUsage)
	}
	var b *brief.Briefing
	if id, ok := storyID(inputs); ok && *format == "json" && *title == "" {
		// As stored: a large story's briefing is megabytes, which need
		// not be decoded to be written.
		return storedJSON(ctx, e, *db, id)
	} else if ok {
		b, err = storedBriefing(ctx, e, *db, id)
	} else if e.pages == nil {
		return errNeedsPages
	} else {
		var arts []article.Article
		if arts, err = readArticles(ctx, e, "brief", inputs, sources); err == nil {
			b, err = brief.Build(ctx, brief.Story{}, arts, copies(arts))
		}
	}
	if err != nil {
		return err
	}
	if *title != "" {
		// The story's title is the briefing's headline and nothing else.
		b.Story.Title, b.Headline = *title, strings.TrimSpace(*title)
	}
	return render(e.stdout, b)
}

// storyID tells whether the arguments name a stored story: one positive
// number that is not also a file in the working directory.
func storyID(inputs []string) (int64, bool) {
	if len(inputs) != 1 {
		return 0, false
	}
	id, err := strconv.ParseInt(inputs[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, false
	}
	if _, err := os.Stat(inputs[0]); err == nil {
		return 0, false
	}
	return id, true
}

// storedBriefing returns a stored story's briefing, current: as stored
// when it is, else built from the stored analyses (and stored). A story
// merged into another is briefed as the one that absorbed it.
func storedBriefing(ctx context.Context, e *env, db string, id int64) (*brief.Briefing, error) {
	st, err := e.openStore(ctx, db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	_, b, err := briefings.New(st).Briefing(ctx, id)
	return b, err
}

// storedJSON writes a stored story's briefing as brief.RenderJSON
// does, from the stored encoding: current, or built now as
// storedBriefing does.
func storedJSON(ctx context.Context, e *env, db string, id int64) error {
	st, err := e.openStore(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	story, err := st.Story(ctx, id)
	if err != nil {
		return err
	}
	var written error
	err = briefings.New(st).WriteEncoded(ctx, story, func(enc []byte) error {
		written = briefings.WriteIndented(e.stdout, enc)
		return written
	})
	if written != nil {
		return fmt.Errorf("writing the briefing of story %d as JSON: %w", id, written)
	}
	return err
}

// copies finds the articles that copy an earlier one, so that a
// syndicated story counts once. Articles are numbered here in input order,
// as Build would number them.
func copies(arts []article.Article) map[int64]int64 {
	ix := dedup.NewIndex(dedup.DefaultConfig())
	dups := make(map[int64]int64)
	for i := range arts {
		arts[i].ID = int64(i + 1)
		if m := ix.Observe(dedup.Doc{ID: arts[i].ID, Text: arts[i].Text}); m.Kind != dedup.None {
			dups[arts[i].ID] = m.Of
		}
	}
	return dups
}

// readArticles reads pages and extracts each one's article, for the
// command named. A page that cannot be read is reported on stderr and
// skipped; no article at all is an error.
func readArticles(ctx context.Context, e *env, command string, inputs []string, sources fetchFlags) ([]article.Article, error) {
	r := sources.withSources(&source.Reader{Stdin: e.stdin})
	var arts []article.Article
	var failed int
	for p, err := range r.Pages(ctx, inputs) {
		if err == nil {
			var a article.Article
			a, err = e.pages.Extract(ctx, p, false)
			if err == nil {
				arts = append(arts, a)
				continue
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		failed++
		printError(e.stderr, "crosscheck "+command+": skipping ", err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no article read from %s (%d failed)", strings.Join(inputs, " "), failed)
	}
	return arts, nil
}
