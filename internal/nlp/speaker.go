package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A speaker phrase names its speaker by its head noun: "Western
// intelligence agencies" are agencies, "Residents of Vladivostok" are
// residents. An entity is the speaker only when it is that head; one in an
// adjective ("Western"), a noun modifier ("US officials"), a possessive
// ("the NYT's sources") or a modifier after the head ("analysts at NK
// News") only qualifies it, and the phrase as written names the speaker.

// phraseSpeaker names the speaker phrase text[start:end]: as written up
// to a clause or an aside about it, with the entity that is its head, if
// any. A list of entities ("the US, Britain, South Korea, and Japan") is
// named as written, without one entity for all.
func (d *Index) phraseSpeaker(start, end int) (speaker, bool) {
	toks := Tokenize(d.Text[start:end], start)
	if len(toks) == 0 {
		return speaker{}, false
	}
	start, end = toks[0].Span.Start, toks[len(toks)-1].Span.End
	if d.entityList(start, end) {
		return speaker{d.Text[start:end], -1}, true
	}
	// The name ends before a comma, a relative or a reduced relative.
	n := len(toks)
	for k := 1; k < len(toks); k++ {
		w := strings.ToLower(toks[k].Text)
		if strings.ContainsAny(d.Text[toks[k-1].Span.End:toks[k].Span.Start], ",;()—–") || relativeToken(toks[k].Text) || reducedRelatives[w] {
			n = k
			break
		}
	}
	toks = toks[:n]
	// The head is the last word before a prepositional modifier.
	h := len(toks) - 1
	words := tokenTexts(toks)
	for k := 1; k < len(toks); k++ {
		if headPrepositions[strings.ToLower(toks[k].Text)] || sourceTie(words, k) {
			h = k - 1
			break
		}
	}
	head := toks[h].Span
	// A plural naming a group is no name, even capitalised at the start
	// of a sentence ("Residents of Port Ardlow").
	if w := strings.ToLower(toks[h].Text); groupNouns[w] && groupPluralRules.Match(w) {
		return speaker{d.Text[start:toks[n-1].Span.End], -1}, true
	}
	for _, e := range possessiveEndings {
		if strings.HasSuffix(toks[h].Text, e) {
			head.End -= len(e)
			break
		}
	}
	sp := speaker{d.Text[start:toks[n-1].Span.End], -1}
	for _, m := range d.MentionsIn(start, toks[n-1].Span.End) {
		if m.Start <= head.Start && m.End >= head.End {
			sp.entity = m.Entity
			break
		}
	}
	return sp, true
}

// entityList reports whether text[start:end] is a list of three or more
// entity mentions joined by commas and "and". Two names joined by "and"
// may be one name ("the Academy of Motion Picture Arts and Sciences").
func (d *Index) entityList(start, end int) bool {
	ms := d.MentionsIn(start, end)
	if len(ms) < 3 || !d.isMention(ms[:1], start, ms[0].End) {
		return false
	}
	return d.listEnd(ms[0].Span, end) == end
}

// isMention reports whether text[start:end], less spaces, "the" and
// "and", is exactly one of the mentions ms.
func (d *Index) isMention(ms []MentionRef, start, end int) bool {
	s := d.Text[start:end]
	trimmed := strings.TrimLeft(s, " \t")
	for w := range additiveConjunctions {
		trimmed = strings.TrimPrefix(trimmed, w+" ")
	}
	trimmed = trimArticle(trimmed)
	start += len(s) - len(trimmed)
	end = start + len(strings.TrimRight(trimmed, " \t"))
	if start >= end {
		return false
	}
	for _, m := range ms {
		if m.Start <= start && m.End >= end && trimArticle(d.Text[m.Start:start]) == "" {
			return true
		}
	}
	return false
}

// phraseAround widens the mention m found in text[start:end] to the noun
// phrase holding it: back over "residents of" before it, forward over a
// possessive and the nouns naming a group after it ("South Korean media",
// "the NYT's sources").
func (d *Index) phraseAround(m Span, start, end int, nearEnd bool) Span {
	p := m
	before := Tokenize(d.Text[start:m.Start], start)
	if k := len(before); k >= 2 && headPrepositions[strings.ToLower(before[k-1].Text)] && !strings.ContainsAny(d.Text[before[k-2].Span.End:m.Start], ",;") {
		w := strings.ToLower(before[k-2].Text)
		if !IsStopword(w) && !cueWords[w] && !pronouns[w] && !pastSuffixes.SuffixOf(w) && !participleSuffixes.SuffixOf(w) {
			p.Start = before[k-2].Span.Start
			if k >= 3 && phraseDeterminers[strings.ToLower(before[k-3].Text)] && strings.TrimSpace(d.Text[before[k-3].Span.End:p.Start]) == "" {
				p.Start = before[k-3].Span.Start
			}
		}
	} else if k >= 1 && phraseDeterminers[strings.ToLower(before[k-1].Text)] && strings.TrimSpace(d.Text[before[k-1].Span.End:m.Start]) == "" {
		p.Start = before[k-1].Span.Start
	}
	from := m.End
	poss := possessiveAt(d.Text[m.End:end])
	if poss != "" {
		from = m.End + len(poss)
	}
	// A subject right before its cue runs to the cue over the nouns
	// after the entity ("Japanese fisheries officials said").
	ext := d.groupAfter(from, end)
	if nearEnd && from < end {
		if e := d.nounsAfter(from, end); e == end {
			ext = e
		} else if c := capitalisedAfter(d.Text, from, end); poss != "" && c > from && c < end && d.nounsAfter(c, end) == end {
			// "Kenya’s Interior ministry said": the owner's
			// capitalised modifiers and a common noun head the
			// subject; the place only owns it.
			ext = end
		}
	}
	// After the cue too a name before lower-case nouns only qualifies
	// their head: "says one Reddit poster", "said one former GOP
	// leadership aide" are a poster and an aide, not Reddit or the GOP.
	if !nearEnd && ext == from && from < end {
		if e := d.nounsAfter(from, end); e > from && d.phraseEndsAt(e, end) {
			ext = e
		}
	}
	// Modifiers joined by "and" before one plural head modify it
	// together, so the group is the speaker, not the name among them:
	// "Democratic and network officials said", "Republican and
	// Democratic leaders said".
	if nearEnd && ext == from {
		if e := d.coordinatedGroup(from, end); e > from {
			ext = e
		}
	}
	if nearEnd && ext == end && p.Start == m.Start && groupHead(d.Text[from:end]) {
		if k := len(before); k >= 2 && listConjunctions[before[k-1].Text] && isCapitalised(before[k-2].Text) &&
			strings.TrimSpace(d.Text[before[k-2].Span.End:before[k-1].Span.Start]) == "" && strings.TrimSpace(d.Text[before[k-1].Span.End:m.Start]) == "" {
			p.Start = before[k-2].Span.Start
		}
	}
	// A possessive is a modifier only with a noun after it.
	if ext > from {
		p.End = max(p.End, ext)
	}
	return p
}

