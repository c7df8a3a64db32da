package extract

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// refine corrects trafilatura's paragraphs with a second look at the page:
// each paragraph is matched back to its block in the original page, where
// its links and surroundings are known; link lists and furniture it kept
// are dropped, and article paragraphs it skipped (a lead above an ad, a
// second body container, embedded posts between paragraphs) are restored.
func refine(doc *html.Node, paras []string, description string) []string {
	blocks := segment(doc)
	if len(blocks) == 0 || len(paras) == 0 {
		return paras
	}
	m := newMatcher(blocks)
	match := make([]int, len(paras))
	covered := make(map[int]int) // block → key length of its paragraphs
	for i, p := range paras {
		match[i] = m.find(p)
		if match[i] >= 0 {
			covered[match[i]] += len(matchKey(p))
		}
	}

	dropped := make([]bool, len(paras))
	linkDropped := make([]bool, len(paras))
	for i, p := range paras {
		switch {
		case on("headline") && match[i] >= 0 && blocks[match[i]].tag == atom.H1:
			dropped[i] = true // the headline, which is the title
		case on("linkList") && match[i] >= 0 && isLinkList(blocks[match[i]]):
			dropped[i], linkDropped[i] = true, true
		case on("boilerplate") && isBoilerplate(p):
			dropped[i] = true
		}
	}
	if on("standfirst") {
		dropStandfirst(blocks, paras, match, dropped, description)
	}
	if on("commentTail") {
		dropCommentTail(blocks, match, dropped)
	}
	if on("gallery") {
		dropGallery(blocks, paras, match, dropped)
	}
	// A teaser line between two dropped headlines, or after the last, is
	// part of the same list of links.
	for i, p := range paras {
		if on("teaserBetween") && !dropped[i] && i > 0 && linkDropped[i-1] && (i == len(paras)-1 || linkDropped[i+1]) && len(strings.Fields(p)) < teaserMaxWords {
			dropped[i] = true
		}
	}

	var out []string
	used := make(map[int]bool)
	prev := -1 // block index of the last matched paragraph
	prevKept := false
	for i, p := range paras {
		j := match[i]
		if j < 0 {
			if !dropped[i] {
				out = append(out, p)
			}
			continue
		}
		if j == prev {
			// More of the block just taken, unless it is the whole
			// block again (a list item rendered with its paragraph).
			if !whole(blocks[j], covered[j], m.keyLen[j]) && len(matchKey(p)) != m.keyLen[j] {
				out = append(out, p)
			}
			continue
		}
		if prev < 0 && on("recoverLead") {
			out = append(out, recoverLead(blocks, j, used)...)
		} else if prev >= 0 && j > prev && on("recoverGap") {
			posts := on("embeddedPost") && prevKept && !dropped[i]
			out = append(out, recoverGap(blocks, prev, j, used, posts)...)
		}
		if j > prev {
			prevKept = !dropped[i]
		}
		prev = max(prev, j)
		used[j] = true
		switch {
		case dropped[i]:
		case on("wholeBlock") && whole(blocks[j], covered[j], m.keyLen[j]):
			// Trafilatura split the paragraph or dropped its start
			// with a link in it; the page's own paragraph is whole.
			out = append(out, blocks[j].text)
		default:
			out = append(out, p)
		}
	}
	if prev >= 0 && on("recoverTail") {
		out = append(out, recoverTail(blocks, prev, used)...)
	}
	if on("trailingHeading") {
		out = dropTrailingHeadings(out, m, blocks)
	}
	return out
}

// dropCommentTail drops readers' comments that trafilatura kept after the
// article: the paragraphs after the last one outside a comment, when each
// sits in an element named as a comment, and three or more paragraphs
// outside comments come before them. A page whose whole story sits in
// such an element (a wrapper named "comments-enabled") keeps it.
func dropCommentTail(blocks []block, match []int, dropped []bool) {
	inComment := func(i int) bool { return match[i] >= 0 && blocks[match[i]].comment }
	tail := len(match)
	for tail > 0 && (inComment(tail-1) || match[tail-1] < 0 && tail < len(match)) {
		tail--
	}
	outside := 0
	for i := range tail {
		if !inComment(i) {
			outside++
		}
	}
	if tail == len(match) || outside < 3 {
		return
	}
	for i := tail; i < len(match); i++ {
		dropped[i] = true
	}
}

