package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotedHeading reports whether q, a direct quote, is a paragraph of its
// own made of the quotation only and without a sentence's closing
// punctuation: a subheading quoting a phrase ("‘A nation united’"), not
// a speaker's words going on, which end as sentences do.
func (d *Index) quotedHeading(q Quote) bool {
	si := q.Sentence
	if si < 0 || !q.Direct {
		return false
	}
	s := d.Sentences[si]
	if si > 0 && d.Sentences[si-1].Paragraph == s.Paragraph || si+1 < len(d.Sentences) && d.Sentences[si+1].Paragraph == s.Paragraph {
		return false
	}
	if strings.TrimSpace(d.Text[s.Start:max(s.Start, q.Span.Start)]) != "" || q.Span.End < s.End && strings.TrimSpace(d.Text[q.Span.End:s.End]) != "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(q.Text))
	return !unicode.IsPunct(last)
}

// nameGivenBetween reports whether between, the words from a subject to
// a quotation, holds a participle phrase giving a noun before it a name
// ("Pistorius, a double amputee known for his prostheses as the"; "the
// ship, dubbed"): a participle after a comma or a noun, not after the
// subject, an auxiliary or an adverb, so not the subject's own verb, and
// the quotation right after it or after its "as". The quoted name is
// what others call the subject, not the subject's words.
func nameGivenBetween(between string) bool {
	toks := Tokenize(between, 0)
	for k := 1; k < len(toks); k++ {
		if !nameParticiples[strings.ToLower(toks[k].Text)] {
			continue
		}
		// Back over adverbs ("widely known as").
		j := k - 1
		for j > 0 && adverb(toks[j].Text) && !strings.Contains(between[toks[j].Span.End:toks[j+1].Span.Start], ",") {
			j--
		}
		// After a comma the participle may be the subject's own verb,
		// an aside closed ("Turner, speaking on Saturday, described
		// “…”").
		prev := toks[j]
		pw := strings.ToLower(prev.Text)
		if strings.Contains(between[prev.Span.End:toks[j+1].Span.Start], ",") || !isLowerWord(prev.Text) || cueAuxiliaries[pw] || subjectPronouns[pw] || relativeWord[pw] || adverbial(pw) {
			continue
		}
		rest := toks[k+1:]
		if len(rest) > 0 && determiners[strings.ToLower(rest[len(rest)-1].Text)] {
			rest = rest[:len(rest)-1]
		}
		if len(rest) == 0 || namingAsWords[strings.ToLower(rest[len(rest)-1].Text)] {
			return true
		}
	}
	return false
}

// isLowerWord reports whether w is written in lower case.
func isLowerWord(w string) bool {
	return w != "" && w == strings.ToLower(w)
}

// answeredQuestion reports whether a quoted question after a cue of
// answering with an object ("The jurors answered 14 questions …, which
// asks: “Are you satisfied …?”") is the question put: the cue's object
// is what was answered, so the words are not the answerers'. A reply
// right after the cue ("She answered: “Why not?”") is theirs.
func answeredQuestion(cue, between, quoted string) bool {
	if !answerCues[strings.ToLower(cue)] || !strings.HasSuffix(strings.TrimSpace(quoted), "?") {
		return false
	}
	return len(Tokenize(between, 0)) > 0
}

// quotedName reports whether the quotation q is a name given, not words
// said, and returns the participle that gives it: it follows at once a participle of naming (lang
// quoted-name-participles), or its "as" and a determiner, or other names
// given with "or"/"and" between ("nicknamed “Kandaka” or “Nubian
// queen”"). A namer of its own ("they called “…”", "what reports have
// dubbed a “…”") leaves the reading to namingClauseBefore, which credits
// the namer.
func (d *Index) quotedName(q Span) (string, bool) {
	base := max(0, q.Start-160)
	if si := d.SentenceAt(q.Start); si >= 0 {
		base = max(base, d.Sentences[si].Start)
	}
	toks := Tokenize(d.Text[base:q.Start], base)
	k := len(toks) - 1
	for k >= 0 {
		w := strings.ToLower(toks[k].Text)
		switch {
		case d.inQuoted(toks[k].Span.Start):
		case listConjunctions[w] && k > 0 && d.inQuoted(toks[k-1].Span.Start):
		case determiners[w] || namingAsWords[w]:
		default:
			if !quotedNameParticiples[w] || strings.ContainsAny(d.Text[toks[k].Span.End:q.Start], ".;:!?") {
				return "", false
			}
			if k > 0 && subjectPronouns[strings.ToLower(toks[k-1].Text)] {
				return "", false
			}
			_, _, named := d.namingClauseBefore(base, toks[k].Span.End)
			return toks[k].Text, !named
		}
		k--
	}
	return "", false
}

// inQuoted reports whether offset i lies inside a quotation found.
func (d *Index) inQuoted(i int) bool {
	for _, s := range d.quoted {
		if s.Start <= i && i < s.End {
			return true
		}
	}
	return false
}
