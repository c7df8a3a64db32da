package brief

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/textdump"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedArticles reads the shared seed dumps through the text-dump
// extractor, as crosscheck brief does.
func seedArticles(t *testing.T) []article.Article {
	t.Helper()
	paths := sharedtest.Glob(t, "seeds", "*.txt")
	var arts []article.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := textdump.Extract(string(data))
		if err != nil {
			t.Fatalf("extracting %s: %v", p, err)
		}
		a.Origin = "seeds/" + filepath.Base(p)
		arts = append(arts, a)
	}
	return arts
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/brief -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if nlp, align or brief changed on purpose, run go test ./internal/brief -update:\n%s", path, diff)
	}
}

// seedInput is the seed story as the briefing's assembly sees it: the
// extracted articles and their analysis. The goldens are rendered from
// this snapshot, so that they check the briefing's own logic and change
// only when it does; -update refreshes the snapshot from the live stages
// (textdump, nlp, align) and then the goldens.
type seedInput struct {
	Articles []article.Article `json:"articles"`
	Analysis analysis          `json:"analysis"`
}

const seedInputPath = "testdata/seeds.input.json"

func TestBuildSeedsGolden(t *testing.T) {
	story := Story{ID: 1}
	if *update {
		arts, err := numbered(seedArticles(t))
		if err != nil {
			t.Fatal(err)
		}
		an, err := newState(story, arts, nil, nil).analyze(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.MarshalIndent(seedInput{arts, an}, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(seedInputPath, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(seedInputPath)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/brief -update to create it)", err)
	}
	var in seedInput
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatalf("%s: %v", seedInputPath, err)
	}
	s := newState(story, in.Articles, nil, nil)
	s.assemble(in.Analysis)
	b := s.b
	for _, f := range []struct {
		name   string
		render func(*bytes.Buffer, *Briefing) error
	}{
		{"seeds.md", func(w *bytes.Buffer, b *Briefing) error { return RenderMarkdown(w, b) }},
		{"seeds.json", func(w *bytes.Buffer, b *Briefing) error { return RenderJSON(w, b) }},
		{"seeds.csv", func(w *bytes.Buffer, b *Briefing) error { return RenderCSV(w, b) }},
	} {
		var buf bytes.Buffer
		if err := f.render(&buf, b); err != nil {
			t.Fatal(err)
		}
		golden(t, f.name, buf.Bytes())
	}
}

// TestBuildSeedsLive briefs the seeds through the live stages and checks
// what must hold whatever they find: every outlet listed, facts sorted by
// their outlet count, and every ref pointing at a sentence that exists.
func TestBuildSeedsLive(t *testing.T) {
	arts := seedArticles(t)
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Outlets) != len(arts) {
		t.Errorf("%d outlets for %d seed articles from different sites", len(b.Outlets), len(arts))
	}
	n := make(map[int64]int)
	for i, a := range arts {
		n[int64(i+1)] = len(nlp.SplitSentences(a.Text))
	}
	check := func(where string, refs []Ref) {
		for _, r := range refs {
			if r.Sentence < 0 || r.Sentence >= n[r.Article] {
				t.Errorf("%s: ref %+v points at no sentence", where, r)
			}
		}
	}
	for _, group := range []struct {
		name     string
		facts    []Fact
		min, max int
	}{
		{"agreed", b.Agreed, len(b.Outlets), len(b.Outlets)},
		{"partial", b.Partial, 2, len(b.Outlets) - 1},
		{"single", b.Single, 1, 1},
	} {
		for _, f := range group.facts {
			if len(f.Outlets) < group.min || len(f.Outlets) > group.max {
				t.Errorf("%s fact %s has %d outlets", group.name, f.ID, len(f.Outlets))
			}
			check(f.ID, f.Refs)
		}
	}
	for _, e := range b.Timeline {
		check("timeline "+e.Start, e.Refs)
	}
	for _, c := range b.Citations {
		check("citation "+c.Cites, c.Evidence)
	}
}

