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

	p("# %s\n\n", mdText(b.Headline))
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
		p("- %s %s\n", mdText(s.Text), cites(s.Refs))
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
			p("- **%s** %s — %s", f.ID, markClause(f), mdText(strings.Join(f.Outlets, ", ")))
			if len(f.CopiedBy) > 0 {
				p(" (copied by %s)", mdText(strings.Join(f.CopiedBy, ", ")))
			}
			p(" %s\n", cites(f.Refs))
			for _, a := range f.Abroad {
				p("  - in %s: %s %s — shares %s\n", a.Language, mdText(a.Text), cites(a.Refs()), mdText(strings.Join(a.Shared, ", ")))
			}
			for _, m := range f.MayAlso {
				p("  - may also report: %s — %s %s\n", mdText(m.Outlet), mdText(m.Reason), cites(m.Refs()))
			}
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
	conflicts := func(cs []Conflict, updates bool) {
		for _, c := range cs {
			p("- **%s**", c.Kind)
			if c.Fact != "" {
				p(" in %s", c.Fact)
			}
			p(": %s\n", mdText(c.Subject))
			if c.Slot != "" {
				p("  - _slot: %s; %s_\n", mdText(c.Slot), mdText(c.Evidence))
			}
			if c.Uncertain != "" {
				p("  - _uncertain: %s_\n", mdText(c.Uncertain))
			}
			if c.Unconvertible != "" {
				p("  - _not compared (%s)_\n", mdText(c.Unconvertible))
			}
			for _, v := range c.Variants {
				p("  - %q — %s", mdText(v.Value), mdText(strings.Join(v.Outlets, ", ")))
				if updates && !v.Published.IsZero() {
					p(" (%s)", v.Published.Format("2006-01-02 15:04 MST"))
				}
				if len(v.Sources) > 0 {
					p(" (citing %s)", mdText(strings.Join(v.Sources, ", ")))
				}
				p(" %s\n", cites(v.Refs))
			}
		}
		if len(cs) > 0 {
			p("\n")
		}
	}
	conflicts(b.Conflicts, false)
	if len(b.Updates) > 0 {
		p("### Updates of counts that move\n\n")
		conflicts(b.Updates, true)
	}
	if len(b.Uncertain) > 0 {
		p("### Uncertain conflicts\n\n")
		conflicts(b.Uncertain, false)
	}

	p("## Quotes\n\n")
	if len(b.Quotes) == 0 {
		p("_No quotes found._\n\n")
	}
	for _, sq := range b.Quotes {
		p("- **%s**\n", mdText(sq.Speaker))
		for _, q := range sq.Quotes {
			if q.Kind == QuoteDirect {
				p("  - “%s”", mdText(q.Text))
			} else {
				p("  - reported: %s", mdText(q.Text))
			}
			if q.Cue != "" {
				p(" (%s)", mdText(q.Cue))
			}
			if q.SpeakerUncertain != "" {
				p(" — speaker uncertain: %s", mdText(q.SpeakerUncertain))
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
		p("- %s → %s", mdText(c.Outlet), mdText(c.Cites))
		if len(c.Via) > 0 {
			p(" → %s", mdText(strings.Join(c.Via, ", ")))
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
			p("- **undated** (%q: %s) %s %s\n", mdText(e.Expression), mdText(e.Unresolved), mdText(e.Text), cites(e.Refs))
			continue
		}
		if e.Basis != "" {
			p("- **%s** (%s, %q; %s) %s %s\n", mdText(e.When()), e.Precision, mdText(e.Expression), mdText(e.Basis), mdText(e.Text), cites(e.Refs))
			continue
		}
		p("- **%s** (%s, %q) %s %s\n", mdText(e.When()), e.Precision, mdText(e.Expression), mdText(e.Text), cites(e.Refs))
	}
	if len(b.Timeline) > 0 {
		p("\n")
	}

	p("## Outlets\n\n")
	for _, o := range b.Outlets {
		p("### %s\n\n", mdText(o.Name))
		for _, a := range o.Articles {
			p("- %s — %s", orUntitled(mdText(a.Title)), mdText(a.Origin))
			if a.URL != "" && a.URL != a.Origin {
				p(" %s", mdURL(a.URL))
			}
			if a.Published.IsZero() {
				p(", publication date unknown")
			} else {
				p(", published %s (from %s)", a.Published.Format("2006-01-02 15:04 MST"), orUnknown(a.PublishedFrom))
			}
			if note := a.LanguageNote(); note != "" {
				p("; %s", mdText(note))
			}
			p("\n")
		}
		if len(o.Adds) > 0 {
			p("- adds: %s\n", mdText(strings.Join(o.Adds, ", ")))
		}
		for _, c := range o.Copies {
			p("- %s copies %s's article %d (%.0f%% of its text)\n", mdText(c.Origin), mdText(c.OfOutlet), c.Of, 100*c.Overlap)
		}
		for _, r := range o.Reuses {
			p("- article %d, paragraph %d: %s from %s's article %d [%s]\n", r.Article, r.Paragraph+1, r.How, mdText(r.OfOutlet), r.Of, sentenceList(o.Name, r.Sentences))
		}
		p("\n")
	}
	return bw.Flush()
}

// sentenceList formats an outlet's sentences as cites does: Outlet s3; Outlet s4.
func sentenceList(outlet string, sentences []int) string {
	parts := make([]string, len(sentences))
	for k, si := range sentences {
		parts[k] = fmt.Sprintf("%s s%d", mdText(outlet), si+1)
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
		parts[i] = fmt.Sprintf("%s s%d", mdText(r.Outlet), r.Sentence+1)
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
		return mdText(f.Text)
	}
	// The clause is marked before the text is folded and escaped, with a
	// character no page can bring in, so the spacing around it stays.
	const mark = "\ue000"
	noMark := func(s string) string { return strings.ReplaceAll(s, mark, "") }
	text := noMark(parts.Before) + mark + strings.TrimSpace(noMark(parts.Clause)) + mark + noMark(parts.After)
	return strings.ReplaceAll(mdText(text), mark, "**")
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

// mdText is OneLine for Markdown: Markdown viewers render inline HTML and
// links, so the characters that open a tag, an entity or a link are
// written as entities and escapes, and a scraped title or sentence shows
// as the text it is.
var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

func mdText(s string) string { return mdEscaper.Replace(OneLine(s)) }

// mdURL writes a page's address as an autolink when it is a web address,
// and as text otherwise: a javascript: link must not become clickable.
func mdURL(u string) string {
	u = OneLine(u)
	lower := strings.ToLower(u)
	if (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")) && !strings.ContainsAny(u, "<> ") {
		return "<" + u + ">"
	}
	return mdText(u)
}
