package nlp

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteMarks maps an opening quotation mark to the closing marks it accepts.
var quoteMarks = map[rune]string{
	'“': "”\"", '«': "»", '„': "“”", '"': "\"”", '‘': "’'", '\'': "'’",
}

// markAt returns the rune at text[i:end] and its width, reading two
// apostrophes in a row, straight or curly, as one double quotation mark:
// the plain-text archives of some papers write them for “ and ”.
func markAt(text string, i, end int) (rune, int) {
	if strings.HasPrefix(text[i:end], "''") {
		return '"', 2
	}
	if strings.HasPrefix(text[i:end], "’’") {
		return '"', len("’’")
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// rawQuote is a quoted stretch of text before speakers are found.
type rawQuote struct {
	span  Span   // including the marks
	parts []Span // the quoted text, one part per paragraph
}

// findQuotedSpans returns the stretches of text between quotation marks.
// A quote left open at the end of a paragraph continues into the next
// paragraph when that one opens with a quotation mark again (the
// typographic convention) or closes one without opening any.
func findQuotedSpans(text string, paras []Span) []rawQuote {
	var out []rawQuote
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		i := p.Start
		for i < p.End {
			r, n := markAt(text, i, p.End)
			closing, ok := quoteMarks[r]
			if !ok || !opensQuote(text, i, n, p.End) {
				i += n
				continue
			}
			q := rawQuote{span: Span{Start: i}}
			start := i + n
			end, closeEnd, found := findClose(text, start, p.End, closing, r)
			pj := pi
			for !found && pj+1 < len(paras) && pj-pi < 4 {
				q.parts = append(q.parts, Span{start, end})
				next := paras[pj+1]
				nr, nn := markAt(text, next.Start, next.End)
				switch {
				case nr == r:
					start = next.Start + nn
				case !containsOpen(text, next):
					// Continues without reopening: a paragraph without
					// any quotation mark in between, or one that only
					// closes ("…alive," People quoted him as saying.).
					start = next.Start
				default:
					pj = -1
				}
				if pj < 0 {
					break
				}
				pj++
				end, closeEnd, found = findClose(text, start, next.End, closing, r)
			}
			if !found {
				i += n
				continue
			}
			q.parts = append(q.parts, Span{start, end})
			q.span.End = closeEnd
			out = append(out, q)
			if pj != pi {
				pi = pj
				p = paras[pi]
			}
			i = closeEnd
		}
	}
	return out
}

// opensQuote reports whether the mark at i opens a quote: it stands at the
// start of a word, with a non-space after it.
func opensQuote(text string, i, n, end int) bool {
	if i+n >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{:—–-", prev)
}

// findClose finds the closing mark for a quote opened with open, searching
// text[from:end]: a closing mark not followed by a letter (so that the
// apostrophe in "Kim’s" does not close ‘…’).
func findClose(text string, from, end int, closing string, open rune) (inner, after int, ok bool) {
	// A quote longer than this is a stray mark, not a quote; the bound
	// keeps a text full of unmatched marks from taking quadratic time.
	const maxQuote = 4000
	if end-from > maxQuote {
		end = from + maxQuote
		for end > from && !utf8.RuneStart(text[end]) {
			end--
		}
	}
	for i := from; i < end; {
		r, n := markAt(text, i, end)
		if strings.ContainsRune(closing, r) {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if i+n >= len(text) || !unicode.IsLetter(next) {
				if !(open == '\'' || open == '‘') || !unicode.IsSpace(prev) {
					return i, i + n, true
				}
			}
		}
		i += n
	}
	return end, end, false
}

func containsOpen(text string, p Span) bool {
	for i := p.Start; i < p.End; {
		r, n := markAt(text, i, p.End)
		if _, ok := quoteMarks[r]; ok && r != '\'' && opensQuote(text, i, n, p.End) {
			return true
		}
		i += n
	}
	return false
}

var quoteLine = regexp.MustCompile(`^(?:Quote|Quotes|Statement)\s*:\s*`)

// FindQuotes returns the direct quotes of d (text in quotation marks of at
// least two words) and the indirect ones ("X said that …", "according to X,
// …"), each with its speaker and cue. d.Sentences, d.Entities and
// d.Attributions must be set.
func FindQuotes(doc *Doc) []Quote {
	d := NewIndex(doc)
	paras := paragraphs(d.Text)
	var out []Quote
	quoted := make([]bool, len(d.Sentences))
	raws := findQuotedSpans(d.Text, paras)
	for qi := 0; qi < len(raws); qi++ {
		rq := raws[qi]
		var b strings.Builder
		for _, p := range rq.parts {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSpace(d.Text[p.Start:p.End]))
		}
		text := strings.TrimSpace(b.String())
		if len(strings.Fields(text)) < 2 || titleCase(text) {
			continue // a word or a title ("Crocodile Dundee"), not speech
		}
		q := Quote{Text: text, Direct: true, Span: rq.span, Parts: trimmedParts(d.Text, rq.parts), Sentence: d.SentenceAt(rq.span.Start), SpeakerEntity: -1}
		// Split quote: “…,” he said, “…”.
		if qi+1 < len(raws) {
			gap := d.Text[rq.span.End:raws[qi+1].span.Start]
			if len(gap) < 60 && strings.HasSuffix(strings.TrimSpace(gap), ",") && strings.HasSuffix(strings.TrimRight(text, " "), ",") {
				if cue, _, ok := cueIn(gap); ok {
					next := raws[qi+1]
					q.Text = strings.TrimSuffix(text, ",") + " " + strings.TrimSpace(d.Text[next.parts[0].Start:next.parts[len(next.parts)-1].End])
					q.Span.End = next.span.End
					q.Parts = append(q.Parts, trimmedParts(d.Text, next.parts)...)
					q.Cue = cue
					qi++
				}
			}
		}
		d.speakerOfDirect(&q, rq.span)
		for s := q.Sentence; s >= 0 && s < len(d.Sentences) && d.Sentences[s].Start < q.Span.End; s++ {
			quoted[s] = true
		}
		out = append(out, q)
	}
	// Quotes without a cue take the speaker of another quote of the same
	// paragraph ("“…” [y] “…,” said Ryder"), else of a quote in the
	// sentence just before (a speaker going on).
	for i := range out {
		if out[i].Speaker != "" {
			continue
		}
		para := d.Sentences[max(0, out[i].Sentence)].Paragraph
		samePara := func(j int) bool { return d.Sentences[max(0, out[j].Sentence)].Paragraph == para }
		for j := i + 1; j < len(out) && samePara(j); j++ {
			if out[j].Speaker != "" {
				out[i].Speaker, out[i].SpeakerEntity, out[i].Cue = out[j].Speaker, out[j].SpeakerEntity, out[j].Cue
				break
			}
		}
		for j := i - 1; out[i].Speaker == "" && j >= 0 && samePara(j); j-- {
			if out[j].Speaker != "" {
				out[i].Speaker, out[i].SpeakerEntity, out[i].Cue = out[j].Speaker, out[j].SpeakerEntity, out[j].Cue
			}
		}
		if out[i].Speaker == "" && i > 0 && out[i-1].Speaker != "" && out[i].Sentence-d.SentenceAt(max(0, out[i-1].Span.End-1)) <= 1 {
			out[i].Speaker, out[i].SpeakerEntity, out[i].Cue = out[i-1].Speaker, out[i-1].SpeakerEntity, out[i-1].Cue
		}
	}
	for si, s := range d.Sentences {
		if quoted[si] {
			continue
		}
		if q, ok := d.indirect(si, s, out); ok {
			out = append(out, q)
		}
	}
	return out
}

// trimmedParts returns the parts of a quote less the spaces at their
// ends, dropping empty ones.
func trimmedParts(text string, parts []Span) []Span {
	var out []Span
	for _, p := range parts {
		if s, e := trimSpan(text, p.Start, p.End); s < e {
			out = append(out, Span{s, e})
		}
	}
	return out
}

// titleCase reports whether every word of s longer than three letters is
// capitalised, as in the title of a film or a seminar.
func titleCase(s string) bool {
	n := 0
	for _, w := range Tokenize(s, 0) {
		if len(w.Text) <= 3 {
			continue
		}
		if !isCapitalised(w.Text) {
			return false
		}
		n++
	}
	return n > 0
}

// cueIn finds the first cue verb in s and its byte range.
func cueIn(s string) (string, Span, bool) {
	for _, t := range Tokenize(s, 0) {
		if cueWords[t.Text] {
			return t.Text, t.Span, true
		}
	}
	if i := strings.Index(strings.ToLower(s), "according to"); i >= 0 {
		return "according to", Span{i, i + len("according to")}, true
	}
	return "", Span{}, false
}

// speakerOfDirect fills the speaker and cue of a direct quote from its
// sentence: a cue after the quote ("…,” said X", "…,” he said") or before it
// ("X said: “…”").
func (d *Index) speakerOfDirect(q *Quote, span Span) {
	// The "Quote:" block of a digest quotes the article's source.
	para := d.Sentences[max(0, q.Sentence)].Paragraph
	first := max(0, q.Sentence)
	for first > 0 && d.Sentences[first-1].Paragraph == para {
		first--
	}
	for _, s := range d.Sentences[first:] {
		if s.Paragraph == para && quoteLine.MatchString(s.Text) {
			// Its "Source:" line, else the first organisation it cites.
			for _, a := range d.Attributions {
				if a.Kind == AttrSourceLine {
					q.Speaker, q.SpeakerEntity, q.Cue = a.Cited, a.CitedEntity, "quote"
					return
				}
			}
			for _, a := range d.Attributions {
				if a.CitedEntity >= 0 && d.Entities[a.CitedEntity].Kind == KindOrg {
					q.Speaker, q.SpeakerEntity, q.Cue = d.Entities[a.CitedEntity].Name, a.CitedEntity, "quote"
					return
				}
			}
		}
		if s.Paragraph > para {
			break
		}
	}
	// After the quote, to the end of its (last) sentence.
	endSent := d.SentenceAt(max(0, span.End-1))
	if endSent >= 0 {
		after := d.Text[span.End:d.Sentences[endSent].End]
		// The cue must follow closely: at most a speaker's name and title
		// ("Halvard Line chief executive Renee Sauvageot said").
		// A participle there ("…’, adding that …") goes on with the
		// sentence's subject, found before the quote.
		if cue, cs, ok := cueIn(after); ok && !participleCues[cue] && len(Tokenize(after[:cs.Start], 0)) <= 8 {
			base := span.End
			q.Cue = cue
			// "…,” People quoted him as saying": the speaker is the
			// object; in "…,” X was quoted as saying" the subject.
			if cue == "quoted" && !strings.HasSuffix(strings.TrimSpace(after[:cs.Start]), " was") && !strings.HasSuffix(strings.TrimSpace(after[:cs.Start]), " is") {
				if sp, ok := d.speakerIn(base+cs.End, d.Sentences[endSent].End, false); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
					return
				}
			}
			// "…,” he said" / "…,” X said": speaker before the cue;
			// "…,” said X": after it.
			if sp, ok := d.speakerIn(base, base+cs.Start, true); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				return
			}
			if sp, ok := d.speakerIn(base+cs.End, d.Sentences[endSent].End, false); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				return
			}
		}
	}
	// Before the quote, from the start of its sentence.
	if q.Sentence >= 0 {
		s := d.Sentences[q.Sentence]
		before := d.Text[s.Start:span.Start]
		if cue, cs, ok := lastCueIn(before); ok {
			q.Cue = cue
			// After a participle ("…, adding that …", "issued a
			// statement warning …") the speaker is the sentence's
			// subject, not the name nearest the cue.
			nearEnd := !participleCues[cue]
			if sp, ok := d.speakerIn(s.Start, s.Start+cs.Start, nearEnd); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				return
			}
		}
		// "According to the LA Times, “…”".
		for _, a := range d.Attributions {
			if a.Sentence == q.Sentence && a.Span.Start < span.Start && a.Kind == AttrAccordingTo {
				q.Speaker, q.SpeakerEntity, q.Cue = a.Cited, a.CitedEntity, "according to"
				return
			}
		}
	}
}

