package brief

import (
	"slices"
	"strings"
	"time"
)

// outlets lists every outlet with its pages, the facts only it reports and
// the pages it copied.
func (s *state) outlets() {
	idx := make(map[string]int)
	for i, a := range s.arts {
		name := s.outlet[i]
		k, ok := idx[name]
		if !ok {
			k = len(s.b.Outlets)
			idx[name] = k
			s.b.Outlets = append(s.b.Outlets, Outlet{Name: name, Articles: []Source{}, Adds: []string{}, Copies: []Copy{}, Reuses: []Reuse{}})
		}
		o := &s.b.Outlets[k]
		o.Articles = append(o.Articles, Source{
			Article: a.ID, Title: a.Title, Origin: a.Origin, URL: a.URL,
			Published: a.Published, PublishedFrom: a.PublishedFrom,
		})
		if i < len(s.an.Articles) {
			src := &o.Articles[len(o.Articles)-1]
			src.AnalysedIn, src.LanguageFallback = s.an.Articles[i].Language, s.an.Articles[i].Fallback
		}
		if r := s.root(i); r != i {
			o.Copies = append(o.Copies, Copy{
				Article: a.ID, Origin: a.Origin, Of: s.arts[r].ID, OfOutlet: s.outlet[r],
				Overlap: containment(a.Text, s.arts[r].Text),
			})
		}
	}
	for _, r := range s.reuses {
		k := idx[s.outlet[s.byID[r.Article]]]
		s.b.Outlets[k].Reuses = append(s.b.Outlets[k].Reuses, r)
	}
	for _, f := range s.b.Single {
		if k, ok := idx[f.Outlets[0]]; ok {
			s.b.Outlets[k].Adds = append(s.b.Outlets[k].Adds, f.ID)
		}
	}
	first := func(o Outlet) time.Time {
		var t time.Time
		for _, a := range o.Articles {
			if earlier(a.Published, t) {
				t = a.Published
			}
		}
		return t
	}
	slices.SortStableFunc(s.b.Outlets, func(x, y Outlet) int {
		tx, ty := first(x), first(y)
		switch {
		case earlier(tx, ty):
			return -1
		case earlier(ty, tx):
			return 1
		}
		return strings.Compare(x.Name, y.Name)
	})
}

// containment is the share of copy's word 4-grams that occur in original:
// 1 for a verbatim copy, lower for a rewrite.
func containment(copy, original string) float64 {
	return gramShare(wordGrams(copy), gramSet(original))
}

// wordGrams are the word 4-grams of text, lowercased so that a retitled or
// recased copy still matches; a text of fewer than four words is one gram.
func wordGrams(text string) []string {
	ws := wordTokens(strings.ToLower(text))
	if len(ws) > 0 && len(ws) < 4 {
		return []string{strings.Join(ws, " ")}
	}
	var out []string
	for i := 0; i+4 <= len(ws); i++ {
		out = append(out, strings.Join(ws[i:i+4], " "))
	}
	return out
}

func gramSet(text string) map[string]bool {
	set := make(map[string]bool)
	for _, g := range wordGrams(text) {
		set[g] = true
	}
	return set
}

// gramShare is the share of grams found in set; 0 for no grams.
func gramShare(grams []string, set map[string]bool) float64 {
	if len(grams) == 0 {
		return 0
	}
	var hit int
	for _, g := range grams {
		if set[g] {
			hit++
		}
	}
	return float64(hit) / float64(len(grams))
}
