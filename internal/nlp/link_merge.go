package nlp

import (
	"slices"
	"strings"
)

// LinkEntities merges the entities of the documents of one story. Entities
// with the same canonical name (after folding case, hyphens and spaces) are
// one; then a one-word name joins the story's person whose fuller name has
// that word or those initials, if exactly one does; then a descriptive
// entity ("the Kremlin boss") joins the story's person holding that role.
func LinkEntities(docs []Doc) StoryEntities {
	var s StoryEntities
	byKey := map[string]int{}
	s.Of = make([][]int, len(docs))
	type pending struct{ doc, ent int }
	var later []pending
	// byPart lists, once the one-word names are matched (below), the
	// entities under each word and the initials of each name they have
	// had: every entity whose name has a word or initials, and more.
	var byPart map[string][]int
	note := func(id int) {
		if byPart == nil {
			return
		}
		if ps := partsOf(s.Entities[id].Name); len(ps.words) >= 2 {
			for _, w := range append(ps.words, ps.initials) {
				byPart[w] = append(byPart[w], id)
			}
		}
	}
	add := func(di, ei, id int) {
		e := &docs[di].Entities[ei]
		se := &s.Entities[id]
		if betterSpelling(se.Name, e.Name) {
			se.Aliases = append(se.Aliases, se.Name)
			se.Name = e.Name
			note(id)
		}
		se.Members = append(se.Members, EntityRef{Doc: di, Entity: ei})
		s.Of[di][ei] = id
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a != se.Name && !slices.Contains(se.Aliases, a) {
				se.Aliases = append(se.Aliases, a)
			}
		}
		for _, r := range e.Roles {
			if !slices.Contains(se.Roles, r) {
				se.Roles = append(se.Roles, r)
			}
		}
		if se.Country == "" {
			se.Country = e.Country
		}
		if se.Kind == KindOther && e.Kind != KindOther && !(e.KindGuessed && !se.KindGuessed) {
			se.Kind, se.KindGuessed = e.Kind, e.KindGuessed
		} else {
			se.Kind, se.KindGuessed = mergeKind(se.Kind, se.KindGuessed, e.Kind, e.KindGuessed)
		}
	}
	create := func(di, ei int) int {
		e := &docs[di].Entities[ei]
		id := len(s.Entities)
		s.Entities = append(s.Entities, StoryEntity{ID: id, Name: e.Name, Kind: e.Kind, KindGuessed: e.KindGuessed})
		note(id)
		if !e.Descriptive {
			byKey[nameKey(e.Name)] = id
		}
		add(di, ei, id)
		return id
	}
	for di, d := range docs {
		s.Of[di] = make([]int, len(d.Entities))
		for ei, e := range d.Entities {
			s.Of[di][ei] = -1
			key := nameKey(e.Name)
			switch {
			case e.Descriptive || !strings.Contains(key, " "):
				if id, ok := byKey[key]; ok && !e.Descriptive {
					add(di, ei, id)
				} else {
					later = append(later, pending{di, ei})
				}
			default:
				if id, ok := byKey[key]; ok {
					add(di, ei, id)
				} else {
					create(di, ei)
				}
			}
		}
	}
	if len(later) > 0 {
		byPart = map[string][]int{}
		for id := range s.Entities {
			note(id)
		}
	}
	// parts holds the parts of each entity's name, made when first
	// asked and again when the name has changed since.
	type named struct {
		name  string
		parts nameWords
	}
	var parts []named
	for _, p := range later {
		e := &docs[p.doc].Entities[p.ent]
		key := nameKey(e.Name)
		if id, ok := byKey[key]; ok && !e.Descriptive {
			add(p.doc, p.ent, id)
			continue
		}
		// The one person whose name fits, -2 when several do.
		match := -1
		if e.Descriptive {
			for id, se := range s.Entities {
				if se.Kind != KindPerson || !rolesMatch(se.Roles, e.Roles) {
					continue
				}
				if match >= 0 {
					match = -2 // ambiguous
					break
				}
				match = id
			}
		} else if !keptApart(&docs[p.doc], key) {
			// Only a name listed under the key as a word or its
			// initials may have it: each is asked as it is now.
			for _, id := range byPart[key] {
				se := &s.Entities[id]
				if id == match || se.Kind != KindPerson {
					continue
				}
				if len(parts) < len(s.Entities) {
					parts = append(parts, make([]named, len(s.Entities)-len(parts))...)
				}
				if pn := &parts[id]; pn.name != se.Name || pn.parts.words == nil {
					pn.name, pn.parts = se.Name, partsOf(se.Name)
				}
				if !parts[id].parts.has(key) {
					continue
				}
				// "ISRO" of one article is not "ISRO Chairman" of
				// another (officeWord).
				if officeWord(parts[id].parts, key, se.Name) {
					continue
				}
				if match >= 0 {
					match = -2 // ambiguous
					break
				}
				match = id
			}
		}
		if match >= 0 {
			add(p.doc, p.ent, match)
			continue
		}
		if e.Descriptive {
			if id, ok := byKey["R:"+strings.Join(e.Roles, ",")]; ok {
				add(p.doc, p.ent, id)
				continue
			}
			id := create(p.doc, p.ent)
			byKey["R:"+strings.Join(e.Roles, ",")] = id
			continue
		}
		create(p.doc, p.ent)
	}
	return s
}

// nameWords are the words of a name's key and their initials.
type nameWords struct {
	words    []string
	initials string
}

func partsOf(name string) nameWords {
	words := strings.Fields(nameKey(name))
	var initials strings.Builder
	for _, w := range words {
		initials.WriteByte(w[0])
	}
	return nameWords{words: words, initials: initials.String()}
}

// has reports whether part (a name key) is a word of the name or its
// initials ("kju" for "Kim Jong Un").
func (p nameWords) has(part string) bool {
	if len(p.words) < 2 {
		return false
	}
	return slices.Contains(p.words, part) || len(part) >= 2 && p.initials == part
}