// phraseEndsAt reports whether a noun phrase may end at e before end: at
// end, or before a preposition, a time, a relative, a subordinator or a
// punctuation mark.
func (d *Index) phraseEndsAt(e, end int) bool {
	rest := strings.TrimSpace(d.Text[e:end])
	if rest == "" || strings.ContainsAny(rest[:1], ",;:.()—–") {
		return true
	}
	toks := Tokenize(rest, 0)
	if len(toks) == 0 {
		return true
	}
	w := strings.ToLower(toks[0].Text)
	return headPrepositions[w] || calendarWord[w] || relativeWord[w] || subordinators[w] || afterCueWord[w]
}

// coordinatedGroup returns end when text[from:end] is a conjunction and
// lower-case words up to end headed by a plural group noun (" and
// network officials"), else from.
func (d *Index) coordinatedGroup(from, end int) int {
	toks := Tokenize(d.Text[from:end], from)
	if len(toks) < 2 || !listConjunctions[toks[0].Text] || strings.TrimSpace(d.Text[from:toks[0].Span.Start]) != "" {
		return from
	}
	if d.nounsAfter(toks[0].Span.End, end) != end || !groupHead(d.Text[toks[0].Span.End:end]) {
		return from
	}
	return end
}

// groupHead reports whether the last word of text is a plural noun
// naming a group ("officials", "leaders").
func groupHead(text string) bool {
	toks := Tokenize(text, 0)
	if len(toks) == 0 {
		return false
	}
	w := strings.ToLower(toks[len(toks)-1].Text)
	return groupNouns[w] && groupPluralRules.Match(w)
}

// groupAfter returns where the nouns naming a group that follow from
// end ("media", "intelligence agencies"), or from itself if none do.
func (d *Index) groupAfter(from, end int) int {
	ext := from
	for _, t := range Tokenize(d.Text[from:end], from) {
		if !groupNouns[strings.ToLower(t.Text)] || strings.TrimSpace(d.Text[ext:t.Span.Start]) != "" {
			break
		}
		ext = t.Span.End
	}
	return ext
}

// listEnd returns where the list of mentions opened by first ends ("the
// US, Britain, South Korea, and Japan"), searching up to end; first.End
// if no list follows. A list has three names or more and ends with one
// after "and": in "the New York Times, Kim would …" the comma ends the
// source.
func (d *Index) listEnd(first Span, end int) int {
	e, last := first.End, first.End
	for k, m := range d.MentionsIn(first.End, end) {
		if m.Start < e {
			continue // nested in the one before
		}
		gap := strings.TrimSpace(d.Text[e:m.Start])
		gap = strings.TrimSpace(trimTrailingArticle(gap))
		if !listGap(gap) {
			break
		}
		e = m.End
		if gap != "," {
			if k > 0 {
				last = e
			}
			break
		}
	}
	return last
}

// theySpeaker resolves a "they" right before a cue ("…, they indicate")
// to the speakers of the nearest quote of the two sentences before
// sentence si, when those are a group named by a plural noun ("some
// analysts"), not an entity.
func theySpeaker(subject string, si int, prev []Quote) (speaker, bool) {
	toks := Tokenize(subject, 0)
	if len(toks) == 0 || !pluralSubjectPronouns[strings.ToLower(toks[len(toks)-1].Text)] {
		return speaker{}, false
	}
	best := -1
	for i, q := range prev {
		if q.Sentence < si && q.Sentence >= si-2 && (best < 0 || q.Sentence > prev[best].Sentence) {
			best = i
		}
	}
	if best < 0 || prev[best].SpeakerEntity >= 0 {
		return speaker{}, false
	}
	words := strings.Fields(prev[best].Speaker)
	if len(words) == 0 {
		return speaker{}, false
	}
	last := words[len(words)-1]
	if isCapitalised(last) || !pluralEndings.SuffixOf(last) {
		return speaker{}, false
	}
	return speaker{prev[best].Speaker, -1}, true
}

