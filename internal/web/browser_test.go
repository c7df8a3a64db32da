package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"crosscheck/internal/brief"
	"crosscheck/internal/demo"
	"crosscheck/internal/extract"
	"crosscheck/internal/ingest"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/storage"
)

const chromiumPath = "/usr/bin/chromium"

// newBrowser starts headless Chromium with a fresh profile. Without
// Chromium the test skips, except on CI, where it must run.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	sharedtest.Program(t, chromiumPath)
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

// demoFiles writes the built-in demo corpus to a directory, as a user
// would have the pages on disk, and returns their paths.
func demoFiles(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	names, err := demo.Names()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, name := range names {
		p, err := demo.Page(name)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, strings.TrimSuffix(name, ".gz"))
		if err := os.WriteFile(path, p.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// pipelineServer serves an empty store that ingests through the real
// pipeline, as `crosscheck serve` does.
func pipelineServer(t *testing.T) (*httptest.Server, *storage.Store) {
	t.Helper()
	st := openStore(t)
	placer, err := ingest.NewPlacer(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: st, Extract: extract.Extract, Placer: placer}
	return newTestServerOn(t, st, Options{Ingest: func(ctx context.Context, p source.Page) Outcome {
		o := in.Page(ctx, p)
		out := Outcome{Origin: o.Origin, Article: o.Article, Story: o.Story, Title: o.Title, Unchanged: o.Unchanged, Duplicate: o.Duplicate, NewStory: o.NewStory}
		if o.Err != nil {
			out.Error = o.Err.Error()
		}
		return out
	}})
}

// largestStory asks the API for the story with the most articles.
func largestStory(t *testing.T, base string) (storage.Story, brief.Briefing) {
	t.Helper()
	_, body := get(t, base+"/api/v1/stories")
	var list struct{ Stories []storage.Story }
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Stories) == 0 {
		t.Fatalf("story list %s: %v", body, err)
	}
	best := list.Stories[0]
	for _, s := range list.Stories {
		if s.Articles > best.Articles {
			best = s
		}
	}
	_, body = get(t, fmt.Sprintf("%s/api/v1/stories/%d/briefing", base, best.ID))
	var b brief.Briefing
	if err := json.Unmarshal([]byte(body), &b); err != nil {
		t.Fatal(err)
	}
	return best, b
}

func TestBrowserEndToEnd(t *testing.T) {
	srv, _ := pipelineServer(t)
	ctx := newBrowser(t)
	files := demoFiles(t)

	// Ingest the demo corpus through the form.
	var summary string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/ingest"),
		chromedp.SetUploadFiles(`input[name=files]`, files, chromedp.ByQuery),
		chromedp.Click(`form.ingest button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.results .summary-line`, chromedp.ByQuery),
		chromedp.Text(`.results .summary-line`, &summary, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("ingesting through the form: %v", err)
	}
	if want := fmt.Sprintf("%d added, 0 already stored, 0 skipped as not articles, 0 failed.", len(files)); summary != want {
		t.Errorf("ingest summary %q, want %q", summary, want)
	}
	story, b := largestStory(t, srv.URL)
	if len(b.Conflicts) == 0 {
		t.Fatalf("the demo story's briefing has no conflict; the page cannot show one")
	}

	// The story list links to the story; its page shows the conflicts
	// at a glance, each conflict with its values, and the matrix.
	var tiles, values []string
	var reports, differs, split, mayAlso int
	var scripted bool
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.Click(fmt.Sprintf(`a.story-link[href="/stories/%d"]`, story.ID), chromedp.ByQuery),
		chromedp.WaitVisible(`table.matrix`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('.glance .tile')].map(e => e.textContent.trim().replace(/\s+/g, ' '))`, &tiles),
		chromedp.Evaluate(`[...document.querySelectorAll('#conflicts .variants .value')].map(e => e.textContent)`, &values),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.reports').length`, &reports),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.differs').length`, &differs),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.split').length`, &split),
		chromedp.Evaluate(`document.querySelectorAll('table.matrix td.cell.may_also').length`, &mayAlso),
		chromedp.Evaluate(`document.documentElement.classList.contains('js')`, &scripted),
	)
	if err != nil {
		t.Fatalf("opening story %d: %v", story.ID, err)
	}
	if want := fmt.Sprintf("%d conflict", len(b.Conflicts)); len(tiles) != 4 || !strings.HasPrefix(tiles[3], want) {
		t.Errorf("at-a-glance tiles = %q, want the last to start %q", tiles, want)
	}
	for _, c := range b.Conflicts {
		for _, v := range c.Variants {
			if !slices.Contains(values, v.Value) {
				t.Errorf("conflict value %q (%s) is not on the page; page shows %q", v.Value, c.Kind, values)
			}
		}
	}
	if reports < len(b.Agreed)*len(b.Outlets)/2 {
		t.Errorf("matrix has %d 'reports' cells for %d agreed facts and %d outlets", reports, len(b.Agreed), len(b.Outlets))
	}
	// A conflict on a fact marks the matrix: its odd ones out or split
	// values among the outlets credited with confidence, or, when an
	// outlet giving a value may only also report the fact, that outlet
	// as may also.
	sure, unsure := 0, 0
	uncertain := uncertainOutlets(b)
	for _, c := range b.Conflicts {
		if c.Fact == "" {
			continue
		}
		giving := 0
		for _, v := range c.Variants {
			if slices.ContainsFunc(v.Outlets, func(o string) bool { _, ok := uncertain[c.Fact][o]; return !ok }) {
				giving++
			}
		}
		if giving > 1 {
			sure++
		} else {
			unsure++
		}
	}
	if sure > 0 && differs+split == 0 {
		t.Errorf("%d conflicts are on facts among sure outlets, but no matrix cell is marked as differing or split", sure)
	}
	if unsure > 0 && mayAlso == 0 {
		t.Errorf("%d conflicts on facts are made by outlets that may also report them, but no matrix cell is marked may also", unsure)
	}
	if !scripted {
		t.Error("the server's own script did not run: the CSP blocks it")
	}

	// An article shows its sentences that support claims, beside the
	// sandboxed original.
	var highlighted int
	var sandbox string
	var ok bool
	err = chromedp.Run(ctx,
		chromedp.Click(`#outlets a[href^="/articles/"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`section.cleaned`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('section.cleaned .sent.hl').length`, &highlighted),
		chromedp.AttributeValue(`section.original iframe`, "sandbox", &sandbox, &ok, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("opening an article: %v", err)
	}
	if highlighted == 0 {
		t.Error("the article page highlights no sentence")
	}
	if !ok || sandbox != "" {
		t.Errorf("original page iframe sandbox = %q (present %v), want an empty sandbox", sandbox, ok)
	}

	// Search from the box in the header.
	var hits []string
	err = chromedp.Run(ctx,
		chromedp.SendKeys(`.quicksearch input[name=q]`, "Corran\n", chromedp.ByQuery),
		chromedp.WaitVisible(`ol.hits`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('ol.hits mark')].map(e => e.textContent)`, &hits),
	)
	if err != nil {
		t.Fatalf("searching: %v", err)
	}
	if len(hits) == 0 || hits[0] != "Corran" {
		t.Errorf("search marks %q, want Corran", hits)
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
		chromedp.Navigate(fmt.Sprintf("%s/stories/%d", srv.URL, story.ID)),
		chromedp.Click(fmt.Sprintf(`a.export[href="/stories/%d/export/md"]`, story.ID), chromedp.ByQuery),
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
		if want := "# " + b.Headline; firstLine(string(md)) != want {
			t.Errorf("downloaded briefing starts %q, want %q", firstLine(string(md)), want)
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
