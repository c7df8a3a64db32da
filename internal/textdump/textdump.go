// Package textdump reduces a plain-text dump of a whole news page (menus,
// ad slots, share bars, widgets and footers still in it) to the article:
// its body, headline, byline, dateline, site and language.
//
// The page's structure decides, not a site list: each line is classified
// by its shape (length, stop-word density, sentence punctuation, whether it
// sits in a run of menu-like lines, boilerplate wording in several
// languages), neighbours settle the uncertain lines, and the article is the
// best-scoring contiguous region. Everything runs in time linear in the
// size of the text.
package textdump

import (
	"errors"
	"strings"

	"crosscheck/internal/article"
)

// ErrNoArticle is returned when the text holds nothing article-like:
// it is empty, blank, binary, or has no prose at all.
var ErrNoArticle = errors.New("no article text found")

// Extract finds the article in a text dump. It fills Title, Text
// (paragraphs separated by a blank line), Authors, Site, Published and
// PublishedFrom, Modified (from an update stamp), and Language; fields it cannot tell with confidence stay
// empty. In particular Title stays empty when no headline line precedes
// the body (a dump that starts inside the page): a sentence of the body is
// not promoted to headline. It returns ErrNoArticle when there is no
// article-like text.
func Extract(text string) (article.Article, error) {
	if strings.TrimSpace(text) == "" {
		return article.Article{}, ErrNoArticle
	}
	if looksBinary(text) {
		return article.Article{}, ErrNoArticle
	}
	lines := splitLines(cleanText(text))
	if len(lines) == 0 {
		return article.Article{}, ErrNoArticle
	}
	d := analyze(lines)
	if len(d.body) == 0 {
		return article.Article{}, ErrNoArticle
	}
	a := article.Article{
		Title:         d.title,
		Text:          d.bodyText(),
		Authors:       d.authors,
		Site:          d.site,
		Published:     d.published,
		PublishedFrom: d.publishedFrom,
	}
	// A stamp older than the publication date is no later change.
	if d.published.IsZero() || !d.modified.Before(d.published) {
		a.Modified = d.modified
	}
	a.Language = detectLanguage(a.Text)
	return a, nil
}
