package nlp

import "strings"

// Attributions within attributions. A news outlet that passes on what
// someone it names said ("An official said the toll is “huge,” Reuters
// reported"; "…, a government spokesman said, according to the
// Associated Press") relays: the speaker is the one its sentence names
// saying it, the outlet only the channel. Anyone else who attributes a
// report to another ("The pilot reported problems …, said the airline's
// chief executive") is the one who talked to the writer: the words are
// that speaker's account, the inner report part of it.

// outletSpeaker reports whether sp names a news organisation the
// gazetteer knows.
func (d *Index) outletSpeaker(sp speaker) bool {
	names := []string{trimArticle(strings.TrimSpace(sp.name))}
	if sp.entity >= 0 && sp.entity < len(d.Entities) {
		names = append(names, d.Entities[sp.entity].Name)
	}
	// "South Korea's Yonhap news agency": the outlet is what the
	// possessive owns.
	words := strings.Fields(sp.name)
	for k, w := range words[:max(len(words)-1, 0)] {
		if possessiveEnding(w) != "" {
			names = append(names, strings.Join(words[k+1:], " "))
		}
	}
	g := loadGazetteer()
	for _, n := range names {
		if e, ok := g.lookup(n); ok && isNewsOrg(e) {
			return true
		}
	}
	return false
}

// innerSpeaker finds the speaker of a cue in text[sentStart:end], the
// part of a sentence before a direct quote ("the defense claimed that
// Holmes “…”"): the quote is what that clause reports.
func (d *Index) innerSpeaker(sentStart, end int) (speaker, string, bool) {
	cue, cs, ok := lastCueIn(d.Text[sentStart:end])
	if !ok || participleCues[cue] || listenerCues[cue] {
		return speaker{}, "", false
	}
	at := sentStart + cs.Start
	// "Hollande called the assault “…” and said …": a cue after a
	// coordinator has no subject of its own; it shares the first verb's.
	if toks := Tokenize(d.Text[sentStart:at], sentStart); len(toks) > 1 && coordinator[strings.ToLower(toks[len(toks)-1].Text)] {
		if sp, ok := d.mainSubject(sentStart, toks[len(toks)-1].Span.Start); ok {
			return sp, cue, true
		}
		return speaker{}, "", false
	}
	if sp, ok := d.speakerIn(clauseStart(d.Text, sentStart, at), at, true); ok {
		return sp, cue, true
	}
	// An abbreviation in brackets ("the Red Cross (IFRC) said") ends
	// no clause: the phrase before it is the subject.
	if before := strings.TrimSpace(d.Text[sentStart:at]); strings.HasSuffix(before, ")") {
		if k := strings.LastIndex(before, " ("); k > 0 {
			from := d.afterOpeningPhrases(sentStart, sentStart+k)
			if sp, ok := d.phraseSpeaker(from, sentStart+k); ok {
				if sp, ok := d.nameable(sp); ok {
					return sp, cue, true
				}
			}
		}
	}
	return speaker{}, "", false
}

// finalAttribution returns where the clause of attribution that closes
// sentence s starts (", said the airline's chief executive, Tewolde
// GebreMariam."), when one does and its speaker is no outlet relaying
// (see the comment at the top); else -1.
func (d *Index) finalAttribution(s Sentence) int {
	body := strings.TrimRight(d.Text[s.Start:s.End], " .")
	from, sp, _, ok := d.closingAttribution(s.Start, s.Start+len(body))
	if !ok || d.outletSpeaker(sp) {
		return -1
	}
	return from
}

