package align

import (
	"strings"

	"crosscheck/internal/nlp"
)

// A past participle that opens a sentence before a comma ("Hosted in the
// outside courtyard, Kirk sat at the bottom ...", "Arrested on Monday,
// the man ...") is a reduced passive clause: it tells its verb of the
// scene or of the main clause's subject as the one done to, with no
// doer. A fact that tells that verb active ("Kirk had been hosting one
// of his Prove Me Wrong debates") has its subject as the doer: a
// sentence telling the verb only so does not tell it in the fact's very
// mood, whoever it names.

// openerWindow is how many words a participle's opening phrase may run
// before its comma.
const openerWindow = 8

// participleConcept returns the concept of w if w may be a past
// participle ("hosted", "held"), "" if not.
func participleConcept(w string) string {
	if base, ok := pastForms[w]; ok {
		return concept(base)
	}
	if irregularPPs.Has(w) || len(w) > 4 && pastSuffixes.SuffixOf(w) {
		return concept(w)
	}
	return ""
}

// openerOnly reports whether text tells concept c only by a past
// participle opening it before a comma.
func openerOnly(text, c string) bool {
	toks := nlp.Tokenize(text, 0)
	if len(toks) < 2 || participleConcept(strings.ToLower(toks[0].Text)) != c {
		return false
	}
	comma := -1
	for i := 1; i < len(toks) && i <= openerWindow; i++ {
		if strings.Contains(text[toks[i-1].Span.End:toks[i].Span.Start], ",") {
			comma = i
			break
		}
	}
	if comma < 0 {
		return false
	}
	for _, t := range toks[1:] {
		w := strings.ToLower(t.Text)
		if concept(w) == c || participleConcept(w) == c {
			return false
		}
	}
	return true
}

// toldActive reports whether text tells concept c in the active voice
// somewhere: a word of c that is no participle after a form of "be" ("was
// hosted") and does not open the text before a comma.
func toldActive(text, c string) bool {
	if openerOnly(text, c) {
		return false
	}
	toks := nlp.Tokenize(text, 0)
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if concept(w) != c && participleConcept(w) != c {
			continue
		}
		passive := false
		if participleConcept(w) == c {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				b := strings.ToLower(toks[k].Text)
				if passiveBe.Has(b) {
					passive = true
					break
				}
				if !nlp.IsStopword(b) && !negation.Has(b) && !(len(b) > 4 && adverbSuffixes.SuffixOf(b)) {
					break
				}
			}
		}
		if !passive {
			return true
		}
	}
	return false
}
