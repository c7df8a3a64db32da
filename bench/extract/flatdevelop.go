package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// developDump is one develop page as the text path reads it, with the
// body it should give: the material of the site-held-out cross-validation
// in internal/textdump (go test ./internal/textdump -run SiteCV
// -textdump.cv=FILE).
type developDump struct {
	// Set is "real" (the extraction set's own dumps), "flat-extraction"
	// or "flat-readability" (dumps flattened from the HTML).
	Set, Site, ID string
	Text, Truth   string
}

// writeDevelopDumps writes the develop part of the text-dump sets, one
// JSON object a line: the extraction set's real dumps, and the
// extraction and readability pages flattened from their HTML. Held-out
// pages are neither read nor written, so nothing tuned with the file can
// see them.
func writeDevelopDumps(data string, w io.Writer) error {
	enc := json.NewEncoder(w)
	return eachDevelopPage(data, func(p developSource) error {
		if p.Set == "readability" {
			return enc.Encode(developDump{Set: "flat-readability", Site: p.Site, ID: p.ID, Text: flatten(p.HTML), Truth: p.Truth})
		}
		real, err := os.ReadFile(p.TextPath)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p.TextPath, err)
		}
		if err := enc.Encode(developDump{Set: "real", Site: p.Site, ID: p.ID, Text: string(real), Truth: p.Truth}); err != nil {
			return err
		}
		return enc.Encode(developDump{Set: "flat-extraction", Site: p.Site, ID: p.ID, Text: flatten(p.HTML), Truth: p.Truth})
	})
}
