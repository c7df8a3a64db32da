package nlp

import "strings"

// A "he" or "she" next to a cue stands for the most salient person of the
// sentences before it, in the manner of Lappin and Leass (1994, "An
// algorithm for pronominal anaphora resolution", Computational
// Linguistics 20(4)): each mention of a person adds a weight for its
// recency, halved with each sentence back, and for its grammatical role —
// a clause's subject or a cue's speaker weighs most, an object less, a
// name inside a prepositional phrase least. Two filters come first: the
// antecedent must be a person by the text's own evidence (a title, a role,
// a cue it speaks by), never a product or a place an unknown name was
// taken for ("AMD Opteron"), and it must agree with the pronoun's gender
// where the text tells it ("Mr.", "spokeswoman"). No such person: no
// antecedent, and the quote stays unnamed rather than given to a thing.

// Weights of a mention by its role, after Lappin and Leass's factors
// (subject 80, direct object 50, non-adverbial 50) and sentence recency
// (100, halved a sentence back).
const (
	recencyWeight = 100
	subjectWeight = 130 // subject emphasis and non-adverbial
	objectWeight  = 50  // non-adverbial
	pronounWindow = 3   // sentences before the pronoun's own
)

type gender int

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// pronounGender is the gender of the pronoun word w.
func pronounGender(w string) gender {
	switch w = strings.ToLower(w); {
	case malePronouns[w]:
		return genderMale
	case femalePronouns[w]:
		return genderFemale
	}
	return genderUnknown
}

// mentionRole is the grammatical role of a mention, as far as the words
// around it tell.
type mentionRole int

const (
	roleOblique mentionRole = iota // inside a prepositional phrase, a possessive
	roleObject
	roleSubject
)

// resolvePronoun returns the person the "he" or "she" at off stands for,
// or -1 when no person of the sentences before fits.
func (d *Index) resolvePronoun(off int) int {
	if ei, ok := d.antecedents[off]; ok {
		return ei
	}
	if d.antecedents == nil {
		d.antecedents = map[int]int{}
	}
	// Marked unresolved first, so that a chain that comes back to off
	// (it cannot: pronouns are looked for before off only) ends.
	d.antecedents[off] = -1
	ei := d.antecedent(off)
	d.antecedents[off] = ei
	return ei
}

