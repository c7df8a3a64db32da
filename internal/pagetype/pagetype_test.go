package pagetype

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"crosscheck/internal/eval"
	"crosscheck/internal/pagetype/localpages"
	"crosscheck/internal/sharedtest"
	"crosscheck/internal/source"
	"crosscheck/internal/warc"
)

func classify(t testing.TB, pageURL string, data []byte) Verdict {
	t.Helper()
	if source.Sniff(data) == source.KindHTML {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return HTML(pageURL, doc)
	}
	return Text(pageURL, string(data))
}

// TestHandPages: the hand-written pages of the page-type set, named by
// what they are.
func TestHandPages(t *testing.T) {
	files, err := filepath.Glob("testdata/hand/*")
	if err != nil || len(files) == 0 {
		t.Fatal("no hand-written pages", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkNamedPage(t, name, data)
		})
	}
}

// TestLocalPages: the pages of the set that others wrote, read where
// this machine has them (testdata/local.tsv); one that is not here as it
// was labelled is skipped, saying why.
func TestLocalPages(t *testing.T) {
	entries, err := localpages.ReadManifest("testdata/local.tsv")
	if err != nil {
		t.Fatal(err)
	}
	labels := localLabels(t)
	for _, e := range entries {
		t.Run(e.Name, func(t *testing.T) {
			// Before fetching: held-out pages are never made here.
			skipUnscored(t, e.Name)
			if e.How == "pydoc" && strings.HasPrefix(e.What, "search?") {
				t.Skip("a pydoc search imports every installed module (about a minute on a shared machine); bench/extract scores it")
			}
			p, err := e.Fetch(t.Context())
			if errors.Is(err, localpages.ErrUnavailable) {
				t.Skip(err)
			}
			if err != nil {
				t.Fatal(err)
			}
			want, ok := labels[e.Name]
			if !ok {
				t.Fatalf("%s has no label in %s", e.Name, labelsPath)
			}
			if want == "unsure" {
				t.Skip("labelled unsure")
			}
			checkPage(t, p.Data, Type(want))
		})
	}
}

// labelsPath is the page-type set's labels, kept beside the benchmark.
const labelsPath = "../../bench/extract/testdata/pagetype/labels.tsv"

// localLabels reads the labels of the pages of source "local" (and
// "develop:local", added to the develop part alone).
func localLabels(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(labelsPath)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for line := range strings.Lines(string(data)) {
		if f := strings.Split(strings.TrimRight(line, "\n"), "\t"); len(f) == 3 && (f[0] == "local" || f[0] == "develop:local") {
			out[f[1]] = f[2]
		}
	}
	return out
}

// wantType is what a page of the set is, by its name.
func wantType(name string) Type {
	for _, p := range []struct {
		prefix string
		t      Type
	}{
		{"article-", Article}, {"rust-book-", Article}, {"doc-article-", Article}, {"doc-index-", Listing}, {"pydoc-topics", Listing}, {"pydoc-keywords", Listing}, {"rustdoc-std-all", Listing}, {"pydoc-index", Listing}, {"pydoc-search", Listing}, {"go-pprof", Listing},
		{"robots", Robots}, {"feed", Feed}, {"atom", Feed},
		{"http-request", Archive}, {"warcinfo", Archive}, {"heritrix", Archive}, {"crawl-log", Archive},
		{"login", Login}, {"paywall", Login}, {"register", Login},
		{"home", Index}, {"python-dirlist", Listing}, {"go-dirlist", Listing}, {"section-front", Listing}, {"tag-", Listing}, {"search-", Listing}, {"author-", Listing}, {"archive-month", Listing},
	} {
		if strings.HasPrefix(name, p.prefix) {
			return p.t
		}
	}
	return Error
}

