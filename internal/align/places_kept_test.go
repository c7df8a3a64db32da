package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// TestPlacedUnitsAreUnits: units made with the places held from an
// earlier alignment (places_kept.go) are the units made without, while
// articles join before and after those held, so that the story's
// entities are numbered anew (the places hold the articles' own entities,
// which the story names at every alignment), while other articles come
// under the held ids (their analyses differ: nothing is taken), and
// while the held articles resolve their times against another day
// (their sketches are the same, their times not). A Kept that held the
// story's entity numbers, or took places by id alone, fails here.
func TestPlacedUnitsAreUnits(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 40 ECB+ articles")
	}
	inputs := ecbInputs(t, 40)
	build := func(in []Input, held map[int64]*articlePlaces) ([]unit, map[int64]*articlePlaces, *nlp.StoryEntities) {
		docs := make([]nlp.Doc, len(in))
		indexes := make([]*nlp.Index, len(in))
		for i := range in {
			docs[i] = in[i].Doc
		}
		ents := nlp.LinkEntities(docs)
		for i := range docs {
			indexes[i] = nlp.NewIndex(&docs[i])
		}
		units, _, _, places := buildUnits(in, docs, indexes, &ents, nil, held, newAnalysisSums(docs))
		return units, places, &ents
	}
	_, held, heldEnts := build(inputs[10:30], nil)
	wheres := 0
	for _, p := range held {
		for _, u := range p.units {
			wheres += len(u.wheres)
		}
	}
	if wheres == 0 {
		t.Fatal("no unit of the held articles places what it states: the test tells nothing")
	}
	others := make([]Input, 20)
	for i := range others {
		others[i] = inputs[i]
		others[i].ArticleID = inputs[10+i].ArticleID
	}
	// The held articles told three years later: their sketches are the
	// same (the spans of their times are), the times they resolve not.
	redated := make([]Input, 20)
	same := 0
	for i := range redated {
		in := inputs[10+i]
		in.Published = in.Published.AddDate(3, 0, 0)
		in.Doc = nlp.Analyze(in.Text, in.Published)
		redated[i] = in
		if analysisSum(&in.Doc) == analysisSum(&inputs[10+i].Doc) {
			same++
		}
	}
	if same == 20 {
		t.Fatal("no held article resolves its times anew three years later: the test tells nothing")
	}
	opts := cmp.Options{cmp.AllowUnexported(unit{}, transfer{}, predicate{}, termWeight{})}
	for _, c := range []struct {
		name  string
		in    []Input
		taken int // articles whose held places are taken
	}{
		{"ten join before twenty, ten after", inputs, 20},
		{"other articles, same ids", others, 0},
		{"the twenty told three years later", redated, same},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, wantPlaces, _ := build(c.in, nil)
			got, gotPlaces, ents := build(c.in, held)
			if diff := cmp.Diff(want, got, opts); diff != "" {
				t.Fatalf("units from held places differ (-without +with):\n%s", diff)
			}
			if diff := cmp.Diff(wantPlaces, gotPlaces, cmp.AllowUnexported(articlePlaces{}, unitPlaces{}, transferSite{})); diff != "" {
				t.Fatalf("places to hold differ (-without +with):\n%s", diff)
			}
			taken := 0
			for id, p := range gotPlaces {
				if held[id] == p {
					taken++
				}
			}
			if taken != c.taken {
				t.Errorf("%d articles took their held places, want %d", taken, c.taken)
			}
			// Held article k of inputs[10:30] is article 10+k here.
			moved := false
			for k := range 20 {
				for e := range heldEnts.Of[k] {
					if c.taken > 0 && heldEnts.Lookup(k, e) != ents.Lookup(10+k, e) {
						moved = true
					}
				}
			}
			if c.taken > 0 && !moved {
				t.Errorf("the held articles' entities are numbered as when held: the test tells nothing")
			}
		})
	}
}