// dropStandfirst drops the summary under the headline: a first paragraph
// that is the page's description word for word and sits apart from the
// paragraphs that follow (not a <p> beside them). A description copied
// from the story's real first paragraph stays.
func dropStandfirst(blocks []block, paras []string, match []int, dropped []bool, description string) {
	if description == "" {
		return
	}
	first := -1
	for i := range paras {
		if dropped[i] {
			continue
		}
		if first < 0 {
			if match[i] < 0 || matchKey(paras[i]) != matchKey(description) {
				return
			}
			first = i
			continue
		}
		a, b := blocks[match[first]], block{}
		if match[i] >= 0 {
			b = blocks[match[i]]
		}
		if a.tag != atom.P || a.parent != b.parent {
			dropped[first] = true
		}
		return
	}
}

// whole tells whether a block whose paragraphs trafilatura kept in part
// should be restored whole: a fair part of it was kept (a fragment too
// small says little about the block it sits in), and it is prose.
func whole(b block, covered, total int) bool {
	return covered < total && 5*covered >= total && b.linkDensity() <= 0.2 && !b.chrome
}

// matcher finds the page block a paragraph of trafilatura's output came
// from, by its letters and digits, allowing for paragraphs that are only
// part of a block.
type matcher struct {
	keys   string // every block's key, separated by '|'
	starts []int  // offset of each block's key in keys
	keyLen []int
	cursor int
}

func newMatcher(blocks []block) *matcher {
	m := &matcher{starts: make([]int, len(blocks)), keyLen: make([]int, len(blocks))}
	var b strings.Builder
	for i, bl := range blocks {
		k := matchKey(bl.text)
		m.starts[i] = b.Len()
		m.keyLen[i] = len(k)
		b.WriteString(k)
		b.WriteByte('|')
	}
	m.keys = b.String()
	return m
}

// minMatchKey is the shortest key matched inside a longer block: shorter
// paragraphs ("Share", "Photo") match too many places to say where they
// came from.
const minMatchKey = 12

func (m *matcher) find(p string) int {
	k := matchKey(p)
	if k == "" {
		return -1
	}
	// A block that is the paragraph itself wins over one that merely
	// contains it: a paragraph can repeat the end of the one before
	// ("... id est laborum." twice), and taking the first would leave
	// its own block to be recovered as a second copy.
	if at := m.whole(k); at >= 0 {
		// The paragraph is this block, all of it: the next paragraph
		// comes from a later block, even if it reads the same.
		j := sort.SearchInts(m.starts, at+1) - 1
		m.cursor = min(len(m.keys), m.starts[j]+m.keyLen[j]+1)
		return j
	}
	at := -1
	{
		at = strings.Index(m.keys[m.cursor:], k)
		if at >= 0 {
			at += m.cursor
		} else {
			at = strings.Index(m.keys, k)
		}
	}
	if at < 0 {
		return -1
	}
	j := sort.SearchInts(m.starts, at+1) - 1
	if len(k) < minMatchKey && len(k) != m.keyLen[j] {
		return -1
	}
	m.cursor = m.starts[j]
	return j
}

// whole returns the offset of the first block, from the cursor on and
// else from the start, whose whole key is k; -1 when there is none.
func (m *matcher) whole(k string) int {
	for _, from := range []int{m.cursor, 0} {
		for off := from; off <= len(m.keys); {
			i := strings.Index(m.keys[off:], k+"|")
			if i < 0 {
				break
			}
			at := off + i
			if at == 0 || m.keys[at-1] == '|' {
				return at
			}
			off = at + 1
		}
	}
	return -1
}

// matchKey normalises text for matching: letters and digits only, lower
// case, so that spacing and punctuation trafilatura changed do not matter.
func matchKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isLinkList tells a kept paragraph that is mostly link text: a related
// story, a "read more", a tag list.
func isLinkList(b block) bool {
	if b.linkDensity() <= 0.5 || b.quote || isBareURL(b.text) {
		return false
	}
	// A long paragraph that is mostly link text is a sentence written as
	// a link, or one with a hover card in it, not a headline.
	return b.words() < dropMaxWords
}

