package nlp

import (
	"regexp"
	"strings"

	"crosscheck/internal/lang"
)

// quoteLine matches the label of a line that quotes a statement ("Quote:").
var quoteLine = regexp.MustCompile(`^` + wordsRe(en.Set(lang.QuoteLineLabels), " ") + `\s*:\s*`)

// FindQuotes returns the direct quotes of d (text in quotation marks of at
// least two words) and the indirect ones ("X said that …", "according to X,
// …"), each with its speaker and cue. d.Sentences, d.Entities and
// d.Attributions must be set.
func FindQuotes(doc *Doc) []Quote {
	d := NewIndex(doc)
	paras := paragraphs(d.Text)
	var out []Quote
	raws := findQuotedSpans(d.Text, paras)
	for _, rq := range raws {
		d.quoted = append(d.quoted, rq.span)
	}
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
		// "on their way to performing the “stoning of the devil”
		// ritual": a name given to the noun after it, not speech.
		if d.quotedModifier(rq.span) {
			continue
		}
		q := Quote{Text: text, Direct: true, Span: rq.span, Parts: trimmedParts(d.Text, rq.parts), Sentence: d.SentenceAt(rq.span.Start), SpeakerEntity: -1}
		// Split quote: “…,” he said, “…”.
		if qi+1 < len(raws) {
			gap := d.Text[rq.span.End:raws[qi+1].span.Start]
			// The attribution between the two pieces stands in one
			// sentence: "…,” Gilmore said. Fiorina, speaking to Iowans,
			// said, “…”" are two speakers' quotes.
			if len(gap) < 60 && strings.HasSuffix(strings.TrimSpace(gap), ",") && strings.HasSuffix(strings.TrimRight(text, " "), ",") && !d.sentenceEndIn(rq.span.End, raws[qi+1].span.Start) && d.opensItsSentence(rq.span) {
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
		// "Alaa Salah, nicknamed “Kandaka” or “Nubian queen”": a name
		// given, in marks as quoted words are, but nobody's words: the
		// quotation is kept with the participle for its cue and no
		// speaker.
		if verb, ok := d.quotedName(rq.span); ok {
			q.Cue = verb
		} else {
			d.speakerOfDirect(&q, rq.span)
		}
		if wordlessSource(q.Speaker) {
			q.Speaker, q.SpeakerEntity = "", -1
		}
		out = append(out, q)
	}
	// A quote without a cue that stands as a sentence of its own takes
	// the speaker of another quote of the same paragraph ("“…” [y] “…,”
	// said Ryder"), else of a quote in the sentence just before (a
	// speaker going on), when nobody else is named between the two. A
	// quotation inside a sentence of narration ("Trump called Bush “a
	// total stiff.”") takes the sentence's subject instead, if it can
	// speak.
	for i := range out {
		if out[i].Speaker != "" {
			continue
		}
		take := func(j int) bool {
			if out[j].Speaker == "" || !d.nobodyElse(out[j], out[i]) || d.namesOther(out[i], out[j].SpeakerEntity) {
				return false
			}
			out[i].Speaker, out[i].SpeakerEntity, out[i].Cue = out[j].Speaker, out[j].SpeakerEntity, out[j].Cue
			return true
		}
		// A cue was found but named nobody who can speak ("…,” Cuban
		// said", the demonym taken for a country; "…,” said Gov. X of
		// Y, who …" misread): neither the sentence's subject nor the
		// speaker of a quote nearby said it.
		if out[i].Cue != "" {
			continue
		}
		// A quoted subheading is nobody's words going on.
		if d.quotedHeading(out[i]) {
			continue
		}
		if !d.standalone(out[i]) {
			if sp, ok := d.subjectSpeaker(out[i]); ok {
				out[i].Speaker, out[i].SpeakerEntity = sp.name, sp.entity
			} else if sp, cue, ok := d.closingCueSpeaker(out[i]); ok {
				// "Sandy had already “wiped out” a section …, but
				// most of it was intact, Langford said."
				out[i].Speaker, out[i].SpeakerEntity, out[i].Cue = sp.name, sp.entity, cue
			} else if i > 0 && out[i].Sentence == d.SentenceAt(max(0, out[i-1].Span.End-1))+1 && d.noSpeakerIn(out[i].Sentence) && !d.describesSpeaker(out[i]) {
				// "…," said James Gaskell. The only products to
				// fall were Q-Tips, but "our wine rattled pretty
				// good.": nobody else in the sentence to say it.
				take(i - 1)
			}
			continue
		}
		para := d.Sentences[max(0, out[i].Sentence)].Paragraph
		samePara := func(j int) bool { return d.Sentences[max(0, out[j].Sentence)].Paragraph == para }
		for j := i + 1; j < len(out) && samePara(j); j++ {
			if out[j].Speaker != "" {
				take(j)
				break
			}
		}
		for j := i - 1; out[i].Speaker == "" && j >= 0 && samePara(j); j-- {
			if out[j].Speaker != "" {
				take(j)
				break
			}
		}
		if out[i].Speaker == "" && i > 0 && out[i].Sentence-d.SentenceAt(max(0, out[i-1].Span.End-1)) <= 1 {
			take(i - 1)
		}
	}
	for si, s := range d.Sentences {
		out = append(out, d.indirect(si, s, out)...)
	}
	for i := range out {
		out[i].Kind = QuoteReported
		if out[i].Direct {
			out[i].Kind = QuoteDirect
		}
	}
	return out
}

// attributionLength is the number of words of the speaker's part of an
// attribution after a quote, not counting an aside set off by commas
// ("…,” Jason Kander, who is running against Roy Blunt, said").
func attributionLength(s string) int {
	t := strings.TrimSpace(s)
	if strings.HasSuffix(t, ",") {
		if k := strings.IndexByte(strings.TrimLeft(t, ",” \"'’»"), ','); k >= 0 {
			t = strings.TrimLeft(t, ",” \"'’»")[:k]
		}
	}
	return len(Tokenize(t, 0))
}

// standalone reports whether q opens its sentence: nothing but a label
// before its opening mark.
func (d *Index) standalone(q Quote) bool {
	if q.Sentence < 0 {
		return false
	}
	s := d.Sentences[q.Sentence]
	before := d.Text[s.Start:max(s.Start, q.Span.Start)]
	return strings.TrimSpace(before[LabelEnd(before):]) == ""
}

// noSpeakerIn reports whether sentence si names no person or
// organisation.
func (d *Index) noSpeakerIn(si int) bool {
	s := d.Sentences[si]
	for _, m := range d.MentionsIn(s.Start, s.End) {
		if k := d.Entities[m.Entity].Kind; k == KindPerson || k == KindOrg {
			return false
		}
	}
	return true
}

// nobodyElse reports whether no person or organisation other than a's
// speaker is named between quotes a and b (in either order), so that b
// may go on in a's voice.
func (d *Index) nobodyElse(a, b Quote) bool {
	from, to := a.Span.End, b.Span.Start
	if b.Span.Start < a.Span.Start {
		from, to = b.Span.End, a.Span.Start
	}
	if from >= to {
		return true
	}
	for _, m := range d.MentionsIn(from, to) {
		if k := d.Entities[m.Entity].Kind; (k == KindPerson || k == KindOrg || k == KindOther && d.opensSentence(m.Span)) && m.Entity != a.SpeakerEntity && !d.talkedTo(m.Span) {
			return false
		}
	}
	return true
}

// opensSentence reports whether mention m opens its sentence as its
// subject would: only titles and determiners before it ("Rubio hit
// back.", "Sen. Rubio hit back."), not inside a description ("the former
// House speaker").
func (d *Index) opensSentence(m Span) bool {
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	for _, t := range Tokenize(d.Text[s.Start:m.Start], s.Start) {
		if !isCapitalised(t.Text) && !determiners[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// mayBeSpeaker reports whether the mention m of an entity may name a
// speaker: a person, an organisation, or a name of no known kind opening
// its sentence.
func (d *Index) mayBeSpeaker(m MentionRef) bool {
	k := d.Entities[m.Entity].Kind
	return k == KindPerson || k == KindOrg || k == KindOther && d.opensSentence(m.Span)
}

// namesOther reports whether the sentence of quote q names, after the
// quote and outside any quotation, someone other than entity ei who may
// be a speaker: "“No, you are,” Rubio scoffed." is no quote going on in
// the voice of the one Rubio answers.
func (d *Index) namesOther(q Quote, ei int) bool {
	if q.Sentence < 0 {
		return false
	}
	// A quote of several sentences is placed at its first; the words
	// after its closing mark stand in the sentence that holds its end
	// ("“… Hope for the best. … bravely,” PM Modi to ISRO scientists.").
	end := d.Sentences[q.Sentence].End
	if si := d.SentenceAt(max(q.Span.End-1, 0)); si >= 0 && d.Sentences[si].End > end {
		end = d.Sentences[si].End
	}
	for _, m := range d.MentionsIn(q.Span.End, end) {
		if m.Entity == ei || d.inQuote(m.Start) {
			continue
		}
		// A name right after the quote is where its attribution stands
		// ("…,” Rubio scoffed").
		next := true
		for _, t := range Tokenize(d.Text[q.Span.End:m.Start], q.Span.End) {
			next = next && isCapitalised(t.Text)
		}
		if d.mayBeSpeaker(m) || next && d.Entities[m.Entity].Kind == KindOther {
			return true
		}
	}
	return false
}

// subjectSpeaker returns the speaker of a quotation inside a sentence of
// narration that has no cue: the sentence's subject, the first person or
// organisation of its clause before the quote, when it can speak.
func (d *Index) subjectSpeaker(q Quote) (speaker, bool) {
	if q.Sentence < 0 {
		return speaker{}, false
	}
	s := d.Sentences[q.Sentence]
	if q.Span.Start <= s.Start {
		return speaker{}, false
	}
	return d.subjectBefore(s.Start, q.Span.Start)
}

// subjectBefore returns the subject of the clause that runs up to end in
// the sentence starting at sentStart: its first person or organisation,
// when only titles and determiners stand before it and it can speak.
func (d *Index) subjectBefore(sentStart, end int) (speaker, bool) {
	start := clauseStart(d.Text, sentStart, end)
	start += LabelEnd(d.Text[start:end])
	// "In March, Trump blasted Disney for its “outrageous practices”":
	// the subject follows the phrases that open the clause.
	opened := start
	start = d.afterOpeningPhrases(start, end)
	// "As The Post's Ruth Marcus puts it, Obama is trying to make
	// Republicans “an offer …”": the words are the one's whose account
	// the clause follows, not the subject's ("As governor, …", no
	// verb, is no account).
	if start > opened && comparativeAs(d.Text[opened:start]) {
		if toks := Tokenize(d.Text[opened:start], opened); hasFiniteVerb(toks, len(toks)) {
			return speaker{}, false
		}
	}
	for _, m := range d.MentionsIn(start, end) {
		e := d.Entities[m.Entity]
		if e.Kind != KindPerson && e.Kind != KindOrg {
			continue
		}
		// "“Salvator Mundi”, Latin for “saviour of the world”, is …":
		// a name in quotation marks is a title, not one who speaks.
		if d.inQuote(m.Start) {
			return speaker{}, false
		}
		// The subject opens its clause: only a title or a determiner
		// before it ("Republican candidate Ben Carson called …").
		for _, t := range Tokenize(d.Text[start:m.Start], start) {
			if w := t.Text; !isCapitalised(w) && !determiners[strings.ToLower(w)] {
				return speaker{}, false
			}
			// A preposition capitalised as the sentence's first word
			// opens a phrase, not the subject: "From Donald Trump's
			// “coarse … effusion” to …, Will described …". (A
			// subordinator opens a clause with a subject of its own:
			// "When Trump used the words “…”".)
			if lw := strings.ToLower(t.Text); (headPrepositions[lw] || phraseOpeners[lw]) && !subordinators[lw] {
				return speaker{}, false
			}
		}
		// A subject whose verb is passive ("Jones was charged with
		// “conduct unbecoming an officer”", "is accused of …") undergoes
		// the act: the quoted words are the charge's or the accuser's,
		// not the subject's.
		if passiveSubject(d.Text[m.End:end]) {
			return speaker{}, false
		}
		// A name before a noun for a person qualifies it: in "The
		// Republican nominee also vowed …" the subject is the nominee,
		// not what "Republican" was taken for.
		if next := Tokenize(d.Text[m.End:end], m.End); len(next) > 0 && next[0].Text == strings.ToLower(next[0].Text) {
			if w := strings.ToLower(stripPossessive(next[0].Text)); personRoleNouns[w] || speakerNouns[w] || agentNoun(w) {
				return speaker{}, false
			}
		}
		// A form of "be" between the subject and the quotation
		// ("To Sharp, Trump is the “kind-hearted and caring” man")
		// makes the quoted words a description of the subject, given
		// by someone else.
		if copulaBetween(d.Text[m.End:end]) {
			return speaker{}, false
		}
		// "Pistorius, a double amputee known … as the “blade runner”":
		// the quoted name is what others call the subject.
		if nameGivenBetween(d.Text[m.End:end]) {
			return speaker{}, false
		}
		// A quotation right after its subject, no verb of the
		// narration between ("Biden “kind of misspoke.”"), is the
		// predicate someone else gives the subject: words about it.
		if !verbBetween(d.Text[m.End:end]) {
			return speaker{}, false
		}
		// "Sandy had already “wiped out” a northern section": an
		// auxiliary before a quoted verb makes the quotation the
		// subject's predicate, too (quote_bounds.go).
		if quotedPredicate(d.Text[m.End:end], d.Text[end:min(len(d.Text), end+80)]) {
			return speaker{}, false
		}
		// "Abe described it as “…” while Russia's foreign ministry
		// expressed “…”": a clause of its own, with its own subject,
		// holds the quotation (quote_other_clause.go).
		if otherClauseBetween(d.Text[m.End:end]) {
			return speaker{}, false
		}
		// Another person or organisation between the subject and the
		// quotation may be whose words they are ("Trump used what Rush
		// Limbaugh called “liberal Democrat lingo”"): no speaker then.
		for _, o := range d.MentionsIn(m.End, end) {
			if k := d.Entities[o.Entity].Kind; (k == KindPerson || k == KindOrg) && o.Entity != m.Entity {
				return speaker{}, false
			}
		}
		// "Radio Free Afghanistan described the scene:": a person
		// guessed from capitals may be a piece of a longer name
		// (speaker_fragment.go).
		if e.Kind == KindPerson {
			if whole, cut := d.wholeGuessedName(m.Entity, m.Span, start, end); cut {
				name := d.Text[whole.Start:whole.End]
				return d.nameable(speaker{name, d.entityNamed(name)})
			}
		}
		return d.nameable(speaker{e.Name, m.Entity})
	}
	return speaker{}, false
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
	toks := Tokenize(s, 0)
	for i, t := range toks {
		if cueWords[t.Text] {
			return t.Text, t.Span, true
		}
		if cue, sp, ok := replyCueAt(s, toks, i); ok {
			return cue, sp, true
		}
	}
	if p, i := indexSourcePhrase(strings.ToLower(s)); i >= 0 {
		return p, Span{i, i + len(p)}, true
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
	// A name another gives the thing ("what critics call “voodoo
	// economics”", "the so-called “death tax”") is the namer's word, not
	// the word of the sentence's speaker.
	if q.Sentence >= 0 {
		if verb, namer, ok := d.namingClauseBefore(d.Sentences[q.Sentence].Start, span.Start); ok {
			q.Cue = verb
			if namer.End > namer.Start {
				if sp, ok := d.speakerIn(namer.Start, namer.End, true); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				}
			}
			return
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
		// A cue followed by a colon presents what comes next: in
		// "After Scalia said … “less advanced schools,” Trump said:
		// “…”" it is not this quote's attribution.
		if cue, cs, ok := cueIn(after); ok && !participleCues[cue] && attributionLength(after[:cs.Start]) <= 8 && !otherClause(after[:cs.Start]) && !presentsNext(after[cs.End:]) {
			base := span.End
			q.Cue = cue
			// "…,” People quoted him as saying": the speaker is the
			// object; in "…,” X was quoted as saying" the subject.
			if passiveCues[cue] && !hasWordSuffixIn(strings.TrimSpace(after[:cs.Start]), singularBeForms) {
				if sp, ok := d.speakerIn(base+cs.End, d.Sentences[endSent].End, false); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
					return
				}
				// "…,” Kyodo quoted him as telling police": a pronoun
				// object that cannot be named still says the words
				// are his, not the relaying outlet's: unresolved.
				if toks := Tokenize(after[cs.End:], 0); len(toks) > 0 && personalObjectPronouns[strings.ToLower(toks[0].Text)] {
					return
				}
			}
			// "…,” he said" / "…,” X said": speaker before the cue;
			// "…,” said X": after it.
			if sp, ok := d.speakerIn(base, base+cs.Start, true); ok {
				if own, ok := d.ownSubjectOfPronoun(q.Sentence, span.Start, after[:cs.Start]); ok {
					sp = own
				}
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				d.unrelay(q, span)
				return
			}
			// After a cue of telling the phrase is whom it was told
			// ("…,” the athlete told the host"), never who told it.
			if tellingCues[cue] {
				return
			}
			if sp, ok := d.speakerIn(base+cs.End, d.Sentences[endSent].End, false); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				d.unrelay(q, span)
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
			// "A witness said the attacker was shouting “You die!”": a
			// cry inside what the cue reports is the crier's
			// (speaker_cry.go).
			if sp, cry, ok := d.crySpeaker(s.Start, span.Start); ok {
				q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, cry
				return
			}
			if answeredQuestion(cue, before[cs.End:], q.Text) {
				return
			}
			// "Rubio was asked by moderator Gerard Baker whether …":
			// the speaker of a passive is its agent.
			if by, ok := cutWordPrefixIn(before[cs.End:], agentPrepositions, " "); ok && passiveBefore(before[:cs.Start]) {
				from := s.Start + len(before) - len(by)
				if sp, ok := d.speakerIn(from, span.Start, false); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
					return
				}
			}
			// "The prime minister was admitted to hospital with
			// “persistent symptoms”": the subject of a passive cue with no
			// agent underwent the act; who spoke is not said. An
			// infinitive after the cue ("is reported to have called the
			// Saudis “free riders”") makes the subject the speaker after
			// all, and a source named in the sentence ("according to the
			// police report") speaks.
			if passiveBefore(before[:cs.Start]) && pastForm(strings.ToLower(cue)) && !infinitiveNext(before[cs.End:]) {
				if _, i := indexSourcePhraseFold(before); i < 0 {
					return
				}
			}
			// "Arthur Aidala, his lawyer, quoted him as saying, “…”":
			// the one quoted is the speaker, the subject only relays;
			// a pronoun that cannot be named leaves it unresolved.
			if obj, ok := d.quotedAsObject(s.Start, s.Start+cs.Start); ok {
				if sp, ok := d.speakerCandidate(obj.Start, obj.End, true); ok {
					if sp, ok := d.nameable(sp); ok {
						q.Speaker, q.SpeakerEntity = sp.name, sp.entity
					}
				}
				return
			}
			// "… Pfizer, which said on Monday that its vaccine was
			// “…”": a cue in a relative clause set off by a comma,
			// with no comma between it and the quotation, is said by
			// the phrase before the comma (speaker_relative_aside.go).
			if c := asideRelativeBefore(before, cs.Start); c >= 0 && !strings.ContainsAny(strings.TrimRight(before[cs.End:], " ,:“\"‘'"), ",;") {
				if sp, ok := d.relativeAntecedent(clauseStart(d.Text, s.Start, s.Start+c), s.Start+c); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
					return
				}
			}
			// "EgyptAir said Cypriot authorities had confirmed “…”":
			// the quote's cue has its own subject, after the cue that
			// reports it (speaker_inner_cue.go).
			if sp, ok := d.innerCueSubject(s.Start, s.Start+cs.Start, cue); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				return
			}
			// After a participle ("…, adding that …", "issued a
			// statement warning …") the speaker is the sentence's
			// subject, not the name nearest the cue.
			if sp, ok := d.participleSpeaker(s.Start, s.Start+cs.Start, cue); ok {
				q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				return
			}
			// A cue in a relative clause ("women who complained")
			// has its own subject; the quote is what the clause
			// around it reports: "Ilse Marr said the way … women who
			// complained was “…”".
			if w := lastWord(strings.TrimSpace(before[:cs.Start])); relativeWord[strings.ToLower(w)] {
				if cue2, cs2, ok := lastCueIn(before[:cs.Start]); ok && !participleCues[cue2] {
					if sp, ok := d.speakerIn(clauseStart(d.Text, s.Start, s.Start+cs2.Start), s.Start+cs2.Start, true); ok {
						q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, cue2
						return
					}
				}
			}
		}
		// "According to the LA Times, “…”".
		for _, a := range d.Attributions {
			if a.Sentence == q.Sentence && a.Span.Start < span.Start && a.Kind == AttrAccordingTo {
				// "according to The Fashion Law, the organizers issued
				// a statement, saying “…”": a clause with a subject and
				// a cue of its own between the source and the quotation
				// quotes its subject; the source only reports that.
				if sp, cue, ok := d.clauseAfterSource(a.Span.End, span.Start); ok {
					q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, cue
					return
				}
				q.Cue = attributionPhrase(d.Text[a.Span.Start:a.Span.End])
				src := speaker{a.Cited, a.CitedEntity}
				if k := strings.LastIndex(d.Text[a.Span.Start:a.Span.End], a.Cited); k >= 0 {
					from, to := a.Span.Start+k, a.Span.Start+k+len(a.Cited)
					// "According to Labour Party member Bjorn Jarle
					// Roberg-Larsen, … “…”": the head of the source's
					// phrase is the one who said it, as in the reported
					// frame (accordingTo), not a name modifying it.
					if sp, ok := d.phraseSpeaker(from, to); ok && sp.entity >= 0 {
						src = sp
					}
					// "according to Coast Guard Senior Chief Petty
					// Officer, Mike O’Berry, who went on to say, “…”": the
					// name set off after a rank or a role is the one who
					// said it.
					if name, _, ok := d.appositiveName(src, to, d.Sentences[q.Sentence].End); ok {
						src = name
					}
				}
				if sp, ok := d.nameable(src); ok {
					q.Speaker, q.SpeakerEntity = sp.name, sp.entity
				}
				return
			}
		}
	}
}

// quotedAsObject returns the object of a quoting cue that ends
// text[start:end] with "as" ("quoted him as", "quoted the suspect as"):
// the one whose words the participle after it reports.
func (d *Index) quotedAsObject(start, end int) (Span, bool) {
	toks := Tokenize(d.Text[start:end], start)
	n := len(toks)
	if n < 3 || !quotedAsWords[strings.ToLower(toks[n-1].Text)] {
		return Span{}, false
	}
	// "The Associated Press quoted Serdar Kamar Hayyat, a leading
	// figure in Bhutto's party as saying": a relaying verb's object may
	// be a name and its apposition.
	for k := n - 2; k >= 1 && k >= n-12; k-- {
		// "was cited by RT as saying" is a passive: its agent relays.
		if passiveCues[toks[k-1].Text] && k >= n-6 || relayObjectVerbs[toks[k-1].Text] && !agentPrepositions[strings.ToLower(toks[k].Text)] && (k < 2 || !beForms[strings.ToLower(toks[k-2].Text)]) {
			return Span{toks[k].Span.Start, toks[n-2].Span.End}, true
		}
	}
	return Span{}, false
}

// passiveSubject reports whether the words right after a subject make
// it the subject of a passive: a form of "be" (after "has", "had" or an
// adverb) and a past participle ("was charged with", "has been accused
// of", "was arrested and charged with"). Only the subject's own verb
// counts: a passive further on belongs to another clause ("Bolton thought
// the buzz was nourished"), and after a comma the subject's verb is not
// read, unless the comma sets off the subject's age ("The prime minister,
// 55, was admitted to hospital with “persistent symptoms”").
func passiveSubject(after string) bool {
	if rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), ","); ok && ageAside(rest) {
		after = rest[strings.IndexByte(rest, ',')+1:]
	}
	toks := Tokenize(after, 0)
	k := 0
	for k < len(toks) && k < 3 && (cueAuxiliaries[strings.ToLower(toks[k].Text)] && !beForms[strings.ToLower(toks[k].Text)] || adverb(toks[k].Text)) {
		k++
	}
	if k >= len(toks) || !beForms[strings.ToLower(toks[k].Text)] {
		return false
	}
	for k++; k < len(toks) && (adverb(toks[k].Text) || cueNegations[strings.ToLower(toks[k].Text)] || beForms[strings.ToLower(toks[k].Text)]); k++ {
	}
	return k < len(toks) && pastForm(strings.ToLower(toks[k].Text))
}

