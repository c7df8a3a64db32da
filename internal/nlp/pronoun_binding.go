package nlp

import "strings"

// closingPronoun reports whether the pronoun at off is the subject of an
// attribution that closes its sentence after a comma ("Detective Chief
// Inspector Matt Bonner has been appointed to lead the investigation, he
// added."): what comes before is what it reports, and a name there is
// never the pronoun's antecedent (binding theory's Principle C: in "he
// said Bonner was appointed" he is not Bonner, nor when the reported
// clause comes first).
func (d *Index) closingPronoun(si, off int) bool {
	s := d.Sentences[si]
	if !strings.HasSuffix(strings.TrimSpace(d.Text[s.Start:off]), ",") {
		return false
	}
	toks := Tokenize(d.Text[off:s.End], off)
	if len(toks) < 2 {
		return false
	}
	k := 1
	for k < len(toks) && (cueAuxiliaries[strings.ToLower(toks[k].Text)] || adverb(toks[k].Text)) {
		k++
	}
	if k >= len(toks) || !indirectCues[toks[k].Text] || participleCues[toks[k].Text] {
		return false
	}
	return shortTail(d.Text[toks[k].Span.End:s.End]) || strings.TrimSpace(strings.Trim(d.Text[toks[k].Span.End:s.End], " .")) == ""
}
