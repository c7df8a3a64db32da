package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"crosscheck/internal/article"
	"crosscheck/internal/pagetype"
	"crosscheck/internal/source"
	"crosscheck/internal/textdump"
)

// extractHTML reads an HTML page: decode, parse once, then body and
// metadata from the same tree.
func extractHTML(p source.Page, opts Options) (article.Article, error) {
	data, _, err := toUTF8(p.Data, p.Charset)
	if err != nil {
		return article.Article{}, err
	}
	if countTags(data) > MaxElements {
		// Pathologically deep pages are mostly tags that flattening
		// drops; what is left must still be under the limit.
		data = flatten(data)
		if n := countTags(data); n > MaxElements {
			return article.Article{}, fmt.Errorf("%w: %d elements, limit %d", ErrTooLarge, n, MaxElements)
		}
	}
	doc, err := parseHTML(data)
	if err != nil {
		return article.Article{}, err
	}
	if err := checkParagraphWork(doc); err != nil {
		return article.Article{}, err
	}
	if v := pagetype.HTML(p.URL, doc); !v.IsArticle() && !opts.KeepNonArticles {
		return article.Article{}, notArticle(v)
	}
	topts := trafilatura.Options{
		ExcludeComments: true,
		// The publication date comes from published(), which knows
		// page chrome from bylines; htmldate's whole-page scan would
		// cost more than the rest of extraction.
		HtmlDateMode: trafilatura.Disabled,
	}
	if u, err := url.Parse(p.URL); err == nil && u.IsAbs() {
		topts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, topts)
	if err != nil {
		return article.Article{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	var a article.Article
	fillMetadata(&a, doc, readMeta(doc, opts.IgnoreJSONLD), res.Metadata, p.URL)
	paras := renderParagraphs(res.ContentNode)
	if on("refine") {
		paras = refine(doc, paras, a.Description)
	}
	a.Text = strings.Join(paras, "\n\n")
	if on("leadingTitle") {
		a.Text = dropLeadingTitle(a.Text, a.Title)
	}
	if on("liftByline") {
		a.Text = liftByline(&a, a.Text)
	}
	if a.Text == "" {
		return article.Article{}, ErrNoArticle
	}
	return a, nil
}

// dropLeadingTitle removes the headline when the body starts with it: the
// title is a field of its own.
func dropLeadingTitle(text, title string) string {
	first, rest, _ := strings.Cut(text, "\n\n")
	if title != "" && strings.EqualFold(first, title) {
		return rest
	}
	return text
}

// bylineParagraphs is how many paragraphs from the top of the body may be
// the byline: below them, "By …" starts prose.
const bylineParagraphs = 3

// liftByline takes a byline that trafilatura left in the body out of it,
// and makes its names the authors when the page's metadata named none.
func liftByline(a *article.Article, text string) string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras[:min(len(paras), bylineParagraphs)] {
		names := textdump.BylineNames(p)
		if names == nil {
			continue
		}
		if len(a.Authors) == 0 {
			a.Authors = names
		}
		return strings.Join(append(paras[:i:i], paras[i+1:]...), "\n\n")
	}
	return text
}

// countTags counts start tags ("<" and a letter) without parsing, to
// refuse a page before its tree is built.
func countTags(data []byte) int {
	n := 0
	for {
		i := bytes.IndexByte(data, '<')
		if i < 0 || i+1 >= len(data) {
			return n
		}
		if c := data[i+1]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			n++
		}
		data = data[i+1:]
	}
}
