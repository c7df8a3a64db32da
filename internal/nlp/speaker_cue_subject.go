package nlp

import (
	"sort"
	"strings"
)

// Who said it is the subject of the cue: "…,” Jo Hart said", "said Jo
// Hart", "Hart, the mayor, told reporters", "according to Hart". A name
// elsewhere in the quote's sentence is someone the sentence talks about:
// the object of a preposition ("acquaintances of the former player
// said"), a person in what was said ("…,” the club said, adding that
// Ronaldo had asked …"), the subject of another clause ("Khan was due
// to face the vote, but Suri disallowed it, saying …"). When the
// sentence names the speaker only there, the speaker was not read from
// the attribution and is not asserted.

// Cue-subject readings (SpeakerEvidence.CueSubject).
const (
	CueSubjectYes = "yes" // the speaker is named as its cue's subject
	CueSubjectNo  = "no"  // named in the sentence, never as its cue's subject
)

// wordAt is a word of a quote's sentence outside the quoted words.
type wordAt struct {
	Token
	lower string
	piece int // which piece outside the quote holds it
}

// cueSubject tells whether the pieces outside of q's sentence name q's
// speaker as the subject of its cue: CueSubjectYes, CueSubjectNo, or ""
// when the sentence holds no cue or does not name the speaker.
func (d *Index) cueSubject(q Quote, outside []Span) string {
	cue := strings.Fields(strings.ToLower(q.Cue))
	words := d.wordsOutside(outside)
	cues := cuesIn(words, cue)
	if len(cues) == 0 {
		return ""
	}
	names := d.speakerNamings(q, words)
	// "…,” the club said, adding that Ronaldo had asked to be
	// transferred": named only in what was said, the speaker is what
	// the words are about.
	if len(names) == 0 {
		if f := strings.Fields(q.Speaker); len(f) > 0 && containsWord(q.Text, f[len(f)-1]) {
			return CueSubjectNo
		}
		return ""
	}
	for _, c := range cues {
		for _, n := range names {
			if d.subjectOf(words, n, c, len(cue), q) {
				return CueSubjectYes
			}
		}
	}
	// "Weiner admitted that …, he claimed": a pronoun is the cue's
	// subject and stands for the name before it. A pronoun before the
	// only naming ("…,” it added, blaming him for the attacks on the
	// Embassy") does not stand for it.
	for _, c := range cues {
		if p := pronounSubject(words, c, len(cue)); p >= 0 && names[0][0] < p {
			return ""
		}
	}
	return CueSubjectNo
}

// pronounSubject returns the index of the subject pronoun right before
// the cue at words[c] ("he said", "he has since said") or right after
// it ("said he"), or -1.
func pronounSubject(words []wordAt, c, cueLen int) int {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		if speakerPronouns[words[k].lower] {
			return k
		}
		if !cueAuxiliaries[words[k].lower] && !adverb(words[k].lower) && !subordinators[words[k].lower] {
			break
		}
	}
	if k := c + cueLen; k < len(words) && speakerPronouns[words[k].lower] {
		return k
	}
	return -1
}

// otherCueSubject returns the name of a person or an organisation other
// than q's speaker that q's sentence names as the subject of q's cue
// ("…,” Ayaz Sadiq announced", the speaker carried over from earlier),
// or "".
func (d *Index) otherCueSubject(q Quote, outside []Span) string {
	cue := strings.Fields(strings.ToLower(q.Cue))
	words := d.wordsOutside(outside)
	cues := cuesIn(words, cue)
	if len(cues) == 0 {
		return ""
	}
	for _, r := range outside {
		for _, m := range d.MentionsIn(r.Start, r.End) {
			e := d.Entities[m.Entity]
			if m.Entity == q.SpeakerEntity || d.inQuote(m.Start) || e.Kind != KindPerson && e.Kind != KindOrg {
				continue
			}
			other := Quote{Text: q.Text, Speaker: e.Name, SpeakerEntity: m.Entity, Cue: q.Cue}
			for _, n := range d.speakerNamings(other, words) {
				if words[n[0]].Span.Start != m.Start {
					continue
				}
				for _, c := range cues {
					if d.subjectOf(words, n, c, len(cue), other) {
						return e.Name
					}
				}
			}
		}
	}
	return ""
}

