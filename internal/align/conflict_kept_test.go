package align

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/nlp"
)

// allowValue lets cmp read value's fields.
var allowValue = cmp.AllowUnexported(value{})

// TestValuesCodecIsRead: every ECB+ article's values, encoded and
// decoded, are the values articleValues reads (maps nil where they were
// nil), and value has the fields the codec was written for: a field
// added to value must be encoded (or be one the encoding reads back from
// the analysis) before this passes again.
func TestValuesCodecIsRead(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 60 ECB+ articles")
	}
	if n := reflect.TypeFor[value]().NumField(); n != 24 {
		t.Fatalf("value has %d fields, the codec was written for 24: encode the new one (encodeValues, decodeValues)", n)
	}
	inputs := ecbInputs(t, 60)
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	ents := nlp.LinkEntities(docs)
	kinds := map[string]int{}
	for i := range inputs {
		x := nlp.NewIndex(&docs[i])
		want := articleValues(x, i, inputs[i], &ents, time.Time{})
		data, ok := encodeValues(want, ents.Of[i], &ents)
		if !ok {
			t.Fatalf("article %d: values not encoded", i)
		}
		got, ok := decodeValues(nil, data, i, &docs[i], inputs[i], ents.Of[i])
		if !ok {
			t.Fatalf("article %d: values not decoded", i)
		}
		if diff := cmp.Diff(want, got, allowValue); diff != "" {
			t.Fatalf("article %d: decoded values differ (-read +decoded):\n%s", i, diff)
		}
		for _, v := range want {
			kinds[v.kind]++
		}
		if _, ok := decodeValues(nil, data[:len(data)-1], i, &docs[i], inputs[i], ents.Of[i]); ok && len(want) > 0 {
			t.Errorf("article %d: values cut short decoded", i)
		}
	}
	for _, k := range valueKinds {
		if kinds[k] == 0 {
			t.Errorf("no %s values among the articles: the codec of that kind is not tried", k)
		}
	}
}

