package extract

import (
	"crosscheck/internal/pagetype"
	"crosscheck/internal/source"
)

// PageShape decodes and parses an HTML page as Extract does and gives its
// shape and the page-type rules' verdict (pagetype.Measure): what the
// page-type shape model is fitted on.
func PageShape(p source.Page) (pagetype.Shape, pagetype.Verdict, error) {
	data, _, err := toUTF8(p.Data, p.Charset)
	if err != nil {
		return pagetype.Shape{}, pagetype.Verdict{}, err
	}
	if countTags(data) > MaxElements {
		data = flatten(data)
	}
	doc, err := parseHTML(data)
	if err != nil {
		return pagetype.Shape{}, pagetype.Verdict{}, err
	}
	s, v := pagetype.Measure(p.URL, doc)
	return s, v, nil
}
