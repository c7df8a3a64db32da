package storage

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestReadPool checks the SQLite pool of the hot reads: WarmReads opens
// all its connections, a burst of reads opens none past its bound, and
// readers holding whole briefings open (WithBriefing, as the API without
// cache does while it writes to a slow client) do not take its
// connections from a story page.
func TestReadPool(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t, filepath.Join(t.TempDir(), "pool.db"))
	add(t, s, "a.txt", "A", "One", "First event text.", time.Time{}, Placement{Story: 1, NewStory: true})
	st, err := s.Story(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutBriefing(ctx, StoredBriefing{Story: 1, Version: "v1", Revision: st.Revision, Briefing: []byte(`{"a":1}`)}); err != nil {
		t.Fatal(err)
	}
	bound := sqliteReadConns()
	if err := s.WarmReads(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.ReadPoolStats().OpenConnections; got != bound {
		t.Errorf("after WarmReads, %d read connections open; want %d", got, bound)
	}

	// Readers of whole briefings, more than the bound, each holding its
	// row open until released.
	release := make(chan struct{})
	var holding, done sync.WaitGroup
	for range bound + 2 {
		holding.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			err := s.WithBriefing(ctx, 1, func(StoredBriefing) error {
				holding.Done()
				<-release
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	held := make(chan struct{})
	go func() { holding.Wait(); close(held) }()
	select {
	case <-held:
	case <-time.After(30 * time.Second):
		close(release)
		t.Fatalf("%d readers of whole briefings did not all get a connection: %+v", bound+2, s.ReadPoolStats())
	}
	var reads sync.WaitGroup
	for range 8 * bound {
		reads.Add(1)
		go func() {
			defer reads.Done()
			ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			if _, err := s.Story(ctx, 1); err != nil {
				t.Error(err)
			}
			if _, err := s.BriefingHead(ctx, 1); err != nil {
				t.Error(err)
			}
		}()
	}
	reads.Wait()
	close(release)
	done.Wait()
	if stats := s.ReadPoolStats(); stats.MaxOpenConnections != bound || stats.OpenConnections > bound || opened(stats) != int64(bound) {
		t.Errorf("read pool after a burst: %+v; want at most %d connections, none opened past those warmed", stats, bound)
	}
}
