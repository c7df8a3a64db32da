package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// A coordination joins two words by a coordinator ("web and mobile",
// "sang and danced"). Whether the sentence then asserts each of them on
// its own depends on the predicate: "has replaced the logo both on the
// web and mobile versions" says it of the mobile versions too, and "fans
// sang and danced" tells two deeds, while "cadaver and rescue dogs" or
// "physicist and author" may be one description. A reader of claims that
// treats each joined word as a part of its own must therefore know both
// which words are joined and whether the predicate distributes over them.

// CoordinationPolicy is what a caller counts as a coordination whose
// predicate distributes over its parts.
type CoordinationPolicy struct {
	// OpenerWindow is how many words before the first part a
	// distributive opener (lang.DistributiveOpeners) may stand, in its
	// phrase: "both on the web and mobile" needs 3.
	OpenerWindow int
	// PastVerbs makes two verbs in the past distribute without an
	// opener: "sang and danced" tells two deeds.
	PastVerbs bool
	// Part reports whether a word, as written, may be a part of its own.
	Part func(w string) bool
	// Key maps a part to the term the caller compares it by; two parts
	// of one key are one.
	Key func(w string) string
}

// Word lists of coordination (data/en/discourse.lex, slot.lex, event.lex).
var (
	claimCoordinators   = en.Set(lang.ClaimCoordinators)
	distributiveOpeners = en.Set(lang.DistributiveOpeners)
	irregularPasts      = en.Map(lang.EventPastForms)
)

// coordinationBounds end the phrase a distributive opener opens: "both
// on the web, and mobile apps later" does not distribute.
const coordinationBounds = ",;:—–()"

// DistributedParts returns the keys of each two words text joins by a
// coordinator with nothing else between them, both parts by p.Part, when
// the predicate distributes over them by p: a distributive opener within
// p.OpenerWindow words before the first, in its phrase, or, with
// p.PastVerbs, two verbs in the past. A list of three ("sang, danced and
// acted") gives its last two.
func DistributedParts(text string, p CoordinationPolicy) [][2]string {
	toks := Tokenize(text, 0)
	between := func(i, j int) string { return text[toks[i].Span.End:toks[j].Span.Start] }
	var out [][2]string
	for i := 1; i+1 < len(toks); i++ {
		if !claimCoordinators.Has(strings.ToLower(toks[i].Text)) {
			continue
		}
		a, b := toks[i-1].Text, toks[i+1].Text
		if !p.Part(a) || !p.Part(b) || strings.TrimSpace(between(i-1, i)) != "" || strings.TrimSpace(between(i, i+1)) != "" {
			continue
		}
		opened := false
		for k := i - 1; k >= 0 && k >= i-1-p.OpenerWindow; k-- {
			if k < i-1 && strings.ContainsAny(between(k, k+1), coordinationBounds) {
				break
			}
			if distributiveOpeners.Has(strings.ToLower(toks[k].Text)) {
				opened = true
				break
			}
		}
		if !opened && !(p.PastVerbs && pastVerb(strings.ToLower(a)) && pastVerb(strings.ToLower(b))) {
			continue
		}
		if ka, kb := p.Key(a), p.Key(b); ka != kb {
			out = append(out, [2]string{ka, kb})
		}
	}
	return out
}

// pastVerb reports whether a lower-case word is a verb in the past: a
// known past form ("sang") or a regular one ("danced").
func pastVerb(w string) bool {
	_, ok := irregularPasts[w]
	return ok || len(w) > 4 && pastSuffixes.SuffixOf(w)
}