// infinitiveNext reports whether rest opens with an infinitive of an
// auxiliary ("to have called", "to be"); "to hospital" is a place.
func infinitiveNext(rest string) bool {
	toks := Tokenize(rest, 0)
	return len(toks) > 1 && infinitiveMarkers[strings.ToLower(toks[0].Text)] && cueAuxiliaries[strings.ToLower(toks[1].Text)]
}

// pastForm reports whether the lower-case word w reads as a past
// participle: a regular one ending in -ed, or an irregular one.
func pastForm(w string) bool {
	return len(w) > 4 && pastSuffixes.SuffixOf(w) || irregularParticiples[w]
}

// passiveBefore reports whether before ends in an auxiliary of the
// passive ("was", "were", "is", "been").
func passiveBefore(before string) bool {
	toks := Tokenize(before, 0)
	if len(toks) == 0 {
		return false
	}
	w := strings.ToLower(toks[len(toks)-1].Text)
	return beForms[w]
}

// participleSpeaker finds the speaker of a cue at end in the sentence
// starting at start. After a participle ("…, Hollande said Tuesday,
// noting the nominee “makes you want to retch.”") the speaker is the
// subject of the verb of saying before it, else the sentence's first name
// ("X issued a statement describing …"); before another cue, the subject
// next to it.
func (d *Index) participleSpeaker(start, end int, cue string) (speaker, bool) {
	if !participleCues[cue] {
		// "An Ohio man was charged … after police said": the cue's
		// clause may open after a subordinator.
		from := subordinateClauseStart(d.Text, start, end)
		return d.speakerIn(from, d.relativeClauseStart(from, end), true)
	}
	if sp, ok := d.gerundSubject(start, end); ok {
		return sp, true
	}
	toks := Tokenize(d.Text[start:end], start)
	for i := len(toks) - 1; i > 0; i-- {
		if w := toks[i].Text; cueWords[w] && !participleCues[w] && !cryCues[w] {
			return d.speakerIn(clauseStart(d.Text, start, toks[i].Span.Start), toks[i].Span.Start, true)
		}
	}
	// "Mrs. Schlafly endorsed Donald J. Trump, saying …": the
	// participle's subject is the main clause's, not its object; after
	// a conjunction opening a clause of its own ("Khan was due to face
	// the vote, but Deputy Speaker Qasim Suri disallowed it, saying …")
	// it is that clause's, the nearer.
	if cs := clauseStart(d.Text, start, end); cs > start && afterConjunction(d.Text[start:cs]) {
		if sp, ok := d.mainSubject(cs, end); ok {
			return sp, true
		}
	}
	return d.mainSubject(start, end)
}

