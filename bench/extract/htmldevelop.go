package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"

	"crosscheck/internal/eval"
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
	cases, err := eval.LoadExtraction(data)
	if err != nil {
		return err
	}
	for _, c := range cases {
		site := eval.URLSite(c.URL)
		if eval.SplitBySite(site) != eval.Develop {
			continue
		}
		page, err := load(c, true)
		if err != nil {
			return err
		}
		if err := enc.Encode(developPage{Set: "extraction", Site: site, ID: c.ID, URL: c.URL, HTML: string(page), Truth: c.Truth}); err != nil {
			return err
		}
	}
	dir := filepath.Join(data, "..", "pages", "readability")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range ents {
		site := eval.ReadabilitySite(e.Name())
		if !e.IsDir() || eval.SplitBySite(site) != eval.Develop {
			continue
		}
		page, err := gunzipFile(filepath.Join(dir, e.Name(), "source.html.gz"))
		if err != nil {
			return err
		}
		want, err := gunzipFile(filepath.Join(dir, e.Name(), "expected.html.gz"))
		if err != nil {
			return err
		}
		if err := enc.Encode(developPage{Set: "readability", Site: site, ID: e.Name(), HTML: string(page), Truth: htmlText(want)}); err != nil {
			return err
		}
	}
	return nil
}
