package textdump

import (
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// updateLabel finds, case-insensitively, an update stamp's label
// (lang.UpdateStampLabels) as whole words followed by a colon, a dash or
// a space: the rest of the line is the stamp's date.
var updateLabel = func() *regexp.Regexp {
	var alts []string
	for _, w := range lang.English().List(lang.UpdateStampLabels) {
		alts = append(alts, regexp.QuoteMeta(strings.ToLower(w)))
	}
	return regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:` + strings.Join(alts, "|") + `)(?:\s*[:\-–—]\s*|\s+)(?:on\s+|at\s+|the\s+)?`)
}()

// findUpdateStamp takes the date a page prints for its last change ("Update:
// 2017-09-12 21:29 GMT", "January 27, 2019 Updated: January 28, 2019")
// from a short line around the top of the body, the place pages print it:
// the day the page was last written, which dates its "today" or "on
// Tuesday" when it gives no publication date. A stamp further down
// belongs to a comment or a teaser.
func (d *doc) findUpdateStamp(first int) {
	for i := max(0, first-headWindow); i < min(len(d.lines), first+headWindow); i++ {
		l := d.lines[i]
		if l.words > 12 || isSentence(l) || isCopyright(l.text) {
			continue
		}
		m := updateLabel.FindStringIndex(l.text)
		if m == nil {
			continue
		}
		if t, ok := parseDate(l.text[m[1]:]); ok && dateAtStart(l.text[m[1]:]) {
			d.modified = t
			return
		}
	}
}

// dateAtStart reports whether s starts with its date: a digit or a month
// name, after a weekday and its comma ("Tuesday, Sept. 12, 2017"), so
// that "Updated to include MNG's statement of 1 May 2020" is no stamp.
func dateAtStart(s string) bool {
	words := strings.Fields(s)
	if len(words) > 1 && strings.HasSuffix(words[0], ",") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(words[0], ".,"))
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, month := monthNames[w]
	return month
}
