package align

import (
	"strings"
	"unicode"

	"crosscheck/internal/nlp"
)

// nameInAttribution reports whether a capitalised word of name (the
// speaker's resolved name) is written in the sentences q runs over,
// outside its quoted words. Where it is not, the text gave the speaker
// as a pronoun or a title ("he said", "the president announced") and
// only coreference tied the words to the name: two outlets' speakers of
// the same words may then be one person under two readings.
func nameInAttribution(d *nlp.Doc, q nlp.Quote, name string) bool {
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return false
	}
	start := d.Sentences[q.Sentence].Start
	last := d.SentenceAt(max(q.Span.End-1, start))
	if last < q.Sentence {
		last = q.Sentence
	}
	end := d.Sentences[last].End
	if start < 0 || end > len(d.Text) || start >= end {
		return false
	}
	text := []byte(d.Text[start:end])
	for _, p := range q.Parts {
		for i := max(p.Start, start); i < min(p.End, end); i++ {
			text[i-start] = ' '
		}
	}
	written := map[string]bool{}
	for _, t := range nlp.Tokenize(string(text), 0) {
		written[t.Text] = true
	}
	for _, t := range nlp.Tokenize(name, 0) {
		r := []rune(t.Text)
		// A name word is capitalised where the script has case.
		nameWord := unicode.IsLetter(r[0]) && !unicode.IsLower(r[0])
		if len(r) >= 2 && nameWord && written[t.Text] {
			return true
		}
	}
	return false
}

// speakerReading is why a conflict over who said the same words is
// uncertain when a speaker was read through a pronoun or a title, ""
// when both are named in their attributions.
func speakerReading(a, b *value) string {
	for _, v := range []*value{a, b} {
		if !v.nameWritten {
			return "the speaker " + strings.TrimSpace(v.text) + " is given by a pronoun or a title, which may be the other outlet's speaker"
		}
	}
	return ""
}

// surnameAlike reports whether two speakers' names of two words or more
// end in the same word: news names one person by given names that vary
// ("Bob Iger", "Robert A Iger"), and the same quoted words are not told
// of two kin.
func surnameAlike(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	return len(wa) >= 2 && len(wb) >= 2 && wa[len(wa)-1] == wb[len(wb)-1]
}

// titleOfNamed reports whether speaker t is given by a title alone ("the
// president wrote") that an article of the story writes, capitalised,
// before the name of speaker n ("President Donald Trump", "President
// Trump"): the story binds the title to that person, and a title and a
// name of one referent are one speaker, not two.
func (j *judge) titleOfNamed(t, n *value) bool {
	title := titleOnly(t.text)
	if title == "" {
		title = titleOnly(t.name)
	}
	names := nlp.Tokenize(n.name, 0)
	if title == "" || len(names) == 0 || titleOnly(n.name) != "" {
		return false
	}
	surname := names[len(names)-1].Text
	for _, x := range j.indexes {
		toks := nlp.Tokenize(x.Text, 0)
		for i, tk := range toks {
			if !strings.EqualFold(tk.Text, title) || tk.Text == strings.ToLower(tk.Text) {
				continue
			}
			// The title, then the name's words: up to three, each
			// capitalised, the last the surname.
			for k := i + 1; k < len(toks) && k <= i+3; k++ {
				w := toks[k].Text
				if strings.TrimSpace(x.Text[toks[k-1].Span.End:toks[k].Span.Start]) != "" || w == strings.ToLower(w) {
					break
				}
				if strings.EqualFold(w, surname) {
					return true
				}
			}
		}
	}
	return false
}

// titleOnly returns the title word of a speaker written as a title
// alone, with or without a determiner ("the president", "president"),
// and "" otherwise.
func titleOnly(text string) string {
	w := strings.Fields(strings.ToLower(strings.TrimSpace(text)))
	if len(w) == 2 && definiteArticles.Has(w[0]) {
		w = w[1:]
	}
	if len(w) != 1 || !personTitles.Has(w[0]) {
		return ""
	}
	return w[0]
}