// antecedent is resolvePronoun's search.
func (d *Index) antecedent(off int) int {
	si := d.SentenceAt(off)
	if si < 0 {
		return -1
	}
	toks := Tokenize(d.Text[off:min(len(d.Text), off+8)], off)
	if len(toks) == 0 {
		return -1
	}
	want := pronounGender(toks[0].Text)
	if ei := d.interruptedSubject(si, off, want); ei >= 0 {
		return ei
	}
	// An object pronoun never stands for its own clause's subject
	// (binding theory's Principle B: in "People quoted him" he is not
	// People).
	object := personalObjectPronouns[strings.ToLower(toks[0].Text)]
	ownClause := clauseStart(d.Text, d.Sentences[si].Start, off)
	score := map[int]int{}
	last := map[int]int{}
	// subjects are the subjects and speakers of the narration before
	// the pronoun, persons or "he"/"she" no person was found for (-1),
	// in the order of the text.
	var subjects []MentionRef
	closing := d.closingPronoun(si, off)
	for k := si; k >= 0 && k >= si-pronounWindow; k-- {
		s := d.Sentences[k]
		end := s.End
		if k == si {
			end = off
			if closing {
				continue // pronoun_binding.go
			}
		}
		recency := recencyWeight >> (si - k)
		best := map[int]int{}
		for _, m := range d.personMentionsIn(s.Start, end) {
			if d.inQuote(m.Start) || object && k == si && m.Start >= ownClause {
				continue
			}
			if m.Entity >= 0 && d.Entities[m.Entity].Kind != KindPerson {
				// A name with a person's title before it ("Ms.
				// Shanklin-Hawkins said", its kind not known) is
				// someone else the pronoun may stand for.
				if w := d.personWordBefore(m.Span); titleWords[w] && d.roleOf(s.Start, m.Span) == roleSubject {
					subjects = append(subjects, m)
				}
				continue
			}
			role := d.roleOf(s.Start, m.Span)
			// A "he" already resolved stands for one of the persons
			// scored, and a description ("the Florida senator") is most
			// often the named one again: neither is another subject.
			pronoun := personalSubjectPronouns[strings.ToLower(d.Text[m.Start:m.End])]
			if role == roleSubject && (m.Entity < 0 || !pronoun && !d.Entities[m.Entity].Descriptive) {
				subjects = append(subjects, m)
			}
			if m.Entity < 0 {
				continue
			}
			w := recency
			switch role {
			case roleSubject:
				w += subjectWeight
			case roleObject:
				w += objectWeight
			}
			best[m.Entity] = max(best[m.Entity], w)
			last[m.Entity] = max(last[m.Entity], m.Start)
		}
		// The strongest recent mention counts, not their sum: a person
		// named in every paragraph does not outweigh the subject of
		// the sentence before (Hobbs's preference for the nearest).
		for ei, w := range best {
			score[ei] = max(score[ei], w)
		}
	}
	// A person known only by a role ("the spokeswoman") is the
	// antecedent only when no named person fits.
	found := -1
	for _, roleOnly := range []bool{false, true} {
		if found >= 0 {
			break
		}
		for ei, w := range score {
			if d.Entities[ei].Descriptive != roleOnly || !d.personEvident(ei) {
				continue
			}
			// A name two people of different sex share ("Clinton"
			// for Bill and Hillary) agrees with no "he" or "she".
			if !d.genderAgrees(ei, last[ei], want) {
				continue
			}
			if found < 0 || w > score[found] || w == score[found] && last[ei] > last[found] {
				found = ei
			}
		}
	}
	if found >= 0 && d.subjectBetween(subjects, found, last[found], want) {
		return -1
	}
	return found
}

// genderAgrees reports whether entity ei, last mentioned at lastAt, may
// be the "he" or "she" of gender want: its gender is not the other one. A
// name two people of different sex share ("Clinton" for Bill and
// Hillary, "Mr. Trump" merged with Ivana Trump) agrees only when its
// latest mention carries a title of the pronoun's gender ("Mrs. Clinton
// said. Then she added") and its full name's given name is of that
// gender too (else the name shown would be the other person's).
func (d *Index) genderAgrees(ei, lastAt int, want gender) bool {
	if want == genderUnknown {
		return true
	}
	male, female := d.genderEvidence(ei)
	if !male || !female {
		return !(want == genderMale && female || want == genderFemale && male)
	}
	if givenName(d.Entities[ei].Name) != want {
		return false
	}
	w := d.personWordBefore(Span{Start: lastAt, End: lastAt})
	return want == genderMale && maleWords[w] || want == genderFemale && femaleWords[w]
}

// subjectBetween reports whether someone else is the subject or speaker
// of the narration after the antecedent ant was last mentioned (at
// lastAt) and before the pronoun: a person who may be of the pronoun's
// gender, or a "he"/"she" of that gender no person was found for. Then
// the pronoun may stand for either, and the quote is left unnamed rather
// than given to the wrong one ("Alixandria Lapp, executive director of
// the PAC, said …. “…,” she said" after a sentence on Ann Kirkpatrick,
// when Lapp's sex is not known).
func (d *Index) subjectBetween(subjects []MentionRef, ant, lastAt int, want gender) bool {
	for _, m := range subjects {
		if m.Start <= lastAt || m.Entity == ant {
			continue
		}
		if m.Entity < 0 {
			if pronounGender(d.Text[m.Start:m.End]) == want {
				return true
			}
			continue
		}
		if g := d.genderOf(m.Entity); want == genderUnknown || g == genderUnknown || g == want {
			return true
		}
	}
	return false
}

