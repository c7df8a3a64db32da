package pagetype

import (
	"net/url"
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// maxLinesRead bounds how much of a text a verdict reads: the shapes
// below show in the first lines.
const maxLinesRead = 200

// Text classifies a plain-text page: a robots.txt file, a feed, or a
// crawler's record (an HTTP request, WARC fields, a crawl log) read as
// text. pageURL may be empty.
func Text(pageURL, text string) Verdict {
	if v := byURL(pageURL); !v.IsArticle() {
		return v
	}
	lines := firstLines(text, maxLinesRead)
	if len(lines) == 0 {
		return verdict(Error, "empty document")
	}
	// A text of a few words that says "not found" is a server's bare
	// error response ("404 page not found").
	if len(lines) <= 2 && wordCount(strings.Join(lines, " ")) <= 12 {
		if p := phrasesOf(lang.ErrorPagePhrases).find(strings.Join(lines, " ")); p != "" && !isNumber(p) {
			return verdict(Error, "a text of a few words that says %q", p)
		}
	}
	head := strings.ToLower(strings.TrimSpace(lines[0]))
	if strings.HasPrefix(head, "<?xml") || strings.HasPrefix(head, "<rss") || strings.HasPrefix(head, "<feed") || strings.HasPrefix(head, "<rdf:rdf") {
		if t := strings.ToLower(strings.Join(lines[:min(len(lines), 5)], " ")); strings.Contains(t, "<rss") || strings.Contains(t, "<feed") || strings.Contains(t, "<rdf:rdf") {
			return verdict(Feed, "an RSS or Atom document")
		}
	}
	if httpRequestLine.MatchString(lines[0]) {
		return verdict(Archive, "an HTTP request")
	}
	if strings.HasPrefix(lines[0], "HTTP/1.") || strings.HasPrefix(lines[0], "HTTP/2") {
		return verdict(Archive, "HTTP response headers")
	}
	// A WARC record read as text opens with the format's version line.
	if warcVersionLine.MatchString(lines[0]) {
		return verdict(Archive, "a WARC record")
	}
	// A CDX index names its fields in a legend line (" CDX N b a m s k r
	// M S V g") over lines keyed by a SURT ("org,example)/path 2024...").
	if strings.HasPrefix(lines[0], "CDX ") {
		return verdict(Archive, "a CDX index")
	}
	var robots, fields, logs, directives int
	for _, l := range lines {
		switch {
		case dnsRecordLine.MatchString(l), surtLine.MatchString(l), dnsFetchLine.MatchString(l) && len(lines) > 1:
			// A crawler's DNS record (a fetch time over resource
			// records) and a CDX index's lines are records too.
			logs++
		case robotsLine.MatchString(l):
			robots++
			if strings.HasPrefix(strings.ToLower(l), "user-agent") {
				directives++
			}
		case crawlLogLine.MatchString(l), wgetLogLine.MatchString(l):
			logs++
		case fieldLine.MatchString(l), reportLine.MatchString(l):
			fields++
		}
	}
	n := len(lines)
	switch {
	case directives > 0 && robots*10 >= n*6:
		return verdict(Robots, "robots.txt directives (%d of %d lines)", robots, n)
	case logs >= 2 && logs*10 >= n*3:
		return verdict(Archive, "a crawl log (%d of %d lines)", logs, n)
	case fields >= 3 && fields*10 >= n*7:
		return verdict(Archive, "crawler metadata fields (%d of %d lines)", fields, n)
	}
	return Verdict{Type: Article}
}

// byURL classifies a page by its address alone where the address says
// what it is: an archive's metadata record, a DNS record, a robots.txt.
func byURL(pageURL string) Verdict {
	if pageURL == "" {
		return Verdict{Type: Article}
	}
	u, err := url.Parse(strings.Trim(pageURL, "<>"))
	if err != nil {
		return Verdict{Type: Article}
	}
	switch strings.ToLower(u.Scheme) {
	case "metadata", "dns", "urn", "filedesc":
		return verdict(Archive, "a %s: record of a web archive", strings.ToLower(u.Scheme))
	}
	if strings.EqualFold(u.Path, "/robots.txt") {
		return verdict(Robots, "the address is a robots.txt")
	}
	return Verdict{Type: Article}
}

var (
	httpRequestLine = regexp.MustCompile(`^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) \S+ HTTP/\d`)
	robotsLine      = regexp.MustCompile(`(?i)^\s*(#.*|user-agent\s*:.*|(dis)?allow\s*:.*|sitemap\s*:.*|crawl-delay\s*:.*|host\s*:.*|request-rate\s*:.*|clean-param\s*:.*|noindex\s*:.*)$`)
	// Heritrix crawl.log: "2021-03-04T10:11:12.345Z   200   51234 URL ...".
	crawlLogLine = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\s+-?\d+\s+\S+\s+\S+://`)
	// wget's log: "--2024-02-12 07:45:00--  URL", "Length: 908 [text/html]",
	// "HTTP request sent, awaiting response... 200 OK", "Saving to: ...".
	wgetLogLine = regexp.MustCompile(`^(--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s|Length: (\d[\d,]*|unspecified)( \(.*\))?( \[.*\])?$|HTTP request sent, awaiting response|Saving to: |Connecting to \S+\.\.\. |Resolving \S+\.\.\. |Reusing existing connection|Opening WARC file |Loading robots\.txt|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(.*\) - |Downloaded: \d+ files|FINISHED --|Total wall clock time:|Converted links in )`)
	// "key: value" lines of WARC fields and crawler metadata records.
	fieldLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{1,40}:\s?\S`)
	// A crawl report's "novel crawled bytes: 412733", "URI successes:
	// 39": a key of a few words over a value of one or two tokens. A
	// transcript's "Lena Moss: We are sorry ..." names a speaker over a
	// sentence.
	reportLine      = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*( [A-Za-z0-9_-]+){1,3}: \S+( \S+)?$`)
	warcVersionLine = regexp.MustCompile(`^WARC/\d\.\d+$`)
	// A DNS resource record in master-file form (RFC 1035):
	// "example.org. 3600 IN A 192.0.2.17".
	dnsRecordLine = regexp.MustCompile(`^\S+\.\s+\d+\s+IN\s+(A|AAAA|CNAME|MX|NS|TXT|SOA|PTR|SRV|CAA)\s+\S`)
	// The fetch time Heritrix writes over a DNS record: "20241112093011".
	dnsFetchLine = regexp.MustCompile(`^\d{14}$`)
	// A CDX line: a SURT key, a 14-digit capture time, the URL.
	surtLine = regexp.MustCompile(`^[a-z0-9-]+(,[a-z0-9-]+)+\)\S*\s+\d{14}\s+\S+://`)
)

// firstLines returns up to n non-blank lines of text, trimmed.
func firstLines(text string, n int) []string {
	var out []string
	for len(text) > 0 && len(out) < n {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if l := strings.TrimSpace(line); l != "" {
			out = append(out, l)
		}
	}
	return out
}
