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
		// The file names start with the publisher, so the metadata's
		// publisher column can be checked against them.
		if !strings.HasPrefix(d.ID, d.Outlet+"_") {
			t.Errorf("%s: publisher %q", d.ID, d.Outlet)
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

func TestParsePolNeARMetaErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", "EOF"},
		{"no title column", "compartment\tfilename\tpublication_date\n", `no "title" column`},
		{"bad date", "compartment\tfilename\tpublication_date\ttitle\ntrain\ta\tyesterday\tT\n", "line 2"},
		{"short line", "compartment\tfilename\tpublication_date\ttitle\ntrain\ta\n", "line 2 has 2 fields"},
	} {
		_, err := parsePolNeARMeta(strings.NewReader(tc.in), "metadata.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "metadata.tsv") {
			t.Errorf("%s: error %v, want it to name the file and say %q", tc.name, err, tc.want)
		}
	}
}

func FuzzParsePolNeARMeta(f *testing.F) {
	f.Add("compartment\tfilename\tpublication_date\ttitle\ntrain\ta\t2016-01-02\tT\n")
	f.Add("compartment\tfilename\ttitle\n\"x\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		meta, err := parsePolNeARMeta(strings.NewReader(in), "metadata.tsv")
		if err == nil {
			for id, m := range meta {
				if m.published.IsZero() && id != "" {
					t.Errorf("%q parsed without a date", id)
				}
			}
		}
	})
}
