package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"crosscheck/internal/brief"
	"crosscheck/internal/storage"
)

func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stories", "")
	db := dbFlag(fs)
	query := fs.String("q", "", "only stories whose articles match this full-text query")
	outlet := fs.String("outlet", "", "only stories with an article from this outlet")
	limit := fs.Int("limit", 0, "show at most this many stories")
	sort := fs.String("sort", string(storage.OrderTop), "order: "+storage.StoryOrderNames()+" (top: outlets, growth within a day and recency, like a news front page)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	order, err := storage.ParseStoryOrder(*sort)
	if err != nil {
		return fmt.Errorf("%w: --sort: %v", errUsage, err)
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stories, err := st.Stories(ctx, storage.StoryFilter{Query: *query, Outlet: *outlet, Order: order, Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(stories)
	}
	return printStories(e, stories)
}

func printStories(e *env, stories []storage.Story) error {
	if len(stories) == 0 {
		fmt.Fprintln(e.stdout, "no stories yet: run 'crosscheck ingest PATH...' first")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLES\tOUTLETS\tCOPIES\tDATES\tTITLE")
	for _, s := range stories {
		title := brief.OneLine(s.Title)
		if s.Thin {
			title += " (one short page)"
		}
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%s\t%s\n", s.ID, s.Articles, s.Outlets, s.Duplicates, dateSpan(s.First, s.Last), title)
	}
	return tw.Flush()
}

func dateSpan(first, last time.Time) string {
	const day = "2006-01-02"
	switch {
	case first.IsZero():
		return "unknown"
	case first.Format(day) == last.Format(day):
		return first.Format(day)
	}
	return first.Format(day) + " – " + last.Format(day)
}
