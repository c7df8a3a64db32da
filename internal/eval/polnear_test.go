package eval

import (
	"strings"
	"testing"

	"crosscheck/internal/sharedtest"
)

func TestFillPolNeAR(t *testing.T) {
	dir := sharedtest.Path(t, "data", "attribution", "polnear")
	docs, err := LoadEventLabels("../../testdata/stories/polnear-stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if err := FillPolNeAR(docs, dir); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 354 {
		t.Errorf("got %d articles, want 354", len(docs))
	}
	for _, d := range docs {
		if d.Title == "" || d.Text == "" || d.Published.IsZero() {
			t.Fatalf("%s: title %q, %d bytes of text, published %v", d.ID, d.Title, len(d.Text), d.Published)
		}
		if got := d.Published.Format("2006-01"); got != d.Topic {
			t.Errorf("%s: published in %s, labelled with month %s", d.ID, got, d.Topic)
		}
		if strings.HasPrefix(d.Text, d.Title) {
			t.Errorf("%s: the text still starts with its title", d.ID)
		}
	}

	bad := []EventDoc{{ID: "no_such_article", Event: "e"}}
	if err := FillPolNeAR(bad, dir); err == nil || !strings.Contains(err.Error(), "no_such_article") {
		t.Errorf("FillPolNeAR with an unknown id: error %v, want it to name the id", err)
	}
}

func TestLoadEventLabelsNeedsNoText(t *testing.T) {
	if _, err := readEvents(strings.NewReader(`{"id":"a","event":"e"}`), false); err != nil {
		t.Errorf("a line without text: %v", err)
	}
	if _, err := readEvents(strings.NewReader(`{"id":"a","text":"t"}`), false); err == nil {
		t.Error("a line without an event was accepted")
	}
}
