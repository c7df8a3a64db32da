package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class and id names are matched word by word ("related-posts",
// "js_sidebar_sticky") rather than as substrings, so that "commentary"
// is not a comment box and "f_share_tools_on" on <body> is not a share
// bar. The document's root elements carry site-wide flags and are never
// taken for a widget.

// chromeWords mark page chrome whose dates are not the article's: clocks,
// weather widgets, tickers, "Trending" lists, comments, footers with
// copyright years.
var chromeWords = []string{
	"clock", "weather", "trending", "ticker", "widget", "sidebar", "footer",
	"copyright", "menu", "navbar", "nav", "breaking", "popular", "related",
	"comment", "newsletter", "promo", "cookie", "masthead", "topbar",
	"top bar", "recommended", "most read", "mostread", "latest", "outbrain",
	"taboola",
}

// boilerplateWords add the furniture placed inside an article: share bars,
// newsletter boxes, author boxes, ads, tag lists.
var boilerplateWords = append([]string{
	"share", "sharing", "social", "subscribe", "signup", "sign up", "ad",
	"ads", "advert", "advertisement", "sponsor", "sponsored", "author bio",
	"authorbio", "author info", "about author", "disclaimer", "tags",
	"breadcrumb", "breadcrumbs", "pagination", "rating", "toolbar",
}, chromeWords...)

// commentWords mark readers' comments and the thread that holds them.
var commentWords = []string{"comment", "comments"}

// embeddedPostWords mark the blockquote a social network's embed code
// leaves in the page when it holds the post's own words: a tweet the
// story quotes ("twitter-tweet"), with its "— Name (@handle) date" line.
// Instagram's and TikTok's blockquotes are left out: unrendered, they
// hold the widget's labels ("View this post on Instagram", "A post
// shared by ...") rather than what was posted.
var embeddedPostWords = []string{
	"twitter tweet", "twitter video", "bluesky embed", "mastodon embed",
}

// figureWords mark an image, video or gallery and its captions.
var figureWords = []string{
	"caption", "credit", "credits", "gallery", "slide", "slideshow", "photo",
	"image", "img", "video", "media", "figure", "wp caption",
}

// classWords returns n's class and id as " word word ", lower case, with
// '-' and '_' as word breaks; empty when n has neither.
func classWords(n *html.Node) string {
	switch n.DataAtom {
	case atom.Html, atom.Body:
		return ""
	}
	names := attr(n, "class") + " " + attr(n, "id")
	if len(names) < 2 {
		return ""
	}
	var b strings.Builder
	b.Grow(len(names) + 2)
	b.WriteByte(' ')
	for _, r := range strings.ToLower(names) {
		switch r {
		case '-', '_', '\t', '\n':
			r = ' '
		}
		b.WriteRune(r)
	}
	b.WriteByte(' ')
	return b.String()
}

// hasWord tells whether words (from classWords) holds one of list, as a
// whole word or a plural.
func hasWord(words string, list []string) bool {
	if words == "" {
		return false
	}
	for _, w := range list {
		if strings.Contains(words, " "+w+" ") || strings.Contains(words, " "+w+"s ") {
			return true
		}
	}
	return false
}