// TestSummaryCitesItsSources checks that every summary sentence cites the
// sentence it was taken from first, and that every ref points at a real
// sentence saying the same claim.
func TestSummaryCitesItsSources(t *testing.T) {
	arts := seedArticles(t)
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Summary) == 0 {
		t.Fatal("empty summary")
	}
	sentences := make(map[int64][]nlp.Sentence)
	for i, a := range arts {
		sentences[int64(i+1)] = nlp.SplitSentences(a.Text)
	}
	var words int
	for _, s := range b.Summary {
		words += len(strings.Fields(s.Text))
		if len(s.Refs) == 0 {
			t.Errorf("summary sentence %q has no refs", s.Text)
			continue
		}
		for k, r := range s.Refs {
			ss := sentences[r.Article]
			if r.Sentence < 0 || r.Sentence >= len(ss) {
				t.Errorf("ref %+v points at no sentence", r)
				continue
			}
			if k == 0 && !strings.HasSuffix(ss[r.Sentence].Text, s.Text) {
				t.Errorf("first ref of %q is %q; want the sentence, a dateline or label before it allowed", s.Text, ss[r.Sentence].Text)
			}
			if r.Origin == "" || r.Outlet == "" {
				t.Errorf("ref %+v lacks origin or outlet", r)
			}
		}
	}
	if words > SummaryWords {
		t.Errorf("summary has %d words, limit %d", words, SummaryWords)
	}
}

func TestCopiesCountOnce(t *testing.T) {
	shared := "The bridge over the river Lune collapsed on Tuesday morning after days of heavy rain."
	gammaShared := "After days of heavy rain, the bridge over the river Lune collapsed on Tuesday morning."
	onlyAlpha := "Engineers had warned the county council about cracks in the central pier last spring."
	onlyGamma := "A local bakery handed out free coffee to the rescue teams working through the night."
	betaIntro := "Traffic was diverted through Kirkby Lonsdale while divers searched the water below the span."
	day := time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	arts := []article.Article{
		{ID: 10, Site: "Alpha", Origin: "alpha.txt", Published: day, Text: shared + "\n\n" + onlyAlpha},
		{ID: 11, Site: "Beta", Origin: "beta.txt", Published: day.Add(time.Hour), Text: shared + "\n\n" + onlyAlpha},
		{ID: 12, Site: "Gamma", Origin: "gamma.txt", Published: day.Add(2 * time.Hour), Text: gammaShared + "\n\n" + onlyGamma},
	}
	// Beta again, as a syndicated copy with an intro of its own.
	withIntro := slices.Clone(arts)
	withIntro[1].Text = betaIntro + "\n\n" + withIntro[1].Text
	type row struct {
		Text              string
		Outlets, CopiedBy []string
		MayAlso           []string
	}
	rows := func(fs []Fact) []row {
		var out []row
		for _, f := range fs {
			r := row{f.Text, f.Outlets, f.CopiedBy, nil}
			for _, m := range f.MayAlso {
				r.MayAlso = append(r.MayAlso, m.Outlet)
			}
			out = append(out, r)
		}
		return out
	}
	tests := []struct {
		name                    string
		arts                    []article.Article
		dups                    map[int64]int64
		agreed, partial, single []row
	}{
		{
			// Two originals: no third outlet corroborates Gamma's
			// retelling (a copy does not), but it tells the fact's
			// verb and is worded alike: Gamma states the fact, and
			// Beta counts as Alpha's copy, not as a third outlet.
			name:   "copy counts once",
			arts:   arts,
			dups:   map[int64]int64{11: 10},
			agreed: []row{{shared, []string{"Alpha", "Gamma"}, []string{"Beta"}, nil}},
			single: []row{
				{onlyAlpha, []string{"Alpha"}, []string{"Beta"}, nil},
				{onlyGamma, []string{"Gamma"}, []string{}, nil},
			},
		},
		{
			name:   "what a copy adds is its own outlet's",
			arts:   withIntro,
			dups:   map[int64]int64{11: 10},
			agreed: []row{{shared, []string{"Alpha", "Gamma"}, []string{"Beta"}, nil}},
			single: []row{
				{onlyAlpha, []string{"Alpha"}, []string{"Beta"}, nil},
				{betaIntro, []string{"Beta"}, []string{}, nil},
				{onlyGamma, []string{"Gamma"}, []string{}, nil},
			},
		},
		{
			name:   "without dedup, the paragraphs Beta repeats word for word are still Alpha's",
			arts:   arts,
			agreed: []row{{shared, []string{"Alpha", "Gamma"}, []string{"Beta"}, nil}},
			single: []row{
				{onlyAlpha, []string{"Alpha"}, []string{"Beta"}, nil},
				{onlyGamma, []string{"Gamma"}, []string{}, nil},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Build(context.Background(), Story{}, tt.arts, tt.dups)
			if err != nil {
				t.Fatal(err)
			}
			got := [][]row{rows(b.Agreed), rows(b.Partial), rows(b.Single)}
			want := [][]row{tt.agreed, tt.partial, tt.single}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			// Every outlet a fact lists is shown through a sentence of
			// its own (witnessref.go).
			for _, fs := range [][]Fact{b.Agreed, b.Partial, b.Single} {
				for _, f := range fs {
					for _, o := range f.Outlets {
						if !slices.ContainsFunc(f.Refs, func(r Ref) bool { return r.Outlet == o }) {
							t.Errorf("fact %q lists %s with no sentence of its own: refs %+v", f.Text, o, f.Refs)
						}
					}
				}
			}
			for _, o := range b.Outlets {
				if o.Name == "Beta" && len(tt.dups) > 0 {
					if len(o.Copies) != 1 || o.Copies[0].Of != 10 || o.Copies[0].Overlap < 0.5 {
						t.Errorf("Beta's copies = %+v, want one copy of 10", o.Copies)
					}
				}
			}
		})
	}
}

