package brief

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
)

// An outlet whose credit with a fact is uncertain is listed apart (may
// also report, with why and its sentence) and never shown as stating the
// fact: not among its outlets or refs, not in the matrix, not in any
// rendering's list of the fact's outlets; the matrix marks it "may also
// report", not silent.
func TestUncertainOutletNeverAgrees(t *testing.T) {
	day := time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)
	beta := `Beta<script>alert(1)</script>`
	arts := []article.Article{
		{ID: 1, Site: "Alpha", Published: day, Text: "Two sailors were treated for minor injuries at the hospital in Port Ardlow on Monday."},
		{ID: 2, Site: beta, Published: day, Text: "Three crew members were taken to the hospital in Port Ardlow on Monday."},
		{ID: 3, Site: "Gamma", Published: day, Text: "Two sailors were treated for minor injuries at a hospital in Port Ardlow on Monday."},
	}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var f *Fact
	for _, fs := range [][]Fact{b.Agreed, b.Partial, b.Single} {
		for i := range fs {
			if len(fs[i].MayAlso) > 0 {
				f = &fs[i]
			}
			if slices.Contains(fs[i].Outlets, beta) && len(fs[i].Outlets) > 1 {
				t.Errorf("fact %s counts %s among its outlets: %v", fs[i].ID, beta, fs[i].Outlets)
			}
		}
	}
	if f == nil {
		t.Fatalf("no fact lists an outlet that may also report it: agreed %+v partial %+v", b.Agreed, b.Partial)
	}
	if len(b.Agreed) != 0 {
		t.Errorf("agreed facts %+v: the uncertain outlet made a fact everyone's", b.Agreed)
	}
	m := f.MayAlso[0]
	if m.Outlet != beta || m.Ref.Article != 2 || !strings.Contains(m.Reason, "but not the verb") {
		t.Errorf("may also = %+v, want %s's sentence with why", m, beta)
	}
	if slices.ContainsFunc(f.Refs, func(r Ref) bool { return r.Article == 2 }) {
		t.Errorf("fact refs %+v cite the uncertain sentence as stating the fact", f.Refs)
	}
	mx := b.Matrix()
	col := slices.Index(mx.Outlets, beta)
	for _, r := range mx.Rows {
		if want := (MatrixCell{State: CellMayAlso, Value: m.Reason}); r.Fact.ID == f.ID && r.Cells[col] != want {
			t.Errorf("matrix shows %s as %+v on %s, want %+v", beta, r.Cells[col], f.ID, want)
		}
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "  - may also report: Beta") || strings.Contains(md.String(), "Gamma, Beta") || strings.Contains(md.String(), "Alpha, Beta") {
		t.Errorf("markdown does not list Beta apart:\n%s", md.String())
	}
	var html bytes.Buffer
	if err := RenderHTML(&html, b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html.String(), "<script>alert") || !strings.Contains(html.String(), `may also report:</span> Beta&lt;script&gt;`) {
		t.Errorf("html does not list Beta apart, escaped:\n%s", html.String())
	}
}