// wordsOutside returns the words of the pieces outside a quote that no
// other quote holds.
func (d *Index) wordsOutside(outside []Span) []wordAt {
	var words []wordAt
	for p, r := range outside {
		for _, t := range Tokenize(d.Text[r.Start:r.End], r.Start) {
			if !d.inQuote(t.Span.Start) {
				words = append(words, wordAt{t, strings.ToLower(t.Text), p})
			}
		}
	}
	return words
}

// cuesIn returns where the words of cue start in words.
func cuesIn(words []wordAt, cue []string) []int {
	var out []int
	for i := range words {
		if len(cue) > 0 && i+len(cue) <= len(words) && matchesAt(words, i, cue) {
			out = append(out, i)
		}
	}
	return out
}

// matchesAt reports whether words[i:] start with the words cue.
func matchesAt(words []wordAt, i int, cue []string) bool {
	for k, w := range cue {
		if words[i+k].lower != w || words[i+k].piece != words[i].piece {
			return false
		}
	}
	return true
}

// speakerNamings returns the runs [first, last] of words that name q's
// speaker: its whole name or description as written, a mention of its
// entity, or the last word of its name.
func (d *Index) speakerNamings(q Quote, words []wordAt) [][2]int {
	target := strings.Fields(strings.ToLower(q.Speaker))
	for i := range target {
		target[i] = strings.Trim(target[i], ",.;:")
	}
	last := ""
	if len(target) > 0 {
		last = stripPossessive(target[len(target)-1])
	}
	var out [][2]int
	for i := 0; i < len(words); i++ {
		w := words[i]
		if q.SpeakerEntity >= 0 {
			if m, ok := d.mentionAt(w.Span.Start); ok && m.Entity == q.SpeakerEntity {
				j := i
				for j+1 < len(words) && words[j+1].Span.Start < m.End {
					j++
				}
				out = append(out, [2]int{i, j})
				i = j
				continue
			}
		}
		if len(target) > 0 && i+len(target) <= len(words) && matchesWords(words, i, target) {
			out = append(out, [2]int{i, i + len(target) - 1})
			i += len(target) - 1
			continue
		}
		if last != "" && stripPossessive(w.lower) == last {
			out = append(out, [2]int{i, i})
		}
	}
	return out
}

// mentionAt returns the mention that starts at off.
func (d *Index) mentionAt(off int) (MentionRef, bool) {
	idx := d.mentionIndex()
	i := sort.Search(len(idx), func(i int) bool { return idx[i].Start >= off })
	if i < len(idx) && idx[i].Start == off {
		return idx[i], true
	}
	return MentionRef{}, false
}

// matchesWords is matchesAt over possessive endings ("Hart's").
func matchesWords(words []wordAt, i int, target []string) bool {
	for k, w := range target {
		if stripPossessive(words[i+k].lower) != stripPossessive(w) {
			return false
		}
	}
	return true
}