func TestBuildEmptyAndBadIDs(t *testing.T) {
	b, err := Build(context.Background(), Story{Title: "Nothing yet"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Schema != SchemaVersion || b.Headline != "Nothing yet" || b.Summary == nil || b.Outlets == nil {
		t.Errorf("empty briefing = %+v", b)
	}
	_, err = Build(context.Background(), Story{}, []article.Article{{ID: 3, Origin: "a"}, {ID: 3, Origin: "b"}}, nil)
	if err == nil || !strings.Contains(err.Error(), "id 3") {
		t.Errorf("duplicate ids: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, Story{}, []article.Article{{Text: "Some text here."}}, nil); err == nil {
		t.Error("cancelled context: no error")
	}
}

// FuzzBuild feeds arbitrary text through the whole briefing: it must not
// panic, and every ref must name a sentence that exists.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{"", "One.", "Kim said: \"We will go.\" on Monday, 3 km away.\n\nSecond para.", "<script>x</script>", "\x00\xff"} {
		f.Add(s, "Another outlet says it on Tuesday.")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []article.Article{{Site: "A", Text: a}, {Site: "B", Text: b}}
		br, err := Build(context.Background(), Story{}, arts, map[int64]int64{2: 1})
		if err != nil {
			t.Fatal(err)
		}
		n := map[int64]int{1: len(nlp.SplitSentences(a)), 2: len(nlp.SplitSentences(b))}
		for _, s := range br.Summary {
			for _, r := range s.Refs {
				if r.Sentence < 0 || r.Sentence >= n[r.Article] {
					t.Fatalf("ref %+v out of range", r)
				}
			}
		}
		var buf bytes.Buffer
		if err := RenderMarkdown(&buf, br); err != nil {
			t.Fatal(err)
		}
	})
}

func TestOutletNames(t *testing.T) {
	arts := []article.Article{
		{Site: "Reuters", Origin: "/data/a/page.html"},
		{URL: "https://www.example.com/x", Origin: "/data/b/page.html"},
		{Origin: "/data/c/story.txt"},
		{Origin: "/data/d/same.txt"},
		{Origin: "/data/e/same.txt"},
		{Origin: "ecbplus.jsonl:12"},
		{ID: 9},
	}
	// A page that names no publisher is an unknown outlet, labelled by
	// its input: never an outlet named after a file.
	want := []string{"Reuters", "example.com", "unknown outlet (story.txt)", "unknown outlet (/data/d/same.txt)", "unknown outlet (/data/e/same.txt)", "unknown outlet (ecbplus.jsonl:12)", "unknown outlet (article 9)"}
	if diff := cmp.Diff(want, outletNames(arts)); diff != "" {
		t.Errorf("outletNames (-want +got):\n%s", diff)
	}
}

