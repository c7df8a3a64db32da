package textdump

import (
	"strings"
	"time"

	"crosscheck/internal/lang"
)

// doc is one dump under analysis.
type doc struct {
	lines []line
	// body holds the indexes of the lines kept as the article body.
	body []int
	// start and end bound the main region in lines.
	start, end int
	// titleAt is the index of the headline line, -1 when none was found.
	titleAt int

	title   string
	authors []string
	site    string
	// readMore is the line of the syndication footer (readMoreLine), -1
	// when there is none.
	readMore int
	// selfNames are the names the page gives itself (findSelfNames).
	selfNames     []string
	published     time.Time
	publishedFrom string
	// modified is the day an update stamp gives (findUpdateStamp).
	modified time.Time
}

// analyze classifies the lines and picks out body and metadata.
func analyze(lines []line) *doc {
	measure(lines)
	return decide(lines)
}

// decide classifies measured lines and picks out body and metadata.
func decide(lines []line) *doc {
	d := &doc{lines: lines, titleAt: -1}
	long := longText(lines)
	code := detectLanguage(long)
	hasList := lang.HasDetectionWords(code) && stopShare(long) >= tuned.stopLow
	classify(lines, hasList)
	plain := noneGood(lines)
	reviseByContext(lines)
	if on("promoteIfNoneGood") {
		promoteIfNoneGood(lines, plain)
	}
	// A page that prints its <title> first and the headline again above
	// the article anchors the search: the article follows the headline,
	// teaser lists elsewhere on the page cannot outweigh it.
	anchor := -1
	if on("headlineAnchor") {
		anchor = headlineAnchor(lines)
	}
	d.start, d.end = mainRegion(lines, anchor)
	if end := extendOverAnnouncedList(lines, d.start, d.end); on("announcedList") && end > d.end {
		// The list's items are the story's now: searched again, the
		// region goes on to the paragraphs after the list, which alone
		// were too short to pay for crossing it.
		d.start, d.end = mainRegion(lines, anchor)
		d.end = max(d.end, end)
	}
	if on("reachLead") {
		d.start = reachLead(lines, anchor, d.start)
	}
	// first is where the prose starts: headline-like lines above it are
	// searched for the title even when the region took them in.
	d.selfNames = d.findSelfNames()
	d.readMore = d.readMoreLine()
	first := d.start
	for first < d.end && (lines[first].class != classGood || !lines[first].sentenceEnd && lines[first].chars < tuned.lengthHigh) {
		first++
	}
	// skip marks lines that are metadata, not body: the headline and its
	// repeats, the byline, the dateline.
	skip := make(map[int]bool)
	if t := d.findTitle(first); t >= 0 {
		d.title = lines[t].text
		d.titleAt = t
		for i := 0; i < min(len(lines), first+3); i++ {
			switch echoes(lines[i].text, d.title) {
			case echoSame:
				skip[i] = true
				d.titleAt = min(d.titleAt, i)
			case echoTitleTag, echoGlued:
				skip[i] = true
			}
		}
	}
	d.findByline(first, skip)
	d.findDateline(first, skip)
	d.findUpdateStamp(first)
	d.site = d.findSite()
	if lex, ok := lang.For(code); ok && on("leadAboveDate") {
		d.leadAboveDate(lex, skip)
	}
	lex, _ := lang.For(code)
	for i := d.start; i < d.end; i++ {
		if lines[i].class == classGood && !lines[i].dup && !skip[i] && !isSiteNotice(lines[i].text, lines[i].words, lex) {
			d.body = append(d.body, i)
		}
	}
	if on("footNotice") {
		d.dropFootNotices(lex)
	}
	if on("keepCredit") {
		d.keepCredit()
	}
	if lex, ok := lang.For(code); ok && hasList && on("dropCaps") {
		// Only a language the prose is surely in says which letters
		// are words.
		d.joinDropCaps(lex)
	}
	return d
}

// findByline takes the authors from byline lines around the headline and
// the top of the body, and marks those lines as not body.
func (d *doc) findByline(first int, skip map[int]bool) {
	from := max(0, first-headWindow)
	if d.titleAt >= 0 {
		from = max(from, d.titleAt-2)
	}
	for i := from; i < min(len(d.lines), first+3); i++ {
		if d.lines[i].words > 20 {
			continue
		}
		names := bylineName(d.lines[i].text)
		if names == "" {
			continue
		}
		skip[i] = true
		if d.authors == nil {
			d.authors = splitNames(names)
		}
	}
}