func lastCueIn(s string) (string, Span, bool) {
	toks := Tokenize(s, 0)
	for i := len(toks) - 1; i >= 0; i-- {
		if w := toks[i].Text; cueWords[w] {
			return w, toks[i].Span, true
		}
	}
	return "", Span{}, false
}

type speaker struct {
	name   string
	entity int
}

// speakerIn finds a speaker in text[start:end]: a person named there (the
// last one if nearEnd, else the first), a pronoun resolved to the last
// person named before start, or any other entity or noun phrase ("the
// statement", "US officials").
func (d *Index) speakerIn(start, end int, nearEnd bool) (speaker, bool) {
	if start >= end {
		return speaker{}, false
	}
	seg := d.Text[start:end]
	toks := Tokenize(seg, start)
	if len(toks) == 0 {
		return speaker{}, false
	}
	// A pronoun next to the cue stands for the sentence's first person
	// before it, else the last person named before. Auxiliaries before
	// the cue are no part of the speaker ("team officials have said").
	pi := 0
	if nearEnd {
		for len(toks) > 1 && cueAuxiliaries[strings.ToLower(toks[len(toks)-1].Text)] {
			toks = toks[:len(toks)-1]
			end = toks[len(toks)-1].Span.End
		}
		pi = len(toks) - 1
	}
	if w := strings.ToLower(toks[pi].Text); pronouns[w] {
		if w != "he" && w != "she" && w != "him" && w != "her" {
			return speaker{}, false
		}
		if ei := d.resolvePronoun(toks[pi].Span.Start); ei >= 0 {
			return speaker{d.Entities[ei].Name, ei}, true
		}
		return speaker{}, false
	}
	inSeg := d.MentionsIn(start, end)
	bestEnt := -1
	for _, m := range inSeg {
		if d.Entities[m.Entity].Kind == KindPerson {
			bestEnt = m.Entity
			if !nearEnd {
				break
			}
		}
	}
	if bestEnt >= 0 {
		return speaker{d.Entities[bestEnt].Name, bestEnt}, true
	}
	// Other entities (organisations, countries): the first of the
	// segment, the clause's subject, with the rest of its noun phrase
	// ("South Korean media", "residents of Vladivostok") or the list it
	// opens ("the UK, US, Japan, and South Korea").
	if len(inSeg) > 0 {
		p := d.phraseAround(inSeg[0].Span, start, end, nearEnd)
		if e := d.listEnd(inSeg[0].Span, end); e > inSeg[0].End && p.End == inSeg[0].End {
			p.End = e
		}
		if sp, ok := d.phraseSpeaker(p.Start, p.End); ok {
			// A speaker named by the entity alone takes its full name.
			if sp.entity >= 0 && d.isMention(inSeg[:1], p.Start, p.End) {
				sp.name = d.Entities[sp.entity].Name
			}
			return sp, true
		}
	}
	// A short noun phrase next to the cue: "the statement", "analysts",
	// "a statement of the event organisers".
	var words []string
	if nearEnd {
		for i := len(toks) - 1; i >= 0 && len(words) < 6; i-- {
			if i < len(toks)-1 && strings.TrimSpace(d.Text[toks[i].Span.End:toks[i+1].Span.Start]) != "" {
				break
			}
			words = append([]string{toks[i].Text}, words...)
		}
		// Start at a determiner or a capitalised word, if there is one.
		for k, w := range words {
			if determiners[strings.ToLower(w)] || isCapitalised(w) {
				words = words[k:]
				break
			}
		}
		if len(words) > 4 && !determiners[strings.ToLower(words[0])] {
			return speaker{}, false
		}
	} else {
		for i := 0; i < len(toks) && len(words) < 4; i++ {
			if i > 0 && strings.TrimSpace(d.Text[toks[i-1].Span.End:toks[i].Span.Start]) != "" {
				break
			}
			words = append(words, toks[i].Text)
		}
		// After the cue only a determiner or a name starts a speaker:
		// not "on Wednesday" or "as saying", nor the "that" of reported
		// speech.
		if len(words) > 0 && (!determiners[strings.ToLower(words[0])] && !isCapitalised(words[0]) || strings.EqualFold(words[0], "that")) || len(words) > 0 && calendarWord[strings.ToLower(words[len(words)-1])] {
			return speaker{}, false
		}
	}
	// "citing port officials" names the source's source; "the response
	// who" is a clause, not a speaker.
	if len(words) > 1 && strings.EqualFold(words[0], "citing") {
		words = words[1:]
	}
	if len(words) == 0 || relativeWord[strings.ToLower(words[len(words)-1])] || IsStopword(strings.ToLower(words[len(words)-1])) {
		return speaker{}, false
	}
	return speaker{strings.Join(words, " "), -1}, true
}

