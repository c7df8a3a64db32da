package nlp

import "strings"

// A quotation inside the writer's narration, the sentence then credited
// to a news outlet ("One eyewitness described the scene as “horrific
// and hellish,” Xinhua said"; "Xi Jinping ordered “all-out efforts” …,
// “crack down on …,” according to Xinhua"): the outlet relays the
// report, and the quoted words are those of someone in the clause the
// writer tells, not the outlet's. When a verb that characterises its
// object puts the quotation after "as", the words are its subject's;
// otherwise the one who said them is not read, and the quote is left
// unnamed rather than credited to the outlet (precision first).

// unrelayNarration gives the quote q, credited to a relaying outlet,
// to the subject of the clause that holds it when a characterising verb
// puts it after "as", and leaves it unnamed when other narration with a
// verb whose subject can speak stands before it in its sentence,
// text[sentStart:at].
func (d *Index) unrelayNarration(q *Quote, sentStart, at int) {
	from := sentStart + LabelEnd(d.Text[sentStart:at])
	toks := Tokenize(d.Text[from:at], from)
	n := len(toks)
	if n < 2 {
		return
	}
	if quotedAsWords[strings.ToLower(toks[n-1].Text)] {
		for k := n - 2; k >= 1 && k >= n-6; k-- {
			if !characterisingVerbs[toks[k].Text] {
				continue
			}
			if sp, ok := d.speakerIn(clauseStart(d.Text, from, toks[k].Span.Start), toks[k].Span.Start, true); ok {
				q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, toks[k].Text
				return
			}
			break
		}
	}
	// Only a clause whose subject can speak holds words of someone
	// else than the outlet: in "The test was of a bomb with “…”, KCNA
	// said" the agency's own words are quoted.
	if sp, ok := d.subjectBeforeVerb(from, at); ok && sp.name != "" {
		q.Speaker, q.SpeakerEntity = "", -1
	}
}
