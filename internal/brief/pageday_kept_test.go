package brief

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// TestPageDaysKeptAreRead: a build holding the page days of its story's
// last build (Words.pageDays) makes the briefing a fresh build makes,
// and keeps what a fresh build keeps, while under the same ids a
// caption leaves the text, an update stamp moves, a dropped date line
// goes, the captioned page comes with the story's day as its date (the
// day it counted from undated), a later caption comes to a dated page,
// and an earlier article
// moves the story's day the undated pages count from. It fails when a
// page day is taken by article id alone, or without any one of what it
// was read from.
func TestPageDaysKeptAreRead(t *testing.T) {
	dated := time.Date(2014, 12, 18, 9, 0, 0, 0, time.UTC)
	const narration = "\nWASHINGTON (AP) -- After a half-century of Cold War acrimony, the United States and Cuba moved on Wednesday to restore diplomatic relations."
	first := article.Article{ID: 1, Site: "Dated", Published: dated, Text: "The embargo remains in place, officials said today."}
	caption := article.Article{ID: 2, Site: "Caption", Text: "Alan Gross, waves as he and his wife Judy leave following his statement at his lawyer's office in Washington, Wednesday, Dec. 17, 2014. Gross was released from Cuba after 5 years in a Cuban prison." + narration}
	uncaptioned := caption
	uncaptioned.Text = "Gross was released from Cuba after 5 years in a Cuban prison." + narration
	stamped := article.Article{ID: 4, Site: "Stamped", Modified: time.Date(2014, 12, 17, 21, 29, 0, 0, time.UTC), Text: "Havana and Washington agreed late Wednesday to end half a century of enmity."}
	restamped := stamped
	restamped.Modified = time.Date(2014, 12, 10, 8, 0, 0, 0, time.UTC)
	lined := article.Article{ID: 5, Site: "Captioned", DateLines: []string{"Alan Gross waves in Washington, Wednesday, Dec. 17, 2014. (AP Photo/Pablo Martinez Monsivais)"}, Text: "President Obama spoke on Wednesday of a new course with Cuba."}
	unlined := lined
	unlined.DateLines = nil
	captionDated := caption
	captionDated.Published = dated
	later := first
	later.DateLines = []string{"Cuban Americans rally in Miami on Dec. 19, 2014 against the deal."}
	earlier := article.Article{ID: 6, Site: "Early", Published: dated.AddDate(0, 0, -9), Text: "Talks between the two governments were said to be at an end."}

	ctx := context.Background()
	words := new(Words)
	for _, c := range []struct {
		name string
		arts []article.Article
	}{
		{"four", []article.Article{first, caption, stamped, lined}},
		{"the caption leaves the text", []article.Article{first, uncaptioned, stamped, lined}},
		{"it comes back, the stamp moves", []article.Article{first, caption, restamped, lined}},
		{"the date line goes", []article.Article{first, caption, stamped, unlined}},
		{"the caption's page dated the story's day", []article.Article{first, captionDated, stamped, lined}},
		{"a later caption beside the dated page", []article.Article{later, caption, stamped, lined}},
		{"an earlier article moves the story's day", []article.Article{later, caption, stamped, lined, earlier}},
		{"four again", []article.Article{first, caption, stamped, lined}},
	} {
		fresh := buildKeptAndAfresh(ctx, t, c.name, "page days", c.arts, nil, words)
		if diff := cmp.Diff(fresh.pageDays, words.pageDays, cmp.AllowUnexported(pageDayRead{})); diff != "" {
			t.Fatalf("%s: page days kept (-read again +kept):\n%s", c.name, diff)
		}
		if len(words.pageDays) != len(c.arts) || words.pageDayBytes != fresh.pageDayBytes || words.Bytes() < words.pageDayBytes {
			t.Fatalf("%s: %d page days kept in %d bytes, want %d in %d", c.name, len(words.pageDays), words.pageDayBytes, len(c.arts), fresh.pageDayBytes)
		}
	}
}

// TestPageDaysKeptAreTaken: a build takes the page days its story's last
// build kept instead of reading the pages again. A day kept wrong on
// purpose (the stamped page said to be of Dec. 16) shows on the
// timeline; a build that read every page afresh fails here.
func TestPageDaysKeptAreTaken(t *testing.T) {
	arts := []article.Article{
		{ID: 1, Site: "Dated", Published: time.Date(2014, 12, 18, 9, 0, 0, 0, time.UTC), Text: "The embargo remains in place, officials said."},
		{ID: 4, Site: "Stamped", Modified: time.Date(2014, 12, 17, 21, 29, 0, 0, time.UTC), Text: "Havana and Washington agreed late Wednesday to end half a century of enmity."},
	}
	ctx := context.Background()
	words := new(Words)
	if _, _, err := BuildKept(ctx, Story{}, arts, nil, nil, nil, words); err != nil {
		t.Fatal(err)
	}
	pd, ok := words.pageDays[4]
	if !ok || !pd.ok {
		t.Fatalf("page day of the stamped page kept as %+v (%v), want one", pd, ok)
	}
	pd.day = pd.day.AddDate(0, 0, -1)
	words.pageDays[4] = pd
	b, _, err := BuildKept(ctx, Story{}, arts, nil, nil, nil, words)
	if err != nil {
		t.Fatal(err)
	}
	var when []string
	for _, e := range b.Timeline {
		when = append(when, e.Refs[0].Outlet+" "+e.Expression+" "+e.When())
	}
	if diff := cmp.Diff([]string{"Stamped late Wednesday 2014-12-10"}, when); diff != "" {
		t.Errorf("timeline with the stamped page's day kept as Dec. 16 (-want +got):\n%s", diff)
	}
}
