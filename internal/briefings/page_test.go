package briefings

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck/internal/brief"
	"crosscheck/internal/storage"
)

// largeBriefing is a briefing of n agreed facts, each reported by n
// outlets with a reference each, and n outlets of two articles each.
func largeBriefing(n int) *brief.Briefing {
	b := &brief.Briefing{Schema: brief.SchemaVersion, Story: brief.Story{ID: 7}, Headline: "Large"}
	var outlets []string
	for o := range n {
		name := fmt.Sprintf("Outlet %d", o)
		outlets = append(outlets, name)
		b.Outlets = append(b.Outlets, brief.Outlet{Name: name, Articles: []brief.Source{{Article: int64(2 * o)}, {Article: int64(2*o + 1)}}, Adds: []string{}})
	}
	for f := range n {
		fact := brief.Fact{ID: fmt.Sprintf("F%d", f+1), Text: fmt.Sprintf("Fact %d.", f+1), Outlets: outlets}
		for o := range n {
			fact.Refs = append(fact.Refs, brief.Ref{Article: int64(2 * o), Sentence: f, Outlet: outlets[o]})
		}
		b.Agreed = append(b.Agreed, fact)
	}
	b.Partial, b.Single = []brief.Fact{}, []brief.Fact{}
	return b
}

func TestPageOfCutsLongLists(t *testing.T) {
	n := PageItems + 20
	b := largeBriefing(n)
	p := PageOf(b, []string{"Kim Jong Un"})
	if len(p.Briefing.Agreed) != PageItems || p.Totals.Agreed != n {
		t.Errorf("agreed: %d on the page of %d, want %d of %d", len(p.Briefing.Agreed), p.Totals.Agreed, PageItems, n)
	}
	if got := len(p.Briefing.Agreed[0].Refs); got != ItemRefs {
		t.Errorf("a fact's references: %d on the page, want %d", got, ItemRefs)
	}
	if got := len(p.Briefing.Outlets[0].Articles); got != 2 {
		t.Errorf("an outlet's 2 articles: %d on the page", got)
	}
	if len(p.Briefing.Outlets) != PageItems || p.Totals.Outlets != n {
		t.Errorf("outlets: %d on the page of %d", len(p.Briefing.Outlets), p.Totals.Outlets)
	}
	if len(p.Matrix.Rows) != PageItems || p.Totals.Matrix != n || len(p.Matrix.Outlets) != n {
		t.Errorf("matrix: %d rows of %d, %d outlets; want %d rows of %d, every outlet", len(p.Matrix.Rows), p.Totals.Matrix, len(p.Matrix.Outlets), PageItems, n)
	}
	if !p.Cut() || !p.Totals.ItemsCut {
		t.Errorf("Cut = %v, ItemsCut = %v; want both", p.Cut(), p.Totals.ItemsCut)
	}
	// The briefing itself is left whole.
	if len(b.Agreed) != n || len(b.Agreed[0].Refs) != n || len(b.Outlets) != n {
		t.Errorf("PageOf changed the briefing: %d facts, %d refs, %d outlets", len(b.Agreed), len(b.Agreed[0].Refs), len(b.Outlets))
	}
	// The rows are the whole matrix's first.
	if diff := cmp.Diff(b.Matrix().Rows[PageItems-1].Cells, p.Matrix.Rows[PageItems-1].Cells); diff != "" {
		t.Errorf("last row on the page differs from the whole matrix's (-whole +page):\n%s", diff)
	}

	w := Whole(b, nil)
	if w.Cut() || !w.All || len(w.Briefing.Agreed) != n || len(w.Matrix.Rows) != n || len(w.Briefing.Agreed[0].Refs) != n {
		t.Errorf("Whole: cut %v, all %v, %d facts, %d rows", w.Cut(), w.All, len(w.Briefing.Agreed), len(w.Matrix.Rows))
	}
}

