package main

import (
	"encoding/json"
	"io"
)

// developPage is one develop page as the HTML path reads it, with the
// body it should give: the material of the site-held-out
// cross-validation in internal/extract (go test ./internal/extract -run
// SiteCV -extract.cv=FILE).
type developPage struct {
	// Set is "extraction" (hand-made gold) or "readability" (the text of
	// expected.html).
	Set, Site, ID, URL string
	HTML, Truth        string
}

// writeDevelopPages writes the develop part of the extraction and
// readability sets' HTML pages, one JSON object a line. Held-out pages
// are neither read nor written.
func writeDevelopPages(data string, w io.Writer) error {
	enc := json.NewEncoder(w)
	return eachDevelopPage(data, func(p developSource) error {
		return enc.Encode(developPage{Set: p.Set, Site: p.Site, ID: p.ID, URL: p.URL, HTML: string(p.HTML), Truth: p.Truth})
	})
}