// relativeClauseStart returns where a relative clause on the subject
// opens in text[start:end], the words before a cue, else end: in "The
// veteran socialist who defeated Bolsonaro in the elections stated" the
// one who stated is the socialist, not the name inside the clause. Only
// words without a comma are read so: a comma may end the clause before
// the cue ("In a letter to the man who shot him, Jones said") or set off
// an aside, which speakerIn reads; after a preposition or a subordinator
// ("at which point Cosby yelled", "after which the government declared")
// the relative word opens no clause on the subject.
func (d *Index) relativeClauseStart(start, end int) int {
	toks := Tokenize(d.Text[start:end], start)
	for i := 1; i < len(toks); i++ {
		if !subjectRelativeWords[toks[i].Text] {
			continue
		}
		if strings.ContainsAny(d.Text[start:end], ",;:") || opensPhrase(toks[i-1].Text) {
			return end
		}
		return toks[i].Span.Start
	}
	return end
}

// opensPhrase reports whether w is a preposition or a subordinator,
// after which a relative word opens no clause on a noun ("after which").
func opensPhrase(w string) bool {
	lw := strings.ToLower(w)
	return headPrepositions[lw] || subordinators[lw] || phraseOpeners[lw]
}

// mainSubject returns the subject of the sentence's main clause in
// text[start:end]: past adverbial pieces set off by commas ("In 2016,",
// "On Tuesday, at a rally,"), the person or organisation that opens the
// first other piece, or the person a "he" or "she" there stands for.
func (d *Index) mainSubject(start, end int) (speaker, bool) {
	start += LabelEnd(d.Text[start:end])
	for from := start; from < end; {
		to := strings.IndexByte(d.Text[from:end], ',')
		if to < 0 {
			to = end
		} else {
			to += from
		}
		toks := Tokenize(d.Text[from:to], from)
		// "“Soon I’ll be like all the others,” Fidel Castro said,
		// suggesting …": quoted words, left open at the comma, are
		// what was said, never the clause's subject.
		if d.adverbialPiece(toks, false) || len(toks) > 0 && openQuotation(d.Text[from:to]) {
			from = to + 1
			continue
		}
		if len(toks) == 0 {
			return speaker{}, false
		}
		if w := strings.ToLower(toks[0].Text); personalSubjectPronouns[w] {
			if ei := d.resolvePronoun(toks[0].Span.Start); ei >= 0 {
				return d.nameable(speaker{d.Entities[ei].Name, ei})
			}
			return speaker{}, false
		}
		// A list of names is one subject: "the UK, US, Japan, and
		// South Korea issued a joint statement warning …".
		if ms := d.MentionsIn(from, end); len(ms) > 0 && d.isMention(ms[:1], from, ms[0].End) {
			if e := d.listEnd(ms[0].Span, end); e > ms[0].End {
				if sp, ok := d.phraseSpeaker(from, e); ok {
					return d.nameable(sp)
				}
				return speaker{}, false
			}
		}
		return d.openingSubject(from, to)
	}
	return speaker{}, false
}

