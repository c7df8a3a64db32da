package demo

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html/charset"

	"crosscheck/internal/source"
)

// pageText is a page's text as a reader sees it: HTML decoded from the
// charset it declares, text dumps as UTF-8.
func pageText(t *testing.T, p source.Page) string {
	t.Helper()
	if p.Kind != source.KindHTML {
		if !utf8.Valid(p.Data) {
			t.Fatalf("%s: text dump is not UTF-8", p.Origin)
		}
		return string(p.Data)
	}
	enc, name, _ := charset.DetermineEncoding(p.Data, "text/html")
	out, err := enc.NewDecoder().Bytes(p.Data)
	if err != nil {
		t.Fatalf("%s: decoding as %s: %v", p.Origin, name, err)
	}
	return string(out)
}

func TestPagesAreReadable(t *testing.T) {
	var got []string
	for p, err := range Pages() {
		if err != nil {
			t.Fatal(err)
		}
		want := source.KindText
		if strings.Contains(p.Origin, ".html") {
			want = source.KindHTML
		}
		if p.Kind != want {
			t.Errorf("%s: kind %s, want %s", p.Origin, p.Kind, want)
		}
		got = append(got, strings.TrimPrefix(p.Origin, originPrefix))
	}
	if len(got) != 8 {
		t.Errorf("corpus has %d pages, want 8: %v", len(got), got)
	}
}

// TestDeclaredCharsetIsUsed keeps the one windows-1252 page honest: read
// as UTF-8 its accented names would be broken, read with its declared
// charset they are whole.
func TestDeclaredCharsetIsUsed(t *testing.T) {
	p, err := Page("04-courrier-du-littoral.html")
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(p.Data) {
		t.Fatalf("%s is valid UTF-8; it is meant to be windows-1252", p.Origin)
	}
	_, name, _ := charset.DetermineEncoding(p.Data, "text/html")
	if name != "windows-1252" {
		t.Errorf("%s: declared charset read as %q, want windows-1252", p.Origin, name)
	}
	if text := pageText(t, p); !strings.Contains(text, "Aurélie Duchêne") {
		t.Errorf("%s: decoded page lacks %q", p.Origin, "Aurélie Duchêne")
	}
}

// TestChecksHoldInPages holds the corpus to its README: every listed page
// exists and every listed passage is (or, for "not", is not) in it.
func TestChecksHoldInPages(t *testing.T) {
	checks, err := Checks()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, c := range checks {
		text, ok := texts[c.File]
		if !ok {
			p, err := Page(c.File)
			if err != nil {
				t.Errorf("README line %d: %v", c.Line, err)
				continue
			}
			text = pageText(t, p)
			texts[c.File] = text
		}
		if strings.Contains(text, c.Text) == c.Absent {
			verb := "lacks"
			if c.Absent {
				verb = "holds"
			}
			t.Errorf("README line %d (%s): %s %s %q", c.Line, c.Heading, c.File, verb, c.Text)
		}
	}
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if _, ok := texts[name]; !ok {
			t.Errorf("%s has no check in the README", name)
		}
	}
}

// TestREADMEListsEveryPage keeps the README's table of pages in step with
// the files.
func TestREADMEListsEveryPage(t *testing.T) {
	rows, err := readmeTable("Pages", 5)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, r := range rows {
		listed = append(listed, r.cells[0])
	}
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(names, listed); diff != "" {
		t.Errorf("README table of pages differs from the files (-files +README):\n%s", diff)
	}
}

func TestConflictsNameAtLeastTwoValues(t *testing.T) {
	checks, err := Checks()
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]map[string]bool{}
	for _, c := range checks {
		if c.Kind != "Conflict" {
			continue
		}
		if values[c.Heading] == nil {
			values[c.Heading] = map[string]bool{}
		}
		values[c.Heading][c.Text] = true
	}
	if len(values) < 3 {
		t.Errorf("README lists %d conflicts, want at least 3 (a number, a date, a count)", len(values))
	}
	for h, vs := range values {
		if len(vs) < 2 {
			t.Errorf("conflict %q lists only one value", h)
		}
	}
}

