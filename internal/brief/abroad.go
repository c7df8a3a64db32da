package brief

import (
	"slices"
	"strings"

	"crosscheck/internal/align"
	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
	"crosscheck/internal/signature"
)

// A story told in several languages is briefed language by language:
// alignment matches sentences by their words, and sentences of two
// languages that it matches anyway match on the few words they share —
// names and digits — which is weak evidence that they state one fact. So
// a fact keeps the sentences of one language, and beside it stand the
// sentences of the articles in other languages that give the same
// figures, days and names (package signature), with what they share: a
// reader sees that the German outlet reports the 240 evacuated too, and
// on what grounds it is shown. Across languages, values disagree only
// where they are language-independent: numbers and days, found between
// such sentences, listed as uncertain (the slot is judged by what the
// sentences share, not by their words); places and persons that
// alignment found disagreeing across languages are names each language
// writes its own way, and are dropped (persons) or kept as uncertain
// (places).

// Abroad is a sentence of an article in another language than a fact's
// sentences that gives some of the same figures, days or names.
type Abroad struct {
	Ref Ref `json:"ref"`
	// Language is the article's language ("de").
	Language string `json:"language"`
	Text     string `json:"text"`
	// Shared are the keys both give: numbers in canonical units ("240
	// people", "12000000 eur"), days ("2026-03-14") and the words of
	// names, folded and transliterated ("oberholzer").
	Shared []string `json:"shared"`
}

// Refs is the sentence as a list, for renderers.
func (a Abroad) Refs() []Ref { return []Ref{a.Ref} }

// Reasons given for cross-language conflicts.
const (
	crossSlot  = "across languages: the values were matched by the figures, days and names their sentences share, not by their words, and may be of different things or an update"
	crossPlace = "across languages: each language may write one place's name its own way"
)

// readLanguages notes each article's language and, when the story's
// original articles are in two languages or more, each sentence's
// signature. A story in one language gets neither, and its briefing is
// as it was.
func (s *state) readLanguages(docs []nlp.Doc) {
	langs := make([]string, len(s.arts))
	seen := make(map[string]bool)
	for i, a := range s.arts {
		langs[i] = lang.Primary(a.Language)
		if langs[i] != "" && !s.isCopy(i) {
			seen[langs[i]] = true
		}
	}
	if len(seen) < 2 {
		return
	}
	s.langOf, s.docs = langs, docs
	s.sigs = make([][]signature.Signature, len(docs))
	for i, d := range docs {
		s.sigs[i] = signature.BySentence(d)
	}
}

// keepClaimsInLanguage leaves each claim the sentences of one language:
// the one most of its outlets write in (the first sentence's on a tie).
// Articles of unknown language stay in any claim.
func (s *state) keepClaimsInLanguage() {
	if s.langOf == nil {
		return
	}
	for ci, c := range s.an.Claims {
		outlets := make(map[string]map[string]bool)
		for _, r := range c.Sentences {
			l := s.langOf[s.byID[r.ArticleID]]
			if outlets[l] == nil {
				outlets[l] = make(map[string]bool)
			}
			outlets[l][r.Outlet] = true
		}
		delete(outlets, "")
		if len(outlets) < 2 {
			continue
		}
		main := ""
		for _, r := range c.Sentences {
			l := s.langOf[s.byID[r.ArticleID]]
			if l != "" && (main == "" || len(outlets[l]) > len(outlets[main])) {
				main = l
			}
		}
		kept := slices.DeleteFunc(slices.Clone(c.Sentences), func(r align.Ref) bool {
			l := s.langOf[s.byID[r.ArticleID]]
			return l != "" && l != main
		})
		c.Sentences = kept
		c.Outlets = nil
		for _, r := range kept {
			if !slices.Contains(c.Outlets, r.Outlet) {
				c.Outlets = append(c.Outlets, r.Outlet)
			}
		}
		s.an.Claims[ci] = c
	}
}

// abroad sets each fact's Abroad and adds the cross-language conflicts
// found between a fact's sentences and those beside it.
func (s *state) abroad() {
	if s.langOf == nil {
		return
	}
	s.crossLanguageConflicts()
	found := make(map[string]bool)
	claimOf := make(map[string]int, len(s.factOf))
	for ci, id := range s.factOf {
		claimOf[id] = ci
	}
	links := make(map[[2]int]bool)
	for _, list := range [][]Fact{s.b.Agreed, s.b.Partial, s.b.Single} {
		for fi := range list {
			f := &list[fi]
			own, sig := s.factSignature(*f)
			if sig.Empty() {
				continue
			}
			for j := range s.arts {
				l := s.langOf[j]
				if l == "" || own[l] || s.isCopy(j) {
					continue
				}
				k, shared, ok := s.echo(sig, j)
				if !ok {
					continue
				}
				ref := s.ref(s.arts[j].ID, k)
				f.Abroad = append(f.Abroad, Abroad{Ref: ref, Language: l, Text: s.an.Articles[j].Sentences[k], Shared: shared.Words()})
				if ca, ok := s.wholeClaimOf[[2]int64{ref.Article, int64(k)}]; ok {
					links[[2]int{claimOf[f.ID], ca}] = true
				}
				s.crossConflicts(*f, j, k, found)
			}
		}
	}
	s.sameAbroad(links)
}

