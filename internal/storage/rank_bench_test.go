package storage

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// byUpdated is the story list's query before the ranking (most recently
// updated first), the baseline of BenchmarkStoryList; as Stories did, the
// baseline then reads the dates of each story of the page.
const byUpdated = `SELECT s.id, s.title, s.updated_at, COUNT(a.id), COUNT(DISTINCT a.outlet), COUNT(a.duplicate_of)
	FROM stories s LEFT JOIN articles a ON a.story_id = s.id
	WHERE s.merged_into IS NULL
	GROUP BY s.id, s.title, s.updated_at ORDER BY s.updated_at DESC, s.id DESC LIMIT 50`

// BenchmarkStoryList times one page of 50 stories of a store of 10,000
// stories of one to five articles (30,000 articles), ranked top and by
// the baseline, on each backend:
//
//	go test ./internal/storage -run '^$' -bench StoryList -benchtime 20x
func BenchmarkStoryList(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) { benchmarkStoryList(b, be.dsn(b)) })
	}
}

func benchmarkStoryList(b *testing.B, dsn string) {
	ctx := context.Background()
	s, err := Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const stories = 10000
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var batch []NewArticle
	var place []Placement
	for i := range stories {
		for j := range i%5 + 1 {
			body := fmt.Sprintf("Story %d, report %d. ", i, j) + strings.Repeat("Officials described what happened. ", 12)
			a := &article.Article{Origin: fmt.Sprintf("%d-%d.txt", i, j), Site: fmt.Sprintf("Outlet %d", (i+j)%40), Title: fmt.Sprintf("Story %d", i), Text: body,
				Published: base.Add(time.Duration(i*7+j) * time.Hour)}
			batch = append(batch, NewArticle{Page: source.Page{Origin: a.Origin, Kind: source.KindText, Data: []byte(body)}, Article: a, BodyHash: PageHash([]byte(body))})
			place = append(place, Placement{Story: int64(i + 1), NewStory: j == 0, StoryTitle: a.Title})
		}
	}
	for start := 0; start < len(batch); start += 2000 {
		end := min(start+2000, len(batch))
		if _, err := s.AddArticles(ctx, batch[start:end], func(_ context.Context, i int, _ article.Article) (Placement, error) {
			return place[start+i], nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("top", func(b *testing.B) {
		defer reportCPU(b)()
		for range b.N {
			if got, err := s.Stories(ctx, StoryFilter{Limit: 50}); err != nil || len(got) != 50 {
				b.Fatal(len(got), err)
			}
		}
	})
	b.Run("updated baseline", func(b *testing.B) {
		defer reportCPU(b)()
		for range b.N {
			rows, err := s.db.QueryContext(ctx, byUpdated)
			if err != nil {
				b.Fatal(err)
			}
			var page []Story
			for rows.Next() {
				var st Story
				if err := rows.Scan(&st.ID, &st.Title, &st.Updated, &st.Articles, &st.Outlets, &st.Duplicates); err != nil {
					b.Fatal(err)
				}
				page = append(page, st)
			}
			rows.Close()
			for i := range page {
				if err := s.storySpan(ctx, &page[i]); err != nil {
					b.Fatal(err)
				}
			}
			if len(page) != 50 {
				b.Fatal(len(page))
			}
		}
	})
}

// reportCPU reports the process's CPU time per operation: with SQLite,
// the query's whole cost, whatever else the machine runs; with
// PostgreSQL, only the client's part.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	b.ResetTimer()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
