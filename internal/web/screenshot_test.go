package web

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crosscheck/internal/sharedtest"
)

var screenshots = flag.String("screenshots", "", "write screenshots of the list and story pages, built from the demo corpus and the seeds, to this directory")

// TestScreenshots writes the screenshots shown in the README:
//
//	go test ./internal/web -run Screenshots -screenshots ../../docs/screenshots
func TestScreenshots(t *testing.T) {
	if *screenshots == "" {
		t.Skip("no -screenshots directory given")
	}
	srv, _ := pipelineServer(t)
	files := demoFiles(t)
	seeds := sharedtest.Glob(t, "seeds", "*.txt")
	uploads := map[string]string{}
	for _, path := range append(files, seeds...) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		uploads[filepath.Base(path)] = string(data)
	}
	ct, body := multipartBody(t, uploads, nil)
	resp, err := http.Post(srv.URL+"/api/v1/ingest", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	if res := decodeResult(t, readBody(t, resp)); res.Failed > 0 {
		t.Fatalf("ingest: %+v", res)
	}
	story, b := largestStory(t, srv.URL)
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
		height              int64
	}{
		{"stories.png", "/", "", 360},
		{"story.png", fmt.Sprintf("/stories/%d", story.ID), "", 1000},
		{"matrix.png", fmt.Sprintf("/stories/%d", story.ID), "#matrix", 1000},
		{"citations.png", fmt.Sprintf("/stories/%d", story.ID), "#citations", 1000},
		{"article.png", fmt.Sprintf("/articles/%d", article), "", 900},
	} {
		var png []byte
		capture := chromedp.CaptureScreenshot(&png)
		if shot.element != "" {
			capture = chromedp.Screenshot(shot.element, &png, chromedp.ByQuery)
		}
		if err := chromedp.Run(ctx, chromedp.EmulateViewport(1280, shot.height), chromedp.Navigate(srv.URL+shot.path), chromedp.Sleep(time.Second), capture); err != nil {
			t.Fatalf("screenshot of %s: %v", shot.path, err)
		}
		if err := os.WriteFile(filepath.Join(*screenshots, shot.file), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