// participial reports whether t is a participle opening a phrase
// ("Asked about …,", "Speaking to reporters,"), not a name.
func (d *Index) participial(t Token) bool {
	w := strings.ToLower(t.Text)
	return len(w) > 4 && (pastSuffixes.SuffixOf(w) || participleSuffixes.SuffixOf(w)) && d.EntityAt(t.Span.Start) < 0
}

// openingSubject returns the person or organisation that opens the
// clause text[start:end]: only determiners, titles and descriptions
// before it ("Republican presidential front-runner Donald Trump"), no
// verb; a possessive is the owner of the subject, not the subject
// ("Trump's spokeswoman Hope Hicks").
func (d *Index) openingSubject(start, end int) (speaker, bool) {
	from := start
	for _, m := range d.MentionsIn(start, end) {
		for _, t := range Tokenize(d.Text[from:m.Start], from) {
			w := t.Text
			lw := strings.ToLower(w)
			if isCapitalised(w) || determiners[lw] {
				continue
			}
			if IsStopword(lw) || cueWords[lw] || finiteWords[lw] || pastSuffixes.SuffixOf(lw) || adverb(lw) {
				return speaker{}, false
			}
		}
		if m.Start < from {
			continue // inside the bracket after a name
		}
		from = m.End
		if possessiveAt(d.Text[m.End:end]) != "" || bareApostrophe(d.Text[m.Start:m.End], d.Text[m.End:end]) {
			continue
		}
		e := d.Entities[m.Entity]
		// A name before another word of the phrase qualifies it:
		// "Ohio Gov. John Kasich", "Republican candidate Ben Carson".
		after := m.End
		if rest := strings.TrimLeft(d.Text[m.End:end], " "); strings.HasPrefix(rest, "(") {
			if k := strings.IndexByte(rest, ')'); k >= 0 {
				after = end - len(rest) + k + 1 // "Sen. Bernie Sanders (I-Vt.) said"
			}
		}
		if toks := Tokenize(d.Text[after:end], after); len(toks) > 0 && (isCapitalised(toks[0].Text) || !finiteWords[strings.ToLower(toks[0].Text)] && !cueWords[toks[0].Text] && e.Kind != KindPerson && e.Kind != KindOrg && !adverb(toks[0].Text) && !pastSuffixes.SuffixOf(toks[0].Text)) {
			continue
		}
		if e.Kind == KindPlace && nameKey(e.Country) != nameKey(e.Name) || e.Kind == KindEvent {
			return speaker{}, false
		}
		// "Radio Free Afghanistan described the scene:": a person
		// guessed from capitals may be a piece of a longer name
		// (speaker_fragment.go).
		if e.Kind == KindPerson {
			if whole, cut := d.wholeGuessedName(m.Entity, m.Span, start, end); cut {
				name := d.Text[whole.Start:whole.End]
				return d.nameable(speaker{name, d.entityNamed(name)})
			}
		}
		return d.nameable(speaker{e.Name, m.Entity})
	}
	return speaker{}, false
}

