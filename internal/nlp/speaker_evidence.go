package nlp

import (
	"slices"
	"strings"
)

// Speaker paths: how the words around a quote lead to its speaker.
const (
	// SpeakerNamed: the quote's own sentence names the speaker outside
	// the quoted words ("…,” said Jo Hart"; "the ministry said").
	SpeakerNamed = "named"
	// SpeakerPronoun: the sentence has only a pronoun ("…,” he said");
	// the name is read from an earlier sentence.
	SpeakerPronoun = "pronoun"
	// SpeakerCarried: the sentence names nobody who said it; the speaker
	// is carried over from an earlier sentence (a quote going on, a
	// description such as "the leader" resolved to a name).
	SpeakerCarried = "carried"
)

// Speaker kinds, as far as the text tells.
const (
	SpeakerPerson      = "person"
	SpeakerOrg         = "organisation"
	SpeakerCountry     = "country"
	SpeakerDescription = "description" // a noun phrase no entity holds: "the official", "police"
	SpeakerNameOnly    = "name"        // a name of no known kind
)

// The head classes of a description speaker (SpeakerEvidence.Head).
const (
	HeadRole     = "role"     // a person or group by their role: "officials", "the host"
	HeadDocument = "document" // a statement, a report, results, findings
	HeadOther    = "other"
)

// SpeakerEvidence is the evidence a quote's speaker rests on: where in the
// text the speaker is named and what stands between. It is read after the
// speaker is chosen, from the words only, so that every way of choosing
// one (a cue after the quote, a pronoun resolved, a quote going on) is
// described alike.
type SpeakerEvidence struct {
	Path string `json:"path"`
	// Word is the pronoun read for SpeakerPronoun ("he", "she").
	Word string `json:"word,omitempty"`
	// Back is how many sentences before the quote's the speaker was last
	// named: 0 when its own sentence names it, -1 when no sentence
	// before does.
	Back int `json:"back"`
	// SameParagraph tells whether that naming is in the quote's
	// paragraph.
	SameParagraph bool `json:"same_paragraph"`
	// Others is how many other persons the quote's sentence names
	// outside the quoted words.
	Others int `json:"others"`
	// Between is how many other persons are named between that naming
	// and the quote (0 when named in the sentence).
	Between int    `json:"between"`
	Kind    string `json:"kind"`
	// Words is how many words the speaker's name has.
	Words int `json:"words"`
	// Cue tells whether the quote's sentence holds its cue outside the
	// quoted words; NextToCue whether the speaker is named right beside
	// it ("said Jo Hart", "Hart has said", two words between at most).
	Cue       bool `json:"cue"`
	NextToCue bool `json:"next_to_cue"`
	// Evident tells, for a name, that its kind rests on evidence (the
	// gazetteer, a title or role, a known given name), not on a guess
	// from its capitals.
	Evident bool `json:"evident"`
	// Head is a description's head noun class: "role" (a person or
	// group by their role: "officials", "the host"), "document" (a
	// statement, a report, results), or "" for a name.
	Head string `json:"head,omitempty"`
	// CueSubject tells, for a speaker named in the quote's sentence
	// with its cue, whether it is named as the cue's subject
	// (CueSubjectYes) or only elsewhere in the sentence (CueSubjectNo);
	// "" when that cannot be read.
	CueSubject string `json:"cue_subject,omitempty"`
	// OtherSubject is, for a speaker the quote's sentence does not
	// name, the person or organisation the sentence names as the
	// subject of its cue instead ("…,” Ayaz Sadiq announced").
	OtherSubject string `json:"other_subject,omitempty"`
	// Dateline is set when the speaker named in the quote's sentence, a
	// name not known to be a person's, stands where a dateline does
	// (speaker_dateline.go).
	Dateline bool `json:"dateline,omitempty"`
}

// quotedIndex is an index of doc whose quoted spans are the parts of
// its direct quotes, in text order as inQuote's search needs them: a
// name standing inside what was said names no one outside it.
func quotedIndex(doc *Doc) *Index {
	d := NewIndex(doc)
	for _, q := range doc.Quotes {
		if q.Direct {
			d.quoted = append(d.quoted, q.Parts...)
		}
	}
	slices.SortFunc(d.quoted, func(a, b Span) int { return a.Start - b.Start })
	return d
}

