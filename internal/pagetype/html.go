package pagetype

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/internal/dom"
	"crosscheck/internal/lang"
)

// features are what the HTML verdict reads of a page, gathered in one
// walk of its tree.
type features struct {
	title     string
	headings  []string // h1 texts
	ogType    string
	ldArticle bool // a JSON-LD object of an article type
	// ldCollection is the schema.org type of a JSON-LD object that
	// declares the page a collection of other things
	// ("CollectionPage", "SearchResultsPage", "Series"), or "".
	ldCollection string
	canonical    string // <link rel=canonical> or og:url
	errorMarked  string // a body class or id naming an error page
	// bodyClasses are the class names and id of the page's <body>,
	// lower-cased: where CMSs name the template that drew the page.
	bodyClasses []string
	passwords   int // password fields
	// settings counts the short blocks outside menus that are a label
	// and a value ("Server uptime: 3 days", a table row of "Uptime" and
	// "3 days"), settingWords their words: a report of a program's
	// state or settings.
	settings, settingWords int
	// sitemap is set when the document is a sitemaps.org urlset or
	// sitemap index, which an HTML parser reads as unknown elements.
	sitemap bool
	// credentials counts the form fields outside menus that ask for
	// an email address, a user name or a password.
	credentials int
	visible     strings.Builder
	visibleN    int
	// Links and the words inside them, anywhere on the page.
	links, linkWords int
	inLink           int
	// Prose: blocks of sentence text outside page chrome with few links.
	proseWords, proseBlocks int
	// Headline links: links of four words or more, outside menus.
	headlineLinks int
	// linkedHeadings counts the h2-h4 headings outside menus whose text
	// is one link to another page: the headlines of teasers.
	linkedHeadings int
	// teaserWords is the prose under such headings, before the next
	// heading: the text of teasers, or of whole posts on a blog's front.
	teaserWords int
	underLinked bool
	// cardLink is the address of the outermost link outside menus the
	// walk is inside, else "": a heading inside it is a card's headline.
	cardLink string
	// inCardHeading is set once a heading inside cardLink's link was
	// read as a teaser's headline.
	inCardHeading bool
	// teasers holds the prose words under each linked heading.
	teasers []int
	// noindex is set when the page asks search engines not to index it.
	noindex bool
	// refreshNow is set when the page sends the reader to another
	// address at once (a meta refresh of no delay, also one inside a
	// noscript, which the parser keeps as text).
	refreshNow bool
	// product and offer are set when the page's markup (schema.org
	// microdata or JSON-LD, og:type) describes a product and an offer
	// of it for sale; writing marks one of the article or review types
	// in microdata, as a review of the product would.
	product, offer, writing bool
	// rows counts the table rows outside menus whose cells are short
	// (no prose), rowWords the words in them.
	rows, rowWords int
	// mainWords are the words outside menus. listLinks counts the
	// links outside menus in blocks whose words are almost all link
	// text (an index's entries, one link or several to a block), and
	// listWords the words of those blocks.
	mainWords, listLinks, listWords int
	// cutBlocks counts the prose blocks that end in an ellipsis, as a
	// list page's summaries of posts do, and cutWords their words.
	cutBlocks, cutWords int
	// tocLinks counts the links outside menus inside a table of
	// contents: an element whose class or id says so ("toc",
	// "section-toc"), as documentation generators mark them.
	tocLinks int
	inTOC    int
	// tocWords are the words of those links.
	tocWords int
	// chromeLinks are the links inside menus, headers and footers.
	chromeLinks int
	// listIntro is the phrase ("here is a list of") of a short line near
	// the top of the main text that announces a list as the page.
	listIntro string
	// nameListLinks counts the items of lists outside menus that are
	// each one link of a few words: a name, as a part's index lists its
	// pages ("Installation", "Writing Your Docs"), not a headline.
	nameListLinks int
	// describedRows counts the table rows outside menus that are a
	// name linking to its page and a line saying what it is (an index
	// of modules, classes or functions), describedWords their words.
	describedRows, describedWords int
	inDescribed                   int
	// termEntries counts the terms of definition lists outside menus
	// that are an index's entries (terms.go): a name linking to its
	// page over a line on it; termWords their words, termProse the
	// prose among them, inTerms is set inside such a list.
	termEntries, termWords, termProse int
	inTerms                           int
	// lineEntries counts the lines of lists and paragraphs outside
	// menus that are an index's entries (described.go): a name linking
	// to its page, a dash or a colon and a line on it; lineWords their
	// words, lineProse the prose among them, inLines is set inside.
	lineEntries, lineWords, lineProse int
	inLines                           int
	// whereRows counts the table rows outside menus of a plain name and
	// cells of links alone (whererow.go), whereWords their words: an
	// index of names and the pages that define them.
	whereRows, whereWords int
	// recordRows counts the table rows outside menus whose cells are
	// all fields of a few words (records.go), recordWords their words:
	// a table of records, however wide its rows.
	recordRows, recordWords int
	// entries counts the list items outside menus that are a few words
	// with a link (entries.go), entryWords their words: an index's
	// entries, each a name and where it is.
	entries, entryWords int
	// letterBar is the most links of a bar of single letters in
	// alphabetical order outside menus ("A | B | C ..."): an index by
	// letter (letters.go).
	letterBar int
	// lines counts the blocks outside menus, headings and such rows
	// that are six words or more without a link: a function's page
	// says what it does in one, under its declaration, in fewer words
	// than prose and often without a full stop.
	lines int
	// The shape's own measures (shape.go): prose words by the element
	// whose children they are, the longest run of like sibling cards,
	// <article> elements, and a publication date in the markup.
	proseByParent map[*html.Node]int
	repeatedCards int
	articleElems  int
	// inArticle is set inside an <article> outside menus, postHeader
	// inside the <header> of such an element: the post's own header,
	// which holds its headline (HTML scopes a header to its nearest
	// article), not the page's.
	inArticle, postHeader int
	dated                 bool
}

// proseMinWords is the least a block needs to count as prose: a
// sentence, not a label or a teaser's kicker.
const proseMinWords = 12

// HTML classifies a parsed HTML page. pageURL may be empty.
func HTML(pageURL string, doc *html.Node) Verdict {
	if v := byURL(pageURL); !v.IsArticle() {
		return v
	}
	return rules(pageURL, gather(doc, false))
}

// Measure gives a page's shape and the verdict of the rules: what
// bench/pagetypefit cross-validates a model of shapes against.
func Measure(pageURL string, doc *html.Node) (Shape, Verdict) {
	if v := byURL(pageURL); !v.IsArticle() {
		return Shape{}, v
	}
	f := gather(doc, true)
	return f.shape(pageURL), rules(pageURL, f)
}

