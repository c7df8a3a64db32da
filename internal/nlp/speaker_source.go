package nlp

import "strings"

// Speakers that are no named person, though a name stands in their phrase
// or next to it: an unnamed source described by its tie to a named one
// ("a person close to the Clintons said"), a party-state tag or a "City,
// ST" place ("(R-OH)", "Berea, OH"), a word standing for someone named
// elsewhere ("another said").

// describedSource returns the phrase naming an unnamed source by its tie
// to the person whose mention m it holds, searching back no further than
// start: a noun phrase headed by a speaker noun, then a word of
// SourceRelations, then m ("a person close to the Clintons", "an aide to
// Mr. Barlow", "two people familiar with Clinton's health"). News
// practice keeps such a source anonymous: it is the description, never
// the person it is tied to. Its span is returned too; ok is false when m
// is not so placed.
func (d *Index) describedSource(start int, m Span, end int) (speaker, Span, bool) {
	toks := Tokenize(d.Text[start:m.Start], start)
	// The words of the name's own phrase before it: "the", "Mr.", a
	// first name the mention left out.
	k := len(toks)
	for k > 0 {
		w := toks[k-1].Text
		if !isCapitalised(w) && !determiners[strings.ToLower(w)] {
			break
		}
		// Only spaces and an initial's stop inside the name's phrase:
		// no comma, no quotation mark ("…,” Carson tells").
		if strings.TrimSpace(strings.Trim(d.Text[toks[k-1].Span.End:spanStart(toks, k, m.Start)], ".")) != "" {
			return speaker{}, Span{}, false
		}
		k--
	}
	if k > 0 && strings.TrimSpace(strings.Trim(d.Text[toks[k-1].Span.End:spanStart(toks, k, m.Start)], ".")) != "" {
		return speaker{}, Span{}, false
	}
	rel := 0
	switch {
	case k >= 2 && sourceRelations[strings.ToLower(toks[k-2].Text+" "+toks[k-1].Text)]:
		rel = 2
	case k >= 1 && sourceRelations[strings.ToLower(toks[k-1].Text)]:
		rel = 1
	default:
		return speaker{}, Span{}, false
	}
	h := k - rel - 1
	if h < 0 {
		return speaker{}, Span{}, false
	}
	head := strings.ToLower(toks[h].Text)
	if pronounLikeWords[head] || !speakerNouns[head] && !agentNoun(head) {
		return speaker{}, Span{}, false
	}
	// A capitalised head inside the phrase is a name's last word
	// ("Representative Peter T. King of New York"), not a noun.
	if h > 0 && isCapitalised(toks[h].Text) {
		return speaker{}, Span{}, false
	}
	// Back over the head's modifiers to its determiner: "a longtime
	// aide", "two people", "Sources" opening the sentence.
	from := h
	for from > 0 && h-from < 3 {
		w := toks[from-1].Text
		lw := strings.ToLower(w)
		if strings.TrimSpace(d.Text[toks[from-1].Span.End:toks[from].Span.Start]) != "" || w != lw && !determiners[lw] {
			break
		}
		if cueWords[w] || finiteWords[lw] || pronouns[lw] || relativeWord[lw] || headPrepositions[lw] || complementizers[lw] {
			break
		}
		from--
		if determiners[lw] {
			break
		}
	}
	// The phrase ends with the name, or with the noun its possessive
	// qualifies ("Clinton's health").
	to := m.End
	if poss := possessiveAt(d.Text[m.End:end]); poss != "" {
		if e := d.nounsAfter(m.End+len(poss), end); e > m.End+len(poss) {
			to = e
			for _, t := range Tokenize(d.Text[m.End+len(poss):e], m.End+len(poss)) {
				to = t.Span.End // nounsAfter may run to end over spaces
			}
		}
	}
	return speaker{d.Text[toks[from].Span.Start:to], -1}, Span{toks[from].Span.Start, to}, true
}

// spanStart is where token k of toks starts, or at if k is past the last.
func spanStart(toks []Token, k, at int) int {
	if k < len(toks) {
		return toks[k].Span.Start
	}
	return at
}

// partyStateTag reports whether w is a party-state tag written after a
// politician's name ("R-OH", "(D-Calif.)", "I-Vermont").
func partyStateTag(w string) bool {
	w = strings.Trim(w, "(),;")
	party, state, ok := strings.Cut(w, "-")
	if !ok || !partyInitials[party] {
		return false
	}
	return usState(state)
}

