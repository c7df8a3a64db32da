package nlp

import (
	"crosscheck/internal/lang"
	"strings"
)

// orgNamePrepositions join an organisation's noun to the rest of its
// name ("Agency for Air Transport").
var orgNamePrepositions = en.Set(lang.OrganisationNamePrepositions)

// A speaker is named whole. An organisation's name may hold a word the
// entity finder took for a name of its own ("Sports" of "TMZ Sports",
// "Office" of "the UN Office for the Coordination of Humanitarian
// Affairs"); the speaker is then the name as written, not that word's
// entity, which the briefing would print in its place.

// fragmentEntity reports whether sp's entity, not a person, names only
// a part of the proper name sp writes: every word of the written name
// capitalised but for connectors and articles inside it, and more of
// them than the entity's name has.
func (d *Index) fragmentEntity(sp speaker) bool {
	if sp.entity < 0 || sp.entity >= len(d.Entities) {
		return false
	}
	e := d.Entities[sp.entity]
	if e.Kind == KindPerson {
		return false // a title before a name qualifies it
	}
	written := trimArticle(strings.TrimSpace(sp.name))
	if nameKey(written) == nameKey(e.Name) || !strings.Contains(written, e.Name) {
		return false
	}
	for _, a := range e.Aliases {
		if nameKey(a) == nameKey(written) {
			return false
		}
	}
	words := strings.Fields(written)
	for k, w := range words {
		lw := strings.ToLower(w)
		if k > 0 && k < len(words)-1 && (nameConnectors[lw] || definiteArticles[lw] || headPrepositions[lw] || additiveConjunctions[lw]) {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// nameRun widens p, the phrase around an entity's mention, over the
// capitalised words written next to it with only a space between, within
// start..end: the entity finder may cut an organisation's name at a
// country it knows ("Greenpeace Brazil", "Air India"), and the speaker is
// the whole name, never the country. Function words, days and adverbs
// capitalised for opening the sentence ("Meanwhile Brazil said", "Today
// Brazil") are no part of a name.
func (d *Index) nameRun(p Span, start, end int) Span {
	nameWord := func(t Token) bool {
		w := strings.Trim(t.Text, ".,;:")
		lw := strings.ToLower(w)
		return isCapitalised(w) && w != lw && !IsStopword(lw) && !calendarWord[lw] && !notNouns[lw] &&
			!connectives[lw] && !discourseLinks[lw] && !adverbial(w) && !subordinators[lw] && !phraseOpeners[lw] &&
			!cueWords[lw] && !determiners[lw] && !pronouns[lw] && !strings.ContainsAny(t.Text, ",;:")
	}
	toks := Tokenize(d.Text[start:end], start)
	first, last := tokensWithin(toks, p)
	if first < 0 {
		return p
	}
	for first > 0 && d.Text[toks[first-1].Span.End:toks[first].Span.Start] == " " && nameWord(toks[first-1]) {
		first--
	}
	for last < len(toks)-1 && d.Text[toks[last].Span.End:toks[last+1].Span.Start] == " " && nameWord(toks[last+1]) && !strings.ContainsAny(toks[last].Text, ",;:") {
		last++
	}
	return Span{min(p.Start, toks[first].Span.Start), max(p.End, toks[last].Span.End)}
}

// namesSomeone reports whether a word of a speaker phrase is a name: an
// entity's or one capitalised past the phrase's first word, whose
// capital may be only the sentence's. A name after a preposition of
// place or time ("exit polls in Ukraine") says where, not who: only
// one before the head or after a maker preposition ("by Gallup") counts.
func (d *Index) namesSomeone(words []string) bool {
	for k, w := range words {
		if lw := strings.ToLower(w); k > 0 && headPrepositions[lw] && !makerPrepositions[lw] {
			return false
		}
		w = stripPossessive(strings.Trim(w, ".,;:"))
		if d.entityNamed(w) >= 0 || k > 0 && isCapitalised(w) && w != strings.ToLower(w) {
			return true
		}
	}
	return false
}

// wholeGuessedName returns the span of the whole name written around m, a mention of
// the person entity ei within start..end, when ei's kind was guessed from
// capitals alone and the name runs on: over capitalised words after it
// with only a space between ("Radio Free" of "Radio Free Afghanistan",
// cut at a country the gazetteer knows), or back over "for" or "of" to
// an organisation's name ending in one of its nouns ("Air Transport" of
// "Federal Agency for Air Transport"). A person's name is no piece of
// either, so the guess was wrong and the speaker is the name as written.
func (d *Index) wholeGuessedName(ei int, m Span, start, end int) (Span, bool) {
	if ei < 0 || ei >= len(d.Entities) || !d.Entities[ei].KindGuessed || m.Start < start || m.End > end {
		return m, false
	}
	toks := Tokenize(d.Text[start:end], start)
	first, last := tokensWithin(toks, m)
	if first < 0 {
		return m, false
	}
	nameWord := func(t Token) bool {
		w := t.Text
		lw := strings.ToLower(w)
		return isCapitalised(w) && w != lw && stripPossessive(w) == w && !IsStopword(lw) && !calendarWord[lw] && !cueWords[lw] && !titleWords[lw] && !strings.ContainsAny(w, ",;:")
	}
	spaced := func(a, b int) bool { return d.Text[toks[a].Span.End:toks[b].Span.Start] == " " }
	from, to := first, last
	for to+1 < len(toks) && spaced(to, to+1) && nameWord(toks[to+1]) && !strings.ContainsAny(toks[to].Text, ",;:") {
		to++
	}
	if from >= 2 && spaced(from-1, from) && spaced(from-2, from-1) && orgNamePrepositions[toks[from-1].Text] && orgSuffix[strings.ToLower(toks[from-2].Text)] {
		from -= 2
		for from > 0 && spaced(from-1, from) && nameWord(toks[from-1]) {
			from--
		}
	}
	if from == first && to == last {
		return m, false
	}
	return Span{toks[from].Span.Start, toks[to].Span.End}, true
}

// tokensWithin returns the indexes of the first and last tokens lying
// wholly inside span, or -1, -1 when none does.
func tokensWithin(toks []Token, span Span) (first, last int) {
	first, last = -1, -1
	for k, t := range toks {
		if t.Span.Start >= span.Start && t.Span.End <= span.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}
