package align

import "crosscheck/internal/nlp"

// Words told as one person's are that person's statement: "State governor
// Romeu Zema said there was little chance of finding people alive" is not
// stated by "'After 48 hours of work, the chance of finding [someone]
// alive is very low,' Col Eduardo Angelo ... told relatives", however
// alike their words. When the fact's clause and the outlet's sentence are
// both speech (quoted or reported, nlp's quote reader, which resolves the
// speaker across an appositive, "X, the commissioner, said", and a
// pronoun) of named persons, and no person speaks on both sides, the
// outlet reports another person's words. A speaker that is no person
// ("police", "the ministry", "reports", "exit polls") is left alone: a
// newsroom often gives a count to the agency in one story and to its
// spokesman in another, and the develop judges took such pairs as stated.

// speakersApart reports whether unit c (the fact's clause) and sentence
// unit s each report words of named persons and share none of them.
func (k *statedCheck) speakersApart(c, s int) bool {
	a, b := k.speakers(c), k.speakers(s)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y || sameParticipant(k.ents, x, y) {
				return false
			}
		}
	}
	return true
}

// speakers returns the story entities, persons only, whose words (a
// quotation or reported speech) lie in unit u.
func (k *statedCheck) speakers(u int) []int {
	in, sp := k.units[u].input, k.units[u].clause.Span
	var out []int
	for _, q := range k.docs[in].Quotes {
		if q.Span.End <= sp.Start || q.Span.Start >= sp.End {
			continue
		}
		e := k.ents.Lookup(in, q.SpeakerEntity)
		if e >= 0 && k.ents.Entities[e].Kind == nlp.KindPerson {
			out = append(out, e)
		}
	}
	return out
}
