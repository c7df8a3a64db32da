package brief

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// TestTimelinePageDay: an article of unknown date whose own text gives
// its day (round 21's us-cuba-thaw 03: an agency caption with the full
// date and its weekday, the narration's "on Wednesday") counts its
// relative days from that day, as does one whose update stamp the
// extractor kept out of the text gives it (article.Modified, round 18's
// iphone-x-launch 01), as does one whose caption the extractor dropped
// (article.DateLines); one whose text gives none stays undated.
func TestTimelinePageDay(t *testing.T) {
	dated := time.Date(2014, 12, 18, 9, 0, 0, 0, time.UTC)
	arts := []article.Article{
		{ID: 1, Site: "Dated", Published: dated, Text: "The embargo remains in place, officials said."},
		{ID: 2, Site: "Caption", Text: "Alan Gross, waves as he and his wife Judy leave following his statement at his lawyer's office in Washington, Wednesday, Dec. 17, 2014. Gross was released from Cuba after 5 years in a Cuban prison.\nWASHINGTON (AP) -- After a half-century of Cold War acrimony, the United States and Cuba moved on Wednesday to restore diplomatic relations."},
		{ID: 3, Site: "Bare", Text: "Cuba moved on Wednesday to restore diplomatic relations with its neighbour."},
		{ID: 4, Site: "Stamped", Modified: time.Date(2014, 12, 17, 21, 29, 0, 0, time.UTC), Text: "Havana and Washington agreed late Wednesday to end half a century of enmity."},
		{ID: 5, Site: "Captioned", DateLines: []string{"Alan Gross waves in Washington, Wednesday, Dec. 17, 2014. (AP Photo/Pablo Martinez Monsivais)"}, Text: "President Obama spoke on Wednesday of a new course with Cuba."},
	}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	type event struct {
		Outlet, Expression, When string
	}
	var got []event
	for _, e := range b.Timeline {
		got = append(got, event{e.Refs[0].Outlet, e.Expression, e.When()})
	}
	want := []event{
		{"Caption", "Wednesday, Dec. 17, 2014", "2014-12-17"},
		{"Caption", "on Wednesday", "2014-12-17"},
		{"Stamped", "late Wednesday", "2014-12-17"},
		{"Captioned", "on Wednesday", "2014-12-17"},
		{"Bare", "on Wednesday", "undated (the article's publication date is not known)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
}

// TestTimelineLaterPageDay: a dated article whose caption, kept out of
// its text, shows a later day (round 25's norway-attacks 03: given 22
// July by its address, people laying flowers "on July 23, 2011", "The
// Oslo blast yesterday") counts its "today" and "yesterday" from that
// day; one that writes no later day counts from its date.
func TestTimelineLaterPageDay(t *testing.T) {
	given := time.Date(2011, 7, 22, 0, 0, 0, 0, time.UTC)
	const text = "A man was arrested in the attacks, police said in the capital today. The blast yesterday shattered windows at the ministry."
	arts := []article.Article{
		{ID: 1, Site: "Updated", Published: given, DateLines: []string{"Mourners lay flowers in the city centre on July 23, 2011 to remember the victims."}, Text: text},
		{ID: 2, Site: "Given", Published: given, Text: "A man was arrested in the attacks, police said in the capital today."},
	}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	type event struct {
		Outlet, Expression, When string
	}
	var got []event
	for _, e := range b.Timeline {
		for _, r := range e.Refs {
			got = append(got, event{r.Outlet, e.Expression, e.When()})
		}
	}
	want := []event{
		{"Updated", "yesterday", "2011-07-22"},
		{"Given", "today", "2011-07-22"},
		{"Updated", "today", "2011-07-23"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
}
