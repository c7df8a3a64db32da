package align

import (
	"maps"
	"slices"
)

// A sentence can state two facts in one clause: "Kim left Pyongyang on his
// armored train for a summit with Putin" says the train left and that Kim
// is going to meet Putin. Grouping puts each unit in one claim, so such a
// sentence supports only the claim it is most similar to. After grouping,
// a sentence also joins every other claim whose core it contains: a
// directional containment test (does the sentence say all that the
// claim's members agree on?) in the spirit of lexical textual entailment
// (Glickman, Dagan & Koppel, "Web based probabilistic textual entailment",
// PASCAL RTE 2005), where symmetric cosine would count against the
// sentence the other fact it states.

// coreMin is the least number of core terms a claim needs before anything
// is matched against it: a core of one term ("Kim") is a subject, not a
// fact.
const coreMin = 2

// addContaining adds to each claim of at least two sources, for each
// article with no unit in it, the one sentence of that article that
// contains the claim's core, if it is not told in the other tense (see
// unit.era). An article with two such sentences gets none: which one
// states the fact is not known. The member is the first clause of the
// sentence that contains the core (read with its reported-speech frame),
// else the whole sentence. Cores are taken from the claims as grouping
// left them, so the result depends neither on the order of the claims nor
// on that of the articles.
func addContaining(units []unit, names []string, clauses map[int][]int, claims [][]member, roots []int64) [][]member {
	// Whole sentences by term, in order: a sentence that contains a core
	// is on the list of each of its terms, so the shortest list is the
	// only one to read.
	postings, sentences := postingsOf(units, len(names))
	topic := topicTerms(postings, sentences, names)
	out := make([][]member, len(claims))
	for ci, ms := range claims {
		out[ci] = ms
		srcs := map[int64]bool{}
		has := map[int]bool{}
		for _, m := range ms {
			srcs[roots[units[m.unit].input]] = true
			has[units[m.unit].input] = true
		}
		if len(srcs) < 2 {
			continue
		}
		core := coreOf(units, clauses, ms, topic)
		if len(core) < coreMin || !anchored(core) {
			continue
		}
		found := map[int][]int{} // article → its sentences that contain the core
		var shortest []int
		first := true
		for t := range core {
			id, _ := slices.BinarySearch(names, t)
			if p := postings[id]; first || len(p) < len(shortest) {
				shortest, first = p, false
			}
		}
		for _, i := range shortest {
			if u := &units[i]; !has[u.input] && sameEra(units, ms, u.era) && contains(u.terms, core) {
				found[u.input] = append(found[u.input], i)
			}
		}
		for _, a := range slices.Sorted(maps.Keys(found)) {
			if len(found[a]) > 1 {
				continue
			}
			s := found[a][0]
			m := member{unit: s, span: units[s].clause.Span, contains: true}
			for _, c := range clauses[s] {
				if contains(units[c].framed, core) && sameEra(units, ms, units[c].era) {
					m = member{unit: c, span: units[c].clause.Span, contains: true}
					break
				}
			}
			out[ci] = append(out[ci], m)
		}
	}
	return out
}

// coreOf is what a claim's members agree on: the terms all of them state
// (not who they say said it), the story's topic terms left out. The first
// member's terms are asked of each other member in turn (states), so no
// other member's terms are listed.
func coreOf(units []unit, clauses map[int][]int, ms []member, topic map[string]bool) map[string]bool {
	core := map[string]bool{}
	if len(ms) == 0 {
		return core
	}
	for t := range statedTerms(units, clauses, ms[0]) {
		if !topic[t] {
			core[t] = true
		}
	}
	for _, m := range ms[1:] {
		for t := range core {
			if !states(units, clauses, m, t) {
				delete(core, t)
			}
		}
	}
	return core
}

// states tells whether term t is one of statedTerms(units, clauses, m).
func states(units []unit, clauses map[int][]int, m member, t string) bool {
	u := &units[m.unit]
	switch {
	case u.parent >= 0:
		_, ok := u.terms[t]
		return ok
	case m.span != u.clause.Span && len(clauses[m.unit]) > 0:
		for _, c := range clauses[m.unit] {
			if sp := units[c].clause.Span; sp.Start >= m.span.Start && sp.End <= m.span.End {
				if _, ok := units[c].terms[t]; ok {
					return true
				}
			}
		}
		return false
	default:
		_, ok := u.terms[t]
		return ok && !u.frame[t]
	}
}

// statedTerms are the terms of what a member states: a clause's own terms;
// for a sentence, those of its clauses within the member's span when part
// of it stands in another claim, else those of the whole sentence but its
// reported-speech frames.
func statedTerms(units []unit, clauses map[int][]int, m member) map[string]bool {
	u := units[m.unit]
	out := map[string]bool{}
	switch {
	case u.parent >= 0:
		for t := range u.terms {
			out[t] = true
		}
	case m.span != u.clause.Span && len(clauses[m.unit]) > 0:
		for _, c := range clauses[m.unit] {
			if sp := units[c].clause.Span; sp.Start >= m.span.Start && sp.End <= m.span.End {
				for t := range units[c].terms {
					out[t] = true
				}
			}
		}
	default:
		for t := range u.terms {
			if !u.frame[t] {
				out[t] = true
			}
		}
	}
	return out
}

// postingsOf lists the whole sentences of units by the number of each
// of their terms (unit.vec, whose terms are those of unit.terms), in
// order, and says how many whole sentences there are: counted first,
// then placed in one slice, so no term is hashed.
func postingsOf(units []unit, terms int) (postings [][]int, sentences int) {
	count := make([]int, terms)
	all := 0
	for _, u := range units {
		if u.parent < 0 {
			sentences++
			all += len(u.vec)
			for _, tw := range u.vec {
				count[tw.term]++
			}
		}
	}
	flat := make([]int, all)
	postings = make([][]int, terms)
	at := 0
	for t, k := range count {
		postings[t] = flat[at : at : at+k]
		at += k
	}
	for i, u := range units {
		if u.parent < 0 {
			for _, tw := range u.vec {
				postings[tw.term] = append(postings[tw.term], i)
			}
		}
	}
	return postings, sentences
}

// topicTerms are the terms of more than half the story's sentences: like
// a corpus-specific stop word (a maximum document frequency of 0.5), a
// term that common ("quake" in a story about a quake) tells no fact from
// another. postings lists the story's sentences by term number
// (postingsOf), names the terms by number.
func topicTerms(postings [][]int, sentences int, names []string) map[string]bool {
	out := map[string]bool{}
	for t, p := range postings {
		if 2*len(p) > sentences {
			out[names[t]] = true
		}
	}
	return out
}

// anchored reports whether a core names something: a story entity or a
// quantity. Shared words alone ("girl", "party") are what sentences of
// one topic have in common, not a fact.
func anchored(core map[string]bool) bool {
	for t := range core {
		if t[0] == 'E' || t[0] == 'Q' {
			return true
		}
	}
	return false
}

// contains reports whether terms hold every term of core.
func contains(terms map[string]float64, core map[string]bool) bool {
	for t := range core {
		if _, ok := terms[t]; !ok {
			return false
		}
	}
	return true
}

// sameEra reports whether a unit of the given era may state what members
// state: not one about the past against one about the future.
func sameEra(units []unit, ms []member, era int) bool {
	for _, m := range ms {
		if units[m.unit].era*era < 0 {
			return false
		}
	}
	return true
}