// rules are the verdicts that name what a page is: its headline, its
// markup, its links and prose.
func rules(pageURL string, f *features) Verdict {
	if f.sitemap {
		return verdict(Listing, "a sitemap: a list of a site's addresses for crawlers")
	}
	visible := f.visible.String()
	listing := phrasesOf(lang.ListingTitlePhrases)
	errorWords := phrasesOf(lang.ErrorPagePhrases)
	// A search page also asks search engines not to index it; its
	// results' snippets read like prose.
	listed := (f.headlineLinks >= 4 || f.proseWords < 100 || f.noindex) && f.proseWords < 300
	for _, h := range append([]string{f.title}, f.headings...) {
		if p := listing.find(h); p != "" && listed {
			return verdict(Listing, "the headline says %q over %d headline links and %d words of prose", p, f.headlineLinks, f.proseWords)
		}
	}
	// A page of links and nothing else (a server's directory listing)
	// lists other things.
	if f.links >= 2 && f.linkWords == f.visibleN && f.proseWords == 0 {
		return verdict(Listing, "%d links and no other text", f.links)
	}
	// A page of a few words that says "not found" is an error page
	// whatever its headline (a server's bare error response). A moved
	// or removed stub is one too when its footer and menus are set
	// aside: a heading and one short paragraph saying where the content
	// went, linking on, under the site's usual copyright line.
	// A brief saying an office "has been moved" links nowhere, or is
	// marked as an article by its site.
	// Where a template leaves its menus unmarked (plain divs of links
	// and language bars), the words outside links are the measure.
	stub := (f.mainWords <= 50 || f.visibleN-f.linkWords <= 60) && f.proseBlocks <= 1 && f.proseWords < 40 && f.links > f.chromeLinks &&
		!f.ldArticle && !isArticleType(f.ogType)
	if f.visibleN <= 50 && f.proseWords == 0 || stub {
		if p := errorWords.find(visible); p != "" && !isNumber(p) {
			return verdict(Error, "a page of %d words that says %q", f.visibleN, p)
		}
	}
	// A page that sends the reader to another address at once, with a
	// few words for clients that do not follow (a link to where it
	// goes), is a redirect's body: the content is elsewhere.
	if f.refreshNow && f.visibleN <= 50 && f.proseWords < 40 && !f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Error, "a redirect's body: the page refreshes to another address at once, %d words", f.visibleN)
	}
	// A page that calls itself an article but holds no text is a shell
	// filled in by scripts: extracting it fails, which the user must
	// see, rather than being skipped.
	if f.visibleN < 8 && f.proseWords == 0 && !f.ldArticle && !isArticleType(f.ogType) {
		// A frame's list (a package's classes in a side frame) is
		// a name over a link or two, and no less a list for that.
		if f.links > f.chromeLinks && f.visibleN-f.linkWords <= 4 {
			return verdict(Listing, "%d words, %d of them in %d links: a name over a list", f.visibleN, f.linkWords, f.links)
		}
		return verdict(Error, "empty document (%d words)", f.visibleN)
	}
	// A page that stands in for a site not built yet (a web server's
	// welcome page after installation, a parked domain) is the site's
	// front with nothing on it; a story about such pages tells more.
	if p := phrasesOf(lang.PlaceholderPagePhrases).find(visible); p != "" && f.proseWords < 300 {
		return verdict(Index, "a placeholder for a site: %q", p)
	}
	if p := phrasesOf(lang.BlockPagePhrases).find(visible); p != "" && f.proseWords < 250 {
		return verdict(Error, "a block page: %q", p)
	}
	// A soft not-found page fills the space under its apology with
	// teasers of the site's latest stories, each a linked headline over
	// a line of standfirst: that prose is other pages', not the page's
	// own (ownProse). A page that marks itself as an article keeps all
	// its prose, and one that also tells its news in three paragraphs
	// is a story whatever its headline says ("Missing kayaker still not
	// found" over related stories).
	marked := f.ldArticle || isArticleType(f.ogType)
	own := f.proseWords
	if !marked {
		own = f.ownProse()
	}
	for _, h := range append([]string{f.title}, f.headings...) {
		if marked && f.proseBlocks >= 3 {
			break
		}
		if p := errorWords.find(h); p != "" && own < 120 && errorHeadline(h, p, own) {
			return verdict(Error, "the headline says %q and the page has %d words of prose of its own", p, own)
		}
	}
	// A page that calls itself "Error" in a part of its title or a
	// whole heading (pydoc's "Pydoc: Error - json.foo", Python's
	// http.server "Error response") and has next to nothing to read is
	// an error page; a story about an error says what went wrong in
	// sentences under a headline of its own.
	if name := errorName(f); name != "" && f.proseWords < 40 && !f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Error, "the page is named %q and has %d words of prose", name, f.proseWords)
	}
	if f.errorMarked != "" && f.proseWords < 200 {
		return verdict(Error, "the page is marked %q", f.errorMarked)
	}
	if p := phrasesOf(lang.PaywallPhrases).find(visible); p != "" && f.proseWords < 120 {
		return verdict(Login, "a paywall (%q) over %d words of prose", p, f.proseWords)
	}
	// A shop's product page offers a thing for sale; its description
	// is no article. Reviews mark themselves as such and are kept.
	if f.product && f.offer && !f.writing && !f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Index, "a product page: its markup offers a product for sale")
	}
	// No story is served at a site's root: a front that carries its
	// template's article markup is still the front, unless its one
	// headline is its title or it is one piece of prose linking
	// nowhere (a site of one page).
	if isRoot(pageURL) && !f.headlineIsTitle() && !f.onePiece() {
		return verdict(Index, "the address is a site's root")
	}
	if f.ldArticle || isArticleType(f.ogType) {
		// A sign-in box in the chrome of an article page is common;
		// a page that calls itself an article is one unless it says
		// otherwise above.
		return Verdict{Type: Article}
	}
	// Search, diff, history, tag and error pages ask search engines
	// not to index them; a story wants to be found. Such a page with
	// hardly any prose is not an article.
	if f.noindex && f.proseWords < 100 {
		return verdict(Listing, "the page asks search engines not to index it and has %d words of prose", f.proseWords)
	}
	if f.passwords > 0 && f.proseWords < 150 {
		return verdict(Login, "a password field and %d words of prose", f.proseWords)
	}
	// Sign-in pages often ask for the email address first and the
	// password on a second step: the form has no password field, but
	// the headline says what the page is, and there is nothing to read.
	if f.credentials > 0 && f.proseWords < 60 {
		if p := loginHeadline(f); p != "" {
			return verdict(Login, "the headline says %q over a form asking for an account and %d words of prose", p, f.proseWords)
		}
	}
	if isRoot(pageURL) && !f.onePiece() {
		return verdict(Index, "the address is a site's root")
	}
	// Sites file the list of a tag's, a category's or an author's posts
	// under an address of its own ("/tag/budget/"); such a page is a run
	// of teasers or has little prose (listShaped). A story's address
	// ends in its own slug, and a short story filed under a topic's
	// address has its headline for a title and says it in sentences.
	if cue := listingAddress(pageURL); cue != "" && f.listShaped() && (!f.headlineIsTitle() || f.proseWords < 100) {
		return verdict(Listing, "the address files the page under %q, over %d headline links and %d words of prose", cue, f.headlineLinks, f.proseWords)
	}
	if name := homeTitle(f.title); name != "" && !f.headlineIsTitle() && !f.onePiece() {
		return verdict(Index, "the title calls the page %q", name)
	}
	// A home page is named by the site alone, and a template that
	// joins the page's name to the site's then says the site's name
	// twice ("Python-Markdown — Python-Markdown 3.4.1 documentation").
	if name := siteNamedTwice(f.title); name != "" && !f.headlineIsTitle() {
		return verdict(Index, "the title names the site %q twice: the site's own first page", name)
	}
	if name := frontTitle(f.title); name != "" && !f.headlineIsTitle() {
		return verdict(Index, "the title is a name and %q, as a site's or documentation's first page is called", name)
	}
	// Some CMSs give every page the site's root as canonical: it names a
	// home page only when the page is also shaped like one.
	if isRoot(f.canonical) && (f.headlineLinks >= 5 || f.proseWords < 50 || f.proseWords < 150 && !f.headlineIsTitle()) {
		return verdict(Index, "the canonical address is a site's root, over %d headline links and %d words of prose", f.headlineLinks, f.proseWords)
	}
	// The page's markup says it is a collection of other pages: a
	// blog's front or archive ("CollectionPage", as WordPress SEO
	// plugins mark them), search results, a tag's series of posts.
	// schema.org gives a story one of the article types, checked above; a
	// front at its site's root is named an index above.
	if f.ldCollection != "" {
		return verdict(Listing, "the page's markup calls it a %s", f.ldCollection)
	}
	// A page whose h1 is its title's headline is one story's page,
	// however many links surround it.
	if f.headlineLinks >= 8 && f.proseWords < 40*f.headlineLinks/8 && f.proseBlocks < 4 && !f.headlineIsTitle() {
		return verdict(Index, "%d headline links over %d words of prose", f.headlineLinks, f.proseWords)
	}
	// A page whose words sit mostly in the short rows of tables, with
	// hardly any prose, is a table of other things (a list of sites, a
	// server's status or index page), not a story told in sentences.
	if f.rows >= 20 && f.rowWords*10 >= f.visibleN*6 && f.proseWords < 150 && !f.headlineIsTitle() {
		return verdict(Listing, "%d of its %d words in %d short table rows, %d words of prose", f.rowWords, f.visibleN, f.rows, f.proseWords)
	}
	// A report of records (a server's workers and their requests, a
	// log, a register) puts its words in the fields of a table's rows,
	// however wide: a third of the words outside menus or more, twice
	// its prose, which is hardly any, under a headline that is not its
	// title. A story that
	// carries a table of results tells it in its own paragraphs, under
	// its own headline.
	if f.recordRows >= 10 && f.recordWords*3 >= f.mainWords && f.recordWords >= 2*f.proseWords && f.proseWords < 100 && !f.headlineIsTitle() &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "%d table rows of short fields hold %d of the %d words outside menus, %d words of prose", f.recordRows, f.recordWords, f.mainWords, f.proseWords)
	}
	// A page whose main part is entries that are links (an index of
	// modules or functions, a table of contents, search results, a
	// list of error codes) points to other pages and tells nothing of
	// its own: the few sentences over it introduce the list. The h1 of
	// such a page often repeats its title, so that is no evidence of a
	// story here; prose is.
	if f.listLinks >= 20 && f.listWords*10 >= f.mainWords*6 && f.proseWords < 150 && f.proseWords*4 < f.listWords {
		return verdict(Listing, "%d links in lists holding %d of the %d words outside menus, %d words of prose", f.listLinks, f.listWords, f.mainWords, f.proseWords)
	}
	// A documentation title page (a manual's first page, a texinfo Top
	// node) is its table of contents under a title, a version and a
	// licence: it points to the chapters and tells nothing itself. A
	// chapter that opens with its own contents has its prose after them.
	// A part's first page may say in a few paragraphs what the part
	// holds: still a table of contents when they are a fraction of it.
	if f.tocLinks >= 3 && (f.proseWords < 150 || f.proseWords*4 < f.tocWords) && f.tocLinks*2 >= f.links-f.chromeLinks {
		return verdict(Listing, "a table of contents of %d links over %d words of prose", f.tocLinks, f.proseWords)
	}
	// An index says what it is in a line over its list ("Here is a list
	// of all documented files with brief descriptions:") and has nothing
	// else to say: a story that lists things tells them in sentences.
	if f.listIntro != "" && f.proseWords < 100 && f.links > f.chromeLinks {
		return verdict(Listing, "a line over the page says %q and the page has %d words of prose", f.listIntro, f.proseWords)
	}
	// An index by letter puts a bar of the letters over its entries
	// so that a reader can jump to those under one; a story or a
	// chapter is read from its start and needs none. A glossary that
	// defines its terms in sentences has prose.
	if f.letterBar > 0 && f.proseWords < 100 && !f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "a bar of %d single letters in order over the entries, %d words of prose", f.letterBar, f.proseWords)
	}
	// A part's first page says in a sentence or two what the part is
	// about over the list of its pages, each a link that is a name of a
	// few words ("Installation", "Configuration"). A story's related
	// links are headlines, its text is prose, and a short chapter's
	// "See also" list sits under a heading of its own (nameItems).
	if f.nameListLinks >= 4 && f.proseWords < 100 && f.proseBlocks <= 3 && !f.headlineIsTitle() {
		return verdict(Listing, "%d names linking to other pages in lists, %d words of prose", f.nameListLinks, f.proseWords)
	}
	// An index of modules, classes or functions gives each entry as its
	// name, linking to its page, and a line saying what it is; the
	// lines read as prose, but the page tells nothing of its own: the
	// entries hold three quarters of the words outside menus, the rest
	// is a few lines over them and letters between them. A chapter with
	// a table of its functions explains them in paragraphs.
	if f.describedRows >= 10 && f.describedWords*4 >= f.mainWords*3 {
		return verdict(Listing, "%d table rows of a name linking to its page and a line on it hold %d of the %d words outside menus", f.describedRows, f.describedWords, f.mainWords)
	}
	// The same entries as a definition list (terms.go): each a name
	// linking to its page over a line or a short paragraph on it. The
	// page's own prose is what lies outside the entries, a line or two
	// over them; a chapter that lists its documents explains in
	// paragraphs of its own, and one marked as an article is one.
	if f.termEntries >= 4 && f.termWords*2 >= f.mainWords && f.proseWords-f.termProse < 100 &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "%d terms of definition lists, each a name and a line on the page it links to, hold %d of the %d words outside menus; %d words of prose outside them", f.termEntries, f.termWords, f.mainWords, f.proseWords-f.termProse)
	}
	// And as lines (described.go): list items, or a paragraph's lines
	// parted by <br>, each a name linking to its page, a dash or a
	// colon and a line on it, under a line saying what follows at most
	// (under 40 words of prose outside them). A story's or a chapter's
	// list of further reading sits under prose of its own, and a book's
	// first page introduces the book in paragraphs before its chapters.
	if f.lineEntries >= 3 && f.lineWords*2 >= f.mainWords && f.proseWords-f.lineProse < linesMaxProse &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "%d lines, each a name linking to its page, a dash and a line on it, hold %d of the %d words outside menus; %d words of prose outside them", f.lineEntries, f.lineWords, f.mainWords, f.proseWords-f.lineProse)
	}
	// An index of names gives each in a table row with the pages that
	// define it, links and nothing else (whererow.go); it says nothing
	// of its own. A table in a story has figures or text in its cells.
	if f.whereRows >= 10 && f.whereWords*2 >= f.mainWords && f.proseWords < 50 &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "%d table rows of a name and links to where it is defined hold %d of the %d words outside menus, %d words of prose", f.whereRows, f.whereWords, f.mainWords, f.proseWords)
	}
	// A page without one sentence of its own whose words are mostly
	// links is a list of other things under a name (a package's
	// classes, a class tree), or such a list with nothing in it yet:
	// even a brief or a function's page says its piece in a line,
	// and a photo story marks itself as an article.
	if f.proseWords == 0 && f.lines == 0 && f.mainWords <= 80 && f.links-f.chromeLinks >= 4 && f.linkWords*3 >= f.visibleN &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "no sentence, %d links holding %d of its %d words", f.links-f.chromeLinks, f.linkWords, f.visibleN)
	}
	// A page of an index by letter that holds a few entries (a name and
	// where it is defined, a link) and nothing else says nothing of its
	// own: not one sentence or line of text. Its entries are its page.
	if f.proseWords == 0 && f.lines == 0 && f.entries >= 3 && f.entryWords*2 >= f.mainWords &&
		!f.ldArticle && !isArticleType(f.ogType) {
		return verdict(Listing, "%d entries of a few words and a link hold %d of the %d words outside menus, no sentence", f.entries, f.entryWords, f.mainWords)
	}
	// A server's status or settings page reports its state as labels
	// and values ("Server uptime: 3 days", "Total accesses: 120") and
	// tells nothing in sentences; a story's fact box ("Born: 1950")
	// sits beside its prose.
	if f.settings >= 8 && f.settingWords*6 >= f.mainWords && f.proseWords < 100 {
		return verdict(Listing, "%d lines of a label and a value hold %d of the %d words outside menus, %d words of prose", f.settings, f.settingWords, f.mainWords, f.proseWords)
	}
	// Site generators and CMSs name a listing page by what it lists:
	// "Archive - Blog", <h1>Tags</h1>, "Index — Docs", "Search | Site".
	// A story is named by what happened; one named "Archive" still
	// tells it in prose.
	if name := listingName(f); name != "" && listed {
		return verdict(Listing, "the page is named %q, over %d headline links and %d words of prose", name, f.headlineLinks, f.proseWords)
	}
	// A list page prints each post's summary, cut by the template
	// where the post goes on ("… the three cheap accessories that…",
	// "… moving the boats to the yard […]"). A story's paragraphs end
	// their sentences; three or more that trail off, holding most of
	// the page's prose, are teasers of other pages.
	if f.cutBlocks >= 3 && f.cutWords*10 >= f.proseWords*6 && !f.headlineIsTitle() {
		return verdict(Listing, "%d summaries cut off with an ellipsis hold %d of %d words of prose", f.cutBlocks, f.cutWords, f.proseWords)
	}
	// A front that shows its posts whole (a blog's or a party's news
	// page) has prose, but it sits in several sections under headings
	// that link to each post's own page, none of them the bulk of it.
	if !f.headlineIsTitle() {
		if n, share, top := f.teaserShape(); n >= 4 && share >= 0.6 && top < 0.34 {
			return verdict(Index, "%d posts under headings that link to their own pages, the longest %.0f%% of the prose", n, 100*top)
		}
	}
	// A hub of videos, photo galleries, podcast episodes or live pages
	// lists them as headings that link to each, with nothing of its
	// own to read: no story tells itself in fewer than 40 words under
	// a run of other pages' headlines.
	if f.linkedHeadings >= 5 && f.proseWords < 40 && (f.proseBlocks <= 1 || !f.headlineIsTitle()) {
		return verdict(Listing, "%d headings that link to other pages over %d words of prose", f.linkedHeadings, f.proseWords)
	}
	// A section front is named by its section alone: "Photos | Site",
	// <h1>Video</h1>. A story's title names what happened, and one
	// filed under a section label carries its headline after it
	// ("Opinion | Why the budget fails").
	if label := sectionName(f); label != "" && listed {
		return verdict(Index, "the page is named after the section %q, over %d headline links and %d words of prose", label, f.headlineLinks, f.proseWords)
	}
	return Verdict{Type: Article}
}

