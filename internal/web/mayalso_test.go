package web

import (
	"strings"
	"testing"

	"crosscheck/internal/brief"
	"crosscheck/internal/briefings"
)

// An outlet that may also report a fact is shown apart, with its reason
// and its sentence, escaped, and never among the fact's outlets.
func TestStoryPageShowsMayAlsoEscaped(t *testing.T) {
	s, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	evil := `Evil<script>alert(1)</script>`
	b := &brief.Briefing{Schema: brief.SchemaVersion, Story: brief.Story{ID: 4}, Headline: "Uncertain"}
	for i, o := range []string{"Alpha", "Beta", evil} {
		b.Outlets = append(b.Outlets, brief.Outlet{Name: o, Articles: []brief.Source{{Article: int64(i + 1)}}})
	}
	b.Partial = append(b.Partial, brief.Fact{ID: "F1", Text: "The bridge collapsed on Tuesday.", Outlets: []string{"Alpha", "Beta"},
		Refs:    []brief.Ref{{Article: 1, Outlet: "Alpha"}, {Article: 2, Outlet: "Beta"}},
		MayAlso: []brief.MayAlso{{Outlet: evil, Reason: `no third outlet states it <img src=x onerror=alert(2)>`, Ref: brief.Ref{Article: 3, Sentence: 4, Outlet: evil}}}})
	// A fact of one outlet, shown in the matrix only, with another
	// that may also report it.
	b.Single = append(b.Single, brief.Fact{ID: "F2", Text: "Divers searched the river.", Outlets: []string{"Alpha"},
		Refs:    []brief.Ref{{Article: 1, Sentence: 2, Outlet: "Alpha"}},
		MayAlso: []brief.MayAlso{{Outlet: "Beta", Reason: "no third outlet states it; shares the verb", Ref: brief.Ref{Article: 2, Sentence: 5, Outlet: "Beta"}}}})
	out, err := s.renderBriefing(briefings.Whole(b, nil))
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	for _, bad := range []string{"<script>alert", "<img src=x", "— Alpha, Beta, Evil"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"may also report:</span> Evil&lt;script&gt;alert(1)&lt;/script&gt;", "no third outlet states it &lt;img src=x onerror=alert(2)&gt;", `href="/articles/3#s4"`, "— Alpha, Beta</span>",
		"may also report:</span> Beta <span class=\"meta\">— no third outlet states it; shares the verb</span>", `href="/articles/2#s5"`,
		// The matrix marks each apart, with why, not as silent.
		`<td class="cell may_also" title="may also report it: no third outlet states it &lt;img src=x onerror=alert(2)&gt;" aria-label="may also report it: no third outlet states it &lt;img src=x onerror=alert(2)&gt;"><span class="mark">◌</span></td>`,
		`<td class="cell may_also" title="may also report it: no third outlet states it; shares the verb" aria-label="may also report it: no third outlet states it; shares the verb"><span class="mark">◌</span></td>`,
		`<span class="cell may_also">◌</span> may also report`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, `<td class="cell may_also"`); n != 2 {
		t.Errorf("%d matrix cells say may also report, want 2", n)
	}
}