// nounsAfter returns where the lower-case words following from up to end
// stop being possible nouns of one phrase: not function words, dates,
// adverbs, or a punctuation mark between them.
func (d *Index) nounsAfter(from, end int) int {
	ext := from
	for _, t := range Tokenize(d.Text[from:end], from) {
		w := t.Text
		if strings.TrimSpace(d.Text[ext:t.Span.Start]) != "" || w != strings.ToLower(w) ||
			IsStopword(w) || notNouns[w] || calendarWord[w] || adverbSuffixes.SuffixOf(w) || cueWords[w] {
			break
		}
		ext = t.Span.End
	}
	if strings.TrimSpace(d.Text[ext:end]) != "" {
		return ext
	}
	return end
}

type speaker struct {
	name   string
	entity int
}

// speakerIn finds a speaker in text[start:end]: a person named there (the
// last one if nearEnd, else the first), a pronoun resolved to the last
// person named before start, or any other entity or noun phrase ("the
// statement", "US officials"), if it names an agent that can speak (see
// nameable).
//
// A segment set off by commas holds an aside about the speaker
// ("Jason Kander, who is running against Roy Blunt, said"; "said Dog
// Andres, a spokesman for Paul Ryan"): the speaker is the first of its
// comma-separated pieces that names one, not a name inside the aside.
func (d *Index) speakerIn(start, end int, nearEnd bool) (speaker, bool) {
	if start < end {
		start += LabelEnd(d.Text[start:end]) // "More details: the White House …"
	}
	// "Now the defense argues", "Meanwhile the ministry said": an
	// opening adverb with no comma after it is no part of the subject
	// (speaker_phrase_bounds.go).
	if nearEnd {
		start = skipOpeningAdverbs(d.Text, start, end)
	}
	// After the cue the speaker follows it at once ("said Gov. Kasich",
	// "said former aide Jo Hart"); a preposition or a conjunction there
	// opens something else ("warned of the implications a Trump
	// presidency would have").
	if toks := Tokenize(d.Text[start:end], start); !nearEnd && len(toks) > 0 {
		if w := toks[0].Text; w == strings.ToLower(w) && (headPrepositions[w] || phraseOpeners[w] || subordinators[w] || clauseConjunctions[w] || listConjunctions[w] || complementizers[w]) {
			return speaker{}, false
		}
	}
	seg := d.Text[start:end]
	// A list of names ("the UK, US, Japan, and South Korea") is one
	// piece: its commas part no asides.
	var list Span
	for _, m := range d.MentionsIn(start, end) {
		if e := d.listEnd(m.Span, end); e > m.End {
			list = Span{m.Start, e}
		}
		break
	}
	nextComma := func(from int) int {
		for i := from; i < end; i++ {
			if d.Text[i] == ',' && (i < list.Start || i >= list.End) {
				return i
			}
		}
		return -1
	}
	// "Mr. Trump, asked about Mr. Putin, had said": the auxiliary before
	// the cue does not hide the aside's closing comma.
	closed := seg
	// Nor does an adverb ("Mr Zuma, a veteran … alongside Nelson
	// Mandela, previously declared").
	for toks := Tokenize(closed, 0); len(toks) > 1 && (cueAuxiliaries[strings.ToLower(toks[len(toks)-1].Text)] || adverb(toks[len(toks)-1].Text)); toks = toks[:len(toks)-1] {
		closed = closed[:toks[len(toks)-1].Span.Start]
	}
	if k := nextComma(start); k >= 0 && (!nearEnd || strings.HasSuffix(strings.TrimSpace(closed), ",")) {
		// Pieces that open with a preposition or a time ("In a
		// statement Tuesday, the White House, which …, said") are
		// adverbials, skipped; the first other piece is the speaker, or
		// there is none.
		var found []speaker
		firstName, firstDescribed := false, false
		for from := start; from < end && len(found) < 2; {
			to := end
			if k := nextComma(from); k >= 0 {
				to = k
			}
			if toks := Tokenize(d.Text[from:to], from); len(toks) == 0 || len(found) == 0 && (d.adverbialPiece(toks, true) || nearEnd && d.participleClause(toks)) {
				from = to + 1
				continue
			}
			sp, ok := d.speakerCandidate(from, to, nearEnd)
			if ok {
				sp, ok = d.nameable(sp)
			}
			// "Crooks’ father, Matthew Crooks, said": a relative named
			// by a possessive is a description whose name may follow
			// (speaker_possessive.go), though the possessor is no
			// subject.
			if !ok && len(found) == 0 && possessiveHead(d.Text, Tokenize(d.Text[from:to], from)) {
				sp, ok = speaker{"", -1}, true
			}
			if !ok {
				break
			}
			// Only a bare name set off after it names such a
			// description ("the field's biggest hawks, like Rubio and
			// Bush, say": examples, not the speaker).
			if len(found) == 1 && found[0].name == "" && found[0].entity < 0 && !d.isMention(d.MentionsIn(from, to), from, to) {
				break
			}
			if len(found) == 0 {
				firstName = d.namePiece(from, to, sp)
				firstDescribed = determinedPiece(d.Text[from:to])
			}
			found = append(found, sp)
			from = to + 1
		}
		// "The harbour master, Declan Ferris, said": a description
		// before the name it describes gives way to it, even when it
		// reads as an earlier person's epithet ("the leader of the
		// police assault, Superintendent Nelson Yabut, told" after
		// President Aquino was named).
		// A name before the aside does not ("Mr Zuma, a veteran …
		// alongside Nelson Mandela, previously declared").
		if len(found) == 2 && (!d.namedPerson(found[0]) || firstDescribed) && !firstName && d.namedPerson(found[1]) {
			return found[1], true
		}
		if len(found) > 0 && (found[0].name != "" || found[0].entity >= 0) {
			return found[0], true
		}
		return speaker{}, false
	}
	// "At a forum with military leaders in Virginia on Monday, one
	// questioner claimed": a phrase a preposition opens before the
	// subject holds no subject, whatever names it holds.
	if nearEnd {
		start = d.afterOpeningPhrases(start, end)
	}
	sp, ok := d.speakerCandidate(start, end, nearEnd)
	if !ok {
		return speaker{}, false
	}
	return d.nameable(sp)
}