// subjectOf reports whether the naming n stands as the subject of the
// cue of n words at words[c]: before it with nothing but auxiliaries,
// adverbs, a phrase of the name's own or an aside set off by commas
// between ("Hart of the union, 54, later said"), and no preposition
// governing it; or right after it ("said Jo Hart", "according to the
// minister, Jo Hart").
func (d *Index) subjectOf(words []wordAt, n [2]int, c, cueLen int, q Quote) bool {
	switch {
	case n[1] < c:
		// "with the leader saying …": an absolute phrase, whose
		// noun phrase is the participle's subject.
		if d.governed(words, n[0]) && !(n[1]+1 == c && participleCues[words[c].lower] && absolutePrepositions[words[n[0]-1].lower]) {
			return false
		}
		// "A spokesman condemned the attack and said …": the cue is
		// the second verb of its subject's predicate, a participle's
		// like.
		shared := participleCues[words[c].lower] || c > n[1]+1 && coordinator[words[c-1].lower]
		return d.subjectGap(words, n[1]+1, c, q, shared)
	case n[0] >= c+cueLen:
		// "told news agency AFP": after a cue that names whom it
		// was said to, the name is the listener.
		if listenerCues[words[c].lower] {
			return false
		}
		gap := words[c+cueLen : n[0]]
		if len(gap) > 8 {
			return false
		}
		at := words[c+cueLen-1].Span.End
		for _, w := range gap {
			// A pronoun or a participle opens a phrase of its own
			// ("it added, blaming him for the attack on the
			// Embassy"): the name after it is no subject.
			if (d.clauseBreak(at, w) && !coordinator[w.lower]) || pronouns[w.lower] || participle(w) {
				return false
			}
			at = w.Span.End
		}
		return !strings.ContainsAny(d.Text[at:words[n[0]].Span.Start], ";:")
	}
	return false
}

// governed reports whether a preposition or a participle governs the
// noun phrase that holds words[i] ("acquaintances of the former
// player", "reached by CNN", "a superdelegate supporting Clinton"): the
// phrase is its object, not a subject. Only determiners and
// possessives may stand between ("Secretary of State Mike Pompeo": a
// title's preposition).
func (d *Index) governed(words []wordAt, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.ContainsAny(d.Text[words[k].Span.End:words[k+1].Span.Start], ",;:()—–") {
			return false
		}
		switch w := words[k]; {
		// "a superdelegate supporting Clinton", "for not supporting
		// Cruz": the object of a participle.
		case objectPrepositions[w.lower] || participle(w):
			return true
		case determiners[w.lower] || possessiveEnding(w.Text) != "":
			continue
		}
		return false
	}
	return false
}