// closingAttribution reads the clause of attribution that ends
// text[start:end] after a comma, a cue with its speaker and nothing
// else: the cue opens it ("said X") or ends it but for a time or place
// ("X said on Monday"). It returns where the clause starts, its speaker
// and its cue.
func (d *Index) closingAttribution(start, end int) (int, speaker, string, bool) {
	const maxAttribution = 10
	body := d.Text[start:end]
	label := LabelEnd(body)
	for k := lastClauseComma(body, len(body)); k > label; k = lastClauseComma(body, k) {
		from := start + k + 1
		toks := Tokenize(d.Text[from:end], from)
		if len(toks) > maxAttribution {
			break
		}
		// ", and the council agreed": a clause of its own; "…
		// France,” he claimed": the attribution of a direct quote.
		if len(toks) == 0 || coordinator[strings.ToLower(toks[0].Text)] || clauseOpener[strings.ToLower(toks[0].Text)] || strings.ContainsAny(d.Text[from-1:toks[0].Span.Start], "“”\"") {
			break
		}
		cueAt := -1
		for i, t := range toks {
			if complementizers[strings.ToLower(t.Text)] || strings.ContainsAny(t.Text, "“”\"") {
				return 0, speaker{}, "", false
			}
			if cueAt < 0 && indirectCues[t.Text] && !participleCues[t.Text] {
				cueAt = i
			}
		}
		if cueAt < 0 {
			continue
		}
		if cueAt != 0 && len(toks)-cueAt > 3 {
			break
		}
		// A finite cue: not "conceding the race", "had some
		// explaining to do".
		if w := strings.ToLower(toks[cueAt].Text); participleSuffixes.SuffixOf(w) || cueAt > 0 && determiners[strings.ToLower(toks[cueAt-1].Text)] {
			break
		}
		// Before the cue only its subject: "Clinton leads Sanders by
		// 271 pledged delegates" is a clause.
		if hasFiniteVerb(toks[:cueAt], cueAt) {
			break
		}
		cue := toks[cueAt].Span
		var sp speaker
		var ok bool
		if cueAt > 0 {
			sp, ok = d.speakerIn(from, cue.Start, true)
		} else if sp, ok = d.phraseSpeaker(cue.End, end); ok {
			// "said the airline's chief executive": the whole phrase
			// after the cue names the speaker.
			sp, ok = d.nameable(sp)
		}
		if !ok {
			break
		}
		return from, sp, toks[cueAt].Text, true
	}
	return 0, speaker{}, "", false
}

// innerReport reports whether what an outlet's report says, rest, is
// itself a report: a subject of at most six words, no verb or comma in
// it, then a cue not followed by an infinitive ("the defence minister
// said troops would stay").
func innerReport(rest string) bool {
	toks := Tokenize(rest, 0)
	for k := 1; k < len(toks) && k <= 6; k++ {
		if strings.ContainsAny(rest[toks[k-1].Span.End:toks[k].Span.Start], ",;:“”\"") {
			return false
		}
		w := toks[k].Text
		if indirectCues[w] && !participleCues[w] && !nounLikeCues[w] {
			// "the RNC agreed to allow …" reports an act, no words.
			infinitive := k+1 < len(toks) && infinitiveMarkers[strings.ToLower(toks[k+1].Text)]
			return !infinitive && !hasFiniteVerb(toks[:k], k)
		}
	}
	return false
}

// unrelay gives the direct quote q at span, attributed after it to a news
// outlet ("…,” Reuters reported", "…,” according to CNBC"), to the one
// its sentence names saying it before it, if any.
//
// Whoever relays, the words quoted right after a verb of saying with its
// own subject are that subject's ("The gunmen shouted “…”, witnesses
// say"): the closing speaker vouches for the report, not for the words.
func (d *Index) unrelay(q *Quote, span Span) {
	if q.Sentence < 0 {
		return
	}
	s := d.Sentences[q.Sentence]
	if span.Start <= s.Start {
		return
	}
	if !d.outletSpeaker(speaker{q.Speaker, q.SpeakerEntity}) && !quotedByCue(d.Text[s.Start:span.Start]) {
		return
	}
	// "police said a man … set off the blaze, shouting, “Drop dead,”
	// according to the BBC": the words are the crier's
	// (speaker_cry.go).
	if sp, cue, ok := d.crySpeaker(s.Start, span.Start); ok {
		q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, cue
		return
	}
	sp, cue, ok := d.innerSpeaker(s.Start, span.Start)
	if !ok && d.outletSpeaker(speaker{q.Speaker, q.SpeakerEntity}) {
		d.unrelayNarration(q, s.Start, span.Start)
		return
	}
	// "Tom Lee said: “…,” he told reporters": one speaker, whose
	// closing cue stays.
	if !ok || d.outletSpeaker(sp) || sp.name == q.Speaker || sp.entity >= 0 && sp.entity == q.SpeakerEntity {
		return
	}
	q.Speaker, q.SpeakerEntity, q.Cue = sp.name, sp.entity, cue
}

// quotedByCue reports whether before, the words of a sentence before a
// direct quote, ends with a verb of saying whose object the quote is:
// nothing but a colon, a comma or the opening mark between them.
func quotedByCue(before string) bool {
	cue, cs, ok := lastCueIn(before)
	return ok && !participleCues[cue] && strings.Trim(before[cs.End:], " ,:“\"‘'") == ""
}