// personMentionsIn returns the entity mentions in [start, end) and, in
// their place, the "he" and "she" of the narration there with the person
// each stands for (-1: none found): a person spoken of as "he" in the
// sentence before is as salient as one named there (Lappin and Leass count a pronoun as a
// mention of its antecedent's class). A pronoun is resolved from the
// sentences before it only, so the chain ends.
func (d *Index) personMentionsIn(start, end int) []MentionRef {
	ms := d.MentionsIn(start, end)
	var out []MentionRef
	for _, t := range Tokenize(d.Text[start:end], start) {
		for len(ms) > 0 && ms[0].Start < t.Span.Start {
			out = append(out, ms[0])
			ms = ms[1:]
		}
		w := strings.ToLower(t.Text)
		if !personalSubjectPronouns[w] || pronounGender(w) == genderUnknown || d.inQuote(t.Span.Start) {
			continue
		}
		out = append(out, MentionRef{t.Span, d.resolvePronoun(t.Span.Start)})
	}
	return append(out, ms...)
}

// roleOf tells the role of mention m of the sentence starting at
// sentStart: its subject when only titles, role nouns, determiners and an
// adverbial piece stand before it in its clause, or when a cue is next to
// it ("Feldman said", "said Feldman"); inside a prepositional phrase or
// a possessive ("thanking Roy Williams", "over the head of Reggie
// Williams", "Palin's church") it weighs least.
func (d *Index) roleOf(sentStart int, m Span) mentionRole {
	if possessiveAt(d.Text[m.End:]) != "" {
		return roleOblique
	}
	// "According to X" and a cue next to a name make it the speaker of
	// its sentence.
	if d.cueNextTo(m) || d.afterQuoteClose(sentStart, m.Start) || sourcePhrases.SuffixOf(strings.ToLower(strings.TrimRight(d.Text[max(sentStart, m.Start-14):m.Start], " "))) {
		return roleSubject
	}
	start := clauseStart(d.Text, sentStart, m.Start)
	start += LabelEnd(d.Text[start:m.Start])
	// "Then there's Axelrod.": the name presented is the new topic,
	// Lappin and Leass's existential emphasis.
	if endsWithWords(strings.ToLower(strings.TrimRight(d.Text[max(start, m.Start-12):m.Start], " ")), existentialOpeners) {
		return roleSubject
	}
	before := Tokenize(d.Text[start:m.Start], start)
	// The words right before the name that describe it ("AMR Research
	// analyst", "Jaguars safety", "the") are part of its phrase.
	k := len(before)
	for k > 0 {
		w := before[k-1].Text
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if !isCapitalised(w) && !determiners[lw] && !personRoleNouns[lw] && !titleWords[lw] {
			break
		}
		k--
	}
	if k == 0 {
		return roleSubject
	}
	// "A clearly shocked Altman provided …": a participle between a
	// determiner and the name describes it, as an adjective would.
	if j := k; determiners[strings.ToLower(before[0].Text)] {
		for j > 1 && (adverb(before[j-1].Text) || pastForm(strings.ToLower(before[j-1].Text))) {
			j--
		}
		if j == 1 && j < k {
			return roleSubject
		}
	}
	lw := strings.ToLower(before[k-1].Text)
	// "The news service cited Myo Nyunt": whom a report quotes is the
	// speaker of what it passes on, as salient as a subject.
	if sourceObjectVerbs[lw] {
		return roleSubject
	}
	// "The death was confirmed by Brian Elias": the agent of a passive
	// verb of saying is the one who said it, the sentence's speaker.
	if agentPrepositions[lw] && k >= 3 && pastForm(strings.ToLower(before[k-2].Text)) && cueWords[strings.ToLower(before[k-2].Text)] && anyBeForms[strings.ToLower(before[k-3].Text)] {
		return roleSubject
	}
	if headPrepositions[lw] || phraseOpeners[lw] || d.participial(before[k-1]) {
		return roleOblique
	}
	// After an adverbial piece set off by a comma ("On Friday, Ford
	// said") the name opens the clause.
	if strings.TrimSpace(d.Text[before[k-1].Span.End:m.Start]) != "" && strings.HasPrefix(strings.TrimSpace(d.Text[before[k-1].Span.End:m.Start]), ",") && d.adverbialPiece(before[:k], false) {
		return roleSubject
	}
	return roleObject
}