func TestParseChecks(t *testing.T) {
	tests := []struct {
		name    string
		readme  string
		want    []Check
		wantErr string
	}{
		{
			name:   "checks only under their section",
			readme: "# T\n## Pages\n### x\n- a.txt: `ignored`\n## Checks\n### Conflict: spill\n- a.txt: `40,000 litres`\n- not b.txt: `gone`\n## Other\n- c.txt: `ignored`\n",
			want: []Check{
				{Heading: "Conflict: spill", Kind: "Conflict", File: "a.txt", Text: "40,000 litres", Line: 7},
				{Heading: "Conflict: spill", Kind: "Conflict", File: "b.txt", Text: "gone", Absent: true, Line: 8},
			},
		},
		{name: "no section", readme: "# T\n- a.txt: `x`\n", wantErr: "no checks"},
		{name: "no heading", readme: "## Checks\n- a.txt: `x`\n", wantErr: "outside a ### heading"},
		{name: "no backticks", readme: "## Checks\n### H\n- a.txt: x\n", wantErr: "line 3"},
		{name: "no file", readme: "## Checks\n### H\n- `x`\n", wantErr: "FILE"},
		{name: "backtick inside", readme: "## Checks\n### H\n- a.txt: `x` and `y`\n", wantErr: "one pair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseChecks(tt.readme)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("checks differ (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseChecks(f *testing.F) {
	readme, err := corpus.ReadFile("corpus/README.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(readme))
	f.Add("## Checks\n### H\n- not a: `b`\n")
	f.Add("## Checks\n### \n- : ``\n")
	f.Fuzz(func(t *testing.T, s string) {
		checks, err := parseChecks(s)
		if err != nil {
			return
		}
		for _, c := range checks {
			if c.File == "" || c.Text == "" || c.Heading == "" || c.Line < 1 {
				t.Errorf("incomplete check: %+v", c)
			}
		}
	})
}

// TestConflictValuesAreInPages keeps the Conflicts table honest: every
// value it names is written in some page.
func TestConflictValuesAreInPages(t *testing.T) {
	conflicts, err := Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for p, err := range Pages() {
		if err != nil {
			t.Fatal(err)
		}
		all.WriteString(strings.ToLower(pageText(t, p)))
	}
	for _, c := range conflicts {
		for _, v := range append(append([]string{}, c.A...), c.B...) {
			if !strings.Contains(all.String(), strings.ToLower(v)) {
				t.Errorf("conflict %q: value %q is in no page", c.Name, v)
			}
		}
	}
}

func TestParseTable(t *testing.T) {
	readme := "## Checks\n| a | b | c |\n## Conflicts\n| Conflict | Side A | Side B |\n|---|---|---|\n| spill | 40 l; 10 gal | 400 t |\n## Next\n| x | y | z |\n"
	got, err := parseTable(readme, "Conflicts", 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []row{{line: 6, cells: []string{"spill", "40 l; 10 gal", "400 t"}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(row{})); diff != "" {
		t.Errorf("rows differ (-want +got):\n%s", diff)
	}
	for _, bad := range []string{
		"## Conflicts\n| h | h | h |\n| spill | 40 l |\n",
		"## Conflicts\n| h | h | h |\n",
		"## Conflicts\n",
	} {
		if _, err := parseTable(bad, "Conflicts", 3); err == nil {
			t.Errorf("parseTable(%q) = nil error", bad)
		}
	}
}

func TestREADMETablesParse(t *testing.T) {
	cs, err := Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Metadatas()
	if err != nil {
		t.Fatal(err)
	}
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, m := range ms {
		files = append(files, m.File)
	}
	if diff := cmp.Diff(names, files); diff != "" {
		t.Errorf("Metadata table differs from the files (-files +README):\n%s", diff)
	}
	if len(cs) < 3 {
		t.Errorf("%d conflicts in the README, want at least 3", len(cs))
	}
	dated, err := Timeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dated {
		p, err := Page(d.Page)
		if err != nil {
			t.Errorf("timeline: %v", err)
			continue
		}
		if !strings.Contains(pageText(t, p), d.Expression) {
			t.Errorf("timeline: %s does not write %q", d.Page, d.Expression)
		}
	}
	speakers, err := Speakers()
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range speakers {
		for _, name := range sp.Pages {
			p, err := Page(name)
			if err != nil {
				t.Errorf("speaker %s: %v", sp.Name, err)
				continue
			}
			text := pageText(t, p)
			if !slices.ContainsFunc(sp.Names, func(n string) bool { return strings.Contains(text, n) }) {
				t.Errorf("speaker %s: %s names them as none of %q", sp.Name, name, sp.Names)
			}
		}
	}
}

func FuzzParseTable(f *testing.F) {
	readme, err := corpus.ReadFile("corpus/README.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(readme))
	f.Add("## Conflicts\n| h | h | h |\n| a | b; c | d |\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := parseTable(s, "Conflicts", 3)
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r.cells) != 3 || r.line < 1 {
				t.Errorf("bad row: %+v", r)
			}
		}
	})
}
