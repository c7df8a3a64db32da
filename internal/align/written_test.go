package align

import (
	"testing"
	"time"

	"crosscheck/internal/nlp"
)

// TestWrittenBefore: an outlet whose article was published before the day
// the fact dates its happening does not state it as done.
func TestWrittenBefore(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 6, d, 12, 0, 0, 0, time.UTC) }
	fact := "Clinton clinched the Democratic nomination on Monday night, when superdelegates pushed her past the threshold needed to secure the nomination."
	tests := []struct {
		name, sentence   string
		factDay, sentDay time.Time
		want             bool
	}{
		{"a preview written before the day", "Clinton is 71 delegates short of the threshold needed to clinch the nomination, and superdelegates may push her past it.", day(8), day(3), false},
		{"the same sentence written after the day", "Clinton is 71 delegates short of the threshold needed to clinch the nomination, and superdelegates may push her past it.", day(8), day(7), true},
		{"written before, telling the happening as done: the time dates something else", "Clinton clinched the Democratic nomination when superdelegates pushed her past the threshold.", day(8), day(3), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs := []Input{{ArticleID: 1, Outlet: "A", Text: fact, Published: tt.factDay}, {ArticleID: 2, Outlet: "B", Text: tt.sentence, Published: tt.sentDay}}
			docs := []nlp.Doc{nlp.Analyze(fact, tt.factDay), nlp.Analyze(tt.sentence, tt.sentDay)}
			ents := nlp.LinkEntities(docs)
			indexes := []*nlp.Index{nlp.NewIndex(&docs[0]), nlp.NewIndex(&docs[1])}
			units, _, _, _ := buildUnits(inputs, docs, indexes, &ents, nil, nil, newAnalysisSums(docs))
			text := func(u int) string {
				sp := units[u].clause.Span
				return docs[units[u].input].Text[sp.Start:sp.End]
			}
			k := newStatedCheck(units, nil, &ents, docs, indexes, text)
			k.published = []time.Time{tt.factDay, tt.sentDay}
			r, s := -1, -1
			for i, u := range units {
				if u.parent >= 0 {
					continue
				}
				if u.input == 0 && r < 0 {
					r = i
				}
				if u.input == 1 && s < 0 {
					s = i
				}
			}
			if got := k.statesCore(member{unit: s}, member{unit: r}); got != tt.want {
				t.Errorf("statesCore = %v, want %v (fact mains %v, sentence mains %v)", got, tt.want, k.mainPredicates(r), k.mainPredicates(s))
			}
		})
	}
}