// TestTimelineAnchors checks that a relative date is resolved against its
// own article's publication date, and left undated, with the reason, when
// the article has none (the story's date would be a guess).
func TestTimelineAnchors(t *testing.T) {
	early := time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC) // a Wednesday
	late := time.Date(2024, 3, 14, 9, 0, 0, 0, time.UTC) // the Thursday after
	arts := []article.Article{
		{ID: 1, Site: "Early", Published: early, Text: "The council met on Monday to discuss the bridge repairs in detail."},
		{ID: 2, Site: "Late", Published: late, Text: "The mayor resigned on Monday after a heated debate about the budget."},
		{ID: 3, Site: "Undated", Text: "Protesters gathered outside the town hall on Monday evening for hours. The hall was built in 1950-53."},
	}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	type event struct {
		Outlet, When, Anchor string
	}
	var got []event
	for _, e := range b.Timeline {
		got = append(got, event{e.Refs[0].Outlet, e.When(), e.Anchor})
	}
	want := []event{
		{"Undated", "1950-01-01 – 1953-12-31", ""}, // a range needs no date to count from
		{"Early", "2024-03-04", "published"},
		{"Late", "2024-03-11", "published"},
		{"Undated", "undated (the article's publication date is not known)", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if !b.Date.Equal(early) {
		t.Errorf("story date = %v, want %v", b.Date, early)
	}
}

// TestTimelineOpenIntervals: "since", "after", "before" and "until" make
// entries open at one end, rendered as such.
func TestTimelineOpenIntervals(t *testing.T) {
	day := time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC)
	arts := []article.Article{{ID: 1, Site: "Alpha", Published: day,
		Text: "Rents in the old town have doubled since 1995 according to the council. The bridge was closed to lorries after 2010 by the county. The ferry will run until March 20 while the works go on."}}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range b.Timeline {
		got = append(got, e.When()+" "+e.Open)
	}
	want := []string{"from 1995-01-01 after", "from 2011-01-01 after", "until 2024-03-20 before"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	var buf strings.Builder
	if err := RenderMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	var html bytes.Buffer
	if err := RenderHTML(&html, b); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		w = strings.TrimSuffix(strings.TrimSuffix(w, " after"), " before")
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q", w)
		}
		if !strings.Contains(html.String(), w) {
			t.Errorf("HTML lacks %q", w)
		}
	}
}

// TestRenderUndatedEntry: an entry that could not be dated says so, with
// its reason, in every rendering.
func TestRenderUndatedEntry(t *testing.T) {
	b := &Briefing{Timeline: []Event{{Unresolved: unknownDate, Precision: "day", Expression: "on Tuesday", Text: "They met on Tuesday.", Refs: []Ref{{Article: 1, Outlet: "A"}}}}}
	var md strings.Builder
	if err := RenderMarkdown(&md, b); err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := RenderHTML(&html, b); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"Markdown": md.String(), "HTML": html.String()} {
		if !strings.Contains(out, "undated") || !strings.Contains(out, strings.ReplaceAll(unknownDate, "'", "&#39;")) && !strings.Contains(out, unknownDate) {
			t.Errorf("%s does not say the entry is undated and why:\n%s", name, out)
		}
	}
}

func TestConflictVariantsCountOriginalsOnly(t *testing.T) {
	day := time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC)
	arts := []article.Article{
		{ID: 1, Site: "Alpha", Published: day, Text: "The ferry fire on Lake Como killed 12 people on Wednesday, the coast guard said."},
		{ID: 2, Site: "Beta", Published: day, Text: "The ferry fire on Lake Como killed 12 people on Wednesday, the coast guard said."},
		{ID: 3, Site: "Gamma", Published: day, Text: "The ferry fire on Lake Como killed 15 people on Wednesday, the coast guard said."},
	}
	b, err := Build(context.Background(), Story{}, arts, map[int64]int64{2: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Conflicts) != 1 || len(b.Conflicts[0].Variants) != 2 {
		t.Fatalf("conflicts = %+v, want one: 12 (Alpha) against 15 (Gamma)", b.Conflicts)
	}
	for _, c := range b.Conflicts {
		for _, v := range c.Variants {
			for _, o := range v.Outlets {
				if o == "Beta" {
					t.Errorf("variant %q counts the copy's outlet: %v", v.Value, v.Outlets)
				}
			}
			for _, r := range v.Refs {
				if r.Article == 2 {
					t.Errorf("variant %q cites the copy: %+v", v.Value, r)
				}
			}
		}
	}
}

