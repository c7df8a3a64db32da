// Command abuse replays the attacks of issue 18 against real crosscheck
// processes and records what each costs: wall time per request and the
// server's CPU time per request (read from /proc), for the binary under
// test and, when -baseline names one, for an older binary in the same
// run. Every request has a deadline, so a binary that still has a
// problem is measured up to it, not waited for.
//
//	mkdir -p /tmp/cc-new && go build -o /tmp/cc-new/ ./cmd/...   # crosscheck and crosscheck-pages
//	git worktree add /tmp/base main && (cd /tmp/base && mkdir -p /tmp/cc-base && go build -o /tmp/cc-base/ ./cmd/...)
//	go run ./bench/abuse -bin /tmp/cc-new/crosscheck -baseline /tmp/cc-base/crosscheck
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	bin := flag.String("bin", "", "crosscheck binary under test (required)")
	baseline := flag.String("baseline", "", "an older crosscheck binary to measure beside it")
	deadline := flag.Duration("deadline", 60*time.Second, "longest a request is waited for")
	flag.Parse()
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "abuse: -bin is required")
		os.Exit(2)
	}
	bins := []string{*bin}
	if *baseline != "" {
		bins = append(bins, *baseline)
	}
	fmt.Printf("%-34s %-10s %4s %-7s %10s %12s  %s\n", "attack", "binary", "n", "status", "wall/req", "server CPU", "note")
	for _, b := range bins {
		name := "new"
		if b != *bin {
			name = "baseline"
		}
		if err := runAll(b, name, *deadline); err != nil {
			fmt.Fprintf(os.Stderr, "abuse: %s: %v\n", b, err)
			os.Exit(1)
		}
	}
}

// server is one `crosscheck serve` process.
type server struct {
	cmd  *exec.Cmd
	base string
	port string
}

var servingOn = regexp.MustCompile(`serving on (http://\S+)`)

func startServer(bin, db string) (*server, error) {
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		return nil, fmt.Errorf("server did not start: %v", err)
	}
	m := servingOn.FindStringSubmatch(line)
	if m == nil {
		cmd.Process.Kill()
		return nil, fmt.Errorf("server said %q", line)
	}
	return &server{cmd: cmd, base: m[1], port: m[1][strings.LastIndex(m[1], ":")+1:]}, nil
}

func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// cpu is the server's user and system CPU time so far.
func (s *server) cpu() time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+2:]))
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond // USER_HZ is 100
}

// result is one attack's measurement.
type result struct {
	attack, status, note string
	n                    int
	wall, cpu            time.Duration
}

func (r result) print(binary string) {
	fmt.Printf("%-34s %-10s %4d %-7s %10s %12s  %s\n", r.attack, binary, r.n, r.status, (r.wall / time.Duration(max(r.n, 1))).Round(time.Millisecond), (r.cpu / time.Duration(max(r.n, 1))).Round(10*time.Millisecond), r.note)
}

// request sends one request and returns its status (or what stopped it).
func request(ctx context.Context, method, url, host, contentType string, body []byte) (string, []byte) {
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return "error", nil
	}
	if host != "" {
		req.Host = host
		req.Header.Set("Origin", "http://"+host)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "timeout", nil
	}
	if err != nil {
		return "error", nil
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	return strconv.Itoa(resp.StatusCode), buf.Bytes()
}

// measure runs n requests one after another and adds up their wall time
// and the server's CPU time over them.
func measure(s *server, attack string, n int, deadline time.Duration, send func(ctx context.Context) (string, string)) result {
	r := result{attack: attack, n: n}
	cpu0 := s.cpu()
	var statuses []string
	for range n {
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		start := time.Now()
		status, note := send(ctx)
		r.wall += time.Since(start)
		cancel()
		if !slices.Contains(statuses, status) {
			statuses = append(statuses, status)
		}
		r.note = note
	}
	r.cpu = s.cpu() - cpu0
	r.status = strings.Join(statuses, ",")
	return r
}

func ingestJSON(origin, content string) []byte {
	body, _ := json.Marshal(map[string]any{"pages": []map[string]string{{"origin": origin, "content": content}}})
	return body
}

