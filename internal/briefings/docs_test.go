package briefings

import (
	"context"
	"reflect"
	"testing"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/analysis"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// TestDocsKeptAreDecoded: over builds where an article joins, its stored
// analysis or its text changes under its id, an analysis of other rules
// or another date is met and an article leaves, every analysis given is
// the one analysis.Doc makes; an unchanged article's is the one kept,
// not made again. One made afresh (against a day other than the
// article's own, of other rules, or with none stored) is kept by its
// text, language and day: another of any of the three is made again.
func TestDocsKeptAreDecoded(t *testing.T) {
	seeds := seedArticles(t)
	if len(seeds) < 3 {
		t.Fatalf("%d seed articles, want 3 or more", len(seeds))
	}
	var ans []*storage.Analysis
	for _, a := range seeds[:3] {
		an, err := analysis.Of(a)
		if err != nil {
			t.Fatal(err)
		}
		ans = append(ans, an)
	}
	other := *ans[0]
	other.Version = "other rules"
	type given struct {
		id       int64
		an       *storage.Analysis
		text     string
		ref      time.Time
		wantKept bool // the one kept by the build before
		language string
	}
	a, b := seeds[0], seeds[1]
	day, day2 := b.Published.AddDate(0, 0, 1), b.Published.AddDate(0, 0, 2)
	// The same instant, another day in its own location.
	far := day2.In(time.FixedZone("UTC+14", 14*3600))
	builds := [][]given{
		{{1, ans[0], a.Text, a.Published, false, ""}},
		{{1, ans[0], a.Text, a.Published, true, ""}, {2, ans[1], b.Text, b.Published, false, ""}},
		// Another analysis, then another text, under id 1.
		{{1, ans[2], a.Text, a.Published, false, ""}, {2, ans[1], b.Text, b.Published, true, ""}},
		{{1, ans[2], a.Text + " More.", a.Published, false, ""}, {2, ans[1], b.Text, b.Published, true, ""}},
		// Of other rules, or resolved against another date: made
		// afresh.
		{{1, &other, a.Text, a.Published, false, ""}, {2, ans[1], b.Text, day, false, ""}},
		{{1, ans[0], a.Text, a.Published, false, ""}, {2, ans[1], b.Text, b.Published, false, ""}},
		// 2 leaves and comes back.
		{{1, ans[0], a.Text, a.Published, true, ""}},
		{{1, ans[0], a.Text, a.Published, true, ""}, {2, ans[1], b.Text, b.Published, false, ""}},
		// Made afresh against a day, kept; the same with its own
		// date too (an undated page's second analysis, nlp.PageDay).
		{{1, &other, a.Text, a.Published, false, ""}, {2, ans[1], b.Text, day, false, ""}},
		{{1, &other, a.Text, a.Published, true, ""}, {2, ans[1], b.Text, day, true, ""}, {2, ans[1], b.Text, b.Published, false, ""}},
		{{2, ans[1], b.Text, b.Published, true, ""}, {2, ans[1], b.Text, day, true, ""}},
		// Another day, none stored, another language, another text,
		// another location.
		{{2, ans[1], b.Text, day2, false, ""}},
		{{2, nil, b.Text, day2, true, ""}},
		{{2, nil, b.Text, day2, false, "de"}},
		{{2, nil, b.Text + " More.", day2, false, "de"}},
		{{2, nil, b.Text + " More.", far, false, "de"}},
		{{2, nil, b.Text + " More.", far, true, "de"}},
	}
	dk := new(docsKept)
	for n, build := range builds {
		before := dk.docs
		for _, g := range build {
			published := a.Published
			if g.id == 2 {
				published = b.Published
			}
			want, _ := analysis.Doc(g.an, g.text, g.language, published, g.ref)
			got := dk.doc(g.id, g.an, g.text, g.language, published, g.ref, func() *storage.Analysis {
				t.Fatalf("build %d, article %d: an analysis given whole read again", n, g.id)
				return nil
			})
			if !reflect.DeepEqual(want, got) {
				t.Errorf("build %d, article %d: the analysis given is not the one analysis.Doc makes: %s", n, g.id, firstDiff(want, got))
			}
			kept := false
			for _, kd := range before[g.id] {
				kept = kept || len(got.Sentences) > 0 && &kd.doc.Sentences[0] == &got.Sentences[0]
			}
			if kept != g.wantKept {
				t.Errorf("build %d, article %d: kept %v, want %v", n, g.id, kept, g.wantKept)
			}
		}
		dk.done()
		if len(dk.docs) > len(build) {
			t.Errorf("build %d: %d analyses kept of %d articles", n, len(dk.docs), len(build))
		}
		if dk.Bytes() <= 0 && len(dk.docs) > 0 {
			t.Errorf("build %d: %d bytes kept", n, dk.Bytes())
		}
	}
}

// TestDocsKeptUnchanged: a Keeper's builds read the analyses they are
// given and never change them: after each update of the seed story every
// analysis held is the stored one decoded afresh.
func TestDocsKeptUnchanged(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, sqliteDSN(t))
	k := New(st)
	seeds := seedArticles(t)
	for n := 1; n <= len(seeds); n++ {
		addOneByOne(t, st, k, seeds[n-1:n], func(int) int64 { return 1 })
		h, ok := k.held.stories[1]
		if !ok || len(h.docs.docs) == 0 {
			t.Fatalf("%d articles: no analyses held", n)
		}
		stored, err := st.StoryArticles(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := st.StoryAnalyses(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		compared, held := 0, 0
		for _, kds := range h.docs.docs {
			held += len(kds)
		}
		for _, a := range stored {
			for _, kd := range h.docs.docs[a.ID] {
				compared++
				an := ans[a.ID]
				want, _ := analysis.Doc(&an, a.Text, a.Language, a.Published, a.Published)
				if kd.fresh {
					if kd.text != a.Text || kd.language != a.Language {
						t.Errorf("%d articles: article %d's analysis held is of another text or language", n, a.ID)
					}
					want = nlp.AnalyzeIn(kd.text, kd.ref, kd.language)
				}
				if got := kd.doc; !reflect.DeepEqual(want, got) {
					t.Errorf("%d articles: the analysis held of article %d is not the one made afresh: %s", n, a.ID, firstDiff(want, got))
				}
			}
		}
		if compared != held {
			t.Errorf("%d articles: %d analyses held, %d of the story's articles", n, held, compared)
		}
	}
}

// firstDiff names the first field of two analyses that differs.
func firstDiff(want, got nlp.Doc) string {
	w, g := reflect.ValueOf(want), reflect.ValueOf(got)
	for i := range w.NumField() {
		if !reflect.DeepEqual(w.Field(i).Interface(), g.Field(i).Interface()) {
			return w.Type().Field(i).Name
		}
	}
	return "none"
}

// TestDocsHeldBound: a story whose decoded analyses would take what is
// held over the bound is held without them, its Kept and words still
// held; one over the bound without them is not held.
func TestDocsHeldBound(t *testing.T) {
	docs := &docsKept{bytes: keptHeldBytes / 2}
	var kh keptHeld
	kh.hold(1, Version, new(align.Kept), keptHeldBytes/3, nil, docs, encodedSizes{})
	if h := kh.stories[1]; h.docs != docs || h.bytes != keptHeldBytes/3+keptHeldBytes/2 {
		t.Errorf("under the bound: docs held %v, %d bytes", h.docs == docs, h.bytes)
	}
	kh.hold(1, Version, new(align.Kept), keptHeldBytes*2/3, nil, docs, encodedSizes{})
	if h, ok := kh.stories[1]; !ok || h.docs != nil || h.bytes != keptHeldBytes*2/3 || kh.bytes != h.bytes {
		t.Errorf("over the bound with the docs: held %v, docs held %v, %d bytes (%d counted)", ok, h.docs != nil, h.bytes, kh.bytes)
	}
	if _, _, d, _ := kh.take(1, Version); d == nil || d.Bytes() != 0 {
		t.Errorf("docs taken when none were held: %v", d)
	}
	kh.hold(1, Version, new(align.Kept), keptHeldBytes+1, nil, docs, encodedSizes{})
	if _, ok := kh.stories[1]; ok || kh.bytes != 0 {
		t.Errorf("over the bound without the docs: held %v, %d bytes", ok, kh.bytes)
	}
}
