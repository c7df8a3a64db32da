package main

import (
	"os"
	"path/filepath"

	"crosscheck/internal/eval"
)

// developSource is one develop page of the extraction or readability
// set: its HTML, the body it should give, and for the extraction set the
// site's own text dump.
type developSource struct {
	Set           string // "extraction" or "readability"
	Site, ID, URL string
	HTML          []byte
	Truth         string
	TextPath      string // the real dump (extraction set only)
}

// eachDevelopPage calls fn with every develop page of the extraction set
// and then of the readability set, split by site. Held-out pages are
// neither read nor passed on, so nothing tuned on what fn writes can see
// them.
func eachDevelopPage(data string, fn func(developSource) error) error {
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
		if err := fn(developSource{Set: "extraction", Site: site, ID: c.ID, URL: c.URL, HTML: page, Truth: c.Truth, TextPath: c.TextPath}); err != nil {
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
		if err := fn(developSource{Set: "readability", Site: site, ID: e.Name(), HTML: page, Truth: htmlText(want)}); err != nil {
			return err
		}
	}
	return nil
}
