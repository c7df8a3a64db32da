package nlp

import (
	"strings"
	"unicode"
)

// accordingTo reads "according to X" at byte i of sentence s: the source
// is X up to a comma or the sentence's end (over a list of names: "the
// US, Britain, South Korea, and Japan"), and what it says the rest of the
// sentence, joined where the frame is cut out.
func (d *Index) accordingTo(si int, s Sentence, i int) (Quote, bool) {
	srcStart := s.Start + i + len("according to ")
	cut := s.End
	if k := strings.IndexAny(d.Text[srcStart:s.End], ",.;"); k >= 0 {
		cut = srcStart + k
	}
	if ms := d.MentionsIn(srcStart, s.End); len(ms) > 0 && ms[0].Start < cut {
		if e := d.listEnd(ms[0].Span, s.End); e > cut {
			cut = e
		}
	}
	sp, ok := d.phraseSpeaker(srcStart, cut)
	if !ok {
		return Quote{}, false
	}
	before := strings.TrimRight(s.Text[LabelEnd(s.Text):i], " ,;")
	after := strings.TrimLeft(d.Text[cut:s.End], " ,;")
	if before == "" {
		after = dropAside(after)
	}
	rest := trimResidue(strings.Trim(strings.TrimSpace(before+" "+after), " ,.;"))
	if len(strings.Fields(rest)) < 3 {
		return Quote{}, false
	}
	return Quote{Text: rest, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: "according to", Sentence: si, Span: Span{s.Start, s.End}}, true
}

// dropAside drops an aside about the source that opens what it says:
// "According to analysts at NK News, a site specializing in North Korea,
// the exhibition also included …". An aside is a short phrase opened by
// "a" or "an" without a finite verb ("a company based in …"), followed by
// a comma and a clause.
func dropAside(s string) string {
	if !strings.HasPrefix(s, "a ") && !strings.HasPrefix(s, "an ") {
		return s
	}
	k := strings.IndexByte(s, ',')
	if k < 0 {
		return s
	}
	words := strings.Fields(s[:k])
	if len(words) > 8 || len(strings.Fields(s[k+1:])) < 3 {
		return s
	}
	for _, w := range words {
		if finiteWords[strings.ToLower(w)] {
			return s
		}
	}
	return strings.TrimSpace(s[k+1:])
}

// trimResidue cuts what a page's scraping left after the last sentence
// of a text: ". from North" after "… the Russia-Korea border". It is a
// full stop after a word of three letters or more, followed by at most
// three words starting in lower case.
func trimResidue(s string) string {
	k := strings.LastIndex(s, ". ")
	if k < 0 || len(strings.Fields(s[k+2:])) > 3 {
		return s
	}
	r := []rune(s[k+2:])
	if len(r) == 0 || !unicode.IsLower(r[0]) {
		return s
	}
	if w := lastWord(s[:k]); len([]rune(w)) < 3 || strings.Contains(w, ".") || otherAbbrev[strings.ToLower(w)] || titleAbbrev[strings.ToLower(w)] || monthAbbrev[strings.ToLower(w)] {
		return s
	}
	return s[:k]
}

// listenerAndRest splits what follows a cue into whom it was said to and
// what was said ("the NY Times" / "is far from certain" after "told"),
// and reports false when the cue does not report a statement ("asked the
// public to stay off …").
func listenerAndRest(cue, after string) (listener, rest string, ok bool) {
	toks := Tokenize(after, 0)
	for k, t := range toks {
		if k > 6 || strings.ContainsAny(after[:t.Span.Start], ",;:") {
			break
		}
		w := strings.ToLower(t.Text)
		if w == "that" && listenerCues[cue] && k > 0 {
			return strings.TrimSpace(after[:t.Span.Start]), strings.TrimSpace(after[t.Span.Start:]), true
		}
		if w == "that" {
			break
		}
		// The object is a short phrase: a pronoun subject or a verb
		// before "to" makes it a clause ("told People she went to …").
		if w == "to" && k > 0 && k <= 3 && controlCues[cue] {
			return "", "", false
		}
		if subjectPronouns[w] || finiteWords[w] || strings.HasSuffix(w, "ed") {
			break
		}
	}
	return "", after, true
}

// dropThat drops the conjunction opening reported speech ("said that the
// train had left"), but not a "that" that is the subject ("told the NY
// Times that is far from certain").
func dropThat(s string) string {
	rest, ok := strings.CutPrefix(s, "that ")
	if !ok {
		return s
	}
	if next := Tokenize(rest, 0); len(next) > 0 && finiteWords[strings.ToLower(next[0].Text)] {
		return s
	}
	return rest
}
