package brief

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// RenderMarkdown writes the briefing as Markdown for a terminal or a
// Markdown viewer. Citations are written [Outlet s3], the sentence index
// counted from 1 as a reader counts.
func RenderMarkdown(w io.Writer, b *Briefing) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# %s\n\n", OneLine(b.Headline))
	var meta []string
	if b.Story.ID != 0 {
		meta = append(meta, fmt.Sprintf("story %d", b.Story.ID))
	}
	meta = append(meta, plural(len(b.Outlets), "outlet"))
	if !b.Date.IsZero() {
		meta = append(meta, b.Date.Format("2006-01-02"))
	}
	p("%s\n\n", strings.Join(meta, " · "))

	p("## Summary\n\n")
	if len(b.Summary) == 0 {
		p("_No summary: no sentence long enough._\n\n")
	}
	for _, s := range b.Summary {
		p("- %s %s\n", OneLine(s.Text), cites(s.Refs))
	}
	if len(b.Summary) > 0 {
		p("\n")
	}

	facts := func(title, empty string, fs []Fact) {
		p("## %s\n\n", title)
		if len(fs) == 0 {
			p("_%s_\n\n", empty)
			return
		}
		for _, f := range fs {
			p("- **%s** %s — %s", f.ID, markClause(f), OneLine(strings.Join(f.Outlets, ", ")))
			if len(f.CopiedBy) > 0 {
				p(" (copied by %s)", OneLine(strings.Join(f.CopiedBy, ", ")))
			}
			p(" %s\n", cites(f.Refs))
		}
		p("\n")
	}
	facts("What all outlets report", "No fact is reported by every outlet.", b.Agreed)
	facts("What only some report", "No fact is reported by some but not all outlets.", b.Partial)
	facts("Reported by one outlet", "No fact is reported by a single outlet.", b.Single)

	p("## Conflicts\n\n")
	if len(b.Conflicts) == 0 {
		p("_No conflicting values found._\n\n")
	}
	for _, c := range b.Conflicts {
		p("- **%s**", c.Kind)
		if c.Fact != "" {
			p(" in %s", c.Fact)
		}
		p(": %s\n", OneLine(c.Subject))
		if c.Unconvertible != "" {
			p("  - _not compared (%s)_\n", OneLine(c.Unconvertible))
		}
		for _, v := range c.Variants {
			p("  - %q — %s", OneLine(v.Value), OneLine(strings.Join(v.Outlets, ", ")))
			if len(v.Sources) > 0 {
				p(" (citing %s)", OneLine(strings.Join(v.Sources, ", ")))
			}
			p(" %s\n", cites(v.Refs))
		}
	}
	if len(b.Conflicts) > 0 {
		p("\n")
	}

	p("## Quotes\n\n")
	if len(b.Quotes) == 0 {
		p("_No quotes found._\n\n")
	}
	for _, sq := range b.Quotes {
		p("- **%s**\n", OneLine(sq.Speaker))
		for _, q := range sq.Quotes {
			p("  - “%s”", OneLine(q.Text))
			if q.Cue != "" {
				p(" (%s)", OneLine(q.Cue))
			}
			p(" %s\n", cites([]Ref{q.Ref}))
		}
	}
	if len(b.Quotes) > 0 {
		p("\n")
	}

	p("## Who cites whom\n\n")
	if len(b.Citations) == 0 {
		p("_No outlet names its sources._\n\n")
	}
	for _, c := range b.Citations {
		p("- %s → %s", OneLine(c.Outlet), OneLine(c.Cites))
		if len(c.Via) > 0 {
			p(" → %s", OneLine(strings.Join(c.Via, ", ")))
		}
		p(" %s\n", cites(c.Evidence))
	}
	if len(b.Citations) > 0 {
		p("\n")
	}

	p("## Timeline\n\n")
	if len(b.Timeline) == 0 {
		p("_No dated events found._\n\n")
	}
	for _, e := range b.Timeline {
		if e.Unresolved != "" {
			p("- **undated** (%q: %s) %s %s\n", OneLine(e.Expression), OneLine(e.Unresolved), OneLine(e.Text), cites(e.Refs))
			continue
		}
		p("- **%s** (%s, %q) %s %s\n", OneLine(e.When()), e.Precision, OneLine(e.Expression), OneLine(e.Text), cites(e.Refs))
	}
	if len(b.Timeline) > 0 {
		p("\n")
	}

	p("## Outlets\n\n")
	for _, o := range b.Outlets {
		p("### %s\n\n", OneLine(o.Name))
		for _, a := range o.Articles {
			p("- %s — %s", orUntitled(OneLine(a.Title)), OneLine(a.Origin))
			if a.URL != "" && a.URL != a.Origin {
				p(" <%s>", OneLine(a.URL))
			}
			if a.Published.IsZero() {
				p(", publication date unknown\n")
			} else {
				p(", published %s (from %s)\n", a.Published.Format("2006-01-02 15:04 MST"), orUnknown(a.PublishedFrom))
			}
		}
		if len(o.Adds) > 0 {
			p("- adds: %s\n", strings.Join(o.Adds, ", "))
		}
		for _, c := range o.Copies {
			p("- %s copies %s's article %d (%.0f%% of its text)\n", OneLine(c.Origin), OneLine(c.OfOutlet), c.Of, 100*c.Overlap)
		}
		for _, r := range o.Reuses {
			p("- article %d, paragraph %d: %s from %s's article %d [%s]\n", r.Article, r.Paragraph+1, r.How, OneLine(r.OfOutlet), r.Of, sentenceList(o.Name, r.Sentences))
		}
		p("\n")
	}
	return bw.Flush()
}

// sentenceList formats an outlet's sentences as cites does: Outlet s3; Outlet s4.
func sentenceList(outlet string, sentences []int) string {
	parts := make([]string, len(sentences))
	for k, si := range sentences {
		parts[k] = fmt.Sprintf("%s s%d", OneLine(outlet), si+1)
	}
	return strings.Join(parts, "; ")
}

// cites formats refs as [Outlet s3; Other s1].
func cites(refs []Ref) string {
	if len(refs) == 0 {
		return ""
	}
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = fmt.Sprintf("%s s%d", OneLine(r.Outlet), r.Sentence+1)
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

// OneLine folds line breaks so that one item stays one line, and
// drops control and bidi-override characters: the text comes from scraped
// pages, and an escape sequence must not recolour or rewrite a terminal.
func OneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// markClause is a fact's sentence with the clause that states the fact in
// bold, when the sentence states more than the fact.
func markClause(f Fact) string {
	parts := f.Parts()
	if parts.Clause == "" {
		return OneLine(f.Text)
	}
	return OneLine(parts.Before + "**" + strings.TrimSpace(parts.Clause) + "**" + parts.After)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func orUntitled(s string) string {
	if s == "" {
		return "(untitled)"
	}
	return s
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown evidence"
	}
	return s
}