// afterQuoteClose reports whether the name at off follows a quotation
// that ends with its comma ("“…,” Cecelia Purner, 67, a retiree,
// said"): the name opens the quotation's attribution, its speaker.
func (d *Index) afterQuoteClose(sentStart, off int) bool {
	before := strings.TrimRight(d.Text[sentStart:off], " ")
	for _, closing := range []string{",”", ",\"", ",''", ",’"} {
		if strings.HasSuffix(before, closing) {
			return true
		}
	}
	return false
}

// endsWithWords reports whether text ends with one of set's entries as
// whole words.
func endsWithWords(text string, set map[string]bool) bool {
	for e := range set {
		if rest, ok := strings.CutSuffix(text, e); ok && (rest == "" || !isLetterOrDigit(rest[len(rest)-1])) {
			return true
		}
	}
	return false
}

func isLetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// cueNextTo reports whether a cue of speech, or a verb only a person
// does ("spoke"), stands right after mention m (past auxiliaries and
// adverbs: "Feldman has said") or a cue right before it ("said Feldman",
// "said analyst Dana Stiffler").
func (d *Index) cueNextTo(m Span) bool {
	after := Tokenize(d.Text[m.End:min(len(d.Text), m.End+60)], m.End)
	for i, t := range after {
		lw := strings.ToLower(t.Text)
		// Only spaces, or the comma closing an aside ("Rebecca
		// Musser, said"), between the name and its verb.
		// A participle after the comma ("referring to Suu Kyi, adding
		// that …") opens a free adjunct, whose subject is its clause's,
		// not the name before it.
		if gap := strings.TrimSpace(d.Text[m.End:t.Span.Start]); i == 0 && gap != "" && !(gap == "," && cueWords[t.Text] && !participleCues[t.Text]) {
			break
		}
		if cueWords[t.Text] || personVerbs[t.Text] {
			return true
		}
		if !cueAuxiliaries[lw] && !adverb(lw) {
			break
		}
	}
	// After the cue the name ends the attribution ("said Feldman.",
	// "said Feldman, the chief"); in "said Dr. Benjamin has …" it is
	// the subject of what was said.
	if rest := strings.TrimLeft(d.Text[m.End:], " \t"); rest != "" && !strings.ContainsAny(rest[:1], ",.;:(\n") {
		return false
	}
	from := max(0, m.Start-60)
	before := Tokenize(d.Text[from:m.Start], from)
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i].Text
		if i < len(before)-1 && strings.TrimSpace(d.Text[before[i].Span.End:before[i+1].Span.Start]) != "" {
			return false
		}
		if cueWords[w] {
			return strings.TrimSpace(d.Text[before[i].Span.End:m.Start]) == "" || i < len(before)-1
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if !isCapitalised(w) && !personRoleNouns[lw] && !titleWords[lw] {
			return false
		}
	}
	return false
}

// personEvident reports whether the text gives evidence that entity ei is
// a person, beyond its look of a name: a kind known from the gazetteer or
// a title, a role it holds, a title or a role noun next to one of its
// mentions, or a cue it speaks by.
func (d *Index) personEvident(ei int) bool {
	e := d.Entities[ei]
	if !e.KindGuessed || len(e.Roles) > 0 || e.Descriptive || givenName(e.Name) != genderUnknown {
		return true
	}
	for _, m := range e.Mentions {
		if d.inQuote(m.Start) {
			continue
		}
		if d.personWordBefore(m) != "" || d.appositiveRole(m) || d.cueNextTo(m) {
			return true
		}
	}
	return false
}

