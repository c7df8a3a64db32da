package align

import (
	"slices"
	"strings"

	"crosscheck/internal/nlp"
)

// member is one article's part in a claim: a sentence unit or a clause
// unit, and the span of the article's text it stands for.
type member struct {
	unit int
	span nlp.Span
	// contains marks a sentence that joined the claim by containing what
	// its members agree on (see addContaining) rather than by grouping.
	contains bool
	// rep marks the member that stands for the claim (keepStated).
	rep bool
	// uncertain, when set, says why the member's credit with the
	// claim's fact is not confident (markUncertain); such a member is
	// marked (Ref.Uncertain).
	uncertain string
}

// residualClauses returns the clause units that pass 1 leaves to look for
// a claim of their own: of a sentence in a claim, every clause but its
// carrier (the one its links there stand on); of a sentence alone, every
// clause.
func residualClauses(g *grouping) map[int]bool {
	out := map[int]bool{}
	for i, u := range g.units {
		if u.parent < 0 {
			continue
		}
		if len(g.members[g.label[u.parent]]) < 2 || g.carrier[u.parent] != i {
			out[i] = true
		}
	}
	return out
}

// claimMembers turns the groups into claims, each a list of members, in
// the order of their first unit. A clause that joined a claim is taken out
// of its sentence: the sentence's own claim stands for the rest of it. A
// clause that found no claim stays in its sentence; a lone sentence whose
// clauses all went elsewhere is no claim of its own.
func claimMembers(g *grouping) [][]member {
	moved := map[int][]nlp.Span{} // sentence unit → spans of its clauses in other claims
	for i, u := range g.units {
		if u.parent >= 0 && len(g.members[g.label[i]]) > 1 {
			moved[u.parent] = append(moved[u.parent], u.clause.Span)
		}
	}
	var out [][]member
	for _, ms := range g.members {
		if len(ms) == 0 || len(ms) == 1 && g.units[ms[0]].parent >= 0 {
			continue
		}
		slices.Sort(ms)
		var c []member
		for _, m := range ms {
			u := g.units[m]
			sp := u.clause.Span
			if u.parent < 0 {
				var ok bool
				if sp, ok = rest(sp, moved[m]); !ok {
					continue
				}
			}
			c = append(c, member{unit: m, span: sp})
		}
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b []member) int { return a[0].unit - b[0].unit })
	return out
}

// rest is the part of a sentence left when the given clauses are taken
// out: the longest stretch between them (a reference is one span, and
// must not cover a clause that stands in another claim). It reports false
// when nothing is left.
func rest(sentence nlp.Span, out []nlp.Span) (nlp.Span, bool) {
	if len(out) == 0 {
		return sentence, true
	}
	out = slices.SortedFunc(slices.Values(out), func(a, b nlp.Span) int { return a.Start - b.Start })
	var best nlp.Span
	from := sentence.Start
	for _, c := range append(out, nlp.Span{Start: sentence.End, End: sentence.End}) {
		if c.Start-from > best.End-best.Start {
			best = nlp.Span{Start: from, End: c.Start}
		}
		from = max(from, c.End)
	}
	return best, best.End-best.Start > 0
}

// refOf is the reference to a claim member: its sentence, and the part of
// the sentence it stands for.
func refOf(in Input, d nlp.Doc, u unit, m member) Ref {
	s := d.Sentences[u.sentence]
	r := Ref{ArticleID: in.ArticleID, Outlet: in.Outlet, Sentence: u.sentence, Text: s.Text, Uncertain: m.uncertain}
	if m.span.Start > s.Start || m.span.End < s.End {
		// Without the spaces and the commas that joined it to the
		// rest of the sentence.
		part := d.Text[m.span.Start:m.span.End]
		lead := len(part) - len(strings.TrimLeft(part, " \t\n,;:"))
		part = strings.TrimRight(part[lead:], " \t\n,;:")
		r.Clause = nlp.Span{Start: m.span.Start - s.Start + lead, End: m.span.Start - s.Start + lead + len(part)}
	}
	return r
}

// ClauseText is the part of the sentence the reference is about: the
// clause, or the whole sentence.
func (r Ref) ClauseText() string {
	if r.Clause == (nlp.Span{}) || r.Clause.End > len(r.Text) || r.Clause.Start > r.Clause.End {
		return r.Text
	}
	return r.Text[r.Clause.Start:r.Clause.End]
}
