package nlp

import "strings"

// A speaker is named whole. An organisation's name may hold a word the
// entity finder took for a name of its own ("Sports" of "TMZ Sports",
// "Office" of "the UN Office for the Coordination of Humanitarian
// Affairs"); the speaker is then the name as written, not that word's
// entity, which the briefing would print in its place.

// fragmentEntity reports whether sp's entity, not a person, names only
// a part of the proper name sp writes: every word of the written name
// capitalised but for connectors and articles inside it, and more of
// them than the entity's name has.
func (d *Index) fragmentEntity(sp speaker) bool {
	if sp.entity < 0 || sp.entity >= len(d.Entities) {
		return false
	}
	e := d.Entities[sp.entity]
	if e.Kind == KindPerson {
		return false // a title before a name qualifies it
	}
	written := trimArticle(strings.TrimSpace(sp.name))
	if nameKey(written) == nameKey(e.Name) || !strings.Contains(written, e.Name) {
		return false
	}
	for _, a := range e.Aliases {
		if nameKey(a) == nameKey(written) {
			return false
		}
	}
	words := strings.Fields(written)
	for k, w := range words {
		lw := strings.ToLower(w)
		if k > 0 && k < len(words)-1 && (nameConnectors[lw] || definiteArticles[lw] || headPrepositions[lw] || additiveConjunctions[lw]) {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}