// resolvePronoun returns the person a "he" or "she" at off stands for: the
// first person (the subject) of its sentence before it, else of the nearest
// sentence before that names a person, going back at most three sentences.
func (d *Index) resolvePronoun(off int) int {
	si := d.SentenceAt(off)
	for k := si; k >= 0 && k >= si-3; k-- {
		end := d.Sentences[k].End
		if k == si {
			end = off
		}
		if ei := d.firstPersonIn(d.Sentences[k].Start, end); ei >= 0 {
			return ei
		}
	}
	return d.lastPersonBefore(off)
}

// indexFold is strings.Index ignoring ASCII case. Unlike searching
// strings.ToLower(s), it returns an offset into s itself: lower-casing
// can change a text's length (invalid UTF-8 becomes U+FFFD).
func indexFold(s, asciiSub string) int {
	for i := 0; i+len(asciiSub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(asciiSub)], asciiSub) {
			return i
		}
	}
	return -1
}

// indirect finds reported speech in a sentence without quotation marks:
// "X said (that) …" or "according to X, …".
func (d *Index) indirect(si int, s Sentence, prev []Quote) (Quote, bool) {
	if i := indexFold(s.Text, "according to "); i >= 0 {
		return d.accordingTo(si, s, i)
	}
	toks := Tokenize(s.Text, s.Start)
	for ti, t := range toks {
		w := t.Text
		if !cueWords[w] || w == "read" || w == "reads" || ti == 0 {
			continue
		}
		// "are said to have": a rumour, not a speaker's words.
		// "tough to predict": an infinitive, not a report.
		if prev := strings.ToLower(toks[ti-1].Text); prev == "are" || prev == "is" || prev == "was" || prev == "were" || prev == "to" || ti+1 < len(toks) && strings.EqualFold(toks[ti+1].Text, "to") {
			continue
		}
		cs := clauseStart(d.Text, s.Start, t.Span.Start)
		sp, ok := d.speakerIn(cs, subjectEnd(d.Text, cs, t.Span.Start), true)
		if !ok {
			sp, ok = theySpeaker(d.Text[cs:t.Span.Start], si, prev)
		}
		if !ok {
			continue
		}
		listener, rest, speech := listenerAndRest(w, d.Text[t.Span.End:s.End])
		if !speech {
			continue
		}
		rest = strings.TrimSpace(rest)
		rest = dropThat(rest)
		rest = trimResidue(strings.Trim(rest, " ,."))
		// "…, Sauvageot said.", "…, the ministry announced in Port
		// Ardlow.": the words reported come before the attribution.
		if restToks := Tokenize(rest, 0); len(restToks) < 3 || len(restToks) <= 6 && afterCueWord[strings.ToLower(restToks[0].Text)] {
			if q, ok := d.trailingAttribution(si, s, t, prev); ok {
				return q, true
			}
		}
		if len(strings.Fields(rest)) < 3 {
			continue
		}
		return Quote{Text: rest, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: w, Listener: listener, Sentence: si, Span: Span{s.Start, s.End}}, true
	}
	return Quote{}, false
}

