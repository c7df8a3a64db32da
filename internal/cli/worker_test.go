package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"crosscheck/internal/queue/queuetest"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/storage"
	"crosscheck/internal/storage/pgtest"
)

// buildBinary builds cmd/crosscheck once per test run, with
// cmd/crosscheck-pages beside it (which runs the worker command);
// $CROSSCHECK_TEST_BIN names another binary to run instead (an older
// build, to measure what a fix changed).
var buildBinary = sync.OnceValues(func() (string, error) {
	if bin := os.Getenv("CROSSCHECK_TEST_BIN"); bin != "" {
		return bin, nil
	}
	dir, err := os.MkdirTemp("", "crosscheck-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "crosscheck")
	out, err := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "../../cmd/...").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building crosscheck: %v\n%s", err, out)
	}
	return bin, nil
})

// workerProc is one `crosscheck worker` process.
type workerProc struct {
	cmd *exec.Cmd
	out syncBuffer
}

// syncBuffer is a bytes.Buffer a process writes while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitReady waits until the worker pulls from the queue.
func (w *workerProc) waitReady(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(w.out.String(), "worker ready"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("worker not ready:\n%s", w.out.String())
		}
	}
}

// startWorker runs a worker process that has ackWait to acknowledge a
// page before the server hands it to another worker.
func startWorker(t *testing.T, natsURL, stream, dsn string, ackWait time.Duration) *workerProc {
	t.Helper()
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	w := &workerProc{}
	w.cmd = exec.Command(bin, "worker", "--nats", natsURL, "--stream", stream, "--db", dsn, "--ack-wait", ackWait.String())
	w.cmd.Stdout, w.cmd.Stderr = &w.out, &w.out
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		w.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { w.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			w.cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("worker %d output:\n%s", w.cmd.Process.Pid, w.out.String())
		}
	})
	return w
}

// storedArticles returns, per page origin, how many articles the store
// holds, and the stories they were placed in.
func storedArticles(t *testing.T, st *storage.Store) (map[string]int, map[string]int64) {
	t.Helper()
	count := map[string]int{}
	story := map[string]int64{}
	err := st.EachArticle(context.Background(), func(a storage.StoredArticle) error {
		count[a.Origin]++
		story[a.Origin] = a.Story
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return count, story
}

// extractionPages are pages of the shared extraction set.
func extractionPages(t *testing.T, n int) []string {
	t.Helper()
	pages := sharedtest.Glob(t, "data", "extraction", "html", "*.html.gz")
	if len(pages) < n {
		t.Fatalf("%d extraction pages, want %d", len(pages), n)
	}
	sort.Strings(pages)
	return pages[:n]
}

// TestWorkersSurviveAKill publishes pages, runs three worker processes,
// kills one with SIGKILL while it works, and checks that every page was
// stored exactly once.
func TestWorkersSurviveAKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs worker processes")
	}
	natsURL, stream := queuetest.Stream(t)
	dsn := pgtest.DSN(t)
	pages := extractionPages(t, 40)

	code, out, errOut := runCLI(t, dsn, "", append([]string{"ingest", "--nats", natsURL, "--stream", stream}, pages...)...)
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf("%d published", len(pages))) {
		t.Fatalf("publishing: exit %d %q %s", code, out, errOut)
	}
	st, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	// A short AckWait, so that the killed worker's pages come back soon.
	workers := []*workerProc{startWorker(t, natsURL, stream, dsn, killAckWait), startWorker(t, natsURL, stream, dsn, killAckWait), startWorker(t, natsURL, stream, dsn, killAckWait)}
	// Kill one once the run is under way, so it dies holding pages.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if n, _ := st.LastArticleID(context.Background()); n >= 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("workers stored nothing")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := workers[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}

	var count map[string]int
	for {
		count, _ = storedArticles(t, st)
		if len(count) == len(pages) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(killAckWait + time.Second) // past AckWait: redeliveries would land now
	count, _ = storedArticles(t, st)
	for _, p := range pages {
		if count[p] != 1 {
			t.Errorf("%s stored %d times, want once", p, count[p])
		}
	}
	if len(count) != len(pages) {
		t.Errorf("%d pages stored, %d published", len(count), len(pages))
	}
}

// killAckWait is the AckWait of the workers in the kill test.
const killAckWait = 3 * time.Second

// TestWorkersAgreeWithOneProcess ingests the seeds (one story, five
// outlets) with concurrent workers and checks they group the pages as a
// single process does: workers racing must not split a story.
func TestWorkersAgreeWithOneProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs worker processes")
	}
	seeds := seedsDir(t)
	natsURL, stream := queuetest.Stream(t)
	dsn := pgtest.DSN(t)

	// The reference: one process, SQLite.
	ref := filepath.Join(t.TempDir(), "ref.db")
	if code, out, errOut := runCLI(t, ref, "", "ingest", seeds); code != 0 {
		t.Fatalf("ingest: exit %d %s %s", code, out, errOut)
	}
	refStore, err := storage.Open(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	defer refStore.Close()
	_, want := storedArticles(t, refStore)

	// All workers wait for pages before any is published, so that the
	// pages spread over them and their placements interleave.
	var workers []*workerProc
	for range 3 {
		// No redelivery here: a page slow to place on a loaded machine
		// must not reach a second worker, which would race the first.
		w := startWorker(t, natsURL, stream, dsn, time.Minute)
		w.waitReady(t)
		workers = append(workers, w)
	}
	if code, out, errOut := runCLI(t, dsn, "", "ingest", "--nats", natsURL, "--stream", stream, seeds); code != 0 {
		t.Fatalf("publishing: exit %d %s %s", code, out, errOut)
	}
	st, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got map[string]int64
	for deadline := time.Now().Add(2 * time.Minute); ; {
		_, got = storedArticles(t, st)
		if len(got) == len(want) || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if p, q := partition(want), partition(got); p != q {
		t.Errorf("workers grouped the seeds as\n%s\none process as\n%s", q, p)
	}
	stories, err := st.Stories(context.Background(), storage.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 {
		t.Errorf("the workers made %d stories of the seeds' one", len(stories))
	}
	// A worker placing with a stale view tries to open a story another
	// has opened under the same id, fails and retries: none may have to.
	for _, w := range workers {
		if out := w.out.String(); strings.Contains(out, "retrying") {
			t.Errorf("a worker had to retry a page:\n%s", out)
		}
	}
}

// partition renders a grouping of origins by story id, ignoring the ids.
func partition(story map[string]int64) string {
	groups := map[int64][]string{}
	for origin, s := range story {
		groups[s] = append(groups[s], filepath.Base(origin))
	}
	var lines []string
	for _, g := range groups {
		sort.Strings(g)
		lines = append(lines, strings.Join(g, " "))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