// afterOpeningPhrases returns where the subject of the clause
// text[start:end] may start: after the pieces set off by commas that
// open it as adverbials ("At a forum in Virginia on Monday,", "Like
// Corker,") and the rest of a place's name after them ("In Berea, OH,"),
// as long as words remain after them; else start.
func (d *Index) afterOpeningPhrases(start, end int) int {
	from := start
	for from < end {
		k := strings.IndexByte(d.Text[from:end], ',')
		if k < 0 {
			break
		}
		toks := Tokenize(d.Text[from:from+k], from)
		if len(toks) == 0 || !d.adverbialPiece(toks, false) && (from == start || !placeRest(toks)) {
			break
		}
		// A dash opens an aside that may run over the comma ("In the
		// letter - addressed to the U.S. attorney, Channing D.
		// Phillips - the Utah Republican asks"): where the subject
		// starts is not known.
		if strings.Contains(d.Text[from:from+k], " - ") || strings.ContainsAny(d.Text[from:from+k], "—–") {
			break
		}
		if len(Tokenize(d.Text[from+k+1:end], 0)) == 0 {
			break
		}
		from += k + 1
	}
	return from
}

// nameable checks that sp names an agent that can speak, and trims the
// days and dates a name ran into ("Pence Thursday"). A person or an
// organisation can; a country (for its government) can; a name of no known
// kind can when it is all capitalised words; a noun phrase can when its
// head is a role, a group, an organisation or a document that speaks for
// one (lang.SpeakerNouns). A place, a date, a number, a thing or a
// fragment ("Kinshasa", "47 percent", "a belief in God", "While he's")
// cannot.
func (d *Index) nameable(sp speaker) (speaker, bool) {
	sp, ok := d.canSpeak(sp)
	if !ok {
		return sp, false
	}
	return d.fullName(sp), true
}

// phraseHead returns the head of the noun phrase of words, lower case: the
// last word before a modifier opened by a preposition or a relative
// ("officials at the ministry"), less a possessive.
func phraseHead(words []string) string {
	if len(words) == 0 {
		return ""
	}
	h := len(words) - 1
	for k := 1; k < len(words); k++ {
		if w := strings.ToLower(words[k]); headPrepositions[w] || relativeToken(words[k]) || sourceTie(words, k) {
			h = k - 1
			break
		}
	}
	return strings.ToLower(stripPossessive(strings.Trim(words[h], ".,;:")))
}

// wordlessSource reports whether the speaker phrase name is headed by a
// thing that reports findings but utters no words ("exit polling data",
// "an Associated Press survey"): words in quotation marks near it are a
// person's or the writer's, never its.
func wordlessSource(name string) bool {
	return wordlessSources[phraseHead(strings.Fields(name))]
}

