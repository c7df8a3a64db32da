package nlp

import "strings"

// A cue whose object is a noun phrase and no clause reports no statement
// when the cue names an act ("declared a state of emergency", "concluded
// an extraordinary summit": lang act-cues); after another cue ("announced
// the news on state television") the phrase is what was said, less the
// channel or occasion of the saying, which is the writer's narration.

// actObject reports whether rest, the words after an act cue with no
// "that", is a noun phrase a determiner or a possessive opens: the act's
// object ("declared his unexpected resignation in Zurich").
// "declaring bankruptcy hurt small businesses" is a clause.
func actObject(rest string) bool {
	toks := Tokenize(rest, 0)
	return len(toks) > 0 && (phraseDeterminers[strings.ToLower(toks[0].Text)] || determinerLike[strings.ToLower(toks[0].Text)]) && nounPhraseObject(rest)
}

// concealedQuestion reports whether rest, the noun phrase a cue takes
// with no "that", is a definite article and a noun that stands for an answer not given
// (lang concealed-question-nouns: "the name of the new pope", "the
// winners"), then nothing or a preposition's phrase.
func concealedQuestion(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) < 2 || !definiteArticles[strings.ToLower(toks[0].Text)] || !concealedQuestionNouns[toks[1].Text] {
		return false
	}
	return len(toks) == 2 || headPrepositions[strings.ToLower(toks[2].Text)]
}

// dropMediumTail cuts from rest, the noun phrase a cue takes as what was
// said, a closing phrase that tells the channel or occasion of the
// saying: a preposition and a phrase of at most six words headed by a
// medium noun, with nothing but a day after it ("the news on state
// television", "the decision in a televised address on Sunday"), and
// the day of the saying right before it ("the raid Monday evening on
// Twitter": when and where it was reported, not what).
func dropMediumTail(rest string) string {
	toks := Tokenize(rest, 0)
	for k := len(toks) - 2; k > 0 && k >= len(toks)-8; k-- {
		if !headPrepositions[toks[k].Text] {
			continue
		}
		if strings.ContainsAny(rest[toks[k].Span.Start:], ",;:“”\"") {
			return rest
		}
		for j, t := range toks[k+1:] {
			if mediumNouns[strings.ToLower(t.Text)] && dayOnly(toks[k+2+j:]) {
				b := k
				for b > 1 && dayWord(toks[b-1].Text) {
					b--
				}
				if b < k && b > 1 && headPrepositions[toks[b-1].Text] {
					b-- // "in March on Twitter"
				}
				return strings.TrimSpace(rest[:toks[b].Span.Start])
			}
		}
	}
	return rest
}

// dayWord reports whether w names a day or a part of one ("Monday",
// "yesterday", "evening").
func dayWord(w string) bool {
	w = strings.ToLower(w)
	return calendarWord[w] || partsOfDay[w]
}

// dayOnly reports whether toks are only a time: calendar words and the
// prepositions before them ("on Sunday", "late Saturday").
func dayOnly(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if !calendarWord[w] && !headPrepositions[w] && !afterCueWord[w] {
			return false
		}
	}
	return true
}

// nounPhraseObject reports whether rest, the words after a cue with no
// "that", is a noun phrase rather than a clause: no pronoun opens it and
// no form of be, have or a modal stands in its main
// clause ("a state of emergency on Wednesday", not "the election was
// rigged"). Verbs of saying are left out of the check: "state" there is
// a noun.
func nounPhraseObject(rest string) bool {
	toks := mainClauseWords(rest, Tokenize(rest, 0))
	if len(toks) == 0 || subjectPronouns[strings.ToLower(toks[0].Text)] || complementizers[strings.ToLower(toks[0].Text)] {
		return false
	}
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if finiteWords[w] || cueAuxiliaries[w] {
			return false
		}
	}
	return true
}

// recordObject reports whether rest, a cue's noun-phrase object, is headed
// by a record noun ("pictures of the gunman", "a video of the blast"): a
// record shows a happening and carries nobody's words (lang record-nouns).
func recordObject(rest string) bool {
	words := strings.Fields(rest)
	if len(words) > 0 && phraseDeterminers[strings.ToLower(words[0])] {
		words = words[1:]
	}
	// The record heads the object's first words ("a photograph of her
	// bruised forearm", "new photos of"); further on a record noun may
	// be the object of a clause that was not read as one ("he'll recast
	// image").
	for k, w := range words {
		if k > 1 || headPrepositions[strings.ToLower(w)] {
			break
		}
		if silentRecords[strings.ToLower(strings.Trim(w, ".,;:"))] && (k == len(words)-1 || headPrepositions[strings.ToLower(words[k+1])]) {
			return true
		}
	}
	return false
}

// signalledArrival reports whether rest, a cue's noun-phrase object, is
// the speaker's own coming or being there (a possessive and lang
// signalled-arrival-nouns: "its arrival", "his return") made known by a
// sign after "with" ("announced its arrival at the Kennedy Space Center
// with a double sonic boom"): the cue is a figure for the sign, and
// nothing was said.
func signalledArrival(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) < 4 {
		return false
	}
	first := strings.ToLower(toks[0].Text)
	if !determinerLike[first] || definiteArticles[first] || indefiniteArticles[first] || !signalledArrivals[strings.ToLower(toks[1].Text)] {
		return false
	}
	for _, t := range toks[2:] {
		if arrivalSignPreps[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}