// findDateline takes the publication date from a date line printed
// between the headline and the top of the body. Dates elsewhere — a
// header printing the day of the scrape above the headline, a weather or
// clock widget, a copyright year, a teaser list — are page chrome, and
// without a headline there is no dateline to trust.
func (d *doc) findDateline(first int, skip map[int]bool) {
	if d.titleAt < 0 {
		return
	}
	for i := d.titleAt + 1; i < min(len(d.lines), max(first+3, d.titleAt+1), d.titleAt+headWindow); i++ {
		l := d.lines[i]
		if l.words > 20 || isCopyright(l.text) || inWidget(d.lines, i) || isSentence(l) || boundDate(l.text) {
			continue
		}
		t, ok := parseDateLine(l.text)
		if !ok {
			continue
		}
		if l.words <= 12 {
			skip[i] = true
		}
		if d.published.IsZero() {
			d.published, d.publishedFrom = t, "dateline"
		}
	}
	if d.published.IsZero() {
		d.findLabelledDateline(first, skip)
	}
	if d.published.IsZero() {
		d.findTimestampAbove()
	}
}

// findLabelledDateline takes the date of a line that says what it is
// ("PUBLISHED: 02:31 GMT, 12 March 2013", "Posted September 26, 2013")
// below the headline, also under a standfirst of several lines that pushes
// it past the top of the body. The label makes it the page's own date;
// comment threads, whose "Posted" lines look the same, follow the body,
// so the search stops a head window into it.
func (d *doc) findLabelledDateline(first int, skip map[int]bool) {
	labels := lang.English().Set(lang.DatelineLabels)
	for i := d.titleAt + 1; i < min(len(d.lines), first+headWindow); i++ {
		l := d.lines[i]
		if l.words > 20 || isCopyright(l.text) || isSentence(l) {
			continue
		}
		toks := tokenize(l.text)
		if len(toks) == 0 || !labels.Has(toks[0]) {
			continue
		}
		if t, ok := parseDateLine(l.text); ok {
			skip[i] = true
			d.published, d.publishedFrom = t, "dateline"
			return
		}
	}
}

// findTimestampAbove takes the date of a timestamp printed right above
// the headline ("February 29, 2012, 7:32 p.m. ET"), the place some sites
// give it. Only a date with a clock time counts: a header giving the day
// of the scrape above the headline prints a bare date.
func (d *doc) findTimestampAbove() {
	for i := max(0, d.titleAt-2); i < d.titleAt; i++ {
		l := d.lines[i]
		if l.words > 12 || isCopyright(l.text) || inWidget(d.lines, i) || !isDateOnly(l.text, l.words) {
			continue
		}
		if t, ok := parseDateLine(l.text); ok && (t.Hour() != 0 || t.Minute() != 0) {
			d.published, d.publishedFrom = t, "dateline"
			return
		}
	}
}

// isSentence tells a line of prose, whose dates are what the story is
// about ("In March 2005, the plant closed."), from a dateline.
func isSentence(l line) bool {
	t := strings.TrimRight(l.text, "\"'”’) ")
	return l.words > 8 && strings.ContainsAny(t[max(0, len(t)-1):], ".!?")
}

// stopShare is the share of function words among the tokens of text.
// Detection names a language when a twentieth of the tokens are its
// function words, which a language without a list reaches on words it
// shares with listed ones (Czech "a", "na", "do", "to" read as
// Portuguese); its prose then holds fewer function words than a
// near-good line needs (tuned.stopLow), every paragraph would read as
// chrome, and the lines are better judged by their shape.
func stopShare(text string) float64 {
	toks := tokenize(text)
	stops := 0
	for _, t := range toks {
		if isStopword(t) {
			stops++
		}
	}
	if len(toks) == 0 {
		return 0
	}
	return float64(stops) / float64(len(toks))
}

// longText joins the lines long enough to be prose, for guessing the
// language before the body is known.
func longText(lines []line) string {
	var b strings.Builder
	for _, l := range lines {
		if l.chars >= tuned.lengthLow && !l.menu {
			b.WriteString(l.text)
			b.WriteByte('\n')
			if b.Len() > 20000 {
				break
			}
		}
	}
	return b.String()
}

