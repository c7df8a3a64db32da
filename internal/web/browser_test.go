package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// newBrowser starts headless Chromium with a fresh profile. Without
// Chromium the test skips, except on CI, where it must run.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required on CI: %v", err)
		}
		t.Skipf("no chromium at %s", chromiumPath)
	}
	// The profile is not a t.TempDir: Chromium's helper processes may
	// still be writing to it for a moment after the browser is stopped.
	profile, err := os.MkdirTemp("", "crosscheck-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		for range 20 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	if err := chromedp.Run(ctx); err != nil { // starts the browser
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// seedFiles are the five text dumps of one story the project ships.
func seedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../../shared/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds at ../shared/seeds: %v", err)
	}
	for i, f := range files {
		if files[i], err = filepath.Abs(f); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

func TestBrowserEndToEnd(t *testing.T) {
	st := openStore(t)
	addArticles(t, st, kimStory)
	srv, _ := newTestServerOn(t, st, Options{Ingest: testIngester(t, st)})
	ctx := newBrowser(t)
	seeds := seedFiles(t)

	// Ingest the seeds through the form.
	var summary string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/ingest"),
		chromedp.SetUploadFiles(`input[name=files]`, seeds, chromedp.ByQuery),
		chromedp.Click(`form.ingest button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.results .summary-line`, chromedp.ByQuery),
		chromedp.Text(`.results .summary-line`, &summary, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("ingesting through the form: %v", err)
	}
	if want := fmt.Sprintf("%d added", len(seeds)); !strings.HasPrefix(summary, want) {
		t.Errorf("ingest summary %q, want it to start with %q", summary, want)
	}

	// The story list links to the story; its page shows the briefing at
	// a glance and the matrix.
	var tiles []string
	var reports, differs int
	var scripted bool
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.Click(`a.story-link[href="/stories/1"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.matrix`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('.glance .tile')].map(e => e.textContent.trim().replace(/\s+/g, ' '))`, &tiles),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.reports').length`, &reports),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.differs').length`, &differs),
		chromedp.Evaluate(`document.documentElement.classList.contains('js')`, &scripted),
	)
	if err != nil {
		t.Fatalf("opening story 1: %v", err)
	}
	if len(tiles) != 4 || !strings.HasPrefix(tiles[0], "1 agreed by all") {
		t.Errorf("at-a-glance tiles = %q, want 4 starting with 1 agreed", tiles)
	}
	if reports < 3 {
		t.Errorf("matrix has %d 'reports' cells, want at least one per outlet of the agreed fact", reports)
	}
	if !scripted {
		t.Error("the server's own script did not run: the CSP blocks it")
	}
	t.Logf("story 1: tiles %q, %d differing cells", tiles, differs)

	// Search from the box in the header.
	var hits []string
	err = chromedp.Run(ctx,
		chromedp.SendKeys(`.quicksearch input[name=q]`, "Vladivostok\n", chromedp.ByQuery),
		chromedp.WaitVisible(`ol.hits`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('ol.hits mark')].map(e => e.textContent)`, &hits),
	)
	if err != nil {
		t.Fatalf("searching: %v", err)
	}
	if len(hits) == 0 || !strings.EqualFold(hits[0], "vladivostok") {
		t.Errorf("search marks %q, want Vladivostok", hits)
	}

	// Download the Markdown briefing.
	dir := t.TempDir()
	done := make(chan string, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*browser.EventDownloadProgress); ok && e.State == browser.DownloadProgressStateCompleted {
			done <- e.GUID
		}
	})
	err = chromedp.Run(ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(dir).WithEventsEnabled(true),
		chromedp.Navigate(srv.URL+"/stories/1"),
		chromedp.Click(`a.export[href="/stories/1/export/md"]`, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("downloading the briefing: %v", err)
	}
	select {
	case guid := <-done:
		md, err := os.ReadFile(filepath.Join(dir, guid))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(md), "# Kim Jong Un travels to Russia") {
			t.Errorf("downloaded briefing starts %q", firstLine(string(md)))
		}
	case <-ctx.Done():
		t.Fatal("the download did not finish")
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// hostilePage is a scraped page that tries every usual way to run script.
const hostilePage = `<!doctype html><html><head><title>Hostile</title>
<base href="http://evil.invalid/">
<script>window.pwned = 1; document.title = "pwned";</script>
<meta http-equiv="refresh" content="0;url=javascript:window.pwned=2">
</head><body onload="window.pwned=3">
<h1>Markets fall <img src=x onerror="window.pwned=4;document.title='pwned'"></h1>
<p>Stocks fell sharply on Monday. <a href="javascript:window.pwned=5">Read more</a></p>
<svg><script>window.pwned=6</script><circle r="5" onload="window.pwned=7"/></svg>
<iframe src="javascript:parent.pwned=8"></iframe>
<object data="javascript:window.pwned=9"></object>
</body></html>`

func TestBrowserHostilePageRunsNoScript(t *testing.T) {
	st := openStore(t)
	srv, _ := newTestServerOn(t, st, Options{})
	ids := addHostile(t, st, hostilePage)
	ctx := newBrowser(t)

	for _, path := range []string{"/articles/" + itoa(ids), "/articles/" + itoa(ids) + "/original", "/stories/1", "/search?q=stocks"} {
		var title string
		var pwned, scripted bool
		var injected int
		err := chromedp.Run(ctx,
			chromedp.Navigate(srv.URL+path),
			chromedp.Sleep(300*time.Millisecond), // let any onload or timer fire
			chromedp.Title(&title),
			chromedp.Evaluate(`typeof window.pwned !== 'undefined'`, &pwned),
			chromedp.Evaluate(`document.documentElement.classList.contains('js')`, &scripted),
			chromedp.Evaluate(`document.querySelectorAll('main script, main img[onerror], main [onload], main a[href^="javascript:"], main object, main svg script').length`, &injected),
		)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if pwned || title == "pwned" {
			t.Errorf("%s: the hostile page's script ran (title %q, window.pwned set %v)", path, title, pwned)
		}
		if injected != 0 {
			t.Errorf("%s: %d hostile elements made it into the page as markup", path, injected)
		}
		if !strings.HasSuffix(path, "/original") && !scripted {
			t.Errorf("%s: the server's own script did not run, so the check above proves nothing", path)
		}
	}
}
