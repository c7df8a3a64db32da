package nlp

import (
	"crosscheck/internal/lang"
	"regexp"
	"strings"
)

// What a speaker said ends where the writer goes on with the
// circumstance of the saying: the occasion set off after it ("she is
// resigning, in an unexpected announcement that came as …"), where the
// writer read it ("…,” as per an Indian Express report"), or a clause
// of the writer's own after a noun phrase that was the whole object
// ("promised an “exciting” launch, and the billionaire's instincts were
// right").

// sourceMarkerStart returns where the words said end before a phrase
// of the writer's sourcing set off by a comma (lang source-markers: "as
// per"), or -1; the comma, perhaps inside a closing quotation mark, is
// left to trim.
func sourceMarkerStart(rest string) int {
	toks := Tokenize(rest, 0)
	for _, m := range sourceMarkers {
		words := strings.Fields(m)
		for k := 1; k+len(words) <= len(toks); k++ {
			if !tokensAre(toks[k:k+len(words)], words) || !strings.Contains(rest[toks[k-1].Span.End:toks[k].Span.Start], ",") || insideQuotation(rest[:toks[k].Span.Start]) {
				continue
			}
			return len(strings.TrimRight(rest[:toks[k].Span.Start], " "))
		}
	}
	return -1
}

// tokensAre reports whether toks are words, ignoring case.
func tokensAre(toks []Token, words []string) bool {
	for i, w := range words {
		if !strings.EqualFold(toks[i].Text, w) {
			return false
		}
	}
	return true
}

// occasionStart returns where the words said end before a phrase of the
// occasion of the saying, or -1: a preposition (lang
// occasion-prepositions: "in", "at"), a determiner and within
// five more words a noun of an occasion (lang saying-occasions) with no
// comma between, set off by a comma (", in an unexpected announcement
// …", ", in an interview with CNN on Sunday") or closing the words with
// at most a day after it ("he was leaving the Camp Nou in an emotional
// farewell press conference on Sunday"). With no comma, a modal or an
// infinitive before the phrase makes the occasion part of what was said
// ("the plan would be unveiled in a speech on Monday").
func occasionStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k+2 < len(toks); k++ {
		if !occasionPrepositions[toks[k].Text] || !phraseDeterminers[strings.ToLower(toks[k+1].Text)] || insideQuotation(rest[:toks[k].Span.Start]) {
			continue
		}
		comma := strings.Contains(rest[toks[k-1].Span.End:toks[k].Span.Start], ",")
		if !comma && !indefiniteArticles[strings.ToLower(toks[k+1].Text)] {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if strings.ContainsAny(rest[toks[j-1].Span.End:toks[j].Span.Start], ",;:“”\"") {
				break
			}
			if !sayingOccasions[strings.ToLower(toks[j].Text)] {
				continue
			}
			if comma || dayOnly(toks[j+1:]) && !unsaidBefore(toks[:k]) {
				return len(strings.TrimRight(rest[:toks[k].Span.Start], " "))
			}
			break
		}
	}
	return -1
}

// unsaidBefore reports whether toks hold a modal or "would" (lang
// prospective-auxiliaries) or an infinitive's marker: what they open has
// not happened yet, so an occasion after it may be part of what was
// said.
func unsaidBefore(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if prospectiveAuxiliaries[w] || infinitiveMarkers[w] {
			return true
		}
	}
	return false
}

// clauseAfterPhrase returns where a clause joined by ", and" opens after
// words said that are a noun phrase with no verb, or -1: a phrase
// object cannot be coordinated with a clause of its own subject, so the
// clause is the writer's ("an “exciting” launch, and the billionaire's
// instincts were right").
func clauseAfterPhrase(rest string) int {
	const maxPhraseObject = 4
	toks := Tokenize(rest, 0)
	// Only a short phrase a determiner opens is surely no clause: a
	// clause's irregular past ("changes cost many people their jobs")
	// is not told from a noun by its form.
	if len(toks) == 0 || !phraseDeterminers[strings.ToLower(toks[0].Text)] {
		return -1
	}
	for k := 1; k+2 < len(toks) && k <= maxPhraseObject; k++ {
		if !additiveConjunctions[strings.ToLower(toks[k].Text)] || !strings.Contains(rest[toks[k-1].Span.End:toks[k].Span.Start], ",") {
			continue
		}
		if insideQuotation(rest[:toks[k].Span.Start]) || hasFiniteVerb(toks[:k], k) || !clauseAfter(rest, toks[k+1:]) {
			return -1
		}
		return len(strings.TrimRight(rest[:toks[k].Span.Start], " "))
	}
	return -1
}

// circumstanceAfterSource reports whether the words after an "according
// to X," set off inside a sentence open the writer's circumstance
// rather than go on with what X said: a circumstance opener (lang
// circumstance-openers) and, for a subordinator, a clause ("…, according
// to Civil Defense, as mining giant Vale announced that …").
func circumstanceAfterSource(after string) bool {
	toks := Tokenize(after, 0)
	// "…, according to a poll conducted for Reuters, though that looks
	// set to change": a concession is the writer's (reported_unsaid.go).
	if len(toks) > 3 && concessionOpeners[strings.ToLower(toks[0].Text)] {
		return true
	}
	if len(toks) < 2 || !circumstanceOpeners[strings.ToLower(toks[0].Text)] {
		return false
	}
	if subordinators[strings.ToLower(toks[0].Text)] {
		return clauseAfter(after, toks[1:])
	}
	return true
}

// untoldDetailStart returns where the words said end before "without"
// and a gerund of telling (lang untold-detail-gerunds: "announced his
// death without naming a specific cause"), or -1: what a report left
// out is the writer's note on the saying. After a modal or an
// infinitive the phrase may be part of what was said ("would go ahead
// without naming a successor").
func untoldDetailStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k+1 < len(toks); k++ {
		if !untoldDetailOpeners[strings.ToLower(toks[k].Text)] || !untoldDetailGerunds[strings.ToLower(toks[k+1].Text)] || insideQuotation(rest[:toks[k].Span.Start]) {
			continue
		}
		if unsaidBefore(toks[:k]) {
			return -1
		}
		return len(strings.TrimRight(rest[:toks[k].Span.Start], " ,"))
	}
	return -1
}

// captionTail matches the place and the full date a photo's caption
// closes with (", in Palm Beach, Florida, U.S., August 8, 2022"): a
// comma, "in", places each set off by commas, then a month, a day and
// a year closing the words.
var captionTail = regexp.MustCompile(`,\s+` + wordsRe(en.Set(lang.CaptionPlacePrepositions), " ") + `\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+)+(\p{Lu}\p{Ll}+)\.?\s+\d{1,2},\s+\d{4}[.”"’]*$`)

// captionStart returns where the words said end before the place and
// date a picture's caption closes with, or -1: the picture was taken
// there and then; the speaker did not say it.
func captionStart(rest string) int {
	m := captionTail.FindStringSubmatchIndex(rest)
	if m == nil || !calendarWord[strings.ToLower(rest[m[2]:m[3]])] {
		return -1
	}
	return m[0]
}
