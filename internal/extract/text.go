package extract

import (
	"errors"
	"unicode/utf8"

	"crosscheck/internal/article"
	"crosscheck/internal/source"
	"crosscheck/internal/textdump"
)

// extractText reads a plain-text dump of a whole page, chrome and all,
// in whatever encoding the page declared.
func extractText(p source.Page) (article.Article, error) {
	data, _, err := toUTF8(p.Data, p.Charset)
	if err != nil {
		return article.Article{}, err
	}
	if !utf8.Valid(data) {
		return article.Article{}, ErrNotPage
	}
	a, err := textdump.Extract(string(data))
	if errors.Is(err, textdump.ErrNoArticle) {
		return article.Article{}, ErrNoArticle
	}
	if err != nil {
		return article.Article{}, err
	}
	return a, nil
}
