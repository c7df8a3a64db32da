package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// A summary sentence may state several claims: "One person has been
// arrested, though no injuries have been reported" states two; "A judge
// sentenced him to life after a deadlocked jury failed to return a death
// sentence" states two. A citation must state every one of them, so the
// summary sentence is cut into parts at punctuation and at the words that
// open a part of its own (lang.ClaimOpeners, and lang.ClaimCoordinators
// before a second subject, verb or noun phrase), and each part of two or
// more content words needs at least half of them in the cited sentence. A
// part that only says who speaks ("police said") is no claim; one that
// reports a clause ("but surgeons say they are optimistic") is.
//
// The same reasoning gives the other asymmetric tests of statesSame:
// every number and weekday of the summary sentence must be in the cited
// sentence ("killing four people" is not cited by "killed one person"), and
// an attempt or a plan ("worked to recover the body", "was to release") or
// a request to act ("urged the secretaries to rescind the changes") does
// not cite its result.

// claimPart is the content stems of one part of a sentence and, apart,
// those of its words written in lower case, numbers aside: names alone ("Angels
// spokesman Tim Mead") do not make a cited sentence state a part.
type claimPart struct {
	words, common []string
	// denied marks a part holding a denial ("but not the suspects"):
	// the cited sentence must deny too, and hold its content words
	// however few.
	denied bool
}

// claimParts returns the parts of text.
func claimParts(text string, lex *lang.Lexicon) []claimPart {
	openers, speech, passive := lex.Set(lang.ClaimOpeners), lex.Set(lang.SpeechCues), lex.Set(lang.BeForms)
	negations, negSuffixes := lex.Set(lang.ClaimNegations), lex.Set(lang.NegationSuffixes)
	coordinators, numberWords := lex.Set(lang.ClaimCoordinators), lex.Map(lang.NumberWords)
	conjuncts := lex.Union(lang.SubjectPronouns, lang.FiniteWords, lang.PhraseDeterminers)
	clauses := lex.Union(lang.Complementizers, lang.SubjectPronouns, lang.FiniteWords)
	prev, cued := "", false
	var parts []claimPart
	var cur claimPart
	frame, first := false, true
	// The first part is always a claim: "There are no reports of
	// injuries" says what happened, not who says so.
	flush := func() {
		if len(cur.words) > 0 && !(frame && len(cur.words) <= 3 && len(parts) > 0) {
			cur.words, cur.common = distinct(cur.words), distinct(cur.common)
			parts = append(parts, cur)
		}
		cur, frame = claimPart{}, false
	}
	word := strings.Builder{}
	end := func() {
		if word.Len() == 0 {
			return
		}
		raw := word.String()
		w := strings.ToLower(raw)
		word.Reset()
		r, _ := utf8.DecodeRuneInString(raw)
		lower := !unicode.IsUpper(r) || first
		first = false
		// "no injuries were reported" is a claim, not who speaks.
		saying := speech.Has(w) && !passive.Has(prev)
		// "and" before a subject, a verb of its own or a determiner joins
		// a second claim ("had returned from rehab and had been battling
		// depression", "an act of terrorism and an assault on the
		// press"), as a comma joins the items of a list.
		if coordinators.Has(prev) && conjuncts.Has(w) {
			flush()
		}
		// A cue before a clause reports it ("surgeons say they are
		// optimistic"): the part states that clause, it does not only
		// name a source.
		reports := cued && clauses.Has(w)
		prev, cued = w, saying
		switch {
		case openers.Has(w):
			flush()
		case saying:
			frame = true
		case reports:
			frame = false
		}
		if negations.Has(w) || negSuffixes.SuffixOf(strings.ReplaceAll(w, "’", "'")) {
			cur.denied = true
		}
		if len([]rune(w)) < 2 && !isDigitWord(w) || stopWords[w] || saying {
			return
		}
		cur.words = append(cur.words, numberParts(w)...)
		if !isDigitWord(w) {
			cur.words = append(cur.words, stem(w))
			// A number is tested whole (statesSame): counted here too,
			// "the other three" would stand in for the verb of its part.
			if lower && numberWords[w] == "" {
				cur.common = append(cur.common, stem(w))
			}
		}
	}
	rs := []rune(text)
	for i, r := range rs {
		inner := (r == '\'' || r == '’' || r == '-') && word.Len() > 0 && i+1 < len(rs) && isWordRune(rs[i+1])
		if isWordRune(r) || inner {
			word.WriteRune(r)
			continue
		}
		end()
		if strings.ContainsRune(",;:—–()", r) {
			flush()
		}
	}
	end()
	flush()
	return parts
}

func isDigitWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// numberParts returns the numbers a token writes: "16-year-old" and "16 -
// year - old" both give 16, "14-0" gives 14 and 0; a unit glued to the
// number stays ("200ft" is not "200m"). Leading zeros go.
func numberParts(w string) []string {
	var out []string
	for _, p := range strings.Split(w, "-") {
		if p == "" || !isDigitWord(p) {
			continue
		}
		if t := strings.TrimLeft(p, "0"); t != "" {
			p = t
		}
		out = append(out, p)
	}
	return out
}

// coversParts reports whether the words of a cited sentence hold at least
// half the content stems of every part of the summary sentence, and at
// least half of its words in lower case but numbers. A denied part is stated only by
// a sentence that denies (denies: the cited sentence holds a denial) and
// holds its content words, be there one: "but not the suspects" is not
// stated by "the getaway car was found burned".
func coversParts(parts []claimPart, words map[string]bool, denies bool) bool {
	for _, p := range parts {
		if !halfIn(p.words, words) || !halfIn(p.common, words) {
			return false
		}
		if p.denied && (!denies || len(p.words) > 0 && !anyIn(p.words, words)) {
			return false
		}
	}
	return true
}

// anyIn reports whether one of ws is in set.
func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// halfIn reports whether at least half of ws are in set; a list of fewer
// than two words says too little to test.
func halfIn(ws []string, set map[string]bool) bool {
	if len(ws) < 2 {
		return true
	}
	hit := 0
	for _, w := range ws {
		if set[w] {
			hit++
		}
	}
	return 2*hit >= len(ws)
}

// attemptBefore reports whether toks holds an attempt cue followed by
// an infinitive marker ("worked to recover", "was to release").
func attemptBefore(toks []string, cues, markers lang.Set) bool {
	for i := 0; i+1 < len(toks); i++ {
		if cues.Has(strings.ToLower(toks[i])) && markers.Has(strings.ToLower(toks[i+1])) {
			return true
		}
	}
	return false
}

// requestGap is how many words a request cue's object may take before
// "to": "urged the department secretaries to rescind".
const requestGap = 4

// requestBefore reports whether toks holds a request cue followed, within
// requestGap words, by an infinitive marker.
func requestBefore(toks []string, cues, markers lang.Set) bool {
	for i := range toks {
		if !cues.Has(strings.ToLower(toks[i])) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+requestGap+1; j++ {
			if markers.Has(strings.ToLower(toks[j])) {
				return true
			}
		}
	}
	return false
}

// subset reports whether every member of a is in b.
func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// distinct returns ws without repeats, in order.
func distinct(ws []string) []string {
	seen := make(map[string]bool, len(ws))
	out := ws[:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// denies reports whether a part of a sentence holds a denial.
func denies(parts []claimPart) bool {
	for _, p := range parts {
		if p.denied {
			return true
		}
	}
	return false
}