// paragraphs is a page of n short paragraphs.
func paragraphs(n int) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Many paragraphs</title></head><body><article>")
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d of a page made to be slow.</p>", i)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func outcomeNote(body []byte) string {
	var res struct {
		Added, Failed int
		Outcomes      []struct{ Error string }
	}
	if json.Unmarshal(body, &res) != nil {
		return ""
	}
	note := fmt.Sprintf("%d added, %d failed", res.Added, res.Failed)
	if len(res.Outcomes) > 0 && res.Outcomes[0].Error != "" {
		e := res.Outcomes[0].Error
		if len(e) > 60 {
			e = e[:60] + "…"
		}
		note += ": " + e
	}
	return note
}

func runAll(bin, name string, deadline time.Duration) error {
	dir, err := os.MkdirTemp("", "crosscheck-abuse-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, err := startServer(bin, filepath.Join(dir, "abuse.db"))
	if err != nil {
		return err
	}
	defer s.stop()
	api := s.base + "/api/v1"
	const jsonType = "application/json"

	// 2. One page repeating a word 64,000 times, then searches for it.
	request(context.Background(), "POST", api+"/ingest", "", jsonType, ingestJSON("crafted.html", "<html><head><title>Oxygen</title></head><body><article><p>"+strings.Repeat("oxygen ", 64_000)+"</p></article></body></html>"))
	request(context.Background(), "POST", api+"/ingest", "", jsonType, ingestJSON("real.txt", "Oxygen bar opens\n\nAn oxygen bar opened in Delhi on Monday, its owner said, and customers queued."))
	measure(s, "search: crafted page", 5, deadline, func(ctx context.Context) (string, string) {
		status, body := request(ctx, "GET", api+"/search?q=oxygen", "", "", nil)
		var res struct{ Hits []json.RawMessage }
		json.Unmarshal(body, &res)
		return status, fmt.Sprintf("%d hits; the page repeats the word 64,000 times", len(res.Hits))
	}).print(name)
	// Searches abandoned by their clients: the server's CPU in the two
	// seconds after they hung up.
	r := measure(s, "search: abandoned after 50 ms", 3, 50*time.Millisecond, func(ctx context.Context) (string, string) {
		status, _ := request(ctx, "GET", api+"/search?q=oxygen", "", "", nil)
		return status, ""
	})
	cpu0 := s.cpu()
	time.Sleep(2 * time.Second)
	r.note = fmt.Sprintf("server CPU in the 2 s after: %v", s.cpu()-cpu0)
	r.print(name)

	// 3. Many paragraphs: 5,000 and 75,000 (a 2 MB upload).
	for _, n := range []int{5_000, 75_000} {
		page := paragraphs(n)
		measure(s, fmt.Sprintf("ingest: %d paragraphs", n), 1, deadline, func(ctx context.Context) (string, string) {
			status, body := request(ctx, "POST", api+"/ingest", "", jsonType, ingestJSON(fmt.Sprintf("p%d.html", n), page))
			return status, outcomeNote(body)
		}).print(name)
	}
	// A small ingest sent while another request uploads the slow page.
	slow := paragraphs(75_000)
	var wg sync.WaitGroup
	wg.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		defer cancel()
		request(ctx, "POST", api+"/ingest", "", jsonType, ingestJSON("slow-again.html", slow+" "))
	})
	time.Sleep(100 * time.Millisecond)
	measure(s, "ingest: small page beside slow one", 1, deadline, func(ctx context.Context) (string, string) {
		status, body := request(ctx, "POST", api+"/ingest", "", jsonType, ingestJSON("small.txt", "Dam bursts in Derna\n\nFloods swept through the city of Derna on Monday after two dams burst, officials said."))
		return status, outcomeNote(body)
	}).print(name)
	wg.Wait()

	// 5. A foreign Host with a matching Origin (DNS rebinding).
	measure(s, "foreign Host: read stories", 1, deadline, func(ctx context.Context) (string, string) {
		status, _ := request(ctx, "GET", api+"/stories", "evil.example:"+s.port, "", nil)
		return status, "Host evil.example"
	}).print(name)
	measure(s, "foreign Host: ingest", 1, deadline, func(ctx context.Context) (string, string) {
		status, body := request(ctx, "POST", api+"/ingest", "evil.example:"+s.port, jsonType, ingestJSON("evil.txt", "Planted story\n\nA page planted through a rebound name."))
		return status, outcomeNote(body)
	}).print(name)
	// 10. Trailing garbage after a JSON body.
	measure(s, "JSON body + trailing garbage", 1, deadline, func(ctx context.Context) (string, string) {
		status, body := request(ctx, "POST", api+"/ingest", "", jsonType, append(ingestJSON("g.txt", "Garbage after\n\nThe body has junk after it."), "junk"...))
		return status, outcomeNote(body)
	}).print(name)

	return runCLIAttacks(bin, name, dir)
}

