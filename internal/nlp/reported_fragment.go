package nlp

import (
	"strings"
	"unicode"
)

// What a frame reports must be a statement. The cuts that end it at the
// writer's clauses can leave a piece that is none: a subordinate clause
// without the main clause it leads to ("admitted that while she received
// that email, she did not read it"), a subject with only its
// non-restrictive relative aside ("revealed that the actor, who is black
// and gay …, had reported …"), or the frame of another cue cut before its
// verb ("Smollett said that the men"). Such a piece says something else
// than the source, so the frame is dropped rather than shown.

// fragmentContent reports whether rest, what a frame would report, is
// one of those pieces.
func fragmentContent(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 {
		return false
	}
	// "while she received that email": a subordinator opens it and no
	// comma leads on to a main clause.
	if subordinateOnly(rest) && !questionWords[strings.ToLower(toks[0].Text)] && !complementizers[strings.ToLower(toks[0].Text)] {
		return true
	}
	if subjectAsideOnly(rest) {
		return true
	}
	if closingAttributionOnly(toks, rest) {
		return true
	}
	return cutInnerFrame(toks)
}

// closingAttributionOnly reports whether rest is nothing but a closing
// attribution: a short subject headed by a name or a noun of those who
// speak and a verb of saying that ends the sentence ("… after police responded,
// another state news organisation said."). The cue before it ("responded")
// then reports no words: the sentence is the attribution's, whose own
// frame holds what was said.
func closingAttributionOnly(toks []Token, rest string) bool {
	n := len(toks)
	if n < 2 || n > 7 || strings.ContainsAny(rest, ",;:\"“”‘’") {
		return false
	}
	if last := toks[n-1].Text; !cueWords[last] || last != strings.ToLower(last) {
		return false
	}
	// The subject's head, right before the cue, names one who can
	// speak: a capitalised name or a speaker noun.
	if head := toks[n-2].Text; !isCapitalised(head) && !speakerNouns[head] {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if lw := strings.ToLower(t.Text); complementizers[lw] || finiteWords[lw] || cueWords[lw] {
			return false
		}
	}
	return true
}

