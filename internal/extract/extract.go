// Package extract reduces a scraped page to a clean article: the body
// without the site's chrome, and the metadata a reader needs to weigh it
// (title, authors, publisher, publication date and where it was found,
// language, canonical URL, image, description).
package extract

import (
	"context"
	"errors"
	"fmt"

	"crosscheck/internal/article"
	"crosscheck/internal/lang"
	"crosscheck/internal/pagetype"
	"crosscheck/internal/source"
	"crosscheck/internal/textdump"
)

var (
	// ErrNoArticle means the page was read but holds no article text.
	ErrNoArticle = errors.New("no article found")
	// ErrNotPage means the content is not a page this stage reads (binary
	// data, an empty file, a feed or archive that must be split first).
	ErrNotPage = errors.New("not a page")
	// ErrTooLarge means the page is over MaxPageBytes.
	ErrTooLarge = errors.New("page too large")
)

// MaxPageBytes bounds the page size extraction accepts. Real article pages
// are well under 5 MB; past this, parsing costs memory in proportion to the
// page with nothing to gain.
const MaxPageBytes = source.DefaultMaxPageSize

// MaxElements bounds the number of tags an HTML page may open. News pages
// open a few thousand; extraction holds several copies of the tree, so a
// page of millions of tiny elements would cost gigabytes and minutes.
const MaxElements = 100_000

// Extract reduces one page to its article, dispatching on the page's kind.
// Errors name the page's origin.
func Extract(ctx context.Context, p source.Page) (article.Article, error) {
	return ExtractWith(ctx, p, Options{})
}

// Options switch off evidence sources, so that an evaluation can measure
// how well the remaining evidence agrees with them.
type Options struct {
	// IgnoreJSONLD reads metadata as if the page had no JSON-LD.
	IgnoreJSONLD bool
	// KeepNonArticles extracts pages that the page-type decision says
	// are not articles (error pages, home pages, robots.txt files...)
	// instead of refusing them with a *pagetype.NotArticleError.
	KeepNonArticles bool
}

// ExtractWith is Extract with evidence sources switched off.
func ExtractWith(ctx context.Context, p source.Page, opts Options) (article.Article, error) {
	a, err := extract(ctx, p, opts)
	if err != nil {
		return article.Article{}, fmt.Errorf("extracting %s: %w", p.Origin, err)
	}
	return a, nil
}

func extract(ctx context.Context, p source.Page, opts Options) (article.Article, error) {
	if err := ctx.Err(); err != nil {
		return article.Article{}, err
	}
	if len(p.Data) > MaxPageBytes {
		return article.Article{}, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(p.Data), MaxPageBytes)
	}
	var (
		a    article.Article
		dump string
		err  error
	)
	switch p.Kind {
	case source.KindHTML:
		a, err = extractHTML(p, opts)
	case source.KindText:
		a, dump, err = extractText(p, opts)
	case source.KindFeed:
		if !opts.KeepNonArticles {
			return article.Article{}, notArticle(pagetype.Verdict{Type: pagetype.Feed, Reason: "an RSS or Atom document; read it as a feed"})
		}
		return article.Article{}, fmt.Errorf("%w: content is %s", ErrNotPage, p.Kind)
	default:
		return article.Article{}, fmt.Errorf("%w: content is %s", ErrNotPage, p.Kind)
	}
	if err != nil {
		return article.Article{}, err
	}
	lex, ok := lang.For(a.Language)
	if !ok {
		lex = lang.English()
	}
	if a.Text = cleanBody(a.Text, lex); a.Text == "" {
		return article.Article{}, fmt.Errorf("%w: the body is only a credit line or boilerplate", ErrNoArticle)
	}
	if p.Kind == source.KindText {
		// Read after cleanBody, which drops photo captions too.
		a.DateLines = textdump.DroppedDateLines(dump, a.Text)
	}
	a.Origin = p.Origin
	if a.URL == "" {
		a.URL = p.URL
	}
	if a.FetchedAt.IsZero() {
		a.FetchedAt = p.FetchedAt
	}
	return a, nil
}

// notArticle is the error for a page the page-type decision skips: a
// *pagetype.NotArticleError, which is also ErrNoArticle for callers that
// only ask whether there was an article.
func notArticle(v pagetype.Verdict) error {
	return fmt.Errorf("%w: %w", ErrNoArticle, &pagetype.NotArticleError{Verdict: v})
}