const (
	dropMaxWords   = 20
	teaserMaxWords = 25
)

// ctaPhrases are calls to action and notices that sites put in the
// article column: newsletter boxes, share prompts, contact lines,
// copyright lines. No reported sentence contains them.
var ctaPhrases = []string{
	"sign up for", "subscribe to our", "subscribe now", "click here",
	"follow us on", "share it with", "may be reached at", "can be reached at",
	"all rights reserved", "©", "[button", "have a tip?",
}

// labelWords mark a short line that is a widget label ("Newsletter",
// "Read more", "Advertisement") when the line is little else.
var labelWords = []string{
	"newsletter", "subscribe", "sign up", "signing up", "read more",
	"continue reading", "advertisement", "don't miss", "related", "see more",
	"share this", "copyright", "more from", "recommended",
}

const (
	ctaMaxWords   = 40
	labelMaxWords = 8
)

// isBoilerplate tells a short paragraph that is a call to action, a
// notice or a widget label rather than article text.
func isBoilerplate(p string) bool {
	w := len(strings.Fields(p))
	if w > ctaMaxWords {
		return false
	}
	l := strings.ToLower(p)
	for _, ph := range ctaPhrases {
		if strings.Contains(l, ph) {
			return true
		}
	}
	if w > labelMaxWords {
		return false
	}
	for _, ph := range labelWords {
		if strings.Contains(l, ph) {
			return true
		}
	}
	return false
}

// isBareURL tells a paragraph that is only a web address: a citation the
// author wrote out, not navigation.
func isBareURL(s string) bool {
	return !strings.Contains(s, " ") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// isProse tells a block that reads as article text: enough words, few of
// them links, ending as a sentence ends.
func isProse(b block, minWords int) bool {
	if b.chrome || b.figure || b.heading || b.words() < minWords || b.linkDensity() > 0.2 {
		return false
	}
	return endsSentence(b.text)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "。")
}

const (
	leadMinWords = 15
	// leadSkip is how many short blocks (an ad label) may sit between
	// the lead and the rest of the body.
	leadSkip     = 2
	gapMinWords  = 8
	tailMinWords = 20
	// tailSkip is how many short non-article blocks (an ad label, a
	// "Continue reading" button) may sit between two body containers.
	tailSkip = 4
)

// recoverLead restores article paragraphs just above the first one
// trafilatura kept.
func recoverLead(blocks []block, first int, used map[int]bool) []string {
	var lead []string
	skipped := 0
	for k := first - 1; k >= 0 && len(lead) < 3 && skipped <= leadSkip; k-- {
		b := blocks[k]
		switch {
		case isProse(b, leadMinWords):
			used[k] = true
			lead = append([]string{b.text}, lead...)
		case b.words() <= 4 && !b.heading:
			skipped++
		default:
			return lead
		}
	}
	return lead
}

// recoverGap restores article paragraphs trafilatura skipped between two it
// matched. With posts (both of the two are kept), it restores the posts
// the story embeds there too: a quoted tweet is part of the story as a
// quoted statement is, however short it is and however much of its
// attribution line is a link, and trafilatura drops it when the site
// wraps it in an element named as a widget. Below a dropped headline or
// above a dropped teaser, a post may be the page's and not the story's.
func recoverGap(blocks []block, from, to int, used map[int]bool, posts bool) []string {
	var out []string
	for k := from + 1; k < to; k++ {
		if used[k] || !isProse(blocks[k], gapMinWords) && !(posts && blocks[k].post && !blocks[k].comment) {
			continue
		}
		used[k] = true
		out = append(out, blocks[k].text)
	}
	return out
}

// recoverTail restores article paragraphs after the last one trafilatura
// kept, as when the body is split over several containers around ads.
func recoverTail(blocks []block, last int, used map[int]bool) []string {
	var out []string
	skipped := 0
	for k := last + 1; k < len(blocks) && skipped <= tailSkip; k++ {
		b := blocks[k]
		switch {
		case used[k]:
		case isProse(b, tailMinWords):
			used[k] = true
			out = append(out, b.text)
			skipped = 0
		case b.words() <= 4 || b.chrome || b.figure:
			// An ad label, a pull quote, a photo between two body
			// containers.
			skipped++
		default:
			return out
		}
	}
	return out
}
