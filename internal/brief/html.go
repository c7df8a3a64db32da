package brief

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
)

//go:embed briefing.html.tmpl
var htmlTemplate string

//go:embed briefing.css
var htmlCSS string

var briefingTemplate = template.Must(template.New("briefing").Funcs(template.FuncMap{
	"date":   func(s Source) string { return s.Published.Format("2006-01-02 15:04 MST") },
	"day":    func(b *Briefing) string { return b.Date.Format("2006-01-02") },
	"css":    func() template.CSS { return template.CSS(htmlCSS) },
	"link":   safeLink,
	"sent":   func(r Ref) int { return r.Sentence + 1 },
	"inc":    func(i int) int { return i + 1 },
	"pct":    func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"join":   strings.Join,
	"slice1": func(r Ref) []Ref { return []Ref{r} },
	"matrix": func(b *Briefing) Matrix { return b.Matrix() },
	"cell": func(c MatrixCell) string {
		if c.State == CellSilent {
			return "silent"
		}
		return c.State
	},
}).Parse(htmlTemplate))

// RenderHTML writes the briefing as a complete HTML page: one embedded
// style sheet, no scripts, every piece of article text escaped.
func RenderHTML(w io.Writer, b *Briefing) error {
	if err := briefingTemplate.ExecuteTemplate(w, "page", b); err != nil {
		return fmt.Errorf("writing briefing HTML: %w", err)
	}
	return nil
}

// RenderHTMLFragment writes the briefing as an <article> element with its
// own <style>, for embedding in another page.
func RenderHTMLFragment(w io.Writer, b *Briefing) error {
	if err := briefingTemplate.ExecuteTemplate(w, "fragment", b); err != nil {
		return fmt.Errorf("writing briefing HTML: %w", err)
	}
	return nil
}

// safeLink returns s as a link target when it is an absolute http or https
// URL, and "" otherwise: an origin is untrusted text, and a file path or a
// javascript: URL must not become a link.
func safeLink(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