// canSpeak is nameable's check.
func (d *Index) canSpeak(sp speaker) (speaker, bool) {
	words := strings.Fields(sp.name)
	trimmed := false
	for len(words) > 1 && calendarWord[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
		trimmed = true
	}
	if len(words) == 0 {
		return speaker{}, false
	}
	if trimmed {
		sp.name = strings.Join(words, " ")
		sp.entity = d.entityNamed(sp.name)
	}
	if strings.ContainsAny(sp.name, "0123456789") {
		return speaker{}, false
	}
	// A common noun in the possessive determines a noun after it ("the
	// singer’s family said"): a description ending in one was cut before
	// its head, and the owner is not who spoke. A capitalised one may be
	// a name's first word ("Time’s Up") and is left to the checks below.
	if w := strings.TrimRight(words[len(words)-1], ",.;:"); stripPossessive(w) != w && w == strings.ToLower(w) {
		return speaker{}, false
	}
	// A party-state tag ("(R-OH)") is an aside about a politician, no
	// speaker on its own, and a name written "City, ST" a place.
	if partyStateTag(words[len(words)-1]) {
		if len(words) == 1 {
			return speaker{}, false
		}
		words = words[:len(words)-1]
		sp.name = strings.Join(words, " ")
	}
	if sp.entity >= 0 && sp.entity < len(d.Entities) && d.Entities[sp.entity].Kind != KindOrg && d.cityState(sp.entity) {
		return speaker{}, false
	}
	// "TMZ Sports" is not its "Sports" (speaker_fragment.go).
	if d.fragmentEntity(sp) {
		sp.entity = -1
	}
	if sp.entity >= 0 && sp.entity < len(d.Entities) {
		switch e := d.Entities[sp.entity]; e.Kind {
		case KindPerson, KindOrg:
			return sp, true
		case KindPlace:
			if e.Country != "" {
				return sp, nameKey(e.Country) == nameKey(e.Name)
			}
			// A state, a city or a region the gazetteer knows is
			// where something was said ("San Diego", "South
			// Carolina"); only a country speaks for its government.
			if g, ok := loadGazetteer().lookup(e.Name); ok && g.kind == KindPlace {
				return speaker{}, false
			}
			// A place the gazetteer does not know was taken for one
			// from its context: a one-word name ("officials in
			// Kinshasa") is likely one, a person's full name ("Marco
			// Rubio", once read after "in") is checked as a name below.
			if !strings.Contains(e.Name, " ") {
				return speaker{}, false
			}
		case KindEvent:
			return speaker{}, false
		case KindOther:
			// One capitalised word named once, at the start of its
			// sentence ("Oh", "Speaking"), is capitalised for its
			// place, not as a name.
			if len(e.Mentions) == 1 && !strings.Contains(e.Name, " ") {
				m := e.Mentions[0]
				if si := d.SentenceAt(m.Start); si >= 0 && strings.TrimLeft(d.Text[d.Sentences[si].Start:m.Start], openers+" ") == "" && !d.capitalisedInside(e.Name) {
					return speaker{}, false
				}
			}
		}
	}
	first := strings.ToLower(words[0])
	// "Previously announced victims of the fire:": a lone adverb before
	// the cue, capitalised for opening the sentence, tells when or how,
	// never who. Only the adverbs the lexicon knows count: an adverb's
	// ending is a name's too ("Kelly announced").
	if len(words) == 1 && sp.entity < 0 && notNouns[first] {
		return speaker{}, false
	}
	// "He'll contend that …": a pronoun with its auxiliary.
	if i := strings.IndexAny(first, "'’"); i > 0 && subjectPronouns[first[:i]] {
		first = first[:i]
	}
	if headPrepositions[first] || clauseConjunctions[first] || connectives[first] || subjectPronouns[first] || questionWords[first] {
		return speaker{}, false
	}
	head := phraseHead(words)
	// "another", "the former", "others" stand for someone named
	// elsewhere, or nobody in particular.
	if pronounLikeWords[head] {
		return speaker{}, false
	}
	// "final results": a count with no name in its phrase credits
	// nobody.
	if namelessSources[head] && sp.entity < 0 && !d.namesSomeone(words) {
		return speaker{}, false
	}
	// A document speaks through its issuer (speaker_document.go).
	if _, ok := documentHead(words); ok {
		return d.documentIssuer(sp)
	}
	if speakerNouns[head] || agentNoun(head) {
		// A poll or a survey is the source of what it found, not the
		// organisation named before it ("an Associated Press survey"
		// is no statement of the AP's).
		if wordlessSources[head] {
			sp.entity = -1
		}
		return sp, true
	}
	// A list of names ("the UK, US, Japan, and South Korea") speaks when
	// each of them can.
	if parts := splitList(trimLowerArticle(sp.name)); len(parts) > 1 {
		for _, part := range parts {
			if _, ok := d.nameable(speaker{part, d.entityNamed(part)}); !ok {
				return speaker{}, false
			}
		}
		return sp, true
	}
	if len([]rune(sp.name)) < 2 {
		return speaker{}, false
	}
	for k, w := range words {
		if additiveConjunctions[w] || w == "&" || k == 0 && definiteArticles[w] {
			continue
		}
		if !isCapitalised(w) || calendarWord[strings.ToLower(strings.Trim(w, ","))] {
			return speaker{}, false
		}
	}
	return sp, true
}

// capitalisedInside reports whether the word w is written, capitalised
// as it is, inside a sentence of the text, not at its start ("the
// Wikileaks founder"): there the capital is the name's, so "Wikileaks
// confirmed" at a sentence's start is a name too.
func (d *Index) capitalisedInside(w string) bool {
	for from := 0; ; {
		k := strings.Index(d.Text[from:], w)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(w)
		before, _ := utf8.DecodeLastRuneInString(d.Text[:at])
		after, _ := utf8.DecodeRuneInString(d.Text[from:])
		if at > 0 && unicode.IsLetter(before) || from < len(d.Text) && unicode.IsLetter(after) {
			continue
		}
		if si := d.SentenceAt(at); si >= 0 && strings.TrimLeft(d.Text[d.Sentences[si].Start:at], openers+" ") != "" {
			return true
		}
	}
}

// fullName resolves a speaker named in part to the person the text names
// in full, when exactly one fits: a name's one word ("Sen" for "Hun
// Sen", "Kirby" for "John Kirby") and a role the text puts before a name
// ("the prime minister" after "Prime Minister Hun Sen").
func (d *Index) fullName(sp speaker) speaker {
	var role string
	switch {
	// "Police say …" is the force speaking: a noun for a group or a
	// role, capitalised for opening its sentence, is no part of a name
	// ("Police Commissioner Bush") unless the text ties them.
	//
	// An acronym names an organisation ("NASA said"), not a person whose
	// title holds it ("NASA Administrator Bill Nelson").
	case sp.entity < 0 && !strings.Contains(sp.name, " ") && isCapitalised(sp.name) && !groupNouns[strings.ToLower(sp.name)] && !acronym(sp.name):
	case sp.entity >= 0 && d.Entities[sp.entity].Kind == KindPerson && d.Entities[sp.entity].Descriptive:
		role = strings.ToLower(d.Entities[sp.entity].Name)
	default:
		return sp
	}
	found := -1
	for ei, e := range d.Entities {
		if e.Kind != KindPerson || e.Descriptive || ei == sp.entity {
			continue
		}
		fits := false
		if role == "" {
			for _, w := range strings.Fields(e.Name) {
				fits = fits || nameKey(w) == nameKey(sp.name)
			}
		} else {
			for _, m := range e.Mentions {
				before := strings.ToLower(strings.TrimRight(d.Text[max(0, m.Start-len(role)-1):m.Start], " "))
				fits = fits || strings.HasSuffix(before, role)
			}
		}
		// A role two people of the text hold ("the leader" after "de facto
		// leader Suu Kyi" and "President Win Myint") fits neither for sure.
		// A description with words of its own ("the incumbent president")
		// repeats the phrase it fits.
		if role != "" && !strings.Contains(role, " ") && !fits && rolesMatch(e.Roles, d.Entities[sp.entity].Roles) {
			return sp
		}
		if fits {
			if found >= 0 {
				return sp // two people fit: leave it as written
			}
			found = ei
		}
	}
	if found < 0 {
		return sp
	}
	return speaker{d.Entities[found].Name, found}
}