// skipUnscored skips held-out pages added after the rules and the known
// misses.
func skipUnscored(t *testing.T, name string) {
	t.Helper()
	unseen := unseenHand[name] || strings.HasPrefix(name, "docidx-") || strings.HasPrefix(name, "docsample-")
	if unseen && eval.SplitBySite("hand/"+name) == eval.HeldOut {
		t.Skip("held-out page added after the rules: scored by bench/extract, never read")
	}
	if why := knownMiss[name]; why != "" {
		t.Skip("known miss: " + why)
	}
}

// checkNamedPage classifies a page of the set and compares it with what
// its name says it is.
func checkNamedPage(t *testing.T, name string, data []byte) {
	t.Helper()
	skipUnscored(t, name)
	checkPage(t, data, wantType(name))
}

func checkPage(t *testing.T, data []byte, w Type) {
	t.Helper()
	got := classify(t, "", data)
	// Index and listing are both "many links, no article": which of
	// the two is a detail, skipping is not.
	if got.Type != w && !(isListLike(got.Type) && isListLike(w)) {
		t.Errorf("got %s (%s), want %s", got.Type, got.Reason, w)
	}
}

// unseenHand are the real pages added to the set on 2026-12-05 (Rust
// documentation, pydoc and pprof answers; in session 4 documentation
// indexes and chapters, redirect bodies; all but the Apache 301 are now
// in testdata/local.tsv, not stored); those that fall in the held-out
// part were never looked at while writing rules, so they are
// left to the benchmark, which counts them without showing them.
var unseenHand = map[string]bool{
	"rustdoc-not-found.html": true, "rustdoc-guide-moved.html": true, "rustdoc-std-all.html": true,
	"rust-book-data-types.html": true, "rust-book-smart-pointers.html": true,
	"pydoc-index.html": true, "pydoc-error.html": true, "pydoc-search.html": true, "pydoc-search-empty.html": true,
	"go-pprof-index.html": true,
	// Session 4: documentation indexes and chapters, pydoc, redirects.
	"doc-index-nodejs.html": true, "doc-index-valgrind.html": true, "doc-index-libffi.html": true,
	"doc-index-rust-errors.html": true, "doc-index-socat.html": true, "doc-index-libxslt-functions.html": true,
	"doc-index-libtasn1.html": true, "pydoc-topics.html": true, "pydoc-keywords.html": true,
	"pydoc-search-json.html": true, "go-redirect.html": true, "apache-301.html": true,
	"doc-article-valgrind-intro.html": true, "doc-article-libffi-intro.html": true, "doc-article-socat-tun.html": true,
	"doc-article-go-mem.html": true, "doc-article-libxslt-intro.html": true, "doc-article-npm-help-search.html": true,
	"doc-article-nodejs-documentation.html": true,
}

