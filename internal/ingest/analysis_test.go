package ingest

import (
	"context"
	"testing"

	"crosscheck/internal/analysis"
	"crosscheck/internal/source"
)

// TestIngestStoresAnalysis checks that an ingested article's analysis is
// stored with it, of this binary's version, and that SkipAnalysis leaves
// it for reanalysis.
func TestIngestStoresAnalysis(t *testing.T) {
	ctx := context.Background()
	in, st := newTestIngester(t)
	o := in.Page(ctx, htmlPage("a.html", ""))
	if o.Err != nil || o.Unanalysed != nil {
		t.Fatalf("ingest: %v, analysis: %v", o.Err, o.Unanalysed)
	}
	stored, err := st.StoryAnalyses(ctx, o.Story)
	if err != nil {
		t.Fatal(err)
	}
	an, ok := stored[o.Article]
	if !ok || an.Version != analysis.Version {
		t.Fatalf("analysis of article %d: %+v (found %v), want version %s", o.Article, an, ok, analysis.Version)
	}
	a, err := st.Article(ctx, o.Article)
	if err != nil {
		t.Fatal(err)
	}
	doc, fromStore := analysis.Doc(&an, a.Text, a.Language, a.Published, a.Published)
	if !fromStore || len(doc.Sentences) == 0 {
		t.Errorf("stored analysis did not serve (%v) or has no sentences", fromStore)
	}

	in.SkipAnalysis = true
	o = in.Page(ctx, source.Page{Origin: "b.html", Kind: source.KindHTML, Data: []byte("<html><body><article><h1>Other</h1><p>" + harbour + " More.</p></article></body></html>")})
	if o.Err != nil {
		t.Fatal(o.Err)
	}
	if n, err := st.CountStaleAnalyses(ctx, analysis.Version); err != nil || n != 1 {
		t.Errorf("stale analyses after a skipped one = %d, %v; want 1", n, err)
	}
}
