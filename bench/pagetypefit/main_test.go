package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFitSeparates: on pages where one input tells the classes apart and
// another is noise, the fit weighs the first and ranks every page right.
func TestFitSeparates(t *testing.T) {
	var rows []row
	for i := range 40 {
		y := float64(i % 2)
		rows = append(rows, row{site: string(rune('a' + i%7)), y: y, x: []float64{y*2 + float64(i%5)/10, float64(i % 3)}})
	}
	m := fit(rows, 1)
	if m.Weights[0] <= 0 || m.Weights[0] < 4*abs(m.Weights[1]) {
		t.Errorf("weights %v: want the first input to carry the fit", m.Weights)
	}
	for _, r := range rows {
		if p := m.prob(r.x); (p >= 0.5) != (r.y == 1) {
			t.Errorf("page %v (class %v) got %.2f", r.x, r.y, p)
		}
	}
}

func abs(x float64) float64 { return max(x, -x) }

// TestRead: the shapes file's labels to leave out are left out, and a
// short line is an error naming it.
func TestRead(t *testing.T) {
	in := "site\tpage\tlabel\tnot_article\trules_skip\ta\tb\n" +
		"s1\tp1\tarticle\t0\t0\t1\t2\n" +
		"s2\tp2\terror\t1\t1\t3\t4\n" +
		"s3\tp3\tindex\t1\t0\t5\t6\n"
	names, rows, err := read(strings.NewReader(in), map[string]bool{"error": true})
	if err != nil {
		t.Fatal(err)
	}
	type flat struct {
		Site string
		Y    float64
		Skip bool
		X    []float64
	}
	var got []flat
	for _, r := range rows {
		got = append(got, flat{r.site, r.y, r.rulesSkip, r.x})
	}
	want := []flat{{"s1", 0, false, []float64{1, 2}}, {"s3", 1, false, []float64{5, 6}}}
	if diff := cmp.Diff(want, got); diff != "" || !cmp.Equal(names, []string{"a", "b"}) {
		t.Errorf("names %v, rows (-want +got):\n%s", names, diff)
	}
	if _, _, err := read(strings.NewReader(in+"s4\tp4\n"), nil); err == nil || !strings.Contains(err.Error(), "line 5") {
		t.Errorf("short line: got error %v, want one naming line 5", err)
	}
}

// TestFoldBySite: every page of a site is in the same fold.
func TestFoldBySite(t *testing.T) {
	for _, site := range []string{"example.com", "hand/x.html", "readability/nytimes"} {
		if a, b := fold(site, 5), fold(site, 5); a != b || a < 0 || a >= 5 {
			t.Errorf("fold(%q) = %d, %d", site, a, b)
		}
	}
}

// FuzzRead: any input is read or refused with an error, never a panic.
func FuzzRead(f *testing.F) {
	f.Add("site\tpage\tlabel\tnot_article\trules_skip\ta\ns\tp\tarticle\t0\t0\t1\n")
	f.Add("site\tpage\tlabel\tnot_article\trules_skip\ta\ns\tp\n")
	f.Fuzz(func(t *testing.T, in string) {
		read(strings.NewReader(in), nil) //nolint:errcheck // only panics are looked for
	})
}