// trailingAttribution reads reported speech whose attribution follows it
// after a comma: "Salvors will try to pump the fuel out, Sauvageot said."
// The attribution is the longest stretch of at most eight words between a
// comma and the cue t, and must name the speaker.
func (d *Index) trailingAttribution(si int, s Sentence, t Token, prev []Quote) (Quote, bool) {
	const maxAttribution = 8
	before := d.Text[s.Start:t.Span.Start]
	// A dateline is not part of what was said.
	label := LabelEnd(before)
	for i := label; i < len(before); i++ {
		if before[i] != ',' {
			continue
		}
		seg := Tokenize(before[i+1:], s.Start+i+1)
		if len(seg) == 0 || len(seg) > maxAttribution {
			continue
		}
		text := strings.Trim(strings.TrimSpace(before[label:i]), " ,")
		if len(strings.Fields(text)) < 3 {
			return Quote{}, false
		}
		sp, ok := d.speakerIn(s.Start+i+1, t.Span.Start, true)
		if !ok {
			sp, ok = theySpeaker(d.Text[s.Start+i+1:t.Span.Start], si, prev)
		}
		if !ok {
			return Quote{}, false
		}
		return Quote{Text: text, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: t.Text, Sentence: si, Span: Span{s.Start, s.End}}, true
	}
	return Quote{}, false
}

