package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markCut sets Sentence.Cut on the text's last sentence when the text
// ends inside it: its last character is a letter, a digit or a mark that
// leads on (a comma, a semicolon, an opening bracket), not
// one that closes a sentence. Pages reach us cut at a size limit, behind
// a paywall or as a search excerpt, and the words after the cut may
// undo, qualify or finish the ones before it ("…she thought it was a part
// of a fi"). A text of one sentence is a headline or a teaser line,
// whole without a full stop.
func markCut(d *Doc) {
	if len(d.Sentences) < 2 {
		return
	}
	last := &d.Sentences[len(d.Sentences)-1]
	if strings.TrimSpace(d.Text[min(last.End, len(d.Text)):]) != "" {
		return
	}
	text := strings.TrimSpace(last.Text)
	r, _ := utf8.DecodeLastRuneInString(text)
	if r == utf8.RuneError {
		return
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(leadingOnMarks, r) {
		last.Cut = true
	}
}

// leadingOnMarks are the marks after which a sentence must go on.
// Quotation marks are not among them: which of them open and which close
// differs by language (“ closes a German quotation). Nor is a colon: what
// stands before it is whole, and what it announces (a list, a quotation
// set apart, an embedded post) is often left out of a text on purpose.
const leadingOnMarks = ",;("

// dropCutReports leaves out the reported speech found in a cut sentence:
// where the speaker's words would have ended is not in the text. A direct
// quotation closed before the cut is whole and stays.
func dropCutReports(d *Doc, quotes []Quote) []Quote {
	out := quotes[:0]
	for _, q := range quotes {
		if !q.Direct && q.Sentence >= 0 && q.Sentence < len(d.Sentences) && d.Sentences[q.Sentence].Cut {
			continue
		}
		out = append(out, q)
	}
	return out
}