// TestValuesKeptAreRead: an article's kept values are taken only while
// all they read is as it was. An undated article's main event is the
// last one stated before the story's date: a later article moves the
// date past its first date, and its number turns from the main event's
// to an earlier one's: the conflict of 40 and 45 workers is gone. Its
// values must be read again (with the story date left out of the sum,
// they are taken, the conflict stays and this fails). An article
// that joins first, with a name of its own, renumbers the story's
// entities: the others' values are taken, naming the entities by their
// numbers now (TestValuesKeptAreRenumbered).
func TestValuesKeptAreRead(t *testing.T) {
	undated := Input{ArticleID: 1, Outlet: "A",
		Text: "A fire broke out at the Ardlow chemical plant on 12 March 2024. Officials said 40 workers were hurt at the Ardlow chemical plant on 2 March 2024."}
	d1 := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	d2 := time.Date(2024, 3, 20, 9, 0, 0, 0, time.UTC)
	dated := Input{ArticleID: 2, Outlet: "B", Published: d1,
		Text: "Officials said 45 workers were hurt at the Ardlow chemical plant on 2 March 2024."}
	later := Input{ArticleID: 3, Outlet: "C", Published: d2,
		Text: "A fire broke out at the Ardlow chemical plant on 12 March 2024, officials said."}
	first := Input{ArticleID: 4, Outlet: "D", Published: d1,
		Text: "Governor Maria Kovalenko of Westland visited the Ardlow chemical plant on 4 March 2024."}
	all := []Input{undated, dated, later, first}
	for i := range all {
		all[i].Doc = nlp.Analyze(all[i].Text, all[i].Published)
	}
	undated, dated, later, first = all[0], all[1], all[2], all[3]

	// The undated article's values at the two story dates differ.
	docs := []nlp.Doc{undated.Doc}
	ents := nlp.LinkEntities(docs)
	x := nlp.NewIndex(&docs[0])
	if cmp.Equal(articleValues(x, 0, undated, &ents, d1), articleValues(x, 0, undated, &ents, d2), allowValue) {
		t.Fatal("the undated article's values do not move with the story's date: the test tells nothing")
	}

	before, kept := AlignKept([]Input{undated, dated}, Options{}, nil)
	if len(before.Conflicts) != 1 || len(Align([]Input{undated, dated, later}, Options{}).Conflicts) != 0 {
		t.Fatal("the later article does not take away the conflict of the two: the test tells nothing")
	}
	if kept == nil || kept.conflicts == nil || len(kept.conflicts.articles) != 2 {
		t.Fatal("the alignment kept no values")
	}
	for _, c := range []struct {
		name  string
		in    []Input
		taken []int64 // the articles whose values are the kept ones
	}{
		{"nothing moved", []Input{undated, dated}, []int64{1, 2}},
		{"a later article moves the story's date", []Input{undated, dated, later}, []int64{2}},
		{"an article with a new name joins first", []Input{first, undated, dated}, []int64{1, 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := Align(c.in, Options{})
			got, next := AlignKept(c.in, Options{}, kept)
			if diff := cmp.Diff(resultJSON(t, want), resultJSON(t, got)); diff != "" {
				t.Fatalf("alignment with Kept differs from the one without (-without +with):\n%s", diff)
			}
			var taken []int64
			for _, a := range next.conflicts.articles {
				for _, k := range kept.conflicts.articles {
					if a.article == k.article && a.sum == k.sum {
						taken = append(taken, a.article)
					}
				}
			}
			if diff := cmp.Diff(c.taken, taken); diff != "" {
				t.Errorf("articles whose values are the kept ones (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValuesKeptAreRenumbered: values taken from what an earlier
// alignment kept are the values read afresh, entity numbers included,
// when an article joins first and most of the story's entities are
// numbered anew: kept by their story entity numbers, or decoded to the
// wrong ones, they differ.
func TestValuesKeptAreRenumbered(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 40 ECB+ articles")
	}
	inputs := ecbInputs(t, 40)
	oldX, oldEnts := indexed(inputs[1:])
	m := &conflictMemo{}
	m.values(inputs[1:], oldX, oldEnts, time.Time{})
	x, ents := indexed(inputs)
	moved := 0
	for i := range inputs[1:] {
		for e, id := range oldEnts.Of[i] {
			if ents.Of[i+1][e] != id {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Fatal("no entity was renumbered: the test tells nothing")
	}
	next := &conflictMemo{old: m.next}
	got := next.values(inputs, x, ents, time.Time{})
	want := (*conflictMemo)(nil).values(inputs, x, ents, time.Time{})
	if diff := cmp.Diff(want, got, allowValue); diff != "" {
		t.Fatalf("values taken from Kept differ from those read (-read +kept):\n%s", diff)
	}
	taken := 0
	for _, a := range next.next.articles {
		for _, k := range m.next.articles {
			if a.article == k.article && a.sum == k.sum {
				taken++
			}
		}
	}
	if taken < 30 {
		t.Errorf("%d of %d articles' values taken, want at least 30 (%d entity numbers moved)", taken, len(inputs), moved)
	}
}

// conflictsOf is findConflicts of a story's inputs and the given claims,
// with memo (nil: nothing kept).
func conflictsOf(inputs []Input, claims []Claim, memo *conflictMemo) []Conflict {
	return conflictsWith(inputs, claims, memo, Options{})
}

func conflictsWith(inputs []Input, claims []Claim, memo *conflictMemo, opts Options) []Conflict {
	indexes, ents := indexed(inputs)
	return findConflicts(claims, inputs, indexes, ents, rootsOf(inputs), opts.withDefaults(), memo)
}

// indexed is what findConflicts reads of the inputs' analyses, as
// AlignKept makes it: each article's index and the story's entities.
func indexed(inputs []Input) ([]*nlp.Index, *nlp.StoryEntities) {
	docs := make([]nlp.Doc, len(inputs))
	for i := range inputs {
		docs[i] = inputs[i].Doc
	}
	ents := nlp.LinkEntities(docs)
	indexes := make([]*nlp.Index, len(docs))
	for i := range docs {
		indexes[i] = nlp.NewIndex(&docs[i])
	}
	return indexes, &ents
}

// TestLinksKeptAreMade: the slots made with the links kept from an
// earlier story are those made afresh when an article joins a story of
// 79 ECB+ articles, most links being the kept ones; and the kept links
// are what the slots are made of: kept with another score, the conflicts
// differ.
func TestLinksKeptAreMade(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns 80 ECB+ articles")
	}
	inputs := ecbInputs(t, 80)
	before, after := inputs[:79], inputs
	m := &conflictMemo{}
	conflictsOf(before, Align(before, Options{}).Claims, m)
	if !m.next.linked || len(m.next.links) == 0 {
		t.Fatal("no links kept")
	}
	claims := Align(after, Options{}).Claims
	want := conflictsOf(after, claims, nil)
	if len(want) == 0 {
		t.Fatal("no conflicts: the test tells nothing")
	}
	next := &conflictMemo{old: m.next}
	got := conflictsOf(after, claims, next)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("conflicts with the kept links differ from those made afresh (-afresh +kept):\n%s", diff)
	}
	if 2*next.linksTaken < len(m.next.links) {
		t.Errorf("%d of %d kept links taken, want at least half", next.linksTaken, len(m.next.links))
	}
	wrong := *m.next
	wrong.links = append([]keptLink(nil), m.next.links...)
	for i := range wrong.links {
		wrong.links[i].score = 1 / (1 + wrong.links[i].score)
	}
	if cmp.Equal(want, conflictsOf(after, claims, &conflictMemo{old: &wrong})) {
		t.Error("links kept with other scores make the same conflicts: the kept links are not taken")
	}
}

// TestLinksKeptAreRead: a kept link is taken only while both its values'
// articles have the originals they had and their sentences' claims are
// as they were. Two outlets give 40 and 45 workers in one claim; when the
// second becomes a copy of the first, the two are no longer linked (a
// copy does not contradict its original) and the conflict goes; when the
// claim is taken apart, the two places of its sentences are no longer
// compared (seen with the words only: the judge of a slot asks for a
// shared claim again). With the original or the claim left out of what
// the links' reuse reads, the kept link is taken and the conflict stays.
func TestLinksKeptAreRead(t *testing.T) {
	day := time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)
	inputs := []Input{
		{ArticleID: 1, Outlet: "A", Published: day, Text: "Officials said 40 workers were hurt at the Ardlow chemical plant on 2 March 2024. " +
			"A fire at a chemical plant in Port Ardlow hurt workers on Monday, officials said."},
		{ArticleID: 2, Outlet: "B", Published: day, Text: "Officials said 45 workers were hurt at the Ardlow chemical plant on 2 March 2024. " +
			"A fire at a chemical plant in Kestrel Bay hurt workers on Monday, officials said."},
	}
	for i := range inputs {
		inputs[i].Doc = nlp.Analyze(inputs[i].Text, inputs[i].Published)
	}
	claims := Align(inputs, Options{}).Claims
	words := Options{WordsOnly: true}
	m := &conflictMemo{}
	had := conflictsWith(inputs, claims, m, words)
	kinds := map[string]bool{}
	for _, c := range had {
		kinds[c.Kind] = true
	}
	if !kinds[ConflictNumber] || !kinds[ConflictPlace] {
		t.Fatalf("conflicts %v, want a number's and a place's: the test tells nothing", kinds)
	}
	copied := append([]Input(nil), inputs...)
	copied[1].DuplicateOf = 1
	// The claim of the two sentences, taken apart.
	var apart []Claim
	for _, c := range claims {
		if len(c.Sentences) < 2 {
			apart = append(apart, c)
			continue
		}
		for _, r := range c.Sentences {
			one := c
			one.Sentences = []Ref{r}
			apart = append(apart, one)
		}
	}
	for _, c := range []struct {
		name   string
		in     []Input
		claims []Claim
		gone   string // the kind of conflict that goes
	}{
		{"one becomes a copy", copied, claims, ConflictNumber},
		{"the claim is taken apart", inputs, apart, ConflictPlace},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := conflictsWith(c.in, c.claims, nil, words)
			for _, w := range want {
				if w.Kind == c.gone {
					t.Fatalf("the %s conflict stays: the test tells nothing", c.gone)
				}
			}
			next := &conflictMemo{old: m.next}
			got := conflictsWith(c.in, c.claims, next, words)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("conflicts with the kept links differ from those made afresh (-afresh +kept):\n%s", diff)
			}
		})
	}
}
