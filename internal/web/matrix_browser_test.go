package web

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crosscheck/internal/brief"
)

// uncertainOutlets lists the outlets that may also report each fact of
// b: fact ID → outlet → why (the first reason given).
func uncertainOutlets(b brief.Briefing) map[string]map[string]string {
	uncertain := map[string]map[string]string{}
	for _, fs := range [][]brief.Fact{b.Agreed, b.Partial, b.Single} {
		for _, f := range fs {
			for _, m := range f.MayAlso {
				if uncertain[f.ID] == nil {
					uncertain[f.ID] = map[string]string{}
				}
				if _, ok := uncertain[f.ID][m.Outlet]; !ok {
					uncertain[f.ID][m.Outlet] = m.Reason
				}
			}
		}
	}
	return uncertain
}

// checkMayAlso checks that each outlet that may also report a fact has
// the may-also mark in the page's matrix, with why as its title.
func checkMayAlso(t *testing.T, rows, titles map[string]map[string]string, uncertain map[string]map[string]string) {
	t.Helper()
	for fact, outlets := range uncertain {
		for o, why := range outlets {
			if got := rows[fact][o]; got != "may_also" {
				t.Errorf("%s: %s may also report it, its cell is %q, want may_also", fact, o, got)
			}
			if got, want := titles[fact][o], "may also report it: "+why; got != want {
				t.Errorf("%s: %s's cell title %q, want %q", fact, o, got, want)
			}
		}
	}
}

// checkOddOneOut checks the page's matrix against b's conflicts: an
// outlet is odd on a fact when, in a conflict on it, fewer outlets give
// its value than give another; one giving the value most outlets give
// reports the fact. An outlet that may also report the fact counts on
// no side. It returns how many odd ones out it checked.
func checkOddOneOut(t *testing.T, rows map[string]map[string]string, b brief.Briefing, uncertain map[string]map[string]string) int {
	t.Helper()
	odd := map[string]map[string]bool{}
	majority := map[string][]string{}
	for _, c := range b.Conflicts {
		var variants []brief.Variant
		for _, v := range c.Variants {
			v.Outlets = slices.DeleteFunc(slices.Clone(v.Outlets), func(o string) bool { _, ok := uncertain[c.Fact][o]; return ok })
			if len(v.Outlets) > 0 {
				variants = append(variants, v)
			}
		}
		if len(variants) < 2 {
			continue
		}
		most, tied := 0, 0
		for _, v := range variants {
			switch n := len(v.Outlets); {
			case n > most:
				most, tied = n, 1
			case n == most:
				tied++
			}
		}
		for _, v := range variants {
			switch {
			case len(v.Outlets) < most:
				if odd[c.Fact] == nil {
					odd[c.Fact] = map[string]bool{}
				}
				for _, o := range v.Outlets {
					odd[c.Fact][o] = true
				}
			case tied == 1:
				majority[c.Fact] = append(majority[c.Fact], v.Outlets...)
			}
		}
	}
	n := 0
	for fact, outlets := range odd {
		for o := range outlets {
			n++
			if got := rows[fact][o]; got != "differs" {
				t.Errorf("%s: %s gives a minority value, its cell is %q, want differs", fact, o, got)
			}
		}
		for _, o := range majority[fact] {
			if got := rows[fact][o]; !outlets[o] && got != "reports" {
				t.Errorf("%s: %s gives the majority's value, its cell is %q, want reports", fact, o, got)
			}
		}
	}
	return n
}

// ferryStory is a story where one outlet, credited with confidence,
// gives another death toll than two others: a sure odd one out.
func ferryStory() []testArticle {
	day := time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC)
	return []testArticle{
		{site: "Alpha", title: "Ferry fire on Lake Como", published: day, story: 1,
			body: "The ferry fire on Lake Como killed 12 people on Wednesday, the coast guard said.\n\nThe ferry was carrying tourists to Bellagio."},
		{site: "Beta", title: "Lake Como ferry fire", published: day, story: 1,
			body: "A fire on a Lake Como ferry killed 12 people on Wednesday, according to the coast guard.\n\nDivers searched the lake until dark."},
		{site: "Gamma", title: "Deadly fire on a Como ferry", published: day, story: 1,
			body: "On Wednesday 12 people were killed in the ferry fire on Lake Como, the coast guard said.\n\nThe ferry company has suspended its service."},
		{site: "Delta", title: "Como mourns ferry victims", published: day, story: 1,
			body: "The coast guard said the ferry fire on Lake Como killed 15 people on Wednesday.\n\nThe mayor of Como declared a day of mourning."},
	}
}

// The odd one out issue 15 asked for is still marked when the outlets
// giving the values are credited with confidence.
func TestBrowserMatrixSureOddOneOut(t *testing.T) {
	st := openStore(t)
	addArticles(t, st, ferryStory())
	srv, _ := newTestServerOn(t, st, Options{})
	story, b := largestStory(t, srv.URL)
	ctx := newBrowser(t)
	var rows, titles map[string]map[string]string
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(fmt.Sprintf("%s/stories/%d", srv.URL, story.ID)),
		chromedp.WaitVisible(`table.matrix`, chromedp.ByQuery),
		chromedp.Evaluate(matrixCells, &rows),
		chromedp.Evaluate(mayAlsoTitles, &titles),
	)
	if err != nil {
		t.Fatal(err)
	}
	uncertain := uncertainOutlets(b)
	checkMayAlso(t, rows, titles, uncertain)
	if n := checkOddOneOut(t, rows, b, uncertain); n == 0 {
		t.Fatalf("the story has no sure odd one out; the test checks nothing: conflicts %+v", b.Conflicts)
	}
}

// mayAlsoTitles reads the titles of the story page's may-also cells:
// fact ID → outlet → title.
const mayAlsoTitles = `(() => {
  const outlets = [...document.querySelectorAll('table.matrix thead th.outlet')].map(th => th.textContent.trim());
  const rows = {};
  for (const tr of document.querySelectorAll('table.matrix tbody tr')) {
    const cells = {};
    [...tr.querySelectorAll('td.cell')].forEach((td, i) => {
      if (td.classList.contains('may_also')) cells[outlets[i]] = td.title;
    });
    rows[tr.querySelector('.fid').textContent.trim()] = cells;
  }
  return rows;
})()`
