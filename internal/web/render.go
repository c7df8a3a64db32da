package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"crosscheck/internal/briefings"
)

// view is what every page template gets: the page's title and its data.
type view struct {
	Title string
	Data  any
}

// moreLink is a list of a story's briefing shown in part, for the
// "more" template.
type moreLink struct {
	Story        int64
	Section      string
	Shown, Total int
}

type errorView struct {
	Code    int
	Status  string
	Message string
}

var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "date unknown"
		}
		return t.UTC().Format("2 Jan 2006")
	},
	"datetime": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	},
	"ago":   ago,
	"join":  strings.Join,
	"plus1": func(i int) int { return i + 1 },
	// more is what the "more" template takes: a list of a story's
	// briefing that shows shown of its total items.
	"more": func(story int64, section string, shown, total int) moreLink {
		return moreLink{Story: story, Section: section, Shown: shown, Total: total}
	},
	"pageItems": func() int { return briefings.PageItems },
	"itemRefs":  func() int { return briefings.ItemRefs },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
}

// ago says how long ago t was, coarsely: readers of a story list want to
// know whether a story is still moving, not the second it last did.
func ago(t time.Time) string {
	d := time.Since(t)
	switch {
	case t.IsZero():
		return "never"
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	}
	return fmt.Sprintf("%d days ago", int(d.Hours()/24))
}

// parseTemplates parses each page template together with the layout, so
// that every page defines its own "content" block.
func parseTemplates() (map[string]*template.Template, error) {
	names, err := fs.Glob(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := make(map[string]*template.Template)
	for _, name := range names {
		base := strings.TrimSuffix(path.Base(name), ".html")
		if base == "layout" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html", name)
		if err != nil {
			return nil, fmt.Errorf("parsing template %s: %w", name, err)
		}
		pages[base] = t
	}
	return pages, nil
}

// render writes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, code int, name, title string, data any) error {
	t, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("no template %q", name)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, view{Title: title, Data: data}); err != nil {
		return fmt.Errorf("rendering %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, err := w.Write(buf.Bytes())
	return err
}