// asksCredential tells whether form field n asks for an account: an
// email address, a user name or a password.
func asksCredential(n *html.Node) bool {
	switch strings.ToLower(attr(n, "type")) {
	case "email", "password":
		return true
	case "", "text":
		for _, k := range []string{"name", "autocomplete", "id"} {
			switch strings.ToLower(attr(n, k)) {
			case "email", "username", "user", "login", "e-mail":
				return true
			}
		}
	}
	return false
}

// loginHeadline returns the sign-in phrase ("log in", "anmelden") that
// the page's headline, or the first part of its title, mostly consists
// of, or "".
func loginHeadline(f *features) string {
	ps := phrasesOf(lang.LoginPagePhrases)
	var hs []string
	if tp := titleParts.Split(normalise(f.title), -1); len(tp) > 0 {
		hs = append(hs, tp[0])
	}
	hs = append(hs, f.headings...)
	for _, h := range hs {
		if p := ps.find(h); p != "" && wordCount(h)-wordCount(p) <= 4 {
			return p
		}
	}
	return ""
}

// sectionName returns the section label ("photos", "video") that the
// page's whole h1 is, or the first part of a title of at most two parts
// (the section's name and the site's), or "".
func sectionName(f *features) string {
	labels := phrasesOf(lang.SectionLabels)
	var parts []string
	if tp := titleParts.Split(normalise(f.title), -1); len(tp) > 0 && len(tp) <= 2 {
		parts = append(parts, tp[0])
	}
	for _, h := range f.headings {
		parts = append(parts, normalise(h))
	}
	return partNamed(parts, labels)
}

