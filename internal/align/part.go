package align

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// showShared narrows the representative of a claim (the member marked
// rep) to the clause of its sentence that every other member states,
// when they all state that one clause and not the whole: "Harvey
// Weinstein has been convicted of rape and faces up to 25 years in
// prison" is the fact of outlets that all say only "faces up to 25 years
// in prison", and the fact shown is that part, the one each outlet is
// credited with (Claim.Clause), not a sentence some of them never wrote.
// Members that state different parts, or one the whole, leave it whole,
// and so does a part that cannot be read as a statement of its own.
func (k *statedCheck) showShared(ms []member) []member {
	rep := slices.IndexFunc(ms, func(m member) bool { return m.rep })
	if rep < 0 || len(ms) < 2 || k.units[ms[rep].unit].parent >= 0 || ms[rep].span != k.units[ms[rep].unit].clause.Span {
		return ms
	}
	part := -1
	for i, m := range ms {
		if i == rep {
			continue
		}
		ok, c := k.statesPart(m, ms[rep])
		if !ok || c < 0 || part >= 0 && c != part {
			return ms
		}
		part = c
	}
	if !standsAlone(k.text(part)) {
		return ms
	}
	ms[rep].span = k.units[part].clause.Span
	return ms
}

// Words a clause cannot open with and still state something by itself
// (data/en/nlp.lex, grammar.lex, event.lex).
var (
	relativePronouns  = english.Set(lang.RelativePronouns)
	coordinators      = english.Set(lang.Coordinators)
	clauseOpeners     = english.Set(lang.ClauseOpeners)
	clauseAuxiliaries = english.Set(lang.ClauseAuxiliaries)
	nounPhraseOpeners = english.Set(lang.NounPhraseOpeners)
	ingNouns          = english.Set(lang.IngNouns)
)

// standsAlone reports whether a clause, cut from its sentence, reads as a
// statement: it opens with its subject, not with a relative pronoun
// ("who is not vaccinated"), a subordinator inside the sentence ("while
// the first officer is in a serious condition"), an infinitive marker, an
// auxiliary ("are that there were 9 people"), a particle left by the cut
// ("out the verdicts"), or a verb form ("putting her under medical
// supervision", "reached after five days"); after a coordinator, its
// subject must follow ("but the media has not named it", not "and notify
// the SRC"). A subordinator that opens the sentence ("After a 3-3
// thriller, Argentina bested France") is followed by its main clause.
func standsAlone(part string) bool {
	toks := nlp.Tokenize(part, 0)
	if len(toks) == 0 {
		return false
	}
	first := toks[0].Text
	w := strings.ToLower(first)
	lower := !unicode.IsUpper([]rune(first)[0])
	if coordinators.Has(w) {
		if len(toks) < 2 {
			return false
		}
		next := toks[1].Text
		n := strings.ToLower(next)
		return nounPhraseOpeners.Has(n) || subjectPronoun.Has(n) || unicode.IsUpper([]rune(next)[0])
	}
	switch {
	case relativePronouns.Has(w), infinitiveMarkers.Has(w), clauseAuxiliaries.Has(w), particle.Has(w):
		return false
	case lower && clauseOpeners.Has(w):
		return false
	case lower && len(w) > 4 && (participleSuffixes.SuffixOf(w) && !ingNouns.Has(w) || pastSuffixes.SuffixOf(w)):
		return false
	}
	_, past := pastForms[w]
	return !(lower && past)
}
