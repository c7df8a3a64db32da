package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/internal/dom"
)

// pageMeta is what a page says about itself outside its body text: <meta>
// tags, JSON-LD objects, <link rel=canonical>, <html lang>, <title>.
type pageMeta struct {
	title     string
	lang      string
	canonical string
	// metas maps a lower-cased name, property or itemprop to its first
	// non-empty content.
	metas map[string]string
	// ld holds every JSON-LD object, nested @graph members flattened.
	ld []map[string]any
}

// readMeta walks the document once, collecting its self-description.
func readMeta(doc *html.Node, ignoreJSONLD bool) pageMeta {
	m := pageMeta{metas: make(map[string]string)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.title == "" {
					m.title = collapseSpace(textOf(n))
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					content = strings.TrimSpace(attr(n, "value"))
				}
				if content == "" {
					break
				}
				for _, key := range []string{"name", "property", "itemprop", "http-equiv"} {
					if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
						if _, ok := m.metas[k]; !ok {
							m.metas[k] = content
						}
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if !ignoreJSONLD && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.ld = append(m.ld, parseJSONLD(textOf(n))...)
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// parseJSONLD returns the objects of one JSON-LD script, with @graph
// members and top-level arrays flattened. Broken JSON yields nothing: it
// is common, and the page has other evidence.
func parseJSONLD(s string) []map[string]any {
	s = strings.TrimSpace(s)
	// Wrappers that kept old browsers from reading the script: a
	// comment, or a CDATA section (commented out or not).
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				add(e, depth+1)
			}
		case map[string]any:
			out = append(out, t)
			if g, ok := t["@graph"]; ok {
				add(g, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}

// ldTypes lists the schema.org types whose objects describe the article
// itself rather than the site, a breadcrumb or a video beside it.
var ldArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "blogposting": true,
	"backgroundnewsarticle": true, "reviewnewsarticle": true, "liveblogposting": true,
	"report": true, "scholarlyarticle": true, "techarticle": true, "webpage": false,
}

// ldArticle returns the JSON-LD object that describes the article: the
// first of an article type, else the first with a headline.
func (m pageMeta) ldArticle() map[string]any {
	for _, o := range m.ld {
		for _, t := range ldTypeNames(o) {
			if ldArticleTypes[strings.ToLower(t)] {
				return o
			}
		}
	}
	for _, o := range m.ld {
		if _, ok := o["headline"]; ok {
			return o
		}
	}
	return nil
}

func ldTypeNames(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString returns a JSON-LD property as text: a string, the first string
// of an array, or the name/url/@id of an object.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"name", "url", "@id", "contentUrl"} {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// ldNames returns the names of a JSON-LD author-like property.
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.TrimSpace(t)}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if s, ok := t["name"].(string); ok {
			return []string{strings.TrimSpace(s)}
		}
	}
	return nil
}

// first returns the first non-empty meta content among keys.
func (m pageMeta) first(keys ...string) (value, key string) {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v, k
		}
	}
	return "", ""
}

func attr(n *html.Node, key string) string { return dom.Attr(n, key) }

func hasToken(list, tok string) bool { return dom.HasToken(list, tok) }

func textOf(n *html.Node) string { return dom.Text(n) }

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
