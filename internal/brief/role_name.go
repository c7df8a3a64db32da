package brief

import "crosscheck/internal/nlp"

// roleNamedElsewhere reports whether entity of document doc (d) is a
// person the article names only by a role ("the country's interim Prime
// Minister") whose story entity se takes its name from another article:
// the article never names that person. Who held the role for this
// article's writer is then not known from the article, and a name linked
// in from another article may be another holder of it (an interim prime
// minister and a prime minister designate): the role stays as written.
func roleNamedElsewhere(d *nlp.Doc, doc, entity int, se nlp.StoryEntity) bool {
	if d == nil || entity < 0 || entity >= len(d.Entities) {
		return false
	}
	if e := d.Entities[entity]; e.Kind != nlp.KindPerson || !e.Descriptive {
		return false
	}
	for _, m := range se.Members {
		if m.Doc == doc && m.Entity >= 0 && m.Entity < len(d.Entities) && !d.Entities[m.Entity].Descriptive {
			return false
		}
	}
	return true
}
