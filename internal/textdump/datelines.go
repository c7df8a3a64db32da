package textdump

import (
	"regexp"
	"strings"
	"time"
)

// anyTag is a tag of any element left in a dump's line, its attributes
// quoted ("<tweet author=\"@AP\" datetime=\"2016-08-23\">", "<tweet/>").
var anyTag = regexp.MustCompile(`</?[A-Za-z][\w-]*(?:\s+[\w:-]+="[^"]*")*\s*/?>`)

// maxDateLineWords bounds a line kept by DroppedDateLines: a caption, a
// stamp or a post's signature, not a page-long run of furniture.
const maxDateLineWords = 100

// DroppedDateLines returns the lines of dump that body (the text an
// extractor kept of it) leaves out and that write a full date: day, month
// and year, or an ISO date. These are a page's photo captions ("… in
// Escuintla, Guatemala, Monday, June 4, 2018"), update stamps and the
// signatures of the posts it embeds ("— TODAY (@TODAYshow) October 2,
// 2017"), which print the day the page was written even when the page
// gives no publication date. A line printed twice is returned once: one
// caption repeated by the page's template is still one. A bare date
// ("Monday, Nov 25, 2024") is not returned: unlabelled, it is as often
// the day the page was read (a header's clock) as the day it was written.
func DroppedDateLines(dump, body string) []string {
	body = strings.Join(strings.Fields(body), " ")
	var out []string
	seen := map[string]bool{}
	for _, l := range strings.Split(dump, "\n") {
		// Only what the page prints: a date in a tag's attributes
		// (<tweet datetime="2015-12-02">) is the markup's.
		l = strings.Join(strings.Fields(anyTag.ReplaceAllString(l, " ")), " ")
		words := len(strings.Fields(l))
		if l == "" || seen[l] || words > maxDateLineWords || strings.Contains(body, l) || !hasFullDate(l) {
			continue
		}
		if isDateOnly(l, words) && !updateLabel.MatchString(l) {
			// A bare date is a page's clock or a teaser's, which a
			// page of any day prints: not the page's own day.
			continue
		}
		seen[l] = true
		out = append(out, l)
	}
	return out
}

// hasFullDate reports whether s writes a valid date with its day, month
// and year in words ("June 4, 2018", "4th June 2018") or in ISO form;
// other numeric forms (4/6/2018) are ambiguous.
func hasFullDate(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	low := strings.ToLower(s)
	valid := func(y, mo, d int) bool {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && t.Day() == d
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(low, -1) {
		if valid(atoi(low, m, 1), atoi(low, m, 2), atoi(low, m, 3)) {
			return true
		}
	}
	for _, m := range dayMonth.FindAllStringSubmatchIndex(low, -1) {
		if valid(atoi(low, m, 3), int(monthNames[low[m[4]:m[5]]]), atoi(low, m, 1)) {
			return true
		}
	}
	for _, m := range monthDay.FindAllStringSubmatchIndex(low, -1) {
		if valid(atoi(low, m, 3), int(monthNames[low[m[2]:m[3]]]), atoi(low, m, 2)) {
			return true
		}
	}
	return false
}