// acronym reports whether w is a short word of capital letters only
// ("NASA", "DW"), not a place written in capitals ("SEYNE-LES-ALPES").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// namedPerson reports whether sp is a person known by name, not only by
// a role ("the harbour master").
func (d *Index) namedPerson(sp speaker) bool {
	return sp.entity >= 0 && sp.entity < len(d.Entities) && d.Entities[sp.entity].Kind == KindPerson && !d.Entities[sp.entity].Descriptive
}

// adverbial reports whether a piece of a subject opening with w is an
// adverbial ("In a statement", "On Tuesday", "Earlier").
func adverbial(w string) bool {
	lw := strings.ToLower(w)
	return headPrepositions[lw] || afterCueWord[lw] || calendarWord[lw] || notNouns[lw] || adverb(lw)
}

// adverbialPiece reports whether the piece of a sentence set off by
// commas made of toks is an adverbial before the subject: one opening
// like adverbial's, a phrase or clause opened by a preposition or a
// subordinator ("Like Corker,", "As Virginia's governor,", "Regarding
// the front-runner,") or a connective on its own ("However,"). In an
// attribution whose cue follows an aside ("As Andrew Tabler, an expert
// on Syria, noted"), the opener belongs to the speaker's piece: aside
// is true then, and only adverbial's words count.
func (d *Index) adverbialPiece(toks []Token, aside bool) bool {
	if len(toks) == 0 {
		return true
	}
	if adverbial(toks[0].Text) {
		return true
	}
	lw := strings.ToLower(toks[0].Text)
	if !aside && len(toks) == 1 && discourseLinks[lw] {
		return true
	}
	// A connective and adverbs before the subordinator ("But almost
	// immediately after she did,") leave the piece adverbial.
	for len(toks) > 1 && (discourseLinks[lw] || degreeAdverbs[lw] || adverb(lw)) {
		toks = toks[1:]
		lw = strings.ToLower(toks[0].Text)
	}
	if aside {
		// A subordinate clause with its own pronoun subject ("after
		// she did,") is no opener of the speaker's phrase.
		return len(toks) > 2 && subordinators[lw] && personalSubjectPronouns[strings.ToLower(toks[1].Text)]
	}
	return subordinators[lw] || phraseOpeners[lw] || d.participial(toks[0])
}

// adverb reports whether w is a lower-case adverb in -ly ("privately",
// "repeatedly"), which stands between a subject and its verb.
func adverb(w string) bool {
	return len(w) > 4 && adverbSuffixes.SuffixOf(w) && w == strings.ToLower(w)
}