// subjectGap reports whether words[from:to], between a naming and its
// cue, leave the naming the cue's subject. A participle ("…, saying")
// takes the subject of the clause it hangs off, so its gap may hold
// that clause's predicate, but no contrasting clause with a subject of
// its own ("Khan was due to face the vote, but Suri disallowed it,
// saying …").
func (d *Index) subjectGap(words []wordAt, from, to int, q Quote, participle bool) bool {
	if from == to {
		return !strings.ContainsAny(d.Text[words[from-1].Span.End:words[to].Span.Start], ";:")
	}
	at := words[from-1].Span.End
	var gap []wordAt
	for _, w := range words[from:to] {
		// Words in parentheses ("Rep. Lofgren (D-Calif.)") are an aside.
		if strings.Count(d.Text[at:w.Span.Start], "(") <= strings.Count(d.Text[at:w.Span.Start], ")") {
			gap = append(gap, w)
		}
	}
	if participle {
		// "Aidala quoted him as saying": the participle's subject is
		// the verb's object.
		if k := len(gap) - 1; k > 0 && quotedAsWords[gap[k].lower] && (personalObjectPronouns[gap[k-1].lower] || d.otherSpeaker(gap[k-1], q)) {
			return false
		}
		// The new clause's subject opens it: "but Deputy Speaker Qasim
		// Suri disallowed …", not "but gradually turned against Trump".
		opens := false
		for _, w := range gap {
			switch {
			case strings.Contains(d.Text[at:w.Span.Start], ";") || contrastCoordinators[w.lower]:
				opens = true
			case opens && d.otherSpeaker(w, q):
				return false
			case opens && !isCapitalised(w.Text) && !determiners[w.lower]:
				opens = false
			}
			at = w.Span.End
		}
		return true
	}
	if len(gap) == 0 {
		return true
	}
	// A relative clause on the name ("Hart, who chairs the board,
	// said", "a person who was not authorized to speak says"), or the
	// relative pronoun as the cue's own subject ("Tsipras, who
	// insisted …").
	if relativeSubjects[gap[0].lower] {
		return true
	}
	// A phrase of the name's own: "Lee Zeldin of New York, a Trump
	// supporter, said", "James Pethokoukis of the American Enterprise
	// Institute wrote".
	if headPrepositions[gap[0].lower] && !strings.Contains(d.Text[at:gap[0].Span.Start], ",") {
		k := 1
		for k < len(gap) && !strings.Contains(d.Text[gap[k-1].Span.End:gap[k].Span.Start], ",") {
			if d.clauseBreak(gap[k-1].Span.End, gap[k]) {
				return false
			}
			k++
		}
		// The phrase runs into the verb; a comma before the verb
		// closes an aside the name stands in ("McGowan, who had
		// accused Weinstein of rape, wrote").
		if k == len(gap) {
			return k <= 7 && !strings.ContainsAny(d.Text[gap[k-1].Span.End:words[to].Span.Start], ",;:")
		}
		at, gap = gap[k-1].Span.End, gap[k:]
	}
	// An aside set off by commas right after the name ("Hart, 54,",
	// "Hart, the group's chief strategist,"): what follows its last
	// comma is the rest of the gap.
	if strings.Contains(d.Text[at:gap[0].Span.Start], ",") {
		k := len(gap) - 1
		next := func(k int) int {
			if k+1 < len(gap) {
				return gap[k+1].Span.Start
			}
			return words[to].Span.Start
		}
		for k >= 0 && !strings.Contains(d.Text[gap[k].Span.End:next(k)], ",") {
			k--
		}
		// With no comma to close it, the comma closed an aside before
		// the name ("the firm's president, Greg Brockman, also
		// announced").
		if k >= 0 {
			at, gap = gap[k].Span.End, gap[k+1:]
			if len(gap) == 0 {
				return !strings.ContainsAny(d.Text[at:words[to].Span.Start], ";:")
			}
		}
	}
	if len(gap) > 5 {
		return false
	}
	names := true // coordinated names: "Hart and Lee said"
	for _, w := range gap {
		if !isCapitalised(w.Text) && !coordinator[w.lower] {
			names = false
		}
	}
	if names {
		return !strings.ContainsAny(d.Text[at:words[to].Span.Start], ";:")
	}
	for i, w := range gap {
		// A subordinator right before the verb is its adverb: "Hart
		// once said", "has since said". A pronoun is a subject of its
		// own ("In a statement outside Downing Street, she told").
		if (d.clauseBreak(at, w) && !(i == len(gap)-1 && subordinators[w.lower])) || d.otherSpeaker(w, q) || speakerPronouns[w.lower] {
			return false
		}
		at = w.Span.End
	}
	return !strings.ContainsAny(d.Text[at:words[to].Span.Start], ",;:")
}

// clauseBreak reports whether the word w, the text before it from at,
// opens another clause: after a semicolon or a colon, or a coordinator,
// a complementizer or a subordinator.
func (d *Index) clauseBreak(at int, w wordAt) bool {
	return strings.ContainsAny(d.Text[at:w.Span.Start], ";:") || coordinator[w.lower] || complementizers[w.lower] || subordinators[w.lower] || relativeWord[w.lower] && !relativeSubjects[w.lower]
}

// otherSpeaker reports whether w names a person or an organisation
// other than q's speaker.
func (d *Index) otherSpeaker(w wordAt, q Quote) bool {
	ei := d.EntityAt(w.Span.Start)
	if ei < 0 || ei == q.SpeakerEntity {
		return false
	}
	k := d.Entities[ei].Kind
	return (k == KindPerson || k == KindOrg) && !containsWord(q.Speaker, w.Text)
}

// participle reports whether w is a lower-case present participle ("blaming",
// "adding"), which opens a participle phrase.
func participle(w wordAt) bool {
	return w.Text == w.lower && len(w.lower) > 5 && participleSuffixes.SuffixOf(w.lower)
}