// listShaped tells whether a page's prose is what a list of posts
// holds: little of it (under 300 words, a few teasers' lines), or most
// of it in sections under headings linking to other pages, none of them
// the bulk, or in summaries cut off where each post goes on. A topic's
// or a blog's page that holds whole texts of its own is read for them
// even where its template or address marks it a list.
func (f *features) listShaped() bool {
	if f.proseWords < 300 {
		return true
	}
	if n, share, top := f.teaserShape(); n >= 4 && share >= 0.6 && top < 0.34 {
		return true
	}
	return f.cutBlocks >= 3 && f.cutWords*10 >= f.proseWords*6
}

// ownProse is the page's prose less the teasers' (prose under headings
// that link to other pages).
func (f *features) ownProse() int { return f.proseWords - f.teaserWords }

// teaserShape tells how a page's prose falls under linked headings: the
// number of such sections with prose, their share of all prose and the
// share of the longest.
func (f *features) teaserShape() (n int, share, top float64) {
	if f.proseWords == 0 {
		return 0, 0, 0
	}
	longest := 0
	for _, w := range f.teasers {
		if w > 0 {
			n++
		}
		longest = max(longest, w)
	}
	return n, float64(f.teaserWords) / float64(f.proseWords), float64(longest) / float64(f.proseWords)
}

