package brief

import (
	"encoding/json"
	"fmt"
	"io"
)

// RenderJSON writes the briefing as indented JSON in the SchemaVersion
// layout documented in docs/briefing.md.
func RenderJSON(w io.Writer, b *Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("writing briefing JSON: %w", err)
	}
	return nil
}
