package eval

import (
	"strings"
	"testing"
)

func TestReadEventsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "no articles"},
		{"bad json", `{"id":`, "line 1"},
		{"no event", `{"id":"a","text":"x"}`, `line 1 (id "a"): no "event"`},
		{"no text", "\n" + `{"id":"a","event":"e"}`, `line 2 (id "a"): no "text"`},
		{"bad date", `{"id":"a","text":"x","event":"e","published":"yesterday"}`, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEvents(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadEvents error = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestReadEvents(t *testing.T) {
	in := `{"id":"a","text":"x","event":"e1","topic":"t","published":"2024-01-02T03:04:05Z"}

{"id":"b","title":"T","text":"y","event":"e2"}
`
	docs, err := ReadEvents(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Topic != "t" || docs[0].Published.Year() != 2024 || docs[1].Title != "T" || !docs[1].Published.IsZero() {
		t.Errorf("ReadEvents = %+v", docs)
	}
}

func FuzzReadEvents(f *testing.F) {
	f.Add(`{"id":"a","text":"x","event":"e"}`)
	f.Add(`{"id":"a","text":"x","event":"e","published":"2024-01-02T03:04:05Z"}` + "\n\n{")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadEvents(strings.NewReader(in))
		if err == nil && len(docs) == 0 {
			t.Error("no error and no articles")
		}
	})
}
