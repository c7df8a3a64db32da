package nlp

import "strings"

// inOpenQuotation reports whether off lies in a paragraph that opens
// with a double quotation mark not closed before off. News quotes a
// long text (a ruling, a letter) over several paragraphs, each opened by
// a mark and only the last closed, so the whole paragraph is the quoted
// writer's words: a cue there ("“At the outset he stated that he had
// fired ‘before I knew it’ …") is the writer's narration of someone
// else, and whom its "he" stands for is the writer's to say, not the
// article's.
func (d *Index) inOpenQuotation(off int) bool {
	si := d.SentenceAt(off)
	if si < 0 {
		return false
	}
	first := si
	for first > 0 && d.Sentences[first-1].Paragraph == d.Sentences[si].Paragraph {
		first--
	}
	before := strings.TrimLeft(d.Text[d.Sentences[first].Start:off], " \t")
	if before == "" {
		return false
	}
	r, n := markAt(before, 0, len(before))
	closers, opens := quoteMarks[r]
	if !opens || !doubleMark(r) || strings.TrimSpace(before[n:]) == "" {
		return false
	}
	rest := before[n:]
	for i := 0; i < len(rest); {
		m, w := markAt(rest, i, len(rest))
		if doubleMark(m) && strings.ContainsRune(closers, m) {
			return false
		}
		i += w
	}
	return true
}

// wordsStart returns where q's words start in the text: its first part,
// else where a reported quote's words stand in its sentence.
func (d *Index) wordsStart(q Quote) int {
	if len(q.Parts) > 0 {
		return q.Parts[0].Start
	}
	if !q.Direct && q.Span.End <= len(d.Text) {
		if i := strings.Index(d.Text[q.Span.Start:q.Span.End], q.Text); i >= 0 {
			return q.Span.Start + i
		}
	}
	return q.Span.Start
}