func TestPageOfSmallBriefingIsWhole(t *testing.T) {
	b := largeBriefing(3)
	p := PageOf(b, nil)
	if p.Cut() {
		t.Errorf("a briefing of 3 facts is cut: %+v", p.Totals)
	}
	if diff := cmp.Diff(*b, p.Briefing); diff != "" {
		t.Errorf("page differs from the briefing (-briefing +page):\n%s", diff)
	}
	m := b.Matrix()
	for i := range m.Rows {
		m.Rows[i].Fact.Refs = nil // a row shows its fact's text only
	}
	if diff := cmp.Diff(m, p.Matrix); diff != "" {
		t.Errorf("page's matrix differs (-briefing +page):\n%s", diff)
	}
	if p.Names == nil {
		t.Error("Names is nil, want an empty list")
	}
}

// TestStoredPage: the page and the encoded briefing a Keeper reads are
// those of the stored briefing, on both backends; a current briefing
// stored without a page gets one on the first read.
func TestStoredPage(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		k := New(st)
		addOneByOne(t, st, k, seedArticles(t), func(int) int64 { return 1 })

		story, b, err := k.Briefing(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := st.StoryArticles(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		want := PageOf(b, storyNames(stored))
		if len(want.Names) == 0 {
			t.Error("the seed story has no names")
		}
		_, p, err := k.Page(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, p, cmpopts.IgnoreUnexported(Page{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("stored page differs (-made +stored):\n%s", diff)
		}
		_, enc, err := k.Encoded(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "Encoded", encode(t, b), enc)
		var written []byte
		if err := k.WriteEncoded(ctx, story, func(enc []byte) error { written = bytes.Clone(enc); return nil }); err != nil {
			t.Fatal(err)
		}
		same(t, "WriteEncoded", encode(t, b), written)
		// A briefing not stored is built, and written all the same.
		if err := New(st).WriteEncoded(ctx, storage.Story{ID: 42}, func([]byte) error { return nil }); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("WriteEncoded of a story not stored = %v, want ErrNotFound", err)
		}

		// A rendered page is kept beside the briefing it renders.
		if ok, err := k.PutFragment(ctx, 1, p, "r1", []byte("<p>rendered</p>")); err != nil || !ok {
			t.Fatalf("PutFragment = %v, %v", ok, err)
		}
		if _, p, err = k.Page(ctx, 1); err != nil || string(p.Fragment) != "<p>rendered</p>" || p.FragmentKey != "r1" {
			t.Fatalf("Page after PutFragment: fragment %q of %q, %v", p.Fragment, p.FragmentKey, err)
		}

		// A briefing stored by a release without pages.
		sb, err := st.Briefing(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		sb.Page = nil
		sb.Fragment, sb.FragmentKey = nil, "" // stored anew, as a build does: not rendered yet
		if ok, err := st.PutBriefing(ctx, sb); err != nil || !ok {
			t.Fatalf("PutBriefing = %v, %v", ok, err)
		}
		if sb, err := st.BriefingPage(ctx, 1); err != nil || sb.Page != nil || sb.Briefing != nil {
			t.Fatalf("BriefingPage = page %d bytes, briefing %d bytes, %v; want neither", len(sb.Page), len(sb.Briefing), err)
		}
		if _, p, err = k.Page(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, p, cmpopts.IgnoreUnexported(Page{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("page made on reading differs (-made +read):\n%s", diff)
		}
		if p.Fragment != nil || p.FragmentKey != "" {
			t.Errorf("a briefing stored anew kept the rendered page of the one before: %q", p.FragmentKey)
		}
		sb, err = st.BriefingPage(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		var again Page
		if err := json.Unmarshal(sb.Page, &again); err != nil {
			t.Fatalf("page stored on reading: %v", err)
		}
		if diff := cmp.Diff(want, &again, cmpopts.IgnoreUnexported(Page{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("page stored on reading differs (-made +stored):\n%s", diff)
		}
	})
}

// TestStoredHead: a page's head is stored with it and read without the
// page, with the rendered page, on both backends; a current briefing
// stored with a page but no head gets one on the first read.
func TestStoredHead(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		k := New(st)
		addOneByOne(t, st, k, seedArticles(t), func(int) int64 { return 1 })
		story, p, err := k.Page(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		want := p.Head()
		if want.Headline == "" || len(want.Names) == 0 {
			t.Fatalf("the seed story's head has no headline or names: %+v", want)
		}
		if ok, err := k.PutFragment(ctx, 1, p, "r1", []byte("<p>rendered</p>")); err != nil || !ok {
			t.Fatalf("PutFragment = %v, %v", ok, err)
		}
		want.Fragment, want.FragmentKey = []byte("<p>rendered</p>"), "r1"

		sb, err := st.BriefingHead(ctx, 1)
		if err != nil || sb.Head == nil || sb.Page != nil || sb.Briefing != nil {
			t.Fatalf("BriefingHead = head %d bytes, page %d bytes, briefing %d bytes, %v; want only the head", len(sb.Head), len(sb.Page), len(sb.Briefing), err)
		}
		h, err := k.HeadFor(ctx, story)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, h, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("stored head differs (-made +stored):\n%s", diff)
		}

		// A briefing stored by a release without heads.
		sb, err = st.Briefing(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		sb.Head = nil
		sb.Fragment, sb.FragmentKey = nil, "" // stored anew, as a build does: not rendered yet
		if ok, err := st.PutBriefing(ctx, sb); err != nil || !ok {
			t.Fatalf("PutBriefing = %v, %v", ok, err)
		}
		want.Fragment, want.FragmentKey = nil, ""
		if h, err = k.HeadFor(ctx, story); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, h, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("head made on reading differs (-made +read):\n%s", diff)
		}
		if sb, err = st.BriefingHead(ctx, 1); err != nil || sb.Head == nil {
			t.Fatalf("BriefingHead after the first read = head %d bytes, %v; want it stored", len(sb.Head), err)
		}
	})
}

// The page's JSON keeps what the template needs: an empty list stays a
// list, so the page renders as the whole briefing did.
func TestPageRoundTrip(t *testing.T) {
	p := PageOf(largeBriefing(PageItems+1), []string{})
	enc, err := encodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var got Page
	if err := json.Unmarshal(enc, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, &got, cmpopts.IgnoreUnexported(Page{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("page after a round trip differs (-made +decoded):\n%s", diff)
	}
}

// Every state a matrix cell can take has its byte in the stored page,
// and comes back with its value.
func TestPageRoundTripCellStates(t *testing.T) {
	b := largeBriefing(3)
	b.Agreed[0].Outlets = []string{"Outlet 0"}
	b.Agreed[0].CopiedBy = []string{"Outlet 1"}
	b.Agreed[0].MayAlso = []brief.MayAlso{{Outlet: "Outlet 2", Reason: "no third outlet states it"}}
	b.Conflicts = []brief.Conflict{{Fact: "F2", Variants: []brief.Variant{{Value: "2", Outlets: []string{"Outlet 0", "Outlet 1"}}, {Value: "3", Outlets: []string{"Outlet 2"}}}},
		{Fact: "F3", Variants: []brief.Variant{{Value: "4", Outlets: []string{"Outlet 0"}}, {Value: "5", Outlets: []string{"Outlet 1"}}}}}
	p := PageOf(b, []string{})
	states := map[string]bool{}
	for _, r := range p.Matrix.Rows {
		for _, c := range r.Cells {
			states[c.State] = true
		}
	}
	for _, s := range []string{brief.CellReports, brief.CellCopies, brief.CellDiffers, brief.CellSplit, brief.CellMayAlso} {
		if !states[s] {
			t.Fatalf("the page's matrix has no %q cell: %+v", s, p.Matrix.Rows)
		}
	}
	enc, err := encodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var got Page
	if err := json.Unmarshal(enc, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.Matrix, got.Matrix, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("matrix after a round trip differs (-made +decoded):\n%s", diff)
	}
}