func lastCueIn(s string) (string, Span, bool) {
	toks := Tokenize(s, 0)
	for i := len(toks) - 1; i >= 0; i-- {
		if w := toks[i].Text; cueWords[w] {
			return w, toks[i].Span, true
		}
		if cue, sp, ok := replyCueAt(s, toks, i); ok {
			return cue, sp, true
		}
	}
	return "", Span{}, false
}

// replyCueAt reads a cue of two words for a reply ("fired back", "shot
// back") opening at toks[i] of s.
func replyCueAt(s string, toks []Token, i int) (string, Span, bool) {
	if i+1 >= len(toks) || s[toks[i].Span.End:toks[i+1].Span.Start] != " " {
		return "", Span{}, false
	}
	cue := s[toks[i].Span.Start:toks[i+1].Span.End]
	if !replyCues[cue] {
		return "", Span{}, false
	}
	return cue, Span{toks[i].Span.Start, toks[i+1].Span.End}, true
}

// otherClause reports whether the words between a quote and a cue after
// it open another clause or phrase, so that the cue is not the quote's
// attribution: "… “kind of riding the fence” until Haley said …", "… “a
// betrayal of our values” in the way the country responds", "the “first
// one” to say …".
func otherClause(between string) bool {
	toks := Tokenize(between, 0)
	if len(toks) == 0 {
		return false
	}
	if infinitiveMarkers[strings.ToLower(toks[len(toks)-1].Text)] {
		return true
	}
	w := toks[0].Text
	lw := strings.ToLower(w)
	if w != lw {
		return false
	}
	return subordinators[lw] || clauseConjunctions[lw] || listConjunctions[lw] || headPrepositions[lw] || phraseOpeners[lw] || relativeWord[lw]
}

