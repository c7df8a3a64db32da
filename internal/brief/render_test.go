package brief

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/article"
)

// hostileBriefing builds a briefing whose every text comes from articles
// written to break out of HTML.
func hostileBriefing(t *testing.T) *Briefing {
	t.Helper()
	evil := `<script>alert(1)</script> The mayor said " onmouseover="alert(2)" it was fine.`
	arts := []article.Article{
		{Site: `Evil<script>alert(3)</script>`, Origin: "javascript:alert(4)", Title: `<img src=x onerror=alert(5)>`, Text: evil + "\n\n" + `A second long sentence with javascript:alert(6) in it and <b>bold</b> text.`},
		{Site: `" onmouseover="alert(7)`, Origin: "https://example.com/a?x=<script>", URL: "javascript:alert(8)", Text: evil},
	}
	b, err := Build(context.Background(), Story{Title: `Headline </title><script>alert(9)</script>`}, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRenderHTMLEscapesHostileText(t *testing.T) {
	b := hostileBriefing(t)
	for name, render := range map[string]func(*bytes.Buffer, *Briefing) error{
		"page":     func(w *bytes.Buffer, b *Briefing) error { return RenderHTML(w, b) },
		"fragment": func(w *bytes.Buffer, b *Briefing) error { return RenderHTMLFragment(w, b) },
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render(&buf, b); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, bad := range []string{"<script", `" onmouseover=`, `href="javascript:`, "<img", "<b>"} {
				if strings.Contains(out, bad) {
					t.Errorf("output contains %q", bad)
				}
			}
			// The text is still there, escaped.
			for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "onmouseover=&#34;alert(7)", `href="https://example.com/a?x=%3cscript%3e"`} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q", want)
				}
			}
		})
	}
}

func TestRenderCSVMatrix(t *testing.T) {
	b := &Briefing{
		Outlets: []Outlet{{Name: "Alpha"}, {Name: "=Beta"}, {Name: "Gamma"}},
		Agreed:  []Fact{{ID: "F1", Text: "The bridge fell.", Outlets: []string{"Alpha", "=Beta", "Gamma"}}},
		Partial: []Fact{{ID: "F2", Text: "=HYPERLINK(\"x\")", Outlets: []string{"Alpha", "Gamma"}, CopiedBy: []string{"=Beta"}}},
		Single:  []Fact{{ID: "F3", Text: "Cars fell in, and =1+1 drivers swam.", Clause: "=1+1 drivers swam.", Outlets: []string{"Gamma"}, MayAlso: []MayAlso{{Outlet: "Alpha", Reason: "no third outlet states it"}}}},
		Conflicts: []Conflict{{Kind: "number", Fact: "F1", Variants: []Variant{
			{Value: "2 cars", Outlets: []string{"Alpha"}}, {Value: "3 cars", Outlets: []string{"Gamma"}},
		}}},
	}
	var buf bytes.Buffer
	if err := RenderCSV(&buf, b); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"fact", "status", "text", "clause", "Alpha", "'=Beta", "Gamma"},
		{"F1", "all", "The bridge fell.", "", "split: 2 cars", "reports", "split: 3 cars"},
		{"F2", "some", "'=HYPERLINK(\"x\")", "", "reports", "copies", "reports"},
		{"F3", "one", "Cars fell in, and =1+1 drivers swam.", "'=1+1 drivers swam.", "may_also: no third outlet states it", "", "reports"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matrix (-want +got):\n%s", diff)
	}
}

func TestRenderMarkdownHostileText(t *testing.T) {
	var buf bytes.Buffer
	b := hostileBriefing(t)
	b.Outlets[0].Name = "Evil\x1b[2J\u202eSite"
	b.Summary[0].Text = "Red \x1b[31malert\x1b[0m text\rover"
	if err := RenderMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(buf.String(), "\x1b\r\u202e") {
		t.Errorf("Markdown keeps control characters:\n%q", buf.String())
	}
	// Markdown is for terminals: text is kept as written, but a line break
	// inside a fact must not start a new Markdown block.
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(line, "<script") {
			t.Errorf("article text starts a raw HTML block: %q", line)
		}
	}
}

// TestRenderMarkdownEscapesHTML: Markdown viewers render inline HTML, so
// the tags and links a scraped page carries in its title, outlet name,
// text or URL come out as text, not as elements or links.
func TestRenderMarkdownEscapesHTML(t *testing.T) {
	b := hostileBriefing(t)
	b.Summary = append(b.Summary, SummarySentence{Text: `Click [here](javascript:alert(10)) now.`})
	var buf bytes.Buffer
	if err := RenderMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<img", "<b>", "</title", "[here](", "<javascript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown passes %q through:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "&lt;img src=x onerror=alert(5)&gt;") {
		t.Errorf("the hostile title is not kept as escaped text:\n%s", out)
	}
}

// An outlet that may also report a fact has a mark of its own in the HTML
// matrix, with why as its title, escaped, and a legend entry.
func TestRenderHTMLMatrixMayAlso(t *testing.T) {
	b := &Briefing{
		Outlets: []Outlet{{Name: "Alpha"}, {Name: "Beta"}, {Name: "Gamma"}},
		Single: []Fact{{ID: "F1", Text: "Divers searched the river.", Outlets: []string{"Alpha"},
			MayAlso: []MayAlso{{Outlet: "Beta", Reason: `shares the verb <img src=x onerror=alert(1)> "but"`}}}},
	}
	var buf bytes.Buffer
	if err := RenderHTML(&buf, b); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	row := out[strings.Index(out, `<span class="fid">F1</span>`):]
	row = row[:strings.Index(row, "</tr>")]
	cells := strings.Split(row, "<td")[2:] // after the text and status cells
	want := []string{
		` class="reports" title="reports"></td>`,
		` class="may_also" title="may also report: shares the verb &lt;img src=x onerror=alert(1)&gt; &#34;but&#34;">◌</td>`,
		` class="silent" title=""></td>`,
	}
	if diff := cmp.Diff(want, cells); diff != "" {
		t.Errorf("matrix row cells (-want +got):\n%s", diff)
	}
	if !strings.Contains(out, `<span class="may_also">◌</span>may also report`) {
		t.Error("the matrix legend does not say what ◌ marks")
	}
}