func TestMergeEvents(t *testing.T) {
	ref := func(a int64) Ref { return Ref{Article: a, Outlet: fmt.Sprint("outlet ", a)} }
	summit := Event{Start: "2023-09-05", End: "2023-09-06", Precision: "range", Expression: "on Tuesday or Wednesday", Anchor: "story"}
	a, b, other, differentWords := summit, summit, summit, summit
	a.Text, a.Refs = "The summit in Vladivostok could be held on Tuesday or Wednesday.", []Ref{ref(1)}
	b.Text, b.Refs = "Officials expect the Vladivostok summit on Tuesday or Wednesday.", []Ref{ref(2)}
	other.Text, other.Refs = "Schools reopen on Tuesday or Wednesday after the storm.", []Ref{ref(3)}
	differentWords.Expression, differentWords.Text, differentWords.Refs = "this week", b.Text, []Ref{ref(4)}
	got := mergeEvents([]Event{a, b, other, differentWords}, nil)
	var refs [][]int64
	for _, e := range got {
		var ids []int64
		for _, r := range e.Refs {
			ids = append(ids, r.Article)
		}
		refs = append(refs, ids)
	}
	if diff := cmp.Diff([][]int64{{1, 2}, {3}, {4}}, refs); diff != "" {
		t.Errorf("merged events' refs (-want +got):\n%s", diff)
	}
}

// TestReusedParagraphs: a paragraph an outlet takes word for word from an
// earlier article of another outlet is listed under the outlet's reuses,
// quoted when the article credits the source and copied when it does not,
// and counts as the earlier outlet's evidence only.
func TestReusedParagraphs(t *testing.T) {
	wire := "Rescuers pulled 14 people from the flooded metro station in Valdoria overnight, the fire service said, and searched for three more."
	day := time.Date(2024, 6, 2, 6, 0, 0, 0, time.UTC)
	arts := []article.Article{
		{ID: 1, Site: "Alpha", Published: day, Text: wire + "\n\nThe station had reopened only last month after repairs to its pumps."},
		{ID: 2, Site: "Delta", Published: day.Add(time.Hour), Text: "Commuters in Valdoria faced a second day of chaos on Sunday.\n\n" + wire + "\n\nAlpha contributed to this report."},
		{ID: 3, Site: "Gamma", Published: day.Add(2 * time.Hour), Text: "Valdoria's mayor called for an inquiry into the city's flood defences.\n\n" + wire},
	}
	b, err := Build(context.Background(), Story{}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	type reuse struct {
		Outlet, Of, How string
		Paragraph       int
	}
	var got []reuse
	for _, o := range b.Outlets {
		for _, r := range o.Reuses {
			got = append(got, reuse{o.Name, r.OfOutlet, r.How, r.Paragraph})
		}
	}
	want := []reuse{{"Delta", "Alpha", "quoted", 1}, {"Gamma", "Alpha", "copied", 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reuses (-want +got):\n%s", diff)
	}
	var wireFact *Fact
	for _, fs := range [][]Fact{b.Agreed, b.Partial, b.Single} {
		for k := range fs {
			if fs[k].Text == wire {
				wireFact = &fs[k]
			}
		}
	}
	if wireFact == nil {
		t.Fatalf("no fact for the wire paragraph; single %+v", b.Single)
	}
	if diff := cmp.Diff([]string{"Alpha"}, wireFact.Outlets); diff != "" {
		t.Errorf("the wire paragraph's witnesses (-want +got):\n%s", diff)
	}
}