// knownMiss are develop pages the classifier gets wrong, with why no
// rule is written for them; the benchmark counts them as misses.
var knownMiss = map[string]string{
	"docidx-libxslt1-dev-html-EXSLT-index.html": "a project's home page in the side menus of every page of its site, " +
		"with an introduction of its own: only the site's other pages tell it from a chapter",
	"docidx-libxslt1-dev-html-index.html": "the same site's home page, as above",
	// Session 9's develop documentation (labelled before any run).
	"dev9-sqlite3-lang.html": "an index of statements as links in a multi-column table, under two paragraphs",
	"dev9-sqlite3-news.html": "release notes shown whole under unlinked dated headings: shaped as a long article",
	"dev9-git-doc-howto-index.html": "a list of howtos, each a link over a paragraph describing it: " +
		"the paragraphs are prose",
	// Session 10's develop pages (labelled before any run).
	"dev10-apache-server-info.html": "lists of a server's settings under headings of module names: " +
		"the settings' lines are not links and read as text",
	"dev10-mkdocs-index.html": "a documentation's home page titled by the name alone, its sections prose about the project",
	"dev10-yaml-index.html": "labelled index (a reference's main page of a title and nothing else); skipped as an " +
		"empty document, an error: not an article either way, as the benchmark scores it",
	// Session 15's develop pages (Apache's manual; labelled on reading).
	// Its menus, breadcrumb and language bars are plain divs, so they
	// count as the page's own words.
	"dev15-apache-developer-index.html": "a part's list of documents as links under headings and a warning paragraph",
	"dev15-apache-misc-index.html":      "four documents, each a link over a paragraph on it: too few entries against the unmarked menus",
	"dev15-apache-quickreference.html":  "a table of directives whose description cells read as prose, under a letter bar and a paragraph",
	"dev15-apache-rewrite-index.html":   "a part's first page: quotations and a paragraph over the list of its pages",
	"dev15-apache-ssl-index.html":       "a sentence and a list of six links under the unmarked menus",
	// Session 16's develop pages (seven trees; labelled on reading).
	// Reading rel=next/up links as the template's menu caught the first
	// but skipped a chapter of the same manual (BENCHMARKS.md session 16).
	"dev16-libgcrypt-introduction.html": "a texinfo chapter of one sentence over its sections, under a header of next/up links",
	"dev16-libfmt-index.html":           "a library's home page: sections of prose with examples on what it does, shaped as a chapter",
	"dev16-libxml2-index.html":          "a project's home page in the side menus of its site, as libxslt's",
	"dev16-libxml2-gtkdoc-index.html":   "a reference's first page: the project's description over its list of standards",
	"dev16-libxml2-docs.html":           "a list of resources, each a sentence with links in it: the sentences are prose",
	"dev16-libxml2-examples-index.html": "a list of examples linking within the page, over each example's description",
	"dev16-libxml2-searches.html":       "a week's search statistics as lines of a query and a count, not a table",
	"dev16-tomcat-config-index.html":    "lists of element names under headings, over the reference's overview in prose",
	"dev16-tomcat-index.html":           "a manual's first page: its chapters as lines under paragraphs of its own",
}

func isListLike(t Type) bool { return t == Index || t == Listing }