// runCLIAttacks feeds `crosscheck ingest` the hostile inputs of the
// reader: a JSONL of real-size pages, a WARC whose record lies about its
// length, a name with escape sequences, a directory holding the store.
func runCLIAttacks(bin, name, dir string) error {
	in := filepath.Join(dir, "inputs")
	if err := os.MkdirAll(in, 0o755); err != nil {
		return err
	}
	db := filepath.Join(dir, "cli.db")
	cli := func(attack string, args ...string) {
		start := time.Now()
		cmd := exec.Command(bin, append([]string{"ingest", "--db", db}, args...)...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		status := "exit 0"
		if err != nil {
			status = "exit " + strconv.Itoa(cmd.ProcessState.ExitCode())
		}
		note, _, _ := strings.Cut(strings.TrimSpace(out.String()), " (")
		if strings.ContainsAny(errOut.String(), "\x1b\u202e") {
			note += "; raw ESC/bidi on stderr"
		}
		if m := regexp.MustCompile(`(?m)^error: .*$`).FindString(errOut.String()); m != "" {
			if len(m) > 110 {
				m = m[:110] + "…"
			}
			note += "; " + strconv.Quote(m)
		}
		result{attack: attack, n: 1, status: status, wall: time.Since(start), note: note}.print(name)
	}

	// 4. JSONL whose first record is a real page (over 8 KiB).
	var jsonl bytes.Buffer
	for i := range 3 {
		page := "<html><head><title>Page " + strconv.Itoa(i) + "</title></head><body><article>" + strings.Repeat("<p>A paragraph of the article, long enough to be a real one, says what happened.</p>", 150) + "</article></body></html>"
		line, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://example.com/%d", i), "html": page})
		jsonl.Write(append(line, '\n'))
	}
	os.WriteFile(filepath.Join(in, "pages.jsonl"), jsonl.Bytes(), 0o644)
	cli("JSONL, first line 12 KB", filepath.Join(in, "pages.jsonl"))

	// 6. An uncompressed WARC whose first record overstates its length.
	var warc bytes.Buffer
	for i := range 4 {
		block := fmt.Sprintf("<html><head><title>Record %d</title></head><body><article><p>%s</p></article></body></html>", i, strings.Repeat("Words of the archived article. ", 20))
		length := len(block)
		if i == 0 {
			length += 200
		}
		fmt.Fprintf(&warc, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://w.example/%d\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, length, block)
	}
	os.WriteFile(filepath.Join(in, "lying.warc"), warc.Bytes(), 0o644)
	cli("WARC, record 1 overstates length", filepath.Join(in, "lying.warc"))

	// 7. A file name with a newline and escape sequences.
	evil := filepath.Join(in, "x\n\x1b[2Jerror: forged\x1b[31m.txt")
	os.WriteFile(evil, []byte{0, 1, 2, 3}, 0o644)
	cli("file name with ESC and newline", evil)
	os.Remove(evil)

	// 10. A directory that holds the store.
	storeDir := filepath.Join(dir, "withstore")
	os.MkdirAll(storeDir, 0o755)
	os.WriteFile(filepath.Join(storeDir, "a.txt"), []byte("Dam bursts\n\nFloods swept through Derna on Monday after two dams burst."), 0o644)
	db = filepath.Join(storeDir, "cc.db")
	cli("directory holding the store", storeDir)
	cli("directory holding the store, again", storeDir)

	// 10. Hosts that are private addresses in other forms.
	for _, host := range []string{"2130706433", "127.1", "127.0.0.1.", "no-such-host.invalid"} {
		cli("URL http://"+host+"/", "http://"+host+"/")
	}
	return nil
}
