package web

import (
	"bytes"
	"fmt"
	"io"
	"net/http"

	"crosscheck/internal/brief"
)

// exportFormats are the briefing downloads, by file extension.
var exportFormats = []string{"md", "json", "csv", "html"}

var exporters = map[string]struct {
	contentType string
	render      func(w io.Writer, b *brief.Briefing) error
}{
	"md":   {"text/markdown; charset=utf-8", brief.RenderMarkdown},
	"json": {"application/json; charset=utf-8", brief.RenderJSON},
	"csv":  {"text/csv; charset=utf-8", brief.RenderCSV},
	// A standalone page with its own style sheet, to keep or mail; it is
	// sent as an attachment, never shown under this site's origin.
	"html": {"text/html; charset=utf-8", brief.RenderHTML},
}

// export sends a story's briefing as a file to download.
func (s *Server) export(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	format := r.PathValue("format")
	ex, ok := exporters[format]
	if !ok {
		return fmt.Errorf("%w: no export format %q", errNotFound, format)
	}
	st, b, err := s.briefings.get(r.Context(), id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := ex.render(&buf, b); err != nil {
		return fmt.Errorf("exporting story %d as %s: %w", st.ID, format, err)
	}
	w.Header().Set("Content-Type", ex.contentType)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="story-%d.%s"`, st.ID, format))
	_, err = w.Write(buf.Bytes())
	return err
}