// errorHeadline tells whether headline h, which holds the error phrase
// p, is an error page's: its words are mostly the phrase ("Oops! Page not
// found", "404 - File or directory not found | Site"), or the page has
// almost no prose. A news headline quotes such words inside a sentence of
// its own ("Bank customers see '503 Service Unavailable' as payments
// fail").
func errorHeadline(h, p string, proseWords int) bool {
	if isNumber(p) {
		// A bare status code names an error only in a short
		// headline: "500 jobs cut at the plant" is news.
		return wordCount(h) <= 4
	}
	return wordCount(h)-wordCount(p) <= 5 || proseWords < 40
}

// errorName returns the error page's name ("Error", "Fehler") that one
// part of the title or a whole h1 consists of, or "".
func errorName(f *features) string {
	parts := titleParts.Split(normalise(f.title), -1)
	for _, h := range f.headings {
		parts = append(parts, normalise(h))
	}
	return partNamed(parts, phrasesOf(lang.ErrorPageNames))
}

// homeTitle returns the home-page name ("Home", "Startseite") that one
// part of a title consists of ("Home | Site", "Startseite: Stadt X"), or "".
func homeTitle(title string) string {
	return partNamed(titleParts.Split(normalise(title), -1), phrasesOf(lang.HomePageNames))
}

// frontTitle returns the ending ("home page", "documentation") of a
// title of one part that is a name of one to three words and that
// ending: "SQLite Home Page", "Python 3.11 documentation". The pages
// inside such a tree carry that name after their own ("Policies |
// Node.js Documentation"), and a story's title says what happened.
func frontTitle(title string) string {
	t := normalise(title)
	if len(titleParts.Split(t, -1)) != 1 {
		return ""
	}
	// A numbered section ("J.3. Building the Documentation", "Appendix
	// J. Documentation") is a part of a book, not its front.
	if sectionNumber.MatchString(t) {
		return ""
	}
	for _, e := range phrasesOf(lang.FrontPageEndings) {
		if name, ok := strings.CutSuffix(t, " "+e); ok {
			if n := wordCount(name); n >= 1 && n <= 3 {
				return e
			}
		}
	}
	return ""
}

// siteNamedTwice returns the first part of a title of two parts when
// the second, where sites put their name, starts with it as a whole word
// ("Python-Markdown — Python-Markdown 3.4.1 documentation"), or "". A
// chapter's title has its own name first and the site's last ("json —
// JSON encoder and decoder — Python 3.11 documentation").
func siteNamedTwice(title string) string {
	t := normalise(title)
	parts := titleParts.Split(t, -1)
	if len(parts) != 2 || parts[0] == "" {
		return ""
	}
	if parts[1] == parts[0] {
		return parts[0]
	}
	// A colon introduces what the page is about within the manual
	// named after it ("gio: GIO Reference Manual", a reference page of
	// a tool in gtk-doc's manual); a front repeats its whole name.
	if sep := titleParts.FindString(t); !strings.Contains(sep, ":") && strings.HasPrefix(parts[1], parts[0]+" ") {
		return parts[0]
	}
	return ""
}

// listingName returns the listing-page name ("archive", "tags",
// "search") that the first or last part of the page's title, or its
// whole h1, consists of, or "".
func listingName(f *features) string {
	names := phrasesOf(lang.ListingPageNames)
	// The first or last part of the title: where a site puts the page's
	// name beside its own. A middle part is a breadcrumb, as in
	// "Blog » Archive » Post title" over a single post.
	var parts []string
	if tp := titleParts.Split(normalise(f.title), -1); len(tp) > 0 {
		parts = append(parts, tp[0], tp[len(tp)-1])
	}
	for _, h := range f.headings {
		parts = append(parts, normalise(h))
	}
	return partNamed(parts, names)
}

// partNamed returns the first name that one of parts consists of, once
// the marks headings and titles wrap names in are trimmed, or "".
func partNamed(parts, names []string) string {
	for _, part := range parts {
		part = strings.Trim(part, " #*.!")
		for _, n := range names {
			if part == n {
				return n
			}
		}
	}
	return ""
}

// refreshAtOnce matches a meta refresh's content of no delay that names
// an address ("0;index.html", "0; url=/new/"); refreshMarkup the whole
// element, as a noscript's text holds it.
var (
	refreshAtOnce = regexp.MustCompile(`^\s*0*\s*[;,]\s*\S`)
	refreshMarkup = regexp.MustCompile(`(?i)<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]+content\s*=\s*["']\s*0*\s*[;,]\s*[^"'\s]`)
)

