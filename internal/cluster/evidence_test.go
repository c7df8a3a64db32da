package cluster

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestYearConflict checks which year mentions keep an article out of a
// story: an own year later than any the story knows, or a main year the
// story never mentions while the article mentions none of the story's
// agreed years. A year counts when it is named twice, or once in the title
// or the lead.
// Missing years on either side are no evidence.
func TestYearConflict(t *testing.T) {
	// Each story is given as its articles' texts.
	tests := []struct {
		name    string
		story   []string
		article string
		want    bool
	}{
		{"no years in the article", []string{"In 2008 it shook.", "In 2008 again."}, "It shook.", false},
		{"no years in the story", []string{"It shook.", "It shook again."}, "In 2013 it shook.", false},
		{"same year", []string{"In 2008 it shook.", "In 2008 again."}, "In 2008 it shook.", false},
		{"a later year than the story knows", []string{"In 2008 it shook.", "Since 2005."}, "In 2013 it shook.", true},
		{"a history naming a later year once", []string{"She posed in 1950.", "She quit in 1957."}, "She posed in 1950, all of 1950. " + afterLead + " She married in 1970.", false},
		{"a later year named once in the lead", []string{"She posed in 1950.", "She quit in 1957."}, "In 1970 she married.", true},
		{"an older year named once past the lead", []string{"In 2013 it shook.", "In 2013 again."}, "It shook. " + afterLead + " As in 2005.", false},
		{"a later year named twice", []string{"She posed in 1950.", "She quit in 1957."}, "In 1970 she married; 1970 was a good year, unlike 1950.", true},
		{"later but within the gap", []string{"In 2008 it shook.", "In 2008 again."}, "Trial set for 2010 over the 2008 quake.", false},
		{"an older main year the story never mentions", []string{"In 2013 it shook.", "In 2013 again."}, "In 2005 it shook, 2005 was bad.", true},
		{"an older year but also the agreed one", []string{"In 2013 it shook.", "In 2013 again."}, "In 2005 it shook, 2005 was bad, unlike 2013.", false},
		{"an older year the story mentions", []string{"In 2013 it shook, as in 2005.", "In 2013 again."}, "In 2005 it shook.", false},
	}
	got := make(map[string]bool)
	want := make(map[string]bool)
	for _, tt := range tests {
		c := New(DefaultConfig())
		s := c.open(1)
		for _, text := range tt.story {
			counts, years := termCounts(Doc{Text: text}, c.cfg)
			query, tf := c.vocab.docVector(c.vocab.lookup(counts), c.cfg.DocTerms, time.Time{})
			c.place(s, query, tf, c.vocab.yearsOf(years, c.cfg.YearMentions), s.first)
		}
		counts, years := termCounts(Doc{Text: tt.article}, c.cfg)
		c.vocab.docVector(c.vocab.lookup(counts), c.cfg.DocTerms, time.Time{})
		got[tt.name] = c.yearConflict(c.vocab.yearsOf(years, c.cfg.YearMentions), s)
		want[tt.name] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("year conflicts (-want +got):\n%s", diff)
	}
}

// afterLead pushes what follows it past an article's lead, where a year
// named once is a mention in passing.
var afterLead = strings.Repeat("and so on ", 25)

// TestStoriesYearConflict checks the same evidence between two stories.
func TestStoriesYearConflict(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"one without years", []string{"In 2008 it shook."}, []string{"It shook."}, false},
		{"years far apart", []string{"In 2008 it shook."}, []string{"In 2013 it shook."}, true},
		{"years close, agreed on different ones", []string{"In 2008 it shook."}, []string{"In 2007 it shook."}, true},
		{"years close, one mentions the other's", []string{"In 2008 it shook."}, []string{"In 2007 it shook, and in 2008."}, false},
	}
	got := make(map[string]bool)
	want := make(map[string]bool)
	for _, tt := range tests {
		c := New(DefaultConfig())
		stories := [2]*story{c.open(1), c.open(2)}
		for i, texts := range [2][]string{tt.a, tt.b} {
			for _, text := range texts {
				counts, years := termCounts(Doc{Text: text}, c.cfg)
				query, tf := c.vocab.docVector(c.vocab.lookup(counts), c.cfg.DocTerms, time.Time{})
				c.place(stories[i], query, tf, c.vocab.yearsOf(years, c.cfg.YearMentions), stories[i].first)
			}
		}
		got[tt.name] = c.storiesYearConflict(stories[0], stories[1])
		want[tt.name] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("story year conflicts (-want +got):\n%s", diff)
	}
}
