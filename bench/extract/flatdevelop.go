package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"crosscheck/internal/eval"
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
	cases, err := eval.LoadExtraction(data)
	if err != nil {
		return err
	}
	for _, c := range cases {
		site := eval.URLSite(c.URL)
		if eval.SplitBySite(site) != eval.Develop {
			continue
		}
		real, err := os.ReadFile(c.TextPath)
		if err != nil {
			return fmt.Errorf("reading %s: %w", c.TextPath, err)
		}
		page, err := load(c, true)
		if err != nil {
			return err
		}
		for _, d := range []developDump{
			{Set: "real", Site: site, ID: c.ID, Text: string(real), Truth: c.Truth},
			{Set: "flat-extraction", Site: site, ID: c.ID, Text: flatten(page), Truth: c.Truth},
		} {
			if err := enc.Encode(d); err != nil {
				return err
			}
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
		if err := enc.Encode(developDump{Set: "flat-readability", Site: site, ID: e.Name(), Text: flatten(page), Truth: htmlText(want)}); err != nil {
			return err
		}
	}
	return nil
}