// subjectEnd returns where the subject before a cue at end ends: before a
// relative clause set off by commas ("Halvard Line, whose chief executive
// arrived in Port Ardlow on Wednesday, says …"), else at end.
func subjectEnd(text string, start, end int) int {
	seg := text[start:end]
	if !strings.HasSuffix(strings.TrimSpace(seg), ",") {
		return end
	}
	for _, rel := range []string{", whose ", ", who ", ", which "} {
		if i := strings.Index(seg, rel); i > 0 {
			return start + i
		}
	}
	return end
}

// clauseStart returns where the clause holding off starts: after the last
// semicolon, dash or parenthesis between sentStart and off (not after a
// comma, which may close an appositive: "John Kirby, a spokesman, said"),
// or after a conjunction opening a clause ("…, although sources told").
func clauseStart(text string, sentStart, off int) int {
	seg := text[sentStart:off]
	start := sentStart
	if k := strings.LastIndexAny(seg, ";—–()"); k >= 0 {
		start = sentStart + k + 1
	}
	// The conjunction follows a comma and a subject follows it: in "…,
	// but said that …" it joins two verbs of one subject.
	toks := Tokenize(text[start:off], start)
	for k := len(toks) - 2; k > 0; k-- {
		next := strings.ToLower(toks[k+1].Text)
		if clauseConjunctions[strings.ToLower(toks[k].Text)] && strings.HasSuffix(strings.TrimSpace(text[toks[k-1].Span.End:toks[k].Span.Start]), ",") &&
			!finiteWords[next] && !cueWords[next] && !strings.HasSuffix(next, "ed") {
			return toks[k].Span.End
		}
	}
	return start
}
