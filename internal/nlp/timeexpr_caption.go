package nlp

import (
	"regexp"
	"time"

	"crosscheck/internal/lang"
)

// UnresolvedCaptionMonth is why a month or day written without its year
// in a photo caption is left undated.
const UnresolvedCaptionMonth = "in a photo caption, whose picture may be of an earlier year"

// A photo caption tells what the picture shows in the present tense and
// when it was taken as a past time: "Army Pfc. Bradley Manning, center,
// is escorted into a courthouse in Fort Meade, Md., in November." A page
// prints file pictures of any earlier time beside the news of its day,
// so a month or a day the caption names without its year need not be
// the last one before the page's day, as it would be read in the
// narration: Manning was escorted to his trial years before the
// commutation of 2017 whose story prints the picture. Such a time is
// left undated, with the reason. A weekday stays: a caption names the
// day of the week only for a picture of the story's own days ("watch a
// TV broadcast … at Seoul Station on Sunday"). A caption is known by a
// person's place in the picture set off by commas after a name (", center,").
var captionPosition = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*,\s+` + wordsRe(en.Set(lang.CaptionPositions), `\s+`) + `,`)

// captionMonths leaves undated the yearless months and days of out told
// in a photo caption, as above.
func captionMonths(d *Doc, out []TimeExpr) {
	for i := range out {
		t := &out[i]
		if !t.RefYear || !t.Resolved || t.Granularity != GranDay && t.Granularity != GranMonth || hasWeekday(t.Text) {
			continue
		}
		if !captionPosition.MatchString(d.Sentences[t.Sentence].Text) {
			continue
		}
		t.Start, t.End, t.Resolved, t.Open = time.Time{}, time.Time{}, false, ""
		t.Unresolved = UnresolvedCaptionMonth
	}
}
