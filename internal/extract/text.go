package extract

import (
	"errors"
	"fmt"

	"crosscheck/internal/article"
	"crosscheck/internal/pagetype"
	"crosscheck/internal/source"
	"crosscheck/internal/textdump"
)

// extractText reads a plain-text dump of a whole page with textdump, after
// decoding it to UTF-8 like an HTML page. It also returns the decoded dump.
func extractText(p source.Page, opts Options) (article.Article, string, error) {
	data, _, err := toUTF8(p.Data, p.Charset)
	if err != nil {
		return article.Article{}, "", err
	}
	if v := pagetype.Text(p.URL, string(data)); !v.IsArticle() && !opts.KeepNonArticles {
		return article.Article{}, "", notArticle(v)
	}
	a, err := textdump.Extract(string(data))
	if errors.Is(err, textdump.ErrNoArticle) {
		return article.Article{}, "", fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	return a, string(data), err
}