// sectionNumber matches a title that opens with the number of a book's
// section, chapter or appendix: "7.", "J.3.", "Chapter 7.", "Appendix J.".
var sectionNumber = regexp.MustCompile(`^((chapter|appendix|part|section)\s+)?[0-9a-z]{1,3}(\.[0-9]{1,3})*\.\s`)

// titleParts splits a title where sites join a page's name to theirs.
var titleParts = regexp.MustCompile(`\s+[|\-–—·»]\s+|:\s+`)

// isNumber tells a bare status code ("404"), which names an error only
// in a short headline: "500 jobs cut at the plant" is news.
func isNumber(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// headlineIsTitle tells whether an h1 of the page is the headline its
// title starts with ("Storm hits coast | Site" over <h1>Storm hits
// coast</h1>), as on an article's own page.
func (f *features) headlineIsTitle() bool {
	t := normalise(f.title)
	for _, h := range f.headings {
		if h = normalise(h); wordCount(h) >= 3 && strings.HasPrefix(t, h) {
			return true
		}
	}
	return false
}

func isArticleType(t string) bool {
	t = strings.ToLower(t)
	return t == "article" || strings.HasPrefix(t, "article:") || t == "news" || t == "blog" || t == "blogposting"
}

// isRoot reports whether u is the root of a site ("/", "/index.html",
// "/en/"): a home page.
func isRoot(u string) bool {
	if u == "" {
		return false
	}
	p, err := url.Parse(u)
	// A canonical link may be a path alone ("/"): the root of the
	// page's own site.
	if err != nil || p.Host == "" && !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") && p.Host == "" || p.RawQuery != "" {
		return false
	}
	path := strings.Trim(strings.ToLower(p.Path), "/")
	switch {
	case path == "":
		return true
	case strings.HasPrefix(path, "index.") && !strings.Contains(path, "/"):
		return true
	case len(path) == 2 || len(path) == 5 && path[2] == '-': // "en", "en-gb"
		return true
	}
	return false
}

// gather walks the page once. The shape's own measures, which the
// verdict does not read, are taken only when shape is set: counting
// cards looks into every element's children.
func gather(doc *html.Node, shape bool) *features {
	f := &features{}
	var walk func(n *html.Node, chrome bool, b *block)
	walk = func(n *html.Node, chrome bool, b *block) {
		switch n.Type {
		case html.TextNode:
			words := wordCount(n.Data)
			if words == 0 {
				return
			}
			f.visibleN += words
			if f.inLink > 0 {
				f.linkWords += words
				if f.inTOC > 0 && !chrome {
					f.tocWords += words
				}
			}
			if f.visible.Len() < 64<<10 {
				f.visible.WriteString(n.Data)
				f.visible.WriteByte(' ')
			}
			if b != nil {
				b.words += words
				b.text.WriteString(n.Data)
				b.text.WriteByte(' ')
				if b.inLink > 0 {
					b.linkWords += words
				}
			}
			return
		case html.ElementNode:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, chrome, b)
			}
			return
		}
		if t := attr(n, "itemtype"); t != "" {
			f.microdata(t)
		}
		if n.DataAtom == 0 && (n.Data == "urlset" || n.Data == "sitemapindex") {
			f.sitemap = true
		}
		switch n.DataAtom {
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				ld := textOf(n)
				if ldNamesArticle(ld) {
					f.ldArticle = true
				}
				if ldNamesProduct(ld) {
					f.product, f.offer = true, true
				}
				if t := ldCollectionType(ld); t != "" {
					f.ldCollection = t
				}
				if strings.Contains(strings.ToLower(ld), `"datepublished"`) {
					f.dated = true
				}
			}
			return
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
			if n.DataAtom == atom.Iframe || n.DataAtom == atom.Noscript {
				// Block pages put their message in an iframe's
				// fallback text; it is parsed as text.
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						f.visible.WriteString(c.Data)
						f.visible.WriteByte(' ')
						if refreshMarkup.MatchString(c.Data) {
							f.refreshNow = true
						}
					}
				}
			}
			return
		case atom.Title:
			if f.title == "" {
				f.title = strings.TrimSpace(textOf(n))
			}
			return
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name"))
			if strings.EqualFold(strings.TrimSpace(attr(n, "http-equiv")), "refresh") && refreshAtOnce.MatchString(attr(n, "content")) {
				f.refreshNow = true
			}
			if t := strings.ToLower(strings.TrimSpace(attr(n, "content"))); key == "og:type" && (t == "product" || strings.HasPrefix(t, "product.") || t == "og:product") {
				f.product, f.offer = true, true
			}
			if datedMeta(key) || datedMeta(strings.ToLower(attr(n, "itemprop"))) {
				f.dated = true
			}
			switch key {
			case "og:type":
				f.ogType = strings.TrimSpace(attr(n, "content"))
			case "robots":
				if strings.Contains(strings.ToLower(attr(n, "content")), "noindex") {
					f.noindex = true
				}
			case "og:url":
				if f.canonical == "" {
					f.canonical = strings.TrimSpace(attr(n, "content"))
				}
			}
			return
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") {
				f.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return
		case atom.Body:
			f.bodyClasses = strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id")))
			f.errorMarked = errorClass(f.bodyClasses)
		case atom.Time:
			if !chrome {
				f.dated = true
			}
		case atom.Article:
			f.articleElems++
			if !chrome {
				f.inArticle++
				defer func() { f.inArticle-- }()
			}
		case atom.Input:
			if strings.EqualFold(attr(n, "type"), "password") {
				f.passwords++
			}
			if !chrome && asksCredential(n) {
				f.credentials++
			}
		case atom.H1:
			if !chrome {
				f.underLinked = false
			}
			if len(f.headings) < 4 {
				f.headings = append(f.headings, strings.TrimSpace(textOf(n)))
			}
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			// A list template puts each post's linked headline in the
			// post's own <header> (WordPress's "entry-header"): a
			// teaser's headline all the same.
			if !chrome || f.postHeader > 0 {
				f.underLinked = isLinkedHeading(n)
				if !f.underLinked && inCard(f.cardLink, n) {
					f.underLinked, f.inCardHeading = true, true
				}
				if f.underLinked {
					f.linkedHeadings++
					f.teasers = append(f.teasers, 0)
				}
			}
		case atom.Nav, atom.Footer, atom.Aside, atom.Button, atom.Select, atom.Header, atom.Menu:
			if n.DataAtom == atom.Header && !chrome && f.inArticle > 0 {
				f.postHeader++
				defer func() { f.postHeader-- }()
			}
			chrome = true
		default:
			// A div that declares itself a menu, banner, footer or
			// sidebar by its ARIA landmark role is that element:
			// documentation generators and older templates mark
			// their furniture so for screen readers.
			if chromeRole(n) {
				chrome = true
			}
		case atom.Li:
			if w, ok := isEntry(n); !chrome && ok {
				f.entries++
				f.entryWords += w
			}
		case atom.Ul, atom.Ol:
			if !chrome {
				f.nameListLinks += nameItems(n)
			}
		case atom.Dl:
			if entries, words := describedTerms(n); !chrome && entries > 0 {
				f.termEntries += entries
				f.termWords += words
				f.inTerms++
				defer func() { f.inTerms-- }()
			}
		case atom.Tr:
			if w := wordCount(textOf(n)); !chrome && w > 0 && w < proseMinWords {
				f.rows++
				f.rowWords += w
			}
			if w, ok := recordRow(n); !chrome && ok {
				f.recordRows++
				f.recordWords += w
			}
			if w, ok := whereRow(n); !chrome && ok {
				f.whereRows++
				f.whereWords += w
			}
			if !chrome && describedRow(n) {
				f.describedRows++
				f.describedWords += wordCount(textOf(n))
				f.inDescribed++
				defer func() { f.inDescribed-- }()
			}
		case atom.A:
			f.links++
			f.inLink++
			defer func() { f.inLink-- }()
			// A card's headline is its heading as far as its link
			// goes: the prose after the card is not the teaser's.
			if !chrome && f.cardLink == "" {
				f.cardLink = attr(n, "href")
				defer func() {
					if f.inCardHeading {
						f.underLinked, f.inCardHeading = false, false
					}
					f.cardLink = ""
				}()
			}
			if !chrome && f.inTOC > 0 {
				f.tocLinks++
			}
			if chrome {
				f.chromeLinks++
			}
			if !chrome {
				if w := wordCount(textOf(n)); w >= 4 && w <= 25 {
					f.headlineLinks++
				}
			}
			if b != nil {
				b.links++
				b.inLink++
				defer func() { b.inLink-- }()
			}
		}
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.P {
			if entries, words := describedLines(n); !chrome && entries > 0 {
				f.lineEntries += entries
				f.lineWords += words
				f.inLines++
				defer func() { f.inLines-- }()
			}
		}
		if shape && !chrome {
			f.countCards(n)
		}
		if isTOC(n) {
			f.inTOC++
			defer func() { f.inTOC-- }()
		}
		if isBlock(n.DataAtom) {
			// Text in a block inside a link (a teaser card that is
			// one link) is link text all the same.
			nb := &block{inLink: f.inLink}
			if !chrome {
				f.letterBar = max(f.letterBar, letterBar(n))
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, chrome, nb)
			}
			if !chrome && nb.links == 0 && nb.words >= 2 && nb.words <= proseMinWords && isSetting(nb.text.String()) {
				f.settings++
				f.settingWords += nb.words
			}
			if !chrome {
				// A line over the list, near the top of the main text.
				// A link that says "list of all members" is a way
				// to another page, not this one's announcement.
				if f.listIntro == "" && f.mainWords < 150 && nb.words > 0 && nb.words <= 30 && nb.linkWords*2 < nb.words {
					f.listIntro = phrasesOf(lang.ListIntroPhrases).find(nb.text.String())
				}
				f.mainWords += nb.words
				if f.inDescribed == 0 && nb.links == 0 && nb.words >= 6 && !isHeading(n.DataAtom) {
					f.lines++
				}
				if nb.links > 0 && nb.linkWords*5 >= nb.words*4 {
					f.listLinks += nb.links
					f.listWords += nb.words
				}
			}
			if !chrome && nb.isProse() {
				f.proseWords += nb.words
				f.proseBlocks++
				if f.inTerms > 0 {
					f.termProse += nb.words
				}
				if f.inLines > 0 {
					f.lineProse += nb.words
				}
				if endsCut(nb.text.String()) {
					f.cutBlocks++
					f.cutWords += nb.words
				}
				if shape {
					if f.proseByParent == nil {
						f.proseByParent = map[*html.Node]int{}
					}
					f.proseByParent[n.Parent] += nb.words
				}
				if f.underLinked {
					f.teaserWords += nb.words
					f.teasers[len(f.teasers)-1] += nb.words
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, chrome, b)
		}
	}
	walk(doc, false, nil)
	return f
}