// namingClauseBefore reads the words of the sentence starting at
// sentStart right before a quotation at quoteStart for a name given by
// another clause: a verb of naming (lang NamingVerbs) at most two words
// before the quotation ("call a", "dubbed"), whose own subject stands
// between it and a relative or question word before it ("what some call",
// "which his rival once called"), or "so-called". It returns the verb and
// the namer's span (empty after "so-called"). A namer that is a personal
// pronoun ("what he called") is most often the sentence's own speaker:
// ok is false then, and the quotation is read as usual.
func (d *Index) namingClauseBefore(sentStart, quoteStart int) (string, Span, bool) {
	toks := Tokenize(d.Text[sentStart:quoteStart], sentStart)
	n := len(toks)
	for i := n - 1; i >= 0 && i >= n-3; i-- {
		w := strings.ToLower(toks[i].Text)
		if !namingVerbs[w] {
			if !determiners[w] && !pronouns[w] {
				return "", Span{}, false // only "a", "it", "him" between: "call it", "dubbed him"
			}
			continue
		}
		if strings.Contains(w, "-") {
			return w, Span{}, true // "so-called"
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if strings.ContainsAny(d.Text[toks[k].Span.End:toks[k+1].Span.Start], ",;:") {
				return "", Span{}, false
			}
			lk := strings.ToLower(toks[k].Text)
			if !questionWords[lk] && !relativeWord[lk] {
				continue
			}
			if k == i-1 {
				return "", Span{}, false // "who called", "which called": the subject is before
			}
			subj := toks[k+1 : i]
			if len(subj) == 1 && (personalSubjectPronouns[strings.ToLower(subj[0].Text)] || subjectPronouns[strings.ToLower(subj[0].Text)]) {
				return "", Span{}, false
			}
			return w, Span{subj[0].Span.Start, subj[len(subj)-1].Span.End}, true
		}
		return "", Span{}, false
	}
	return "", Span{}, false
}