// subjectAsideOnly reports whether rest is a noun phrase that a
// determiner opens and a comma's "who" or "which" clause closes, no verb
// of its own before that comma ("the actor, who is black and gay and
// portrays a gay character"): the journalist's aside on the subject of
// what was said, whose own predicate the cut left out.
func subjectAsideOnly(rest string) bool {
	k := -1
	for _, rel := range []string{", who ", ", which "} {
		if i := strings.Index(rest, rel); i > 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	head := Tokenize(rest[:k], 0)
	if len(head) == 0 || len(head) > 6 || !phraseDeterminers[strings.ToLower(head[0].Text)] && !determinerLike[strings.ToLower(head[0].Text)] {
		return false
	}
	if hasFiniteVerb(head, len(head)) {
		return false
	}
	// The aside must run to the end: a second comma after it may lead
	// back to the predicate ("the actor, who is black, had reported").
	return !strings.Contains(rest[k+2:], ",")
}

// cutInnerFrame reports whether toks end in another cue's "that" and a
// subject with no verb after it ("Smollett said that the men"): a
// frame cut off before what it reports.
func cutInnerFrame(toks []Token) bool {
	for k := len(toks) - 2; k > 0; k-- {
		if !complementizers[strings.ToLower(toks[k].Text)] || !cueWords[toks[k-1].Text] {
			continue
		}
		tail := toks[k+1:]
		return len(tail) < 5 && !hasFiniteVerb(append([]Token{toks[k]}, tail...), len(tail))
	}
	return false
}

// otherSourceStart returns where rest goes on with an absolute "with"
// phrase whose subject is another source and whose verb is a participle
// of saying (", with the International Tennis Federation (ITF)
// confirming that …"): the writer adds that source's word, which is not
// the frame's speaker's. -1 when there is none.
func otherSourceStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k < len(toks); k++ {
		gap := rest[toks[k-1].Span.End:toks[k].Span.Start]
		if !absolutePrepositions[strings.ToLower(toks[k].Text)] || strings.TrimSpace(gap) != "," {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+10; j++ {
			if indirectCues[toks[j].Text] && participleSuffixes.SuffixOf(toks[j].Text) {
				return toks[k-1].Span.End + strings.IndexByte(gap, ',')
			}
		}
	}
	return -1
}

// dropLeadingAside removes a bracketed aside that opens rest and the
// comma after it ("(via The Post), “Nothing is further …”"): the
// writer's sourcing of the saying, no part of what was said.
func dropLeadingAside(rest string) string {
	if !strings.HasPrefix(rest, "(") {
		return rest
	}
	k := strings.IndexByte(rest, ')')
	if k < 0 {
		return rest
	}
	return strings.TrimLeft(rest[k+1:], " ,")
}

// firstActConjunct returns the words of rest before an "and" that opens
// a second verb phrase of the speaker's in the past tense ("a state of
// emergency and ordered troops deployed"): the object of an act cue ends
// there, and the second act is no saying.
func firstActConjunct(rest string) string {
	toks := Tokenize(rest, 0)
	for k := 1; k+1 < len(toks); k++ {
		if !additiveConjunctions[strings.ToLower(toks[k].Text)] {
			continue
		}
		next := toks[k+1].Text
		if next == strings.ToLower(next) && len(next) > 4 && pastSuffixes.SuffixOf(next) && !phraseDeterminers[strings.ToLower(toks[k-1].Text)] {
			return strings.TrimSpace(rest[:toks[k].Span.Start])
		}
	}
	return rest
}

// adverbModifiedParticiple reports whether the cue at toks[ti] is a past
// participle that an adverb in -ly and a determiner before it make a
// modifier of the noun after it ("a recently announced round of 46
// store closures"): no one is said to speak.
func adverbModifiedParticiple(toks []Token, ti int) bool {
	if ti < 2 || ti+1 >= len(toks) || !pastForm(toks[ti].Text) || !adverb(toks[ti-1].Text) {
		return false
	}
	det := strings.ToLower(toks[ti-2].Text)
	next := toks[ti+1].Text
	return (determinerLike[det] || phraseDeterminers[det]) && next != "" && unicode.IsLower([]rune(next)[0]) && !complementizers[strings.ToLower(next)]
}

// timedAct reports whether rest, a cue's noun-phrase object, goes on
// with a subordinate clause that has a subject and a verb of its own
// ("his retirement in 2006 when he received the Lifetime Achievement
// Award"): the writer tells when the act of making it known took place,
// and the object names that act, not words said.
func timedAct(rest string) bool {
	toks := Tokenize(rest, 0)
	for k := 1; k+2 < len(toks); k++ {
		sub := strings.ToLower(toks[k].Text)
		if !subordinators[sub] || complementizers[sub] {
			continue
		}
		// "the hurricane became disorganized and even weakened a bit
		// as it hovered": a verb before the subordinator makes a
		// clause of what was said, no object.
		if hasFiniteVerb(toks[:k], k) {
			return false
		}
		clause := toks[k:]
		return subjectPronouns[strings.ToLower(clause[1].Text)] && hasFiniteVerb(clause[1:], len(clause)-1)
	}
	return false
}

// absoluteWithSubject returns the words between an absolute "with" and
// a participle of saying ending before ("…, with the RTÉ exit poll
// suggesting", "…, with others saying"): the participle's own subject,
// which is never the main clause's. ok is false when no such "with"
// stands right before the participle's phrase.
func absoluteWithSubject(before string) (subject string, ok bool) {
	toks := Tokenize(before, 0)
	for k := len(toks) - 1; k > 0; k-- {
		if !absolutePrepositions[strings.ToLower(toks[k].Text)] {
			continue
		}
		if strings.TrimSpace(before[toks[k-1].Span.End:toks[k].Span.Start]) != "," {
			return "", false
		}
		subject = strings.TrimSpace(before[toks[k].Span.End:])
		n := len(strings.Fields(subject))
		if n == 0 || n > 10 || strings.ContainsAny(subject, ",;:") {
			return "", false
		}
		return subject, true
	}
	return "", false
}
