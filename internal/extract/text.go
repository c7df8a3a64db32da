package extract

import (
	"strings"
	"unicode/utf8"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
)

// extractText reads a plain-text dump. Until the text-dump extractor
// lands, the whole text is the body and its first line the title.
func extractText(p source.Page) (article.Article, error) {
	data, _, err := toUTF8(p.Data, p.Charset)
	if err != nil {
		return article.Article{}, err
	}
	if !utf8.Valid(data) {
		return article.Article{}, ErrNotPage
	}
	text := paragraphs(string(data))
	if text == "" {
		return article.Article{}, ErrNoArticle
	}
	a := article.Article{Text: text}
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		a.Title = text[:i]
	} else {
		a.Title = text
	}
	return a, nil
}
