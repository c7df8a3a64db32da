// Command scale measures ingest throughput, in pages per second, of the
// single-process SQLite path against 1, 2 and 4 `crosscheck worker`
// processes sharing a PostgreSQL store through a NATS JetStream queue, on
// the same pages: the extraction set's pages, each copied -copies times
// with a marker that makes every copy a distinct page (same article).
//
//	go run ./bench/scale [-data ../shared/data] [-copies 2] [-workers 1,2,4]
//
// It needs PostgreSQL and NATS (defaults: the test servers); each run
// uses a schema and a stream of its own, dropped at the end.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data directory")
	copies := flag.Int("copies", 2, "copies of each extraction page")
	workerCounts := flag.String("workers", "1,2,4", "worker counts to measure")
	pgURL := flag.String("pg", "postgres://127.0.0.1:5432/test?sslmode=disable", "PostgreSQL server")
	natsURL := flag.String("nats", "nats://127.0.0.1:4222", "NATS server")
	flag.Parse()
	ctx := context.Background()

	tmp, err := os.MkdirTemp("", "crosscheck-scale-")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "crosscheck")
	out, err := exec.Command("go", "build", "-o", tmp+string(filepath.Separator), "./cmd/...").CombinedOutput() // crosscheck and crosscheck-pages, which it runs
	if err != nil {
		log.Fatalf("building crosscheck (run from the repository root): %v\n%s", err, out)
	}
	pagesDir := filepath.Join(tmp, "pages")
	n := writePages(filepath.Join(*data, "extraction", "html"), pagesDir, *copies)
	fmt.Printf("%d pages (%d copies of the extraction set), GOMAXPROCS %d, %d CPUs\n\n", n, *copies, runtime.GOMAXPROCS(0), runtime.NumCPU())
	fmt.Println("| setup | pages/s | wall s | crosscheck CPU ms/page |")
	fmt.Println("| --- | --- | --- | --- |")

	start := time.Now()
	cpu := run(bin, "ingest", "--quiet", "--db", filepath.Join(tmp, "single.db"), pagesDir)
	report("1 process, SQLite (`crosscheck ingest`)", n, time.Since(start), cpu)

	for i, field := range strings.Split(*workerCounts, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(field))
		check(err)
		r := workers(ctx, bin, *pgURL, *natsURL, pagesDir, n, k)
		if i == 0 {
			report("publishing to JetStream (`crosscheck ingest --nats`)", n, r.publish, r.publishCPU)
		}
		report(fmt.Sprintf("%d worker(s), PostgreSQL + JetStream", k), n, r.work, r.workCPU)
	}
}

type workersRun struct {
	publish, publishCPU, work, workCPU time.Duration
}

// writePages decompresses the extraction pages into dir, copies times,
// each copy marked so its bytes (and page hash) differ.
func writePages(src, dir string, copies int) int {
	check(os.MkdirAll(dir, 0o755))
	files, err := filepath.Glob(filepath.Join(src, "*.html.gz"))
	check(err)
	if len(files) == 0 {
		log.Fatalf("no pages in %s", src)
	}
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		check(err)
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		check(err)
		page, err := io.ReadAll(zr)
		check(err)
		for c := range copies {
			name := fmt.Sprintf("%s-%d.html", strings.TrimSuffix(filepath.Base(f), ".html.gz"), c)
			marked := append(append([]byte{}, page...), fmt.Sprintf("\n<!-- copy %d -->\n", c)...)
			check(os.WriteFile(filepath.Join(dir, name), marked, 0o644))
			n++
		}
	}
	return n
}

// workers publishes the pages, then runs k workers until every page is
// stored, in a schema and stream of their own.
func workers(ctx context.Context, bin, pgURL, natsURL, pagesDir string, pages, k int) (r workersRun) {
	suffix := randomSuffix()
	schema, stream := "crosscheck_bench_"+suffix, "CROSSCHECK_BENCH_"+strings.ToUpper(suffix)
	db, err := sql.Open("pgx", pgURL)
	check(err)
	defer db.Close()
	_, err = db.ExecContext(ctx, "CREATE SCHEMA "+schema)
	check(err)
	defer db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	u, err := url.Parse(pgURL)
	check(err)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	dsn := u.String()
	nc, err := nats.Connect(natsURL)
	check(err)
	defer nc.Close()
	js, err := jetstream.New(nc)
	check(err)
	defer js.DeleteStream(ctx, stream)

	start := time.Now()
	r.publishCPU = run(bin, "ingest", "--nats", natsURL, "--stream", stream, pagesDir)
	r.publish = time.Since(start)

	start = time.Now()
	var procs []*exec.Cmd
	for range k {
		cmd := exec.Command(bin, "worker", "--nats", natsURL, "--stream", stream, "--db", dsn)
		cmd.Stderr = os.Stderr
		check(cmd.Start())
		procs = append(procs, cmd)
	}
	waitStored(ctx, db, js, schema, stream, pages, k, start)
	r.work = time.Since(start)
	for _, p := range procs {
		p.Process.Signal(os.Interrupt)
		p.Wait()
		r.workCPU += p.ProcessState.UserTime() + p.ProcessState.SystemTime()
	}
	return r
}

// waitStored returns once every page is stored, or the stream is empty
// (a page that fails extraction is never stored).
func waitStored(ctx context.Context, db *sql.DB, js jetstream.JetStream, schema, stream string, pages, k int, start time.Time) {
	count := fmt.Sprintf("SELECT COUNT(*) FROM %s.articles", schema)
	for deadline := time.Now().Add(30 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		var stored int
		err := db.QueryRowContext(ctx, count).Scan(&stored)
		if err == nil && stored >= pages {
			return
		}
		if s, err := js.Stream(ctx, stream); err == nil {
			if info, err := s.Info(ctx); err == nil && info.State.Msgs == 0 && time.Since(start) > time.Second {
				return
			}
		}
		if time.Now().After(deadline) {
			log.Fatalf("%d workers: only %d of %d pages stored", k, stored, pages)
		}
	}
}

// run runs crosscheck; a page that fails is reported by crosscheck on
// stderr and exits 1, which does not stop the benchmark.
// It returns the CPU time the process used.
func run(bin string, args ...string) time.Duration {
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	cmd.Stdout = io.Discard
	if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
		log.Fatalf("crosscheck %s: %v", strings.Join(args[:min(len(args), 4)], " "), err)
	}
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

func report(setup string, pages int, wall, cpu time.Duration) {
	fmt.Printf("| %s | %.1f | %.1f | %.1f |\n", setup, float64(pages)/wall.Seconds(), wall.Seconds(), float64(cpu.Milliseconds())/float64(pages))
}

func randomSuffix() string {
	var b [5]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
