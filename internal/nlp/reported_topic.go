package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// topicPrepositions open the topic of a saying ("warned them about
// interactions with the media", "told reporters about the plan"), which
// names what it was about, not what was said.
var topicPrepositions = en.Set(lang.TopicPrepositions)

// topicOnly reports whether what follows a cue, after whom it was said
// to, is only a topic: it opens with a topic preposition, right after the
// cue or after an object pronoun ("them about …"), and nothing said
// follows the topic, neither a quotation ("about the movement, “I support
// …”") nor a clause opened by "that" ("about concerns that …"). A noun
// before the preposition may head what was said ("said the talk about
// taxes was misleading"), so only those two places are read; before a
// number the preposition is an approximation ("about half of the …").
func topicOnly(listener, rest string) bool {
	toks := Tokenize(rest, 0)
	k := 0
	if listener == "" && len(toks) > 1 && pronouns[strings.ToLower(toks[0].Text)] && !subjectPronouns[strings.ToLower(toks[0].Text)] {
		k = 1
		// "asked him in detail about …", "pressed them repeatedly
		// about …": a manner adverbial of at most two lower-case words
		// and no verb may stand between the object and the topic.
		for j := k; j < len(toks) && j <= k+2; j++ {
			w := toks[j].Text
			if topicPrepositions[strings.ToLower(w)] {
				if j > k && !strings.ContainsAny(rest[toks[k-1].Span.End:toks[j].Span.Start], ",;:“”\"") && !hasFiniteVerb(toks[k:j], j-k) {
					k = j
				}
				break
			}
			if w != strings.ToLower(w) {
				break
			}
		}
	}
	if k+1 >= len(toks) || !topicPrepositions[strings.ToLower(toks[k].Text)] {
		return false
	}
	if next := toks[k+1].Text; isNumberToken(next) || isNumberToken(strings.SplitN(next, "-", 2)[0]) || predeterminers[strings.ToLower(next)] || numberNouns[strings.ToLower(next)] {
		return false
	}
	if strings.ContainsAny(rest, "“”\"") {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		// "about doping allegations that followed him": a "that" with a
		// verb right after it opens a relative clause on the topic's
		// noun, no statement.
		if complementizers[strings.ToLower(toks[j].Text)] && (j+1 == len(toks) || !pastForm(strings.ToLower(toks[j+1].Text))) {
			return false
		}
	}
	return true
}

// sentenceEndInside returns where a sentence that ends inside rest ends:
// at a full stop, a question or an exclamation mark and the quotation
// mark closing it, followed by a capital letter with or without a space
// ("Khashoggi is dead.”We have evidence …", a page that lost the space);
// or -1. The sentence splitter ran first, so such an end is one it could
// not see.
func sentenceEndInside(rest string) int {
	for i := 0; i+1 < len(rest); i++ {
		if rest[i] != '.' && rest[i] != '!' && rest[i] != '?' {
			continue
		}
		j := i + 1
		r, n := utf8.DecodeRuneInString(rest[j:])
		if !strings.ContainsRune("”\"’", r) {
			continue
		}
		j += n
		next := strings.TrimLeft(rest[j:], " ")
		if c, _ := utf8.DecodeRuneInString(next); next != "" && unicode.IsUpper(c) {
			return i + 1
		}
	}
	return -1
}

// clauseBeforeComma reports whether the words seg of text, which run
// from a comma to a closing cue, hold a finite verb before a comma of
// their own: "15 were wounded, the Pentagon" is a clause, then the
// speaker. With no comma in seg all of it is the attribution, its
// auxiliary too ("local media has said").
func clauseBeforeComma(text string, seg []Token) bool {
	finite := false
	for k, t := range seg {
		if k > 0 && strings.Contains(text[seg[k-1].Span.End:t.Span.Start], ",") {
			return finite
		}
		w := strings.ToLower(t.Text)
		finite = finite || finiteWords[w] || cueAuxiliaries[w]
	}
	return false
}

// inClause reports whether the phrase at byte i of sentence s stands
// inside its clause, no punctuation setting it off from the word before
// ("lift the order according to the resolution", not "…, according to
// the survey").
func inClause(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// mainSubjectInside reports whether a subject pronoun stands after the
// first word of rest and before its first comma: the main clause's
// subject, when rest follows the cue of an opening "as" clause that no
// comma closed ("the speech she fought back tears").
func mainSubjectInside(rest string) bool {
	if k := strings.IndexByte(rest, ','); k >= 0 {
		rest = rest[:k]
	}
	toks := Tokenize(rest, 0)
	for k := 1; k < len(toks); k++ {
		if subjectPronouns[toks[k].Text] {
			return true
		}
	}
	return false
}

// compoundSubjectStart returns the index of an "and" at most three words
// before the "and" at toks[b] (which only a space parts from the word
// before it: after a comma "and" opens a clause) when the words around
// toks[b] are lower-case nouns of a compound ("search and rescue
// agency") and those before it a name's possessive or nouns, no verb
// among them: that earlier "and" opens the new clause. -1 when there is
// none.
func compoundSubjectStart(toks []Token, b int) int {
	if b+1 >= len(toks) || b < 1 || !nounLike(toks[b-1].Text) || !nounLike(toks[b+1].Text) || toks[b].Span.Start > toks[b-1].Span.End+1 {
		return -1
	}
	for e := b - 2; e >= 0 && e >= b-4; e-- {
		w := toks[e].Text
		if additiveConjunctions[strings.ToLower(w)] {
			return e
		}
		if w == strings.ToLower(w) && !nounLike(w) {
			return -1
		}
	}
	return -1
}

// nounLike reports whether w, in lower case, may be a noun of a
// compound: no function word, verb form or adverb.
func nounLike(w string) bool {
	return w == strings.ToLower(w) && !IsStopword(w) && !finiteWords[w] && !cueAuxiliaries[w] && !pastForm(w) && !adverb(w) && !cueWords[w]
}
