package nlp

import (
	"slices"
	"strings"

	"crosscheck/internal/lang"
)

var companyLegalForms = en.Set(lang.CompanyLegalForms)

// News names a person again by the surname, not by the first word of the
// full name. A pair of capitalised words taken for a person's name for
// want of evidence (no title or role, no known given name) whose first
// word is also written alone is most often an organisation and its
// product or office ("Apple TV", "Microsoft Excel", "ISRO Chairman"):
// "Apple" alone is the company, not a short form of "Apple TV". Across
// the articles of a story, where no order tells, only an office name's
// first word is kept apart (a film star's first name may stand alone in
// another article).

// officeName reports whether name, a person's for all the text tells,
// names an organisation's office by the organisation's name and a role
// head ("ISRO Chairman"): its first word alone names the organisation,
// in any article of the story.
func officeName(name string) bool {
	words := strings.Fields(name)
	return len(words) > 1 && roleHeads[strings.ToLower(words[len(words)-1])]
}

// officeWord reports whether key, another article's one-word name, is
// the first word of the person's name of parts ps, which is an office
// name (officeName): it does not join the person. Only the name is
// asked, not its kind's evidence, which other articles of the story may
// change.
func officeWord(ps nameWords, key, name string) bool {
	return len(ps.words) > 1 && ps.words[0] == key && !slices.Contains(ps.words[1:], key) && officeName(name)
}

// weakFirstWord reports whether the first word of the name of an entity,
// with roles (any role of its mentions), may not name it alone when
// written before it: the name is an office name, or its kind is guessed
// and it opens with an acronym ("AMD Opteron", "IBM Watson"), or with no
// given name the lexicon knows and ends in no company's legal form.
func weakFirstWord(name string, guessed, roles bool) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	if officeName(name) {
		return true
	}
	if !guessed {
		return false
	}
	if allCaps(words[0]) && len(words[0]) > 1 {
		return true
	}
	// "Bayer AG", "Vale S.A.": a company by its legal form, which its
	// first word names alone.
	if companyLegalForms[strings.ToLower(strings.ReplaceAll(words[len(words)-1], ".", ""))] {
		return false
	}
	w := strings.ToLower(words[0])
	return !roles && !maleGiven[w] && !femaleGiven[w]
}

// productOwner reports whether the one-word mention m, written before
// any mention of the entity e it would join as the first word of e's
// name, names another: news writes a person's full name before a short
// form of it, so a word that comes first ("Apple has unveiled … the
// Apple TV") is the organisation, not "Apple TV" shortened.
func (f *finder) productOwner(e Entity, m *mention, ms []mention, roled map[int]bool) bool {
	// "daughter Gianna", "Mr Kobe": the word's own role or title says
	// it names a person.
	if len(m.roles) > 0 || m.kind == KindPerson && !m.guessed || f.sexBefore(m.span) != genderUnknown {
		return false
	}
	words := strings.Fields(nameKey(e.Name))
	if len(words) < 2 || words[0] != m.key || !weakFirstWord(e.Name, e.KindGuessed, roled[e.ID]) {
		return false
	}
	for _, o := range ms {
		if o.entity == e.ID && o.span.Start < m.span.Start {
			return false
		}
	}
	return true
}

// keptApart reports whether the document d holds a person's name that
// opens with the one-word name key and whose first word may not name it
// alone (weakFirstWord): the document kept the word apart from that
// name ("Apple" before "Apple TV"), and the story keeps it apart from
// every person's name, as the word names an organisation.
func keptApart(d *Doc, key string) bool {
	for _, e := range d.Entities {
		if e.Kind != KindPerson {
			continue
		}
		if words := strings.Fields(nameKey(e.Name)); len(words) > 1 && words[0] == key && weakFirstWord(e.Name, e.KindGuessed, len(e.Roles) > 0) {
			return true
		}
	}
	return false
}