// TestWARCRecords: a crawl written by wget 1.21.3 of a small site served
// on the loopback: its home page, robots.txt, a directory listing, two
// articles, wget's argument list and its log (records of real bytes).
func TestWARCRecords(t *testing.T) {
	f, err := os.Open("testdata/harbour-weekly.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]Type{
		"http://127.0.0.1:8765/":                                   Index,
		"http://127.0.0.1:8765/robots.txt":                         Robots,
		"http://127.0.0.1:8765/news/":                              Listing,
		"http://127.0.0.1:8765/news/ferry-fares.html":              Article,
		"http://127.0.0.1:8765/news/harbour-wall.html":             Article,
		"metadata://gnu.org/software/wget/warc/wget_arguments.txt": Archive,
		"metadata://gnu.org/software/wget/warc/wget.log":           Archive,
	}
	seen := 0
	for p, err := range warc.Pages(context.Background(), "harbour-weekly.warc.gz", f, 0) {
		if err != nil {
			t.Fatal(err)
		}
		u := strings.Trim(p.URL, "<>")
		w, ok := want[u]
		if !ok {
			t.Errorf("unexpected page %s", u)
			continue
		}
		seen++
		if got := classify(t, u, p.Data); got.Type != w {
			t.Errorf("%s: got %s (%s), want %s", u, got.Type, got.Reason, w)
		}
		// The verdict on the bytes alone, without the address.
		if w == Robots || w == Archive {
			if got := classify(t, "", p.Data); got.Type != w && !(u == "metadata://gnu.org/software/wget/warc/wget_arguments.txt") {
				t.Errorf("%s without its URL: got %s (%s), want %s", u, got.Type, got.Reason, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("read %d pages, want %d", seen, len(want))
	}
}

// TestBlockAndErrorPages: real block and not-found pages from the
// mediacloud fixtures of go-htmldate (Incapsula answers and a forum's
// not-found page), the shapes that became stories before.
func TestBlockAndErrorPages(t *testing.T) {
	dir := filepath.Join(sharedtest.Module(t, "github.com/markusmobius/go-htmldate"), "test-files", "mediacloud")
	for name, want := range map[string]Type{
		"1566929327.html": Error, // an Incapsula script and nothing else
		"1685765130.html": Error, // "Request unsuccessful. Incapsula incident ID"
		"1552005464.html": Error, // "What? Where'd it go?"
		"1577247412.html": Error, // "This video is unavailable."
		"1579141678.html": Index, // a news site's home page
		"1571322029.html": Listing,
		"1493757507.html": Article, // a wire story with &#039; in its title
		"1579090372.html": Article, // an article with a sign-in box in its chrome
	} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := classify(t, "", data); got.Type != want {
			t.Errorf("%s: got %s (%s), want %s", name, got.Type, got.Reason, want)
		}
	}
}

// TestArticlesAreArticles: no page of the extraction set, all news
// articles, is skipped, as HTML or as a text dump.
func TestArticlesAreArticles(t *testing.T) {
	cases, err := eval.LoadExtraction(sharedtest.Path(t, "data", "extraction"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		page := sharedtest.Gunzip(t, c.HTMLPath)
		if v := classify(t, c.URL, page); !v.IsArticle() {
			t.Errorf("%s (HTML): skipped as %s (%s)", c.ID, v.Type, v.Reason)
		}
		text, err := os.ReadFile(c.TextPath)
		if err != nil {
			t.Fatal(err)
		}
		if v := Text(c.URL, string(text)); !v.IsArticle() {
			t.Errorf("%s (text): skipped as %s (%s)", c.ID, v.Type, v.Reason)
		}
	}
}

func TestTextShapes(t *testing.T) {
	for _, tt := range []struct {
		name, url, text string
		want            Type
	}{
		{"wget log line", "", "--2024-02-12 07:45:00--  http://a.example/\nConnecting to a.example... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: unspecified [text/javascript]\nSaving to: 'a.example/x.js'\n", Archive},
		{"robots by address", "https://a.example/robots.txt", "User-agent: *\nDisallow:\n", Robots},
		{"dns record", "dns:a.example", "20240212074500\na.example. 300 IN A 192.0.2.1\n", Archive},
		{"prose with a colon", "", "Note: the council met on Monday and voted to close the pool.\nIt will reopen in May after repairs, the mayor said.\n", Article},
		{"empty", "", "  \n\n", Error},
	} {
		if got := Text(tt.url, tt.text); got.Type != tt.want {
			t.Errorf("%s: got %s (%s), want %s", tt.name, got.Type, got.Reason, tt.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"))
	f.Add([]byte("<p>Kim left Pyongyang on Monday, state media said.</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		v := HTML("https://a.example/x", doc)
		if !v.IsArticle() && v.Reason == "" {
			t.Errorf("verdict %s without a reason", v.Type)
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /wiki/Special:\n")
	f.Add("GET / HTTP/1.1\r\nHost: a.example\r\n\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		v := Text("", text)
		if !v.IsArticle() && v.Reason == "" {
			t.Errorf("verdict %s without a reason", v.Type)
		}
	})
}

func TestHomeTitle(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Startseite: Offizielles Internetangebot der Stadt Stuttgart", "startseite"},
		{"# Home | deutschland.de", "home"},
		{"Accueil - Le Courrier du Sud", "accueil"},
		{"Home sales rise for a third month | Daily Courier", ""},
		{"Welcome to Firefox Developer Edition", ""},
	} {
		if got := homeTitle(c.title); got != c.want {
			t.Errorf("homeTitle(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestIsRoot(t *testing.T) {
	for u, want := range map[string]bool{
		"/": true, "https://example.org/": true, "https://example.org/en-gb/": true,
		"/news/2019/story.html": false, "news/": false, "": false, "https://example.org/?p=12": false,
	} {
		if got := isRoot(u); got != want {
			t.Errorf("isRoot(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestErrorHeadlineOrder: the verdict must not depend on which of the
// phrases a headline holds is found first ("503" or "service
// unavailable"); lexicons are maps.
func TestErrorHeadlineOrder(t *testing.T) {
	data, err := os.ReadFile("testdata/hand/article-outage.html")
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		phrasesOnce = sync.Once{}
		if v := classify(t, "", data); v.Type != Article {
			t.Fatalf("got %s (%s), want article", v.Type, v.Reason)
		}
	}
}

// TestFrontsAndUtilityPages: real pages of go-htmldate's fixtures that
// were kept as articles, and the articles of the same shapes that must
// stay articles.
func TestFrontsAndUtilityPages(t *testing.T) {
	root := filepath.Join(sharedtest.Module(t, "github.com/markusmobius/go-htmldate"), "test-files")
	for name, want := range map[string]Type{
		// A wiki's diff page (Bengali), "noindex,nofollow", no prose.
		"mediacloud/1522651525.html": Listing,
		// A party's news front: ten posts shown whole, each under an
		// h2 that links to its own page.
		"mock/die-partei.net.sh.html": Index,
		// A blog post whose title is a link to itself, over links to
		// other posts: one section holds the prose.
		"mock/ldt.de.fallinlove.html": Article,
		// A news story under a linked heading, beside one-line teasers.
		"mediacloud/1789664619.html": Article,
		// A "noindex" article with its text.
		"mediacloud/1756260927.html": Article,
	} {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := classify(t, "", data); got.Type != want {
			t.Errorf("%s: got %s (%s), want %s", name, got.Type, got.Reason, want)
		}
	}
}

func TestWordCount(t *testing.T) {
	for s, want := range map[string]int{
		"Kim left Pyongyang on Monday":  5,
		"海外留学生看两会":                      4, // Chinese: no spaces between words
		"トレンドマイクロ、公衆無線LANを安全に使う":        10,
		"এমপির ভাইকে নিজ বাড়ির সামনেই": 5, // Bengali is spaced
		"": 0,
	} {
		if got := wordCount(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestErrorPagesInMoreLanguages: not-found pages as Russian, Japanese,
// Chinese and Dutch sites write them; a Japanese phrase is found between
// the letters around it, there being no spaces.
func TestErrorPagesInMoreLanguages(t *testing.T) {
	for name, page := range map[string]string{
		"ru": `<html><head><title>Страница не найдена — Вечерний город</title></head><body><h1>Страница не найдена</h1><p>Проверьте адрес или перейдите <a href="/">на главную</a>.</p></body></html>`,
		"ja": `<html><head><title>お探しのページは見つかりませんでした｜市民新聞</title></head><body><h1>お探しのページは見つかりませんでした</h1><p><a href="/">トップページへ戻る</a></p></body></html>`,
		"zh": `<html><head><title>404 页面不存在 - 晨报网</title></head><body><h1>抱歉，您访问的页面不存在</h1><p><a href="/">返回首页</a></p></body></html>`,
		"nl": `<html><head><title>Pagina niet gevonden | Het Dagblad</title></head><body><h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer).</p></body></html>`,
	} {
		if got := classify(t, "", []byte(page)); got.Type != Error {
			t.Errorf("%s: got %s (%s), want error", name, got.Type, got.Reason)
		}
	}
	// A Russian brief whose headline says someone was not found.
	brief := `<html><head><title>Пропавшая девочка не найдена | Вечерний город</title><meta property="og:type" content="website"></head><body><h1>Пропавшая девочка не найдена</h1><p>Поиски девятилетней девочки, пропавшей в пятницу в лесу под городом, продолжаются третьи сутки, сообщили в МЧС.</p></body></html>`
	if got := classify(t, "", []byte(brief)); got.Type != Article {
		t.Errorf("brief: got %s (%s), want article", got.Type, got.Reason)
	}
}
