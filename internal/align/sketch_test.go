package align

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestSketchedUnitsAreUnits: units made from kept sketches (through their
// encoding) are the units made from the analyses, whether the sketches
// are the articles' own, another story's (other articles under the same
// ids: their sums differ, so they are not taken) or missing.
func TestSketchedUnitsAreUnits(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 40 ECB+ articles")
	}
	inputs := ecbInputs(t, 40)
	build := func(in []Input, sketches map[int64]keptArticle) ([]unit, map[int64]keptArticle) {
		docs := make([]nlp.Doc, len(in))
		indexes := make([]*nlp.Index, len(in))
		for i := range in {
			docs[i] = in[i].Doc
		}
		ents := nlp.LinkEntities(docs)
		for i := range docs {
			indexes[i] = nlp.NewIndex(&docs[i])
		}
		units, _, next, _ := buildUnits(in, docs, indexes, &ents, sketches, nil, newAnalysisSums(docs))
		return units, next
	}
	_, sk30 := build(inputs[:30], nil)
	var decoded Kept
	enc, err := (&Kept{articles: sk30}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := decoded.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	if len(decoded.articles) != 30 {
		t.Fatalf("%d articles' sketches decoded, want 30", len(decoded.articles))
	}
	// The same ids on other articles: 11-40 numbered 1-30.
	others := make([]Input, 30)
	for i := range others {
		others[i] = inputs[10+i]
		others[i].ArticleID = int64(i + 1)
	}
	opts := cmp.Options{cmp.AllowUnexported(unit{}, transfer{}, predicate{}, termWeight{}, keptArticle{}, sketch{}, articleTerms{})}
	for _, c := range []struct {
		name  string
		in    []Input
		taken int // articles whose kept sketches are taken
	}{
		{"ten join thirty", inputs, 30},
		{"other articles, same ids", others, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, wantSk := build(c.in, nil)
			got, gotSk := build(c.in, decoded.articles)
			if diff := cmp.Diff(want, got, opts); diff != "" {
				t.Fatalf("units from sketches differ (-without +with):\n%s", diff)
			}
			if diff := cmp.Diff(wantSk, gotSk, opts); diff != "" {
				t.Fatalf("sketches to keep differ (-without +with):\n%s", diff)
			}
			taken := 0
			for id, a := range gotSk {
				if k, ok := decoded.articles[id]; ok && len(a.units) > 0 && &a.units[0] == &k.units[0] {
					taken++
				}
			}
			if taken != c.taken {
				t.Errorf("%d articles took their kept sketches, want %d", taken, c.taken)
			}
		})
	}
}

// TestMarkByte: at an ASCII byte markByte leaves out, nlp.QuoteMarkAt
// finds no mark whatever follows it, so quoteSpans may skip it.
func TestMarkByte(t *testing.T) {
	for c := range byte(utf8.RuneSelf) {
		if markByte[c] {
			continue
		}
		for _, after := range []string{"", "x", "'", "\"", "’", "''"} {
			if n, _ := nlp.QuoteMarkAt(string(rune(c))+after, 0); n != 0 {
				t.Errorf("QuoteMarkAt finds a mark of %d bytes at %q, which markByte leaves out", n, c)
			}
		}
	}
	if !markByte['"'] {
		t.Error(`markByte leaves out '"'`)
	}
}

// TestAvgSimIsDotSum: avgSim's table lookups give, to the bit, the mean of
// dot over every two units of the groups.
func TestAvgSimIsDotSum(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 20 ECB+ articles")
	}
	inputs := ecbInputs(t, 20)
	docs := make([]nlp.Doc, len(inputs))
	indexes := make([]*nlp.Index, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	ents := nlp.LinkEntities(docs)
	for i := range docs {
		indexes[i] = nlp.NewIndex(&docs[i])
	}
	units, _, _, _ := buildUnits(inputs, docs, indexes, &ents, nil, nil, newAnalysisSums(docs))
	g := newGrouping(units)
	for k := 0; k+40 <= len(units); k += 37 {
		a, b := []int{k, k + 3, k + 11, k + 20}, []int{k + 1, k + 7, k + 30, k + 39, k + 5}
		var sum float64
		for _, x := range a {
			for _, y := range b {
				sum += dot(units[x].vec, units[y].vec)
			}
		}
		if want, got := settle(sum/float64(len(a)*len(b))), g.avgSim(a, b); want != got {
			t.Errorf("avgSim(%v, %v) = %v, the dot products give %v", a, b, got, want)
		}
	}
}

// TestIntroducedLines: a line that ends in a colon introduces the lines
// after it (a list's heading, a quotation's lead-in) and is no claim.
func TestIntroducedLines(t *testing.T) {
	text := "Officials say the confirmed death toll has risen to 67.\n\nPreviously announced victims of the harbour fire:\n\nJo Hart, 86, of Port Ardlow"
	d := nlp.Analyze(text, time.Time{})
	x := nlp.NewIndex(&d)
	for _, k := range sketchArticle(&d, x) {
		if got := d.Sentences[k.sentence].Text; strings.HasSuffix(got, ":") {
			t.Errorf("sketched a line that introduces others: %q", got)
		}
	}
}
