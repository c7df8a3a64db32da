package textdump

import (
	"strings"

	"crosscheck/internal/lang"
)

// Under its last paragraph a story page prints the outlet's word to its
// readers: a newsletter box ("Pick Six Newsletter" / "Get the day's big
// stories ..." / "I agree that CBS Sports can send me ..."), an offer to
// subscribe to the magazine, the publisher's standards ("Our Standards:
// The Thomson Reuters Trust Principles."), the paper's call for letters,
// the comment policy over the thread. They sit inside the story's region
// and read as sentences, so the region search keeps them; their wording
// is the lexicon's promotion and comment-policy phrases, the ones the
// HTML path's cleanBody drops at the foot of a body (internal/extract's
// isPromo, commentPolicy). Only the foot is read: the same words between
// the story's paragraphs are as often the story's own ("the company
// launched a newsletter").

const (
	// footPromoMaxWords bounds a promotion: a notice of a few sentences.
	footPromoMaxWords = 60
	// footPolicyMaxWords bounds a comment policy.
	footPolicyMaxWords = 80
	// footBoxMaxWords bounds a line of a notice box between two notice
	// lines (its title or its pitch).
	footBoxMaxWords = 20
	// footBoxGap is how many such lines may stand between two.
	footBoxGap = 2
)

// dropFootNotices takes the outlet's notices off the end of the body,
// and the short lines of a notice box between two of them. The body's
// first line always stays.
func (d *doc) dropFootNotices(lex *lang.Lexicon) {
	end := len(d.body)
	for end > 1 {
		if d.isFootNotice(d.body[end-1], lex) {
			end--
			continue
		}
		// A box: up to footBoxGap short lines, then a notice.
		k := end - 1
		for k > 0 && end-k <= footBoxGap && d.lines[d.body[k]].words <= footBoxMaxWords && !d.isFootNotice(d.body[k], lex) {
			k--
		}
		if k == end-1 || k < 1 || end-k > footBoxGap+1 || end == len(d.body) || !d.isFootNotice(d.body[k], lex) {
			break
		}
		end = k
	}
	d.body = d.body[:end]
}

// isFootNotice tells a body line that is one of the outlet's notices in
// the page's language (lex, nil when unknown) or in English.
func (d *doc) isFootNotice(i int, lex *lang.Lexicon) bool {
	l := d.lines[i]
	low := strings.ToLower(l.text)
	for _, x := range []*lang.Lexicon{lang.English(), lex} {
		if x == nil {
			continue
		}
		if l.words <= footPromoMaxWords && x.Set(lang.PromoPhrases).InText(low) ||
			l.words <= footPolicyMaxWords && x.Set(lang.CommentPolicyPhrases).InText(low) {
			return true
		}
	}
	return false
}