// bodyText joins the body lines: a blank line between paragraphs, a plain
// newline between lines of one paragraph.
func (d *doc) bodyText() string {
	var b strings.Builder
	prev := -2
	for _, i := range d.body {
		if b.Len() > 0 {
			if d.lines[i].para || i != prev+1 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(d.lines[i].text)
		prev = i
	}
	return b.String()
}

// headlineAnchor returns the index of the first line after the first that
// repeats the first line as a headline (the page's <title>, alone or with
// the site name, printed again above the article); -1 when there is none.
// A line the <title> starts with beats one it ends with, which is more
// often the site's name than the headline.
func headlineAnchor(lines []line) int {
	if len(lines) < 2 {
		return -1
	}
	top := lines[0].text
	var prefix, suffix []int
	for i := 1; i < len(lines); i++ {
		if lines[i].words < 3 || echoes(top, lines[i].text) == echoNone {
			continue
		}
		if strings.HasPrefix(top, lines[i].text) {
			prefix = append(prefix, i)
		} else {
			suffix = append(suffix, i)
		}
	}
	if len(prefix) > 0 {
		return storyHeadline(lines, prefix)
	}
	if len(suffix) > 0 {
		return storyHeadline(lines, suffix)
	}
	return -1
}

// storyHeadline picks, of the lines repeating the <title>, the one the
// story follows: a breadcrumb or a menu that names the page prints the
// headline high above the story, and anchored there the region search
// discounts the story by its distance. An echo with no prose before the
// next echo is passed over for the next, and so is a teaser card of the
// story itself: the headline over a summary whose opening words the
// story under a later echo repeats, in more paragraphs (Yahoo's card at
// the top of the page, the story in full under the headline again far
// below).
func storyHeadline(lines []line, echoes []int) int {
	a := echoes[0]
	for k, e := range echoes[1:] {
		p := firstProse(lines[a+1 : e])
		if p >= 0 && !teaserCard(lines[a+1+p:e], lines[e+1:nextEcho(lines, echoes, k+2)]) {
			break
		}
		a = e
	}
	return a
}

func nextEcho(lines []line, echoes []int, k int) int {
	if k < len(echoes) {
		return echoes[k]
	}
	return len(lines)
}

// teaserCard reports whether card, from its first prose line on, is a
// summary of the story under a later echo: its paragraph opens with
// words the story repeats, and the story runs to more paragraphs than
// the card's unbroken run of good lines.
func teaserCard(card, story []line) bool {
	if !summarises(card[0], story) {
		return false
	}
	run := 0
	for _, l := range card {
		if l.class != classGood {
			break
		}
		run++
	}
	told := 0
	for _, l := range story {
		if l.class == classGood && l.sentenceEnd {
			told++
		}
	}
	return told > run
}

// firstProse is the index of the first good sentence in lines, -1 when
// there is none.
func firstProse(lines []line) int {
	for i, l := range lines {
		if l.class == classGood && l.sentenceEnd && !l.dup {
			return i
		}
	}
	return -1
}

// summaryWords is how many opening words of a teaser's paragraph the
// story must repeat for the paragraph to count as its summary: enough
// that a shared phrase by chance does not.
const summaryWords = 8

// summarises reports whether l opens with words that a prose line among
// later repeats in a row: a summary card's paragraph is the story's lead
// cut short.
func summarises(l line, later []line) bool {
	open := tokenize(l.text)
	if len(open) < summaryWords {
		return false
	}
	want := " " + strings.Join(open[:summaryWords], " ") + " "
	for _, m := range later {
		if m.class == classGood && strings.Contains(" "+strings.Join(tokenize(m.text), " ")+" ", want) {
			return true
		}
	}
	return false
}

// keepCredit puts back a syndication footer that credits another outlet
// than the page's own ("Read more at The Coastal Times." under a blog's
// article): it is page furniture in shape, but the briefing's
// who-cites-whom needs it. It must follow the body closely.
func (d *doc) keepCredit() {
	i := d.readMore
	if i < 0 || len(d.body) == 0 {
		return
	}
	if name := readMoreAt.FindStringSubmatch(d.lines[i].text)[1]; squash(name) == squash(d.site) {
		return
	}
	last := d.body[len(d.body)-1]
	if i > last && i-last <= 3 {
		d.body = append(d.body, i)
	}
}