// personWordBefore returns the title or role noun right before mention m
// ("Mr.", "coach", "analyst"), lower case without its full stop, or "".
func (d *Index) personWordBefore(m Span) string {
	from := max(0, m.Start-30)
	before := Tokenize(d.Text[from:m.Start], from)
	if len(before) == 0 || strings.TrimSpace(strings.Trim(d.Text[before[len(before)-1].Span.End:m.Start], ".")) != "" {
		return ""
	}
	lw := strings.ToLower(strings.TrimSuffix(before[len(before)-1].Text, "."))
	if titleWords[lw] || personRoleNouns[lw] || maleWords[lw] || femaleWords[lw] {
		return lw
	}
	return ""
}

// appositiveRole reports whether mention m is followed by an aside naming
// a person's role: "Andrew Feldman, SeaMicro CEO,", "Lois Scholz, a friend
// of LuAnn's".
func (d *Index) appositiveRole(m Span) bool {
	return d.appositiveWord(m, func(w string) bool { return personRoleNouns[w] }) != ""
}

// appositiveWord returns the first word of the aside after mention m
// (", …" up to the next comma or the sentence's end, six words at most)
// that ok accepts, or "".
func (d *Index) appositiveWord(m Span, ok func(string) bool) string {
	rest := d.Text[m.End:min(len(d.Text), m.End+80)]
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	rest = rest[1:]
	if k := strings.IndexAny(rest, ",.;:\n\"“”"); k >= 0 {
		rest = rest[:k]
	}
	toks := Tokenize(rest, 0)
	// The aside's noun phrase ends at a relative ("a former FBI special
	// agent who was then …").
	for k, t := range toks {
		if relativeWord[strings.ToLower(t.Text)] {
			toks = toks[:k]
			break
		}
	}
	if len(toks) > 6 {
		return ""
	}
	for _, t := range toks {
		if lw := strings.ToLower(t.Text); ok(lw) {
			return lw
		}
	}
	return ""
}

// genderOf tells entity ei's gender by the titles and nouns for people
// next to its mentions and in its roles; unknown when they disagree or
// say nothing.
func (d *Index) genderOf(ei int) gender {
	switch male, female := d.genderEvidence(ei); {
	case male && !female:
		return genderMale
	case female && !male:
		return genderFemale
	}
	return genderUnknown
}

// genderEvidence tells whether the titles, nouns for people and given
// names next to entity ei's mentions and in its roles say male, female,
// or both (a surname two people share).
func (d *Index) genderEvidence(ei int) (male, female bool) {
	note := func(w string) {
		male = male || maleWords[w]
		female = female || femaleWords[w]
	}
	e := d.Entities[ei]
	switch givenName(e.Name) {
	case genderMale:
		male = true
	case genderFemale:
		female = true
	}
	for _, r := range e.Roles {
		for _, w := range strings.FieldsFunc(r, func(c rune) bool { return c == ' ' || c == '|' }) {
			note(w)
		}
	}
	gendered := func(w string) bool { return maleWords[w] || femaleWords[w] }
	for _, m := range e.Mentions {
		if d.inQuote(m.Start) {
			continue
		}
		note(d.personWordBefore(m))
		note(d.appositiveWord(m, gendered))
	}
	return male, female
}

// givenName tells the gender of the given name that opens the full name
// name ("Hugh Jackman"), unknown when it opens with none or with a name
// given to both.
func givenName(name string) gender {
	words := strings.Fields(name)
	if len(words) < 2 {
		return genderUnknown
	}
	w := strings.ToLower(words[0])
	switch {
	case maleGiven[w] && !femaleGiven[w]:
		return genderMale
	case femaleGiven[w] && !maleGiven[w]:
		return genderFemale
	}
	return genderUnknown
}
