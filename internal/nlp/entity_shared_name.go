package nlp

import (
	"strings"
)

// sharedNamePart decides which fuller person name a one-word mention m
// ("Khan", "Mr. Khan", "Woods") is part of, when the text names more
// than one person who bears that word: a father and his son, a widow
// and her late husband. The title or noun right before the mention ("Mr.
// Khan", "Ms. Khan") keeps only the bearers not known to be of the
// other sex; if more or fewer than one is left, the word is nobody's
// part (found -1) and names a person of its own, rather than the
// nearest bearer, who is often the one talked about ("Dorothy Woods,
// whose husband, Navy SEAL Ty Woods, … Woods said"). A bearer whose sex
// is not known stays in the running. With one bearer only, shared is
// false and the nearest-bearer rule stands.
func (f *finder) sharedNamePart(ents []Entity, list []posEntity, m *mention) (found int, shared bool) {
	seen := map[int]bool{}
	var bearers []int
	for _, p := range list {
		if !seen[p.entity] {
			seen[p.entity] = true
			bearers = append(bearers, p.entity)
		}
	}
	if len(bearers) < 2 {
		return -1, false
	}
	want := f.sexBefore(m.span)
	found = -1
	for _, id := range bearers {
		if sex := f.sexOf(ents, id); want == genderUnknown || sex == want || sex == genderUnknown {
			if found >= 0 {
				return -1, true
			}
			found = id
		}
	}
	return found, true
}

// sexBefore tells the sex a title or noun for people right before span
// says ("Mr.", "Ms.", "her husband"); unknown when there is none.
func (f *finder) sexBefore(span Span) gender {
	from := max(0, span.Start-20)
	before := Tokenize(f.text[from:span.Start], from)
	if len(before) == 0 || strings.TrimSpace(strings.Trim(f.text[before[len(before)-1].Span.End:span.Start], ".")) != "" {
		return genderUnknown
	}
	switch w := strings.ToLower(strings.TrimSuffix(before[len(before)-1].Text, ".")); {
	case maleWords[w] && !femaleWords[w]:
		return genderMale
	case femaleWords[w] && !maleWords[w]:
		return genderFemale
	}
	return genderUnknown
}

// sexOf tells the sex of person ents[id] by its given name ("Ghazala
// Khan") or, failing that, by the titles and nouns for people before
// the mentions grouped into it so far ("Mr. Khizr Khan").
func (f *finder) sexOf(ents []Entity, id int) gender {
	if g := givenName(ents[id].Name); g != genderUnknown {
		return g
	}
	g := genderUnknown
	for _, m := range f.mentions {
		if m.entity != id {
			continue
		}
		switch s := f.sexBefore(m.span); {
		case s == genderUnknown:
		case g == genderUnknown:
			g = s
		case g != s:
			return genderUnknown
		}
	}
	return g
}

// sexKeys tell apart the grouping keys of a shared name by the sex its
// title says.
var sexKeys = map[gender]string{genderMale: "|m", genderFemale: "|f"}
