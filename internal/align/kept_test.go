package align

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck/internal/eval"
	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
)

// ecbInputs returns the first n ECB+ articles in file order as one
// story's inputs, analysed.
func ecbInputs(t *testing.T, n int) []Input {
	t.Helper()
	docs, err := eval.LoadEvents(sharedtest.Path(t, "data", "clustering", "ecbplus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := make([]Input, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				d := docs[i]
				inputs[i] = Input{ArticleID: int64(i + 1), Outlet: fmt.Sprintf("Outlet %d", i%37), Published: d.Published, Text: d.Text, Doc: nlp.Analyze(d.Text, d.Published)}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return inputs
}

func resultJSON(t *testing.T, r Result) string {
	t.Helper()
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// reused counts the units of next that kept holds unchanged.
func reused(kept, next *Kept) int {
	had := map[keptUnit]bool{}
	for _, u := range kept.units {
		had[u] = true
	}
	n := 0
	for _, u := range next.units {
		if had[u] {
			n++
		}
	}
	return n
}

// TestKeptIsRebuild: an alignment taking what an earlier one kept is the
// alignment without it: when one article joins a story of 129 (its term
// counts stay those of the first 128, so the sentences already there
// keep their links), when one joins a story of 20 (every weight moves),
// when the kept story is another one, when one leaves or the last
// one's analysis changes (the groups of the first pass that held it are
// decided afresh, merge_kept.go), and when what was kept went through
// its encoding.
func TestKeptIsRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns ECB+ stories of 130 articles")
	}
	inputs := ecbInputs(t, 130)
	alignKept := func(in []Input, kept *Kept) (string, *Kept) {
		res, next := AlignKept(in, Options{}, kept)
		return resultJSON(t, res), next
	}
	_, k129 := alignKept(inputs[:129], nil)
	_, k19 := alignKept(inputs[:19], nil)
	k129.SetAssembly([]byte("what the assembly keeps"))
	enc, err := k129.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// Appended after other bytes, with room for it or with none, the
	// encoding is the same.
	for _, room := range []int{0, len(enc) / 2, len(enc) + 64} {
		prefix := []byte("prefix")
		got, err := k129.AppendBinary(append(make([]byte, 0, len(prefix)+room), prefix...))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(got, prefix) || !bytes.Equal(got[len(prefix):], enc) {
			t.Errorf("AppendBinary with room for %d bytes is not prefix + MarshalBinary", room)
		}
	}
	var decoded Kept
	if err := decoded.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	// The articles' scans and places are held in the process only
	// (conflict_scan.go, places_kept.go): a decoded Kept has none.
	if diff := cmp.Diff(k129, &decoded, cmp.AllowUnexported(Kept{}, keptUnit{}, keptPair{}, keptArticle{}, sketch{}, articleTerms{}, predicate{}, statedVerdict{}, merged{}, keptConflicts{}, keptValues{}, keptLink{}),
		cmpopts.IgnoreFields(keptConflicts{}, "scans"), cmpopts.IgnoreFields(Kept{}, "places")); diff != "" {
		t.Fatalf("decoded Kept differs (-encoded +decoded):\n%s", diff)
	}
	if decoded.conflicts.scans != nil || len(k129.conflicts.scans) != 129 {
		t.Fatalf("scans held: %d, decoded %d; want 129 and none", len(k129.conflicts.scans), len(decoded.conflicts.scans))
	}
	if decoded.places != nil || len(k129.places) != 129 {
		t.Fatalf("places held: %d, decoded %d; want 129 and none", len(k129.places), len(decoded.places))
	}
	// The last article (not counted for the weights, frozen.go) told
	// again with a sentence more: its units change, the others' do not.
	changedLast := append([]Input(nil), inputs[:129]...)
	last := &changedLast[128]
	last.Text += " The police said on Monday that two more people were arrested."
	last.Doc = nlp.Analyze(last.Text, last.Published)
	for _, c := range []struct {
		name      string
		in        []Input
		kept      *Kept
		minReused int
		// minVerdicts is the least share, in tenths, of the claims
		// whose keepStated verdict must be the kept one.
		minVerdicts int
	}{
		{"one joins 129", inputs[:130], k129, k129.Units() * 9 / 10, 3},
		{"one joins 129, kept decoded", inputs[:130], &decoded, k129.Units() * 9 / 10, 3},
		{"one leaves 129", inputs[:128], k129, k129.Units() * 9 / 10, 3},
		{"the last of 129 changed", changedLast, k129, k129.Units() * 9 / 10, 3},
		{"one joins 19", inputs[:20], k19, 0, 0},
		{"kept of another story", inputs[100:130], k19, 0, 0},
		{"kept of a larger story", inputs[:20], k129, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, _ := alignKept(c.in, nil)
			got, next := alignKept(c.in, c.kept)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("alignment with Kept differs from the one without (-without +with):\n%s", diff)
			}
			if n := reused(c.kept, next); n < c.minReused {
				t.Errorf("%d of %d sentences kept unchanged, want at least %d", n, next.Units(), c.minReused)
			}
			// Of the articles kept unchanged, the values are the kept
			// ones.
			if c.minVerdicts > 0 {
				old := map[[2]uint64]bool{}
				for _, a := range c.kept.conflicts.articles {
					old[[2]uint64{uint64(a.article), a.sum}] = true
				}
				had := 0
				for _, a := range next.conflicts.articles {
					if old[[2]uint64{uint64(a.article), a.sum}] {
						had++
					}
				}
				if 10*had < 9*len(c.kept.conflicts.articles) {
					t.Errorf("%d of %d articles' values kept, want at least nine tenths of the %d kept", had, len(next.conflicts.articles), len(c.kept.conflicts.articles))
				}
				if !c.kept.conflicts.linked || !next.conflicts.linked {
					t.Error("the values' links are not kept")
				}
				// A held Kept's scans are taken (a decoded one has none).
				held := 0
				for id, sc := range next.conflicts.scans {
					if c.kept.conflicts.scans[id] == sc {
						held++
					}
				}
				if c.kept.conflicts.scans != nil && 10*held < 9*len(c.kept.conflicts.scans) {
					t.Errorf("%d of %d articles' scans taken, want at least nine tenths of the %d held", held, len(next.conflicts.scans), len(c.kept.conflicts.scans))
				}
				// So are its places.
				held = 0
				for id, p := range next.places {
					if c.kept.places[id] == p {
						held++
					}
				}
				if c.kept.places != nil && 10*held < 9*len(c.kept.places) {
					t.Errorf("%d of %d articles' places taken, want at least nine tenths of the %d held", held, len(next.places), len(c.kept.places))
				}
			}
			had := 0
			for key := range next.stated {
				if _, ok := c.kept.stated[key]; ok {
					had++
				}
			}
			if 10*had < c.minVerdicts*len(next.stated) {
				t.Errorf("%d of %d claims' verdicts kept, want at least %d tenths", had, len(next.stated), c.minVerdicts)
			}
			had = 0
			for key := range next.events {
				if _, ok := c.kept.events[key]; ok {
					had++
				}
			}
			if 10*had < c.minVerdicts*len(next.events) {
				t.Errorf("%d of %d claims' event groups kept, want at least %d tenths", had, len(next.events), c.minVerdicts)
			}
			had = 0
			for key := range next.uncertain {
				if _, ok := c.kept.uncertain[key]; ok {
					had++
				}
			}
			if 10*had < c.minVerdicts*len(next.uncertain) {
				t.Errorf("%d of %d claims' confidence marks kept, want at least %d tenths", had, len(next.uncertain), c.minVerdicts)
			}
		})
	}
}

