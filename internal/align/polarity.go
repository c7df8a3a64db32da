package align

import (
	"strings"

	"crosscheck/internal/nlp"
)

// A word denied on one side and told plainly after the same word on the
// other tells the opposite: "Bankman-Fried, who pleaded not guilty" is
// not stated by "three witnesses have pleaded guilty". The mood of a
// predicate already carries a denial of its verb ("did not plead"); this
// reads a denial word (event-negation) standing between two words that
// the other side writes side by side ("pleaded guilty", "were harmed").
// Only that narrow form: a denial's scope is wider than its next word
// ("No gun has been recovered" is "the gun has not been recovered"; "no
// reports of injuries" is "no injuries"), so a denied word met anywhere
// else on the other side says nothing.

// polarity holds the pairs of content words of a text, by concept: those
// written side by side, and those with a denial word between them.
type polarity struct{ plain, denied map[[2]string]bool }

func readPolarity(text string) polarity {
	p := polarity{plain: map[[2]string]bool{}, denied: map[[2]string]bool{}}
	toks := nlp.Tokenize(text, 0)
	// content[i] is the concept of toks[i] when it is a content word,
	// else "", read once for the three places that look at each token.
	content := make([]string, len(toks))
	denial := make([]bool, len(toks))
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		denial[i] = negation.Has(w)
		if len(w) >= 3 && !nlp.IsStopword(w) && !denial[i] {
			content[i] = concept(w)
		}
	}
	for i := 1; i < len(toks); i++ {
		w := content[i]
		if w == "" {
			continue
		}
		if denial[i-1] {
			if i >= 2 && content[i-2] != "" {
				p.denied[[2]string{content[i-2], w}] = true
			}
			continue
		}
		if x := content[i-1]; x != "" {
			p.plain[[2]string{x, w}] = true
		}
	}
	return p
}

// polarityOf is readPolarity of unit u's text, read once.
func (k *statedCheck) polarityOf(u int) polarity {
	p, ok := k.polarities[u]
	if !ok {
		p = readPolarity(k.text(u))
		k.polarities[u] = p
	}
	return p
}

// polarityApart reports whether one text denies, between two words, what
// the other writes with the same two words side by side and never
// denies.
func polarityApart(a, b polarity) bool {
	for pair := range a.denied {
		if b.plain[pair] && !b.denied[pair] {
			return true
		}
	}
	for pair := range b.denied {
		if a.plain[pair] && !a.denied[pair] {
			return true
		}
	}
	return false
}
