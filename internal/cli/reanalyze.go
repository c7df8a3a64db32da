package cli

import (
	"context"
	"fmt"

	"crosscheck/internal/analysis"
)

// runReanalyze brings the stored analyses made by other rules up to
// date. It can be stopped at any time and run again: it goes on with the
// articles still stale, and readers keep being served meanwhile.
func runReanalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reanalyze", "")
	db := dbFlag(fs)
	quiet := fs.Bool("quiet", false, "print only the final count")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := e.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := analysis.Reanalyze(ctx, st, func(p analysis.Progress) {
		if !*quiet {
			fmt.Fprintf(e.stderr, "reanalysed %d of %d articles (up to article %d)\n", p.Done+p.Failed, p.Total, p.Last)
		}
	})
	fmt.Fprintf(e.stdout, "%d %s reanalysed to version %s, %d failed\n", p.Done, plural(p.Done, "article", "articles"), analysis.Version, p.Failed)
	if err != nil {
		return fmt.Errorf("after %d of %d articles: %w", p.Done+p.Failed, p.Total, err)
	}
	return nil
}
