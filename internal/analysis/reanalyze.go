package analysis

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"crosscheck/internal/storage"
)

// Progress is how far a reanalysis has gone.
type Progress struct {
	Done   int // articles analysed and stored
	Failed int // articles whose analysis failed; they keep what they had
	Total  int // stale articles when the reanalysis began
	// Last is the id of the last article looked at: a reanalysis started
	// again after it goes on from there (the ones before are current).
	Last int64
}

// batchSize is how many articles one transaction brings up to date: a
// commit per article would cost more than the analysis, a long
// transaction would hold the write lock from ingest.
const batchSize = 64

// Reanalyze analyses again every stored article whose analysis is missing
// or of another Version, in id order, on all cores, storing each batch in
// a short transaction of its own, and tells progress after each batch.
// Readers are never held up: until a batch commits they read the old
// analyses (which a briefing recognises as stale and analyses in memory).
// Stopped at any point, a later call resumes, as it only takes the
// articles still stale. An article whose analysis fails is counted and
// skipped, its article and old analysis kept.
func Reanalyze(ctx context.Context, st *storage.Store, progress func(Progress)) (Progress, error) {
	total, err := st.CountStaleAnalyses(ctx, Version)
	if err != nil {
		return Progress{}, err
	}
	p := Progress{Total: total}
	for {
		arts, err := st.StaleAnalyses(ctx, Version, p.Last, batchSize)
		if err != nil {
			return p, err
		}
		if len(arts) == 0 {
			return p, nil
		}
		results := make([]*storage.Analysis, len(arts))
		errs := make([]error, len(arts))
		next := make(chan int)
		var wg sync.WaitGroup
		for range min(runtime.GOMAXPROCS(0), len(arts)) {
			wg.Go(func() {
				for i := range next {
					results[i], errs[i] = Of(arts[i].Article)
				}
			})
		}
		for i := range arts {
			next <- i
		}
		close(next)
		wg.Wait()
		var put []storage.Analysis
		for i, r := range results {
			if errs[i] != nil {
				p.Failed++
				continue
			}
			put = append(put, *r)
		}
		if err := st.PutAnalyses(ctx, put); err != nil {
			return p, fmt.Errorf("reanalysing: %w", err)
		}
		p.Done += len(put)
		p.Last = arts[len(arts)-1].ID
		if progress != nil {
			progress(p)
		}
		if err := ctx.Err(); err != nil {
			return p, err
		}
	}
}