// afterConjunction reports whether before ends with a conjunction that
// opens a clause ("…, but"), not a bracket or a dash.
func afterConjunction(before string) bool {
	toks := Tokenize(before, 0)
	return len(toks) > 0 && clauseConjunctions[strings.ToLower(toks[len(toks)-1].Text)]
}

// clauseAfterSource reads the subject of a clause that follows an
// according-to source, text[from:to] up to a quotation, when a cue of
// its own introduces the quotation ("…, the organizers issued a
// statement, saying"): the source reports the clause, and the clause's
// subject said the words.
func (d *Index) clauseAfterSource(from, to int) (speaker, string, bool) {
	between := d.Text[from:to]
	cue, cs, ok := lastCueIn(between)
	if !ok {
		return speaker{}, "", false
	}
	start := from
	if t := strings.TrimLeft(between, " "); strings.HasPrefix(t, ",") {
		start = to - len(t) + 1
	}
	at := from + cs.Start
	if len(Tokenize(d.Text[start:at], start)) < 2 {
		return speaker{}, "", false
	}
	sp, ok := d.participleSpeaker(start, at, cue)
	if !ok && participleCues[cue] {
		// "the organizers issued a statement, saying": the
		// participle's subject is the clause's.
		sp, ok = d.subjectBeforeVerb(start, at)
	}
	if !ok {
		return speaker{}, "", false
	}
	if sp, ok := d.nameable(sp); ok {
		return sp, cue, true
	}
	return speaker{}, "", false
}

// subjectBeforeVerb returns the speaker the words of text[start:end]
// name before their first finite verb ("the organizers" of "the
// organizers issued a statement,"), if at least two words stand there.
func (d *Index) subjectBeforeVerb(start, end int) (speaker, bool) {
	toks := Tokenize(d.Text[start:end], start)
	for i, t := range toks {
		w := t.Text
		if w != strings.ToLower(w) || !finiteWords[w] && !pastForm(w) {
			continue
		}
		if i < 2 {
			break
		}
		return d.speakerIn(start, t.Span.Start, true)
	}
	return speaker{}, false
}