// markSpeakerEvidence sets each quote's speaker evidence and, when that
// evidence is weak, why its speaker is uncertain. pronouns are the
// language's subject pronouns (nil when not known).
func markSpeakerEvidence(doc *Doc, pronouns map[string]bool) {
	d := quotedIndex(doc)
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		q.SpeakerEvidence = d.speakerEvidence(*q, pronouns)
		q.SpeakerUncertain = speakerUncertain(q.SpeakerEvidence)
		if q.SpeakerUncertain == "" && pronounFromUncertain(doc.Quotes[:i], *q) {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the sentence before gives the same “" + q.SpeakerEvidence.Word + "” the same speaker, uncertainly"
		}
		if other := d.otherSpeakerQuotedBetween(doc.Quotes[:i], *q); q.SpeakerUncertain == "" && other != "" {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; " + other + " is quoted between that and the quote"
		}
		if why := d.unsaidSpeaker(*q); q.SpeakerUncertain == "" && why != "" {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; " + why
		}
		if q.SpeakerUncertain == "" && d.relativeShares(*q) {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the text gives the speaker's full name to someone's relative, who shares the surname"
		}
		if named := d.epithetSpeaker(*q); q.SpeakerUncertain == "" && named != "" {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the speaker is a description, which may stand for " + named + ", named before"
		}
		if q.SpeakerUncertain == "" && d.labelDescription(*q) {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the speaker is a description set as a label over the words, with no verb of saying"
		}
		if q.SpeakerUncertain == "" && carriedFromUncertain(doc.Quotes[:i], *q) {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the quote it goes on from has an uncertain speaker"
		}
		if q.SpeakerUncertain == "" && q.SpeakerEvidence != nil && d.inOpenQuotation(d.wordsStart(*q)) {
			q.SpeakerUncertain = speakerPathWords(q.SpeakerEvidence) + "; the quote stands inside a longer quotation opened at its paragraph's start, whose writer tells whose words these are"
		}
	}
}

// carriedFromUncertain reports whether q, whose sentence names no
// speaker, goes on from a quote before it by the same speaker whose
// speaker is uncertain: a speaker carried over is no surer than where
// it was read ("“…,” European champions Real said. “Real Madrid will
// always be his home.”").
func carriedFromUncertain(before []Quote, q Quote) bool {
	ev := q.SpeakerEvidence
	if ev == nil || ev.Path != SpeakerCarried || ev.Back < 1 {
		return false
	}
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.Sentence == q.Sentence-ev.Back && p.Speaker == q.Speaker && p.SpeakerEntity == q.SpeakerEntity {
			return p.SpeakerUncertain != ""
		}
	}
	return false
}

// speakerEvidence describes how q's speaker is reached; nil when q has
// no speaker.
func (d *Index) speakerEvidence(q Quote, pronouns map[string]bool) *SpeakerEvidence {
	if q.Speaker == "" || q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return nil
	}
	outside := d.outsideQuote(q)
	ev := &SpeakerEvidence{Kind: d.speakerKind(q), Words: len(strings.Fields(q.Speaker)), Back: -1}
	ev.Evident, ev.Head = d.speakerGrounds(q)
	for _, r := range outside {
		if q.Cue != "" && containsWord(d.Text[r.Start:r.End], q.Cue) {
			ev.Cue = true
			if d.nextToCue(r, q) {
				ev.NextToCue = true
			}
		}
		for _, m := range d.MentionsIn(r.Start, r.End) {
			if m.Entity != q.SpeakerEntity && d.Entities[m.Entity].Kind == KindPerson && !d.namesSpeaker(m.Span, q) {
				ev.Others++
			}
		}
	}
	if d.named(outside, q) {
		ev.Path, ev.Back, ev.SameParagraph = SpeakerNamed, 0, true
		ev.CueSubject = d.cueSubject(q, outside)
		if ev.CueSubject == "" && d.cuelessNotSaid(q, outside) {
			ev.CueSubject = CueSubjectNo
		}
		ev.Dateline = d.datelineSpeaker(q, ev)
		return ev
	}
	ev.Path = SpeakerCarried
	for _, r := range outside {
		for _, t := range Tokenize(d.Text[r.Start:r.End], r.Start) {
			if w := strings.ToLower(t.Text); pronouns[w] {
				ev.Path, ev.Word = SpeakerPronoun, w
				break
			}
		}
		if ev.Word != "" {
			break
		}
	}
	if ev.Path == SpeakerCarried {
		ev.OtherSubject = d.otherCueSubject(q, outside)
	}
	para := d.Sentences[q.Sentence].Paragraph
	seen, seenTitled := map[int]bool{}, map[string]bool{}
	for si := q.Sentence - 1; si >= 0; si-- {
		s := d.Sentences[si]
		if d.named([]Span{{s.Start, s.End}}, q) {
			ev.Back, ev.SameParagraph = q.Sentence-si, s.Paragraph == para
			if ev.Path == SpeakerPronoun {
				ev.Between += d.personsAfterNaming(s, q, seen)
			}
			break
		}
		for _, m := range d.MentionsIn(s.Start, s.End) {
			if m.Entity != q.SpeakerEntity && d.Entities[m.Entity].Kind == KindPerson && !d.inQuote(m.Start) && !seen[m.Entity] {
				seen[m.Entity] = true
				ev.Between++
			}
		}
		ev.Between += d.titledNamesIn(s, q, seenTitled) + d.titledSurnamesIn(s, q, seenTitled)
	}
	return ev
}