// describedRow tells whether table row n is a name and what it is: a
// first cell that is one link of at most four words and nothing else,
// and after it one short line of description (at most 40 words, no
// more than one paragraph), as indexes of modules, classes and
// functions print their entries. A row of a story's table of figures
// has no link for a name; a table of downloads or links has no line.
func describedRow(n *html.Node) bool {
	var cells []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && strings.TrimSpace(textOf(c)) != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) != 2 {
		return false
	}
	name, line := cells[0], cells[1]
	var links []*html.Node
	var find func(*html.Node)
	find = func(x *html.Node) {
		if x.Type == html.ElementNode && x.DataAtom == atom.A && attr(x, "href") != "" {
			links = append(links, x)
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(name)
	if len(links) != 1 {
		return false
	}
	nameText := strings.TrimSpace(textOf(name))
	if w := wordCount(nameText); w < 1 || w > 4 || strings.TrimSpace(textOf(links[0])) != nameText {
		return false
	}
	paragraphs := 0
	var count func(*html.Node)
	count = func(x *html.Node) {
		if x.Type == html.ElementNode && (x.DataAtom == atom.P || x.DataAtom == atom.Li || x.DataAtom == atom.Pre) {
			paragraphs++
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			count(c)
		}
	}
	count(line)
	w := wordCount(textOf(line))
	return w >= 2 && w <= 40 && paragraphs <= 1
}

// nameItems counts the items of list n that are each one link to
// another page, of at most five words and nothing else, when there are
// at least four such and they are most of the list's items; else 0.
// Only a list that follows a paragraph of a sentence or more and ends
// its section counts: a part's introduction over the list of its pages.
// A list right under a heading is that section's ("See also"), a
// site's menu comes before any text, and a story's tags follow a label.
func nameItems(n *html.Node) int {
	p := prevElement(n)
	if p == nil || p.DataAtom != atom.P || nextElement(n) != nil {
		return 0
	}
	if t := textOf(p); wordCount(t) < proseMinWords || !strings.ContainsAny(t, sentenceEnds) {
		return 0
	}
	items, names := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			continue
		}
		items++
		words := wordCount(textOf(c))
		if words == 0 || words > 5 {
			continue
		}
		var links []*html.Node
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if d.Type == html.ElementNode && d.DataAtom == atom.A {
				links = append(links, d)
			}
		}
		// A link within the page ("#synopsis") is a chapter's own
		// table of contents, not a list of other pages.
		if len(links) == 1 && wordCount(textOf(links[0])) == words && !strings.HasPrefix(attr(links[0], "href"), "#") {
			names++
		}
	}
	if names < 4 || names*5 < items*4 {
		return 0
	}
	return names
}

