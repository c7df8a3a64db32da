package briefings

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"testing"

	"crosscheck/internal/storage"
)

// TestWriteGzip: the compressed briefing is stored with the briefing and
// is the JSON WriteEncoded writes; a current briefing stored without it
// is compressed on the first read and stored; a Renderer renders the
// first page at build time.
func TestWriteGzip(t *testing.T) {
	onBothBackends(t, func(t *testing.T, st *storage.Store) {
		ctx := context.Background()
		k := New(st)
		k.RenderWith(&Renderer{Key: "r1", Render: func(p *Page) ([]byte, error) { return []byte("<h1>" + p.Briefing.Headline), nil }})
		addOneByOne(t, st, k, seedArticles(t), func(int) int64 { return 1 })
		story, b, err := k.Briefing(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		want := encode(t, b)
		unzipped := func() []byte {
			t.Helper()
			var got []byte
			if err := k.WriteGzip(ctx, story, func(gz []byte) error {
				crc, size, ok := GzipTrailer(gz)
				if !ok || size != uint32(len(want)) || crc == 0 {
					t.Errorf("gzip trailer %08x %d %v, want the length %d", crc, size, ok, len(want))
				}
				zr, err := gzip.NewReader(bytes.NewReader(gz))
				if err != nil {
					return err
				}
				got, err = io.ReadAll(zr)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			return got
		}
		same(t, "WriteGzip", want, unzipped())
		if h, err := k.HeadFor(ctx, story); err != nil || string(h.Fragment) != "<h1>"+b.Headline || h.FragmentKey != "r1" {
			t.Errorf("page rendered at build: %q of %q, %v", h.Fragment, h.FragmentKey, err)
		}

		// A briefing stored by a release without the compressed form.
		sb, err := st.Briefing(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		sb.Gzip = nil
		if ok, err := st.PutBriefing(ctx, sb); err != nil || !ok {
			t.Fatalf("PutBriefing = %v, %v", ok, err)
		}
		stored := func() bool {
			var has bool
			if err := st.WithBriefingGzip(ctx, 1, func(sb storage.StoredBriefing) error { has = sb.Gzip != nil; return nil }); err != nil {
				t.Fatal(err)
			}
			return has
		}
		if stored() {
			t.Fatal("a briefing stored without its compressed form has one")
		}
		same(t, "WriteGzip of a briefing stored without it", want, unzipped())
		if !stored() {
			t.Error("the compressed briefing made on reading was not stored")
		}
		same(t, "WriteGzip as stored on reading", want, unzipped())
	})
}