// speakerGrounds tells whether q's speaker, a name, has a kind resting
// on evidence, and the class of a description's head noun.
func (d *Index) speakerGrounds(q Quote) (evident bool, head string) {
	if q.SpeakerEntity >= 0 && q.SpeakerEntity < len(d.Entities) {
		e := d.Entities[q.SpeakerEntity]
		return !e.KindGuessed || len(e.Roles) > 0 || e.Descriptive || givenName(e.Name) != genderUnknown, ""
	}
	switch h := phraseHead(strings.Fields(q.Speaker)); {
	case documentNouns[h] || wordlessSources[h] || namelessSources[h] || unnamedReport(q.Speaker):
		return false, HeadDocument
	case personRoleNouns[h] || groupNouns[h] || speakerNouns[h]:
		return false, HeadRole
	}
	return false, HeadOther
}

// nextToCue reports whether the piece r of q's sentence names q's
// speaker right beside its cue: at most two words between them.
func (d *Index) nextToCue(r Span, q Quote) bool {
	toks := Tokenize(d.Text[r.Start:r.End], r.Start)
	cue := strings.Fields(strings.ToLower(q.Cue))
	words := strings.Fields(strings.ToLower(q.Speaker))
	if len(cue) == 0 || len(words) == 0 {
		return false
	}
	last, head := stripPossessive(words[len(words)-1]), phraseHead(words)
	names := func(t Token) bool {
		w := strings.ToLower(stripPossessive(t.Text))
		return w == last || w == head || q.SpeakerEntity >= 0 && d.EntityAt(t.Span.Start) == q.SpeakerEntity
	}
	for i, t := range toks {
		if strings.ToLower(t.Text) != cue[0] {
			continue
		}
		for j := max(0, i-5); j < min(len(toks), i+len(cue)+5); j++ {
			if j >= i && j < i+len(cue) {
				continue
			}
			gap := i - j - 1
			if j > i {
				gap = j - i - len(cue)
			}
			if gap <= 2 && names(toks[j]) {
				return true
			}
		}
	}
	return false
}

// outsideQuote returns the pieces of q's sentences that are not its
// quoted or reported words: where the attribution can be.
func (d *Index) outsideQuote(q Quote) []Span {
	s := d.Sentences[q.Sentence]
	from, to := s.Start, s.End
	var words []Span
	if q.Direct {
		if last := d.SentenceAt(max(q.Span.Start, q.Span.End-1)); last >= q.Sentence {
			to = max(to, d.Sentences[last].End)
		}
		words = q.Parts
	} else if k := strings.Index(d.Text[from:to], q.Text); k >= 0 && q.Text != "" {
		words = []Span{{from + k, from + k + len(q.Text)}}
	}
	var out []Span
	at := from
	for _, w := range words {
		if w.Start > at {
			out = append(out, Span{at, min(w.Start, to)})
		}
		at = max(at, w.End)
	}
	if at < to {
		out = append(out, Span{at, to})
	}
	return out
}

// named reports whether one of spans names q's speaker: a mention of its
// entity, or its words (the last word of a name: "Mr. Lou" for "Lou
// Jiwei"; a description as written).
func (d *Index) named(spans []Span, q Quote) bool {
	for _, r := range spans {
		for _, m := range d.MentionsIn(r.Start, r.End) {
			if m.Entity == q.SpeakerEntity && !d.inQuote(m.Start) {
				return true
			}
		}
		text := d.Text[r.Start:r.End]
		if containsWord(strings.ToLower(text), strings.ToLower(q.Speaker)) {
			return true
		}
		if q.SpeakerEntity >= 0 {
			if f := strings.Fields(q.Speaker); len(f) > 1 && isCapitalised(f[len(f)-1]) && containsWord(text, f[len(f)-1]) {
				return true
			}
		}
	}
	return false
}

// namesSpeaker reports whether the mention at m is a piece of q's
// speaker's name ("Hart" of "Jo Hart" taken as an entity of its own).
func (d *Index) namesSpeaker(m Span, q Quote) bool {
	return containsWord(q.Speaker, d.Text[m.Start:m.End])
}

// speakerKind is the kind of q's speaker.
func (d *Index) speakerKind(q Quote) string {
	if q.SpeakerEntity < 0 || q.SpeakerEntity >= len(d.Entities) {
		return SpeakerDescription
	}
	e := d.Entities[q.SpeakerEntity]
	switch {
	case e.Kind == KindPerson && d.abbreviatedName(e):
		// "German news outlet Deutsche Welle (DW)": initials in
		// brackets name an organisation (speaker_relative.go).
		return SpeakerOrg
	case e.Kind == KindPerson:
		return SpeakerPerson
	case e.Kind == KindOrg:
		return SpeakerOrg
	case e.Kind == KindPlace:
		return SpeakerCountry
	}
	return SpeakerNameOnly
}

// containsWord reports whether text holds words as whole words.
func containsWord(text, words string) bool {
	if words == "" {
		return false
	}
	for from := 0; ; {
		k := strings.Index(text[from:], words)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(words)
		if (a == 0 || !isLetterOrDigit(text[a-1])) && (b == len(text) || !isLetterOrDigit(text[b])) {
			return true
		}
		from = a + 1
	}
}