// usState reports whether w is a US state's code or name ("OH",
// "Calif.", "Ohio").
func usState(w string) bool {
	return usStateCodes[w] || usStateCodes[strings.TrimSuffix(w, ".")]
}

// cityState reports whether a mention of entity ei is followed by a comma
// and a US state ("Berea, OH", "Berea, Ohio,"), the way news writes a
// town: then it is a place, whatever kind the name finder gave it.
func (d *Index) cityState(ei int) bool {
	for _, m := range d.Entities[ei].Mentions {
		rest := d.Text[m.End:min(len(d.Text), m.End+24)]
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		rest = rest[2:]
		toks := Tokenize(rest, 0)
		if len(toks) == 0 || toks[0].Span.Start != 0 {
			continue
		}
		w := toks[0].Text
		after := rest[toks[0].Span.End:]
		// "Rhode Island", "New York": a name of two words.
		if len(toks) > 1 && rest[toks[0].Span.End:toks[1].Span.Start] == " " && usStateCodes[rest[:toks[1].Span.End]] {
			w, after, toks = rest[:toks[1].Span.End], rest[toks[1].Span.End:], toks[1:]
		}
		// "N.H.", "W.Va.": the code's own stops.
		for strings.HasPrefix(after, ".") && len(toks) > 1 && toks[1].Span.Start == toks[0].Span.End+1 && usStateCodes[rest[:toks[1].Span.End]+"."] {
			w, after, toks = rest[:toks[1].Span.End], rest[toks[1].Span.End:], toks[1:]
		}
		if strings.HasPrefix(after, ".") && usStateCodes[w+"."] {
			w, after = w+".", after[1:]
		}
		if !usState(w) || possessiveAt(after) != "" {
			continue
		}
		if after == "" || strings.ContainsAny(after[:1], ",.;:)—–\n") || strings.HasPrefix(after, " —") || strings.HasPrefix(after, " –") {
			return true
		}
	}
	return false
}

// sourceTie reports whether words[k] opens a word of SourceRelations
// after a speaker noun ("person close to", "aide to"): the noun before
// it is the head of the phrase.
func sourceTie(words []string, k int) bool {
	if k == 0 {
		return false
	}
	head := strings.ToLower(words[k-1])
	if pronounLikeWords[head] || !speakerNouns[head] && !agentNoun(head) {
		return false
	}
	w := strings.ToLower(words[k])
	return sourceRelations[w] || k+1 < len(words) && sourceRelations[w+" "+strings.ToLower(words[k+1])]
}

// tokenTexts returns the texts of toks.
func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// appositiveName reads the name of a person set off by commas right
// after a source phrase that ends at cut and names one person by role
// only ("the country's interim prime minister, Claude Joseph, …"): that
// person is the source, and the source's phrase ends after the second
// comma. A phrase naming a group ("police, Declan Ferris, 41, was
// arrested") or a name not closed by a comma (a list, or the subject of
// what follows) reads nothing; nor does a definite description ("the
// Downing Street spokesman, the Prime Minister, 55, “remains …”"): an
// appositive that renames a role is a name, and a second role after the
// comma is another person, the subject of what the source says.
func (d *Index) appositiveName(sp speaker, cut, end int) (speaker, int, bool) {
	role := sp.entity >= 0 && d.Entities[sp.entity].Kind == KindPerson && d.Entities[sp.entity].Descriptive || personRoleNouns[phraseHead(strings.Fields(sp.name))]
	if !role {
		return speaker{}, 0, false
	}
	rest := d.Text[cut:end]
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, ",") {
		return speaker{}, 0, false
	}
	from := cut + len(rest) - len(trimmed) + 1
	k := strings.IndexByte(d.Text[from:end], ',')
	if k < 0 {
		return speaker{}, 0, false
	}
	to := from + k
	ms := d.MentionsIn(from, to)
	if len(ms) != 1 || d.Entities[ms[0].Entity].Kind != KindPerson || strings.TrimSpace(d.Text[from:ms[0].Start]) != "" || strings.TrimSpace(d.Text[ms[0].End:to]) != "" {
		return speaker{}, 0, false
	}
	if first := Tokenize(d.Text[ms[0].Start:ms[0].End], 0); len(first) > 0 && phraseDeterminers[strings.ToLower(first[0].Text)] {
		return speaker{}, 0, false
	}
	return speaker{d.Entities[ms[0].Entity].Name, ms[0].Entity}, to, true
}