// agentNoun reports whether the lower-case w has the ending of a noun for
// people by what they do: engineer(s), salvor(s), analyst(s), historian(s),
// residents.
func agentNoun(w string) bool {
	for suf := range agentSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// speakerCandidate is speakerIn's search without its checks.
func (d *Index) speakerCandidate(start, end int, nearEnd bool) (speaker, bool) {
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
		// "Jamaica’s team doctor had said said:": the cue typed twice
		// is one cue.
		if cue := Tokenize(d.Text[end:min(len(d.Text), end+40)], end); len(toks) > 1 && len(cue) > 0 && toks[len(toks)-1].Text == cue[0].Text && cueWords[cue[0].Text] {
			toks = toks[:len(toks)-1]
			end = toks[len(toks)-1].Span.End
		}
		// An auxiliary is written in lower case: "Theresa May announced"
		// keeps the name's "May".
		for len(toks) > 1 && (cueAuxiliaries[toks[len(toks)-1].Text] || notNouns[strings.ToLower(toks[len(toks)-1].Text)] || adverb(toks[len(toks)-1].Text)) {
			toks = toks[:len(toks)-1]
			end = toks[len(toks)-1].Span.End
		}
		pi = len(toks) - 1
	}
	if w := strings.ToLower(stripPossessive(toks[pi].Text)); pronouns[w] {
		if !personalSubjectPronouns[w] && !personalObjectPronouns[w] {
			return speaker{}, false
		}
		if ei := d.resolvePronoun(toks[pi].Span.Start); ei >= 0 {
			return speaker{d.Entities[ei].Name, ei}, true
		}
		return speaker{}, false
	}
	inSeg := d.MentionsIn(start, end)
	// "a person close to the Clintons said", "said an aide to Mr.
	// Barlow": the source is the description, not the one it is tied
	// to.
	if len(inSeg) > 0 {
		m := inSeg[0].Span
		if nearEnd {
			m = inSeg[len(inSeg)-1].Span
		}
		if sp, span, ok := d.describedSource(start, m, end); ok {
			if nearEnd && !d.subjectNextTo(span.End, end) {
				return speaker{}, false
			}
			return sp, true
		}
	}
	// After the cue the speaker's phrase runs to a word that opens
	// something else ("said Cruz constituent Dan Golvach when asked",
	// "said Clinton ally James Carville in a statement"); its person is
	// the last one named in it, the others only qualify it.
	phraseEnd := end
	if !nearEnd {
		for k, t := range toks {
			if w := strings.ToLower(t.Text); k > 0 && (headPrepositions[w] || relativeToken(t.Text) || subordinators[w] || calendarWord[w] || cueWords[w]) {
				phraseEnd = t.Span.Start
				break
			}
		}
	}
	bestEnt := -1
	for _, m := range inSeg {
		if d.Entities[m.Entity].Kind == KindPerson && (nearEnd || m.End <= phraseEnd) {
			bestEnt = m.Entity
		}
	}
	if !nearEnd && bestEnt < 0 && !d.headBefore(toks, phraseEnd) {
		for _, m := range inSeg {
			if d.Entities[m.Entity].Kind == KindPerson {
				bestEnt = m.Entity
				break
			}
		}
	}
	if bestEnt >= 0 {
		// Before the cue the person is its subject only when nothing
		// but a phrase of time or place stands between them ("Sanders
		// on Tuesday said"): in "the way the Clinton operation
		// disparaged women who complained" the cue has another subject.
		last := lastMention(inSeg, bestEnt)
		// "Radio Free Afghanistan described", "the Federal Agency for
		// Air Transport said": a person guessed from capitals may be
		// a piece of a longer name (speaker_fragment.go).
		whole, cut := d.wholeGuessedName(bestEnt, last, start, end)
		if cut {
			last = whole
		}
		if nearEnd && !d.subjectNextTo(last.End, end) {
			return speaker{}, false
		}
		// "The winner of 20 Grand Slams admitted", "the wife of John
		// Smith said": a name a preposition ties to a common noun
		// before it only qualifies that noun, the subject's head.
		if nearEnd && d.tiedToNoun(start, last.Start) {
			return speaker{}, false
		}
		if cut {
			name := d.Text[whole.Start:whole.End]
			return speaker{name, d.entityNamed(name)}, true
		}
		return speaker{d.Entities[bestEnt].Name, bestEnt}, true
	}
	// Other entities (organisations, countries): the first of the
	// segment, the clause's subject, with the rest of its noun phrase
	// ("South Korean media", "residents of Vladivostok") or the list it
	// opens ("the UK, US, Japan, and South Korea").
	if nearEnd {
		inSeg = d.pastOwners(inSeg)
	} else if len(inSeg) > 0 && inSeg[0].Start >= phraseEnd && d.headBefore(toks, phraseEnd) {
		// "wrote one person on Sina Weibo", "said the engineer who
		// travelled to KL": after the cue a name past the phrase's
		// head, in a modifier a preposition or a relative opens, is
		// where or about whom, not who; the head before it names the
		// speaker, or nobody does (speaker_modifier_name.go).
		inSeg = nil
		toks = cutTokens(toks, phraseEnd)
	}
	var p Span
	head := headAtName
	if len(inSeg) > 0 {
		p = d.nameRun(d.phraseAround(inSeg[0].Span, start, end, nearEnd), start, end)
		if nearEnd {
			head = d.headAfterModifier(start, p, end)
		}
	}
	if head == headBefore || head == headCommon {
		// "a statement on military TV said": the name is governed by a
		// preposition; the noun before it heads the subject and names
		// the speaker (the short phrase below), or nobody does.
		inSeg = nil
	}
	if len(inSeg) > 0 {
		// "Internet giant Amazon says", "Indonesia energy firm
		// Pertamina official report": the name modifies the noun after
		// it; the phrase up to the cue names the speaker by its head.
		if head == headLater {
			p = d.laterHead(p, end)
		}
		if e := d.listEnd(inSeg[0].Span, end); e > inSeg[0].End && p.End == inSeg[0].End {
			p.End = e
		}
		if sp, ok := d.phraseSpeaker(p.Start, p.End); ok {
			// A speaker named by the entity alone takes its full name.
			if sp.entity >= 0 && d.isMention(inSeg[:1], p.Start, p.End) {
				// A country speaks for its government only when
				// named: "Cuban" said is a person of that name, not
				// Cuba.
				if e := d.Entities[sp.entity]; e.Kind == KindPlace && e.Country != "" && !strings.Contains(" "+nameKey(d.Text[p.Start:p.End])+" ", " "+nameKey(e.Name)+" ") && !allCaps(d.Text[p.Start:p.End]) {
					return speaker{}, false
				}
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
		// A phrase governed by a preposition modifies the noun before
		// it, the subject's head: "attorneys for the department said"
		// are attorneys, and in "Banners in the main square outside
		// parliament read" the square is where, not who.
		if i0 := len(toks) - len(words); i0 > 1 && len(words) > 0 && strings.TrimSpace(d.Text[toks[i0-2].Span.End:toks[i0].Span.Start]) == toks[i0-1].Text {
			w, head := toks[i0-1].Text, toks[i0-2].Text
			if w == strings.ToLower(w) && (headPrepositions[w] || phraseOpeners[w]) && !IsStopword(strings.ToLower(head)) && !cueAuxiliaries[strings.ToLower(head)] && len(words) <= 4 {
				words = append([]string{head, w}, words...)
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
		if len(words) > 0 && (!determiners[strings.ToLower(words[0])] && !isCapitalised(words[0]) || complementizers[strings.ToLower(words[0])]) || len(words) > 0 && calendarWord[strings.ToLower(words[len(words)-1])] {
			return speaker{}, false
		}
	}
	// "citing port officials" names the source's source; "the response
	// who" is a clause, not a speaker.
	if len(words) > 1 && citingCues[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 || relativeToken(words[len(words)-1]) || IsStopword(strings.ToLower(words[len(words)-1])) {
		return speaker{}, false
	}
	return speaker{strings.Join(words, " "), -1}, true
}

// tiedToNoun reports whether the name starting at nameStart, in the
// phrase from start, is governed by a preposition after a lower-case
// noun, past only numbers and lower-case modifiers ("winner of 20
// Grand Slams", "wife of John Smith", "a friend in Paris"), so that
// the noun, not the name, heads the phrase. The noun's phrase must open
// the subject, in at most four words.
func (d *Index) tiedToNoun(start, nameStart int) bool {
	if nameStart <= start {
		return false
	}
	before := Tokenize(d.Text[start:nameStart], start)
	k := len(before) - 1
	for k >= 0 && (d.nounWord(before[k].Text) || isNumberToken(before[k].Text) || determiners[strings.ToLower(before[k].Text)]) {
		k--
	}
	if k < 1 || k > 4 || !headPrepositions[before[k].Text] || !d.nounWord(before[k-1].Text) {
		return false
	}
	// The noun opens the subject: only a determiner and modifiers
	// before it ("The winner of", not "because House Speaker …", a
	// clause).
	for _, t := range before[:k-1] {
		if !determiners[strings.ToLower(t.Text)] && !d.nounWord(t.Text) && !isNumberToken(t.Text) {
			return false
		}
	}
	// Nothing but spaces between the words: a dash or a comma closes
	// the phrase ("except for the missing cross - Adel Nefzi said").
	for j := k; j < len(before); j++ {
		if strings.TrimSpace(d.Text[before[j-1].Span.End:before[j].Span.Start]) != "" {
			return false
		}
	}
	if strings.TrimSpace(d.Text[before[len(before)-1].Span.End:nameStart]) != "" {
		return false
	}
	// "a statement from the minister", "a letter by Smith" name who
	// issued the words; "of" does so only after a thing, not after a
	// person ("the winner of").
	head := strings.ToLower(before[k-1].Text)
	return !makerPrepositions[before[k].Text] || personRoleNouns[head] || agentNoun(head)
}

// lastMention returns the span of the last mention of entity ei in ms,
// {-1, -1} when there is none.
func lastMention(ms []MentionRef, ei int) Span {
	last := Span{Start: -1, End: -1}
	for _, m := range ms {
		if m.Entity == ei {
			last = m.Span
		}
	}
	return last
}

// subjectNextTo reports whether a name ending at from can be the subject
// of a cue at end: between them at most a bracket ("(R-Ohio)") and
// phrases of time or place opened by a preposition ("at a rally in
// Iowa on Tuesday"), no other verb, clause or punctuation.
func (d *Index) subjectNextTo(from, end int) bool {
	if from < 0 || from > end {
		return false
	}
	gap := d.Text[from:end]
	for {
		i := strings.IndexByte(gap, '(')
		j := strings.IndexByte(gap, ')')
		if i < 0 || j < i {
			break
		}
		gap = gap[:i] + " " + gap[j+1:]
	}
	if strings.ContainsAny(gap, ",;:—–\"“”()") {
		return false
	}
	toks := Tokenize(gap, 0)
	if len(toks) == 0 {
		return true
	}
	if !headPrepositions[strings.ToLower(toks[0].Text)] && !calendarWord[strings.ToLower(toks[0].Text)] {
		return false
	}
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if relativeWord[w] || subordinators[w] || cueWords[w] || finiteWords[w] || subjectPronouns[w] || clauseConjunctions[w] || additiveConjunctions[w] {
			return false
		}
	}
	return true
}

// placeRest reports whether a piece set off by commas after an opening
// phrase is the rest of a place's name ("OH", "Iowa" in "In Des Moines,
// Iowa,"): one or two capitalised words.
func placeRest(toks []Token) bool {
	if len(toks) > 2 {
		return false
	}
	for _, t := range toks {
		if !isCapitalised(t.Text) {
			return false
		}
	}
	return true
}

// participleClause reports whether the piece of a sentence made of toks
// is a clause of a participle and its preposition, with a subordinator
// or none ("When reached by CNN late Saturday", "Speaking to reporters
// on Monday", "Asked about the plan"): before the subject it has none of
// its own, and the agent it names ("CNN") is not the one who speaks. A
// participle before a noun ("Retired teacher Jo Hart") is the name's.
func (d *Index) participleClause(toks []Token) bool {
	k := 0
	if len(toks) > 0 && subordinators[strings.ToLower(toks[0].Text)] {
		k = 1
	}
	if len(toks) < k+2 || !d.participial(toks[k]) {
		return false
	}
	w := toks[k+1].Text
	return w == strings.ToLower(w) && (headPrepositions[w] || infinitiveMarkers[w] || topicPrepositions[w])
}

// capitalisedAfter returns where the run of at most two capitalised
// words at text[from:end] ends ("Interior" of "Kenya’s Interior
// ministry"), from when none opens it.
func capitalisedAfter(text string, from, end int) int {
	ext := from
	for i, t := range Tokenize(text[from:end], from) {
		if i == 2 || !isCapitalised(t.Text) || strings.TrimSpace(text[ext:t.Span.Start]) != "" {
			break
		}
		ext = t.Span.End
	}
	return ext
}

// namePiece reports whether the piece text[from:to] that gave sp is a
// proper name with at most a title before it ("Mr Zuma", "Gov. Kasich"),
// not a description a determiner or a common noun opens ("The harbour
// master"): a name set off before an aside is the subject, whatever
// names the aside holds.
func (d *Index) namePiece(from, to int, sp speaker) bool {
	if sp.entity < 0 || sp.entity >= len(d.Entities) || d.Entities[sp.entity].Descriptive {
		return false
	}
	toks := Tokenize(d.Text[from:to], from)
	k := 0
	for k < len(toks)-1 && titleWords[strings.ToLower(strings.TrimSuffix(toks[k].Text, "."))] {
		k++
	}
	if k == len(toks) || !isCapitalised(toks[k].Text) || phraseDeterminers[strings.ToLower(toks[k].Text)] || determinerLike[strings.ToLower(toks[k].Text)] {
		return false
	}
	for _, m := range d.MentionsIn(from, to) {
		return m.Entity == sp.entity && m.Start == toks[k].Span.Start && m.End == toks[len(toks)-1].Span.End
	}
	return false
}
