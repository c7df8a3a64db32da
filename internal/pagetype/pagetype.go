// Package pagetype decides, before an article is extracted, whether a
// page is an article at all: error and block pages, sign-in forms and
// paywalls, home and section fronts, listings, feeds, robots.txt files and
// the bookkeeping records of web archives are not, and must never become
// stories.
//
// The decision is made on the page's own shape and words (a headline that
// says "page not found" over a page with no prose, a password field and
// no article, a robots.txt's directives), never on a list of sites. When
// the evidence is weak the page is an article: a false skip loses a real
// article silently, while a false keep shows up as a junk story the user
// can see. Words come from the lexicons of internal/lang.
package pagetype

import (
	"errors"
	"fmt"
)

// Type is what kind of page a page is.
type Type string

// The page types. Everything but Article is skipped at ingest.
const (
	Article Type = "article"
	Error   Type = "error"   // not found, forbidden, server error, block page, empty document
	Login   Type = "login"   // a sign-in or registration form, a paywall in place of the text
	Index   Type = "index"   // a home page or section front
	Listing Type = "listing" // search, tag, archive and author pages; image results; wiki diffs
	Feed    Type = "feed"    // RSS, Atom or RDF
	Robots  Type = "robots"  // a robots.txt file
	Archive Type = "archive" // crawler records: requests, warcinfo, metadata, crawl logs
)

// Verdict is a page's type and the evidence for it.
type Verdict struct {
	Type   Type
	Reason string
}

// IsArticle reports whether the page is to be extracted as an article.
func (v Verdict) IsArticle() bool { return v.Type == Article || v.Type == "" }

func verdict(t Type, format string, args ...any) Verdict {
	return Verdict{Type: t, Reason: fmt.Sprintf(format, args...)}
}

// ErrNotArticle is what extraction answers for a page that is not an
// article; errors.As with *NotArticleError gives the verdict.
var ErrNotArticle = errors.New("not an article")

// NotArticleError carries the verdict of a skipped page.
type NotArticleError struct{ Verdict Verdict }

func (e *NotArticleError) Error() string {
	return fmt.Sprintf("%s: %s page (%s)", ErrNotArticle, e.Verdict.Type, e.Verdict.Reason)
}

func (e *NotArticleError) Unwrap() error { return ErrNotArticle }