// settingLine is a label of one to four words, a colon and a value of
// one to six tokens: "Server Version: Apache/2.4 (Debian)", "Total
// accesses: 120". A speaker over a sentence is longer.
var settingLine = regexp.MustCompile(`^\pL[\pL\pN_.()/-]*( [\pL\pN_.()/-]+){0,3}: \S+( \S+){0,5}$`)

// isSetting tells whether a block whose own text is text is a label and
// a value, as settingLine reads one. (A table row of two cells is not
// read here: a row's cells are blocks of their own, so the row itself
// holds no words.)
func isSetting(text string) bool {
	return settingLine.MatchString(strings.Join(strings.Fields(text), " "))
}

// prevElement is the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

// nextElement is the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for p := n.NextSibling; p != nil; p = p.NextSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

// chromeRole tells whether element n has the ARIA landmark role of
// page furniture: navigation, banner (a header), contentinfo (a footer),
// complementary (a sidebar), search, or a menu.
func chromeRole(n *html.Node) bool {
	for _, r := range strings.Fields(strings.ToLower(attr(n, "role"))) {
		switch r {
		case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar":
			return true
		}
	}
	return false
}

// isTOC tells whether element n is marked as a table of contents by its
// class or id: "toc", "section-toc", "toc-list", "table-of-contents",
// Sphinx's "toctree-wrapper".
func isTOC(n *html.Node) bool {
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if w == "toc" || w == "table-of-contents" || strings.HasSuffix(w, "-toc") || strings.HasPrefix(w, "toc-") || strings.HasPrefix(w, "toctree") {
			return true
		}
	}
	return false
}

// isLinkedHeading tells whether heading n's words are all inside one
// link, as a teaser's headline is.
func isLinkedHeading(n *html.Node) bool {
	words := wordCount(textOf(n))
	if words < 2 {
		return false
	}
	var links []*html.Node
	var find func(*html.Node)
	find = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			links = append(links, c)
			return
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			find(d)
		}
	}
	find(n)
	return len(links) == 1 && wordCount(textOf(links[0])) == words && attr(links[0], "href") != "" && !strings.HasPrefix(attr(links[0], "href"), "#")
}

// inCard tells whether heading n, inside a link to href, is the
// headline of a teaser card that is one link to another page (a kicker,
// the heading and a standfirst inside one <a>), as lists of cards print
// each: a heading of two words or more, a link that leaves the page.
func inCard(href string, n *html.Node) bool {
	return href != "" && !strings.HasPrefix(href, "#") && wordCount(textOf(n)) >= 2
}

// block accumulates the text a block element holds itself, not counting
// the blocks nested in it.
type block struct {
	words, linkWords int
	links, inLink    int
	text             strings.Builder
}

func (b *block) isProse() bool {
	if b.words < proseMinWords || b.linkWords*2 > b.words {
		return false
	}
	return strings.ContainsAny(b.text.String(), sentenceEnds)
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// endsCut tells whether a block's text ends in an ellipsis ("...",
// "…", "[…]", "(...)") and does not begin with one: a post's opening
// cut short by a list template. An excerpt quoted from the middle of a
// text (a pingback's "[…] words […]" under a post) is cut at both ends.
func endsCut(s string) bool {
	s = strings.TrimSpace(s)
	if cut(strings.TrimLeft(s, "[("), strings.HasPrefix) {
		return false
	}
	return cut(strings.TrimRight(s, "])"), strings.HasSuffix)
}

func cut(s string, at func(s, mark string) bool) bool {
	return at(s, "...") || at(s, "…")
}

// sentenceEnds are the marks that end a sentence in the scripts of the
// news: Latin and Cyrillic, CJK full stops, the Devanagari and Bengali
// danda, Arabic and Urdu question and full stops, the Armenian full stop,
// the Ethiopic full stop and the Burmese and Khmer section marks. (Thai
// and Lao mark sentences with a space alone.)
const sentenceEnds = ".!?。！？।॥؟۔։።။។"

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Li, atom.Td, atom.Th,
		atom.Blockquote, atom.Dd, atom.Dt, atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Figure, atom.Figcaption, atom.Body, atom.Center, atom.Address:
		return true
	}
	return false
}

// microdata notes the schema.org type an element declares
// (itemtype="https://schema.org/Product").
func (f *features) microdata(itemtype string) {
	for _, t := range strings.Fields(itemtype) {
		name := strings.ToLower(t[strings.LastIndexAny(t, "/#")+1:])
		switch {
		case name == "product" || name == "individualproduct" || name == "productmodel":
			f.product = true
		case name == "offer" || name == "aggregateoffer":
			f.offer = true
		case strings.HasSuffix(name, "article") || name == "blogposting" || name == "review" || name == "liveblogposting":
			f.writing = true
		}
	}
}

// ldNamesProduct reports whether a JSON-LD script declares a product
// with an offer and no review of it.
func ldNamesProduct(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	return strings.Contains(s, `"@type":"product"`) && strings.Contains(s, `"offers"`) && !strings.Contains(s, `"review"`) && !strings.Contains(s, `"@type":"review"`)
}

// ldCollectionType returns the schema.org type of a collection of other
// pages that a JSON-LD script declares, or "". ProfilePage is not one:
// sites put it on a live match page as on a person's. An ItemList sits
// inside stories (a ranking, a recipe's steps), so it is not one either.
func ldCollectionType(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	for _, t := range []string{"collectionpage", "searchresultspage", "series"} {
		if strings.Contains(s, `"@type":"`+t+`"`) || strings.Contains(s, `"@type":["`+t+`"`) {
			return t
		}
	}
	return ""
}

// ldNamesArticle reports whether a JSON-LD script declares an article
// type; a cheap look at the text, since a broken script is common.
func ldNamesArticle(s string) bool {
	s = strings.ToLower(s)
	for _, t := range []string{`"newsarticle"`, `"article"`, `"blogposting"`, `"reportagenewsarticle"`, `"analysisnewsarticle"`, `"opinionnewsarticle"`, `"backgroundnewsarticle"`, `"reviewnewsarticle"`, `"liveblogposting"`, `"scholarlyarticle"`, `"techarticle"`} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string { return dom.Attr(n, key) }

func hasToken(list, tok string) bool { return dom.HasToken(list, tok) }

func textOf(n *html.Node) string { return dom.Text(n) }