func TestKeptDecodeRefusesGarbage(t *testing.T) {
	k := &Kept{threshold: 0.18, clauseThreshold: 0.27, units: []keptUnit{{1, 0, 0, 7}, {2, 3, 1, 9}}, pairs: []keptPair{{a: 0, b: 1, sim: 0.5, took: merged{outcome: outcomeMerged, carA: 1}}}, assembly: []byte{4, 2},
		uncertain: map[uint64][]string{5: {"", noCorroboration}, 6: {wordedUnlike, "", noCorroboration}}}
	enc, _ := k.MarshalBinary()
	for n := range len(enc) {
		var d Kept
		if err := d.UnmarshalBinary(enc[:n]); err == nil {
			t.Errorf("%d of %d bytes decoded without error", n, len(enc))
		}
	}
	var d Kept
	if err := d.UnmarshalBinary(append(enc, 0)); err == nil {
		t.Error("a trailing byte decoded without error")
	}
}

// FuzzKeptDecode: any bytes decode to an error or to a Kept that encodes
// and decodes to itself, never a panic.
func FuzzKeptDecode(f *testing.F) {
	k := &Kept{threshold: 0.18, clauseThreshold: 0.27, units: []keptUnit{{1, 0, 0, 7}, {-2, 3, 2, 9}}, pairs: []keptPair{{a: 0, b: 1, sim: 0.5, took: merged{outcome: outcomeMerged, carA: 1}}}}
	enc, _ := k.MarshalBinary()
	f.Add(enc)
	f.Add([]byte(keptMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Kept
		if d.UnmarshalBinary(data) != nil {
			return
		}
		again, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var d2 Kept
		if err := d2.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded Kept does not decode: %v", err)
		}
		if diff := cmp.Diff(&d, &d2, cmp.AllowUnexported(Kept{}, keptUnit{}, keptPair{}, keptArticle{}, sketch{}, articleTerms{}, predicate{}, statedVerdict{}, merged{}, keptConflicts{}, keptValues{}, keptLink{}), cmpopts.EquateNaNs()); diff != "" {
			t.Fatalf("decode, encode, decode differs:\n%s", diff)
		}
	})
}
