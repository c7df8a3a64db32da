package nlp

import (
	"testing"
	"time"
)

func TestGenericTimes(t *testing.T) {
	ref := time.Date(2013, 9, 16, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		text, expr string
		generic    bool
	}{
		{"The climbing season generally starts about late October.", "late October", true},
		{"The market is usually held in March.", "in March", true},
		{"The paper comes out every Monday.", "Monday", true},
		{"Being a young man in Greece today is a crime.", "today", true},
		{"The quake struck today at a depth of ten miles.", "today", false},
		{"Today, most of the climbers were rescued.", "Today", false},
		{"The climbers usually set out in March 2009.", "March 2009", false},
		{"The season started in late October.", "late October", false},
		{"Each of the victims died on Monday.", "on Monday", false},
	}
	for _, tc := range cases {
		d := &Doc{Text: tc.text, Sentences: SplitSentences(tc.text)}
		found := false
		for _, e := range FindTimes(d, ref) {
			if e.Text != tc.expr {
				continue
			}
			found = true
			if got := e.Unresolved == UnresolvedGeneric; got != tc.generic {
				t.Errorf("%q: %q generic = %v, want %v (%+v)", tc.text, tc.expr, got, tc.generic, e)
			}
			if tc.generic && (e.Resolved || e.Weekday != 0) {
				t.Errorf("%q: a generic %q keeps a value: %+v", tc.text, tc.expr, e)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tc.text, tc.expr)
		}
	}
}
