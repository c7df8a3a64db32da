package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ExtractionCase is one page of the extraction evaluation set.
type ExtractionCase struct {
	ID       string
	URL      string
	Truth    string // the ground-truth article body
	HTMLPath string // html/ID.html.gz
	TextPath string // text/ID.txt
}

// LoadExtraction reads the extraction set in dir (ground-truth.json, html/,
// text/), sorted by ID.
func LoadExtraction(dir string) ([]ExtractionCase, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("loading extraction set: %w", err)
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("loading extraction set: parsing ground-truth.json: %w", err)
	}
	cases := make([]ExtractionCase, 0, len(truth))
	for id, t := range truth {
		cases = append(cases, ExtractionCase{
			ID:       id,
			URL:      t.URL,
			Truth:    t.ArticleBody,
			HTMLPath: filepath.Join(dir, "html", id+".html.gz"),
			TextPath: filepath.Join(dir, "text", id+".txt"),
		})
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].ID < cases[j].ID })
	return cases, nil
}
