package web

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var screenshots = flag.String("screenshots", "", "write screenshots of the list and story pages, built from the demo corpus and the seeds, to this directory")

// TestScreenshots writes the screenshots shown in the README:
//
//	go test ./internal/web -run Screenshots -screenshots ../../docs/screenshots
func TestScreenshots(t *testing.T) {
	if *screenshots == "" {
		t.Skip("no -screenshots directory given")
	}
	srv, story, b := demoServer(t, true)
	if len(b.Outlets) == 0 || len(b.Outlets[0].Articles) == 0 {
		t.Fatal("the demo story lists no articles")
	}
	article := b.Outlets[0].Articles[0].Article
	if err := os.MkdirAll(*screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	for _, shot := range []struct {
		file, path, element string
		width, height       int64
		script              string // run before the capture
	}{
		{"stories.png", "/", "", 1280, 400, ""},
		{"story.png", fmt.Sprintf("/stories/%d", story.ID), "", 1280, 1000, ""},
		{"matrix.png", fmt.Sprintf("/stories/%d", story.ID), "#matrix", 1280, 1000, ""},
		{"citations.png", fmt.Sprintf("/stories/%d", story.ID), "#citations", 1280, 1000, ""},
		{"article.png", fmt.Sprintf("/articles/%d", article), "", 1280, 900, ""},
		{"stories-phone.png", "/", "", 400, 800, ""},
		{"story-phone.png", fmt.Sprintf("/stories/%d", story.ID), "", 400, 1600, ""},
		// The matrix on a phone, scrolled sideways: the fact column stays.
		{"matrix-phone.png", fmt.Sprintf("/stories/%d#matrix", story.ID), "", 400, 800,
			`document.querySelector('.matrix-wrap').scrollLeft = 260`},
	} {
		var png []byte
		capture := chromedp.CaptureScreenshot(&png)
		if shot.element != "" {
			capture = chromedp.Screenshot(shot.element, &png, chromedp.ByQuery)
		}
		var script chromedp.Action = chromedp.ActionFunc(func(context.Context) error { return nil })
		if shot.script != "" {
			script = chromedp.Evaluate(shot.script, nil)
		}
		if err := chromedp.Run(ctx, chromedp.EmulateViewport(shot.width, shot.height), chromedp.Navigate(srv.URL+shot.path), chromedp.Sleep(time.Second), script, capture); err != nil {
			t.Fatalf("screenshot of %s: %v", shot.path, err)
		}
		if err := os.WriteFile(filepath.Join(*screenshots, shot.file), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