// sameAbroad joins the claims of two languages that state one fact as
// far as their figures, days and names tell — each shown beside the
// other (links holds both directions) — so that a summary takes one of
// them. A claim joins at most one claim of each other language: a
// sentence echoing two facts must not make them one.
func (s *state) sameAbroad(links map[[2]int]bool) {
	s.claimRoot = make(map[int]int)
	root := func(c int) int {
		for {
			p, ok := s.claimRoot[c]
			if !ok || p == c {
				return c
			}
			c = p
		}
	}
	langs := make(map[int]map[string]int) // root → language → its claim
	lang := func(c int) string {
		for _, r := range s.an.Claims[c].Sentences {
			if l := s.langOf[s.byID[r.ArticleID]]; l != "" {
				return l
			}
		}
		return ""
	}
	pairs := make([][2]int, 0, len(links))
	for l := range links {
		if l[0] < l[1] && links[[2]int{l[1], l[0]}] {
			pairs = append(pairs, l)
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	for _, p := range pairs {
		ra, rb := root(p[0]), root(p[1])
		if ra == rb {
			continue
		}
		ma, mb := langs[ra], langs[rb]
		if ma == nil {
			ma = map[string]int{lang(p[0]): p[0]}
		}
		if mb == nil {
			mb = map[string]int{lang(p[1]): p[1]}
		}
		clash := false
		for l := range mb {
			if _, ok := ma[l]; ok {
				clash = true
			}
		}
		if clash {
			continue
		}
		for l, c := range mb {
			ma[l] = c
		}
		lo, hi := min(ra, rb), max(ra, rb)
		s.claimRoot[hi] = lo
		langs[lo] = ma
		delete(langs, hi)
	}
}

// sameClaim is the claim that stands for c in a summary: the first of
// the claims of other languages joined with it (sameAbroad).
func (s *state) sameClaim(c int) int {
	for {
		p, ok := s.claimRoot[c]
		if !ok || p == c {
			return c
		}
		c = p
	}
}

// factSignature is the languages of a fact's sentences and the union of
// their signatures.
func (s *state) factSignature(f Fact) (map[string]bool, signature.Signature) {
	own := make(map[string]bool)
	var sig signature.Signature
	for _, r := range f.Refs {
		i, ok := s.byID[r.Article]
		if !ok || r.Sentence >= len(s.sigs[i]) {
			continue
		}
		own[s.langOf[i]] = true
		sig = signature.Union(sig, s.sigs[i][r.Sentence])
	}
	return own, sig
}

// echo finds the sentence of article j that echoes sig (signature.Echoes)
// with the most shared keys; ok is false when none does, or when two
// share as many (which of them would be a guess).
func (s *state) echo(sig signature.Signature, j int) (int, signature.Signature, bool) {
	best, bestN, tied := -1, 0, false
	var bestShared signature.Signature
	for k, ss := range s.sigs[j] {
		if slices.Contains(s.an.Articles[j].Credits, k) {
			continue
		}
		shared := signature.Shared(ss, sig)
		if !signature.Echoes(shared) {
			continue
		}
		switch n := shared.Len(); {
		case n > bestN:
			best, bestN, bestShared, tied = k, n, shared, false
		case n == bestN:
			tied = true
		}
	}
	return best, bestShared, best >= 0 && !tied
}

// crossValue is a value a side of a cross-language conflict gives, and
// the sentences giving it.
type crossValue struct {
	key  string
	refs []Ref
}

// crossValues gathers the numbers (by unit) and days the sentences refs
// give.
func (s *state) crossValues(refs []Ref) (map[string][]crossValue, []crossValue) {
	add := func(list []crossValue, key string, r Ref) []crossValue {
		for i := range list {
			if list[i].key == key {
				list[i].refs = append(list[i].refs, r)
				return list
			}
		}
		return append(list, crossValue{key, []Ref{r}})
	}
	units := make(map[string][]crossValue)
	var days []crossValue
	for _, r := range refs {
		sig := s.sigs[s.byID[r.Article]][r.Sentence]
		for _, n := range sig.Numbers {
			u := signature.Unit(n)
			units[u] = add(units[u], n, r)
		}
		for _, d := range sig.Dates {
			days = add(days, d, r)
		}
	}
	return units, days
}

// crossConflicts adds, as uncertain, the numbers and days that a fact's
// sentences and sentence k of article j, which echoes them, give
// differently: one value of a unit (or one day) on each side, not the
// same.
func (s *state) crossConflicts(f Fact, j, k int, found map[string]bool) {
	ownUnits, ownDays := s.crossValues(f.Refs)
	theirUnits, theirDays := s.crossValues([]Ref{s.ref(s.arts[j].ID, k)})
	_, sig := s.factSignature(f)
	shared := signature.Shared(s.sigs[j][k], sig)
	evidence := "the sentences, in " + strings.Join(s.languagesOf(f.Refs), ", ") + " and " + s.langOf[j] + ", share " + strings.Join(shared.Words(), ", ")
	units := make([]string, 0, len(ownUnits))
	for u := range ownUnits {
		units = append(units, u)
	}
	slices.Sort(units)
	for _, u := range units {
		own, their := ownUnits[u], theirUnits[u]
		if len(own) == 1 && len(their) == 1 && own[0].key != their[0].key {
			s.addCrossConflict(found, f, align.ConflictNumber, u, evidence, own[0], their[0])
		}
	}
	if len(ownDays) == 1 && len(theirDays) == 1 && ownDays[0].key != theirDays[0].key {
		s.addCrossConflict(found, f, align.ConflictDate, "day", evidence, ownDays[0], theirDays[0])
	}
}

// addCrossConflict lists two values as an uncertain conflict, once for
// a pair of languages giving a pair of values: the fact with most
// outlets, met first, stands for it.
func (s *state) addCrossConflict(found map[string]bool, f Fact, kind, slot, evidence string, values ...crossValue) {
	var keys []string
	for _, v := range values {
		keys = append(keys, strings.Join(s.languagesOf(v.refs), "+")+":"+v.key)
	}
	slices.Sort(keys)
	id := kind + "\x00" + slot + "\x00" + strings.Join(keys, "\x00")
	if found[id] {
		return
	}
	found[id] = true
	c := Conflict{Kind: kind, Fact: f.ID, Subject: f.Text, Slot: slot, Evidence: evidence, Uncertain: crossSlot, Variants: []Variant{}}
	for _, v := range values {
		nv := Variant{Outlets: []string{}, Refs: v.refs, Sources: []string{}}
		for _, r := range v.refs {
			i := s.byID[r.Article]
			if nv.Value == "" {
				nv.Value = s.valueText(i, r.Sentence, kind, v.key)
			}
			if !slices.Contains(nv.Outlets, r.Outlet) {
				nv.Outlets = append(nv.Outlets, r.Outlet)
			}
			if earlier(s.arts[i].Published, nv.Published) {
				nv.Published = s.arts[i].Published
			}
		}
		c.Variants = append(c.Variants, nv)
	}
	s.b.Uncertain = append(s.b.Uncertain, c)
}

// valueText is a value as sentence k of article i writes it: the text of
// the quantity or time expression whose key it is, else the key.
func (s *state) valueText(i, k int, kind, key string) string {
	d := s.docs[i]
	if kind == align.ConflictNumber {
		for _, q := range d.Quantities {
			if qk, ok := signature.NumberKey(q); ok && q.Sentence == k && qk == key {
				return q.Text
			}
		}
		return key
	}
	for _, t := range d.Times {
		if t.Sentence == k && !t.Start.IsZero() && t.Start.Format("2006-01-02") == key {
			return t.Text
		}
	}
	return key
}

// languagesOf lists the languages of the articles of refs.
func (s *state) languagesOf(refs []Ref) []string {
	var out []string
	for _, r := range refs {
		if l := s.langOf[s.byID[r.Article]]; l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// crossLanguageConflicts revisits the conflicts alignment found: one
// whose values no two outlets of one language give (every pair of
// variants across languages) is about a person's name — dropped, as each
// language writes names its own way — or a place's, kept as uncertain
// for the same reason; numbers and days stand.
func (s *state) crossLanguageConflicts() {
	across := func(c Conflict) bool {
		for a := range c.Variants {
			for b := a + 1; b < len(c.Variants); b++ {
				for _, l := range s.languagesOf(c.Variants[a].Refs) {
					if slices.Contains(s.languagesOf(c.Variants[b].Refs), l) {
						return false
					}
				}
			}
		}
		return true
	}
	keep := func(list []Conflict) []Conflict {
		return slices.DeleteFunc(list, func(c Conflict) bool {
			switch {
			case !across(c):
				return false
			case c.Kind == align.ConflictPerson:
				return true
			case c.Kind == align.ConflictPlace:
				c.Uncertain = crossPlace
				s.b.Uncertain = append(s.b.Uncertain, c)
				return true
			}
			return false
		})
	}
	s.b.Conflicts = keep(s.b.Conflicts)
	s.b.Updates = keep(s.b.Updates)
	s.b.Uncertain = slices.DeleteFunc(s.b.Uncertain, func(c Conflict) bool {
		return across(c) && c.Kind == align.ConflictPerson
	})
}
