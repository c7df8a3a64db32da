package align

import (
	"crosscheck/internal/lang"
	"slices"
	"strconv"
	"strings"

	"crosscheck/internal/nlp"
)

// Outlets word a transfer of goods between parties apart: "Russia is
// seeking to buy shells from North Korea", "the two will discuss North
// Korea's supply of weapons to support the Russian war machine",
// "Putin wants Kim to agree to provide Russia with projectiles". Their
// words barely overlap (a cosine of 0.03 to 0.13), while each is closer
// to a sentence about the same goods between the same parties that says
// something else about them: "the US warned North Korea against
// supplying weapons to Russia". What tells them apart is the predicate
// that governs the transfer: wanting, seeking, discussing it (an intent)
// against warning about it (a deterrent) or accusing someone of it (an
// allegation). A sentence's transfer frame is (supplier, goods class,
// recipient) read off a transfer verb or noun and the names around it,
// with parties folded to their country (a capital, a demonym, a state's
// leader); its class is that of the nearest governing predicate before
// it. Two sentences with one transfer are one claim only with one class
// (pass 1 keeps them apart otherwise), and sentences with one transfer of
// one class are one claim even when they share few words (mergeFrames),
// in the spirit of frame-semantic paraphrase (a Commerce_buy and a
// Commerce_sell frame with their roles swapped state one event).

// transfer is one transfer frame of a unit.
type transfer struct {
	from, to, goods string
	// class is the governing predicate's class, "" when none governs it.
	class string
}

// same reports whether two frames are one transfer (whatever governs it).
func (t transfer) same(o transfer) bool {
	return t.from == o.from && t.to == o.to && t.goods == o.goods
}

// transferWindow is how many tokens around a transfer word its goods and
// parties are looked for, and how far back its governing predicate.
const transferWindow = 8

// transferDir tells a transfer word's direction: +1 for the supplier's
// side ("supply", "sell"), -1 for the recipient's ("buy", "obtain").
func transferDir(w string) int {
	switch concept(w) {
	case "supply":
		return 1
	case "acquire":
		return -1
	}
	return 0
}

// goodsClass is the class of goods a word names: a few classes of goods
// that states trade and news reports on, so that "artillery shells",
// "projectiles" and "weapons and ammunition" are one class.
func goodsClass(w string) string {
	if c, ok := goodsWords[w]; ok {
		return c
	}
	return goodsWords[concept(w)]
}

var goodsWords = english.Map(lang.GoodsClasses)

// predicateClass is the class of a word that governs a transfer: an
// intent ("wants", "seeking", "discuss", "agree"), a deterrent ("warns",
// "against", "sanctions", "a big mistake") or an allegation ("accused").
func predicateClass(w string) string {
	if c, ok := predicateWords[w]; ok {
		return c
	}
	if c, ok := predicateWords[concept(w)]; ok {
		return c
	}
	return predicateWords[stem(w)]
}

var predicateWords = english.Map(lang.TransferPredicateClasses)

// transferSite is a transfer word of a span as read of its article
// alone: its direction, its goods, the predicate governing it, and the
// article's entities (-1: none) that may be its parties, which the story
// names (partyOf): the name before the word, the names after it that
// may receive the goods (the first the story names is taken), and the
// name after a source preposition.
type transferSite struct {
	dir          int
	goods, class string
	before, from int
	afters       []int
}

// transferSitesIn returns the transfer sites of span sp of article x:
// every transfer word with goods of a known class next to it.
func transferSitesIn(x *nlp.Index, sp nlp.Span) []transferSite {
	d := x.Doc
	toks := nlp.Tokenize(d.Text[sp.Start:sp.End], sp.Start)
	ms := x.MentionsIn(sp.Start, sp.End)
	tokAt := func(off int) int { // index of the token starting at or after off
		for i, t := range toks {
			if t.Span.End > off {
				return i
			}
		}
		return len(toks)
	}
	var out []transferSite
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		dir := transferDir(w)
		if dir == 0 {
			continue
		}
		goods := ""
		if i > 0 {
			goods = goodsClass(strings.ToLower(toks[i-1].Text)) // "arms sales"
		}
		for k := i + 1; goods == "" && k < min(len(toks), i+1+transferWindow); k++ {
			goods = goodsClass(strings.ToLower(toks[k].Text))
		}
		if goods == "" {
			continue
		}
		site := transferSite{dir: dir, goods: goods, class: governing(toks, i), before: -1, from: -1}
		// The party before the word: its subject ("Pyongyang supplying",
		// "Russia is seeking to buy", "North Korea's supply").
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.End <= t.Span.Start {
				if i-tokAt(m.End) <= transferWindow {
					site.before = m.Entity
				}
				break
			}
		}
		// The party after it: whom goods go to ("provide Russia with",
		// "to Russia", "for Putin's soldiers"), or, after "from", whom
		// they come from. A place where something happens ("in
		// Ukraine", "invasion of Ukraine") is neither.
		for _, m := range ms {
			if m.Start < t.Span.End {
				continue
			}
			k := tokAt(m.Start)
			if k-i > transferWindow {
				break
			}
			prev := strings.ToLower(toks[k-1].Text)
			if sourcePrepositions.Has(prev) {
				site.from = m.Entity
				break
			}
			if !placePreposition[prev] {
				site.afters = append(site.afters, m.Entity)
			}
		}
		out = append(out, site)
	}
	return out
}

// transfersOf returns the transfer frames of sites, in article doc of
// the story: those with two different parties.
func transfersOf(sites []transferSite, doc int, ents *nlp.StoryEntities) []transfer {
	var out []transfer
	party := func(e int) string {
		if e < 0 {
			return ""
		}
		return partyOf(ents, doc, e)
	}
	for _, site := range sites {
		before, from, after := party(site.before), party(site.from), ""
		for _, e := range site.afters {
			if after = party(e); after != "" {
				break
			}
		}
		tr := transfer{goods: site.goods, class: site.class}
		if site.dir > 0 {
			tr.from, tr.to = before, after
		} else {
			tr.from, tr.to = from, before
		}
		if tr.from != "" && tr.to != "" && tr.from != tr.to {
			out = append(out, tr)
		}
	}
	return out
}

// placePreposition introduces where or against whom something happens,
// not a party to a transfer.
var placePreposition = english.Set(lang.PlacePrepositions)

// governing returns the class of the nearest predicate before token i
// that governs a transfer, "" if none is near.
func governing(toks []nlp.Token, i int) string {
	for k := i - 1; k >= 0 && k >= i-transferWindow; k-- {
		if c := predicateClass(strings.ToLower(toks[k].Text)); c != "" {
			return c
		}
	}
	return ""
}

// partyOf is the party a story entity stands for in a transfer: a place
// its country ("Pyongyang", "Russian"), a state's leader the state; else
// the entity itself.
func partyOf(ents *nlp.StoryEntities, doc, local int) string {
	id := ents.Lookup(doc, local)
	if id < 0 {
		return ""
	}
	e := ents.Entities[id]
	if e.Country != "" {
		return strings.ToLower(e.Country)
	}
	if e.Kind == nlp.KindPerson {
		for _, r := range e.Roles {
			if c, role, ok := strings.Cut(r, "|"); ok && c != "" && role == "leader" {
				return c
			}
		}
	}
	return "E:" + strconv.Itoa(id)
}

// transfersConflict reports whether two units state one transfer under
// different predicates (and no transfer under the same one).
func transfersConflict(a, b []transfer) bool {
	clash := false
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
			if x.same(y) {
				clash = true
			}
		}
	}
	return clash
}

// sharedTransfer returns a frame all the given units state, if any.
func sharedTransfer(units []unit, ms []int) (transfer, bool) {
	for _, t := range units[ms[0]].transfers {
		all := true
		for _, m := range ms[1:] {
			if !slices.Contains(units[m].transfers, t) {
				all = false
				break
			}
		}
		if all {
			return t, true
		}
	}
	return transfer{}, false
}

// transfersApart reports whether a unit of a and one of b state one
// transfer under different predicates: pass 1 does not merge them.
func (g *grouping) transfersApart(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if transfersConflict(g.units[x].transfers, g.units[y].transfers) {
				return true
			}
		}
	}
	return false
}

// framePairs returns the pairs of whole sentences of different articles
// that state one transfer under one predicate. A shared frame counts as a
// link of the threshold on top of the pair's similarity: sentences that
// word one transfer apart share few words, and their frame says more than
// the words they share with the sentences around them.
func framePairs(units []unit, threshold float64) []pair {
	var out []pair
	for i, u := range units {
		if u.parent >= 0 || len(u.transfers) == 0 {
			continue
		}
		for j := i + 1; j < len(units); j++ {
			v := units[j]
			if v.parent >= 0 || v.input == u.input || len(v.transfers) == 0 {
				continue
			}
			if _, ok := sharedTransfer(units, []int{i, j}); ok {
				out = append(out, pair{a: i, b: j, sim: threshold + dot(u.vec, v.vec), frame: true})
			}
		}
	}
	return out
}

// frameApart reports whether a and b may not be one group for their
// transfers: one unit of each states one transfer under different
// predicates, or one of them is a group of sentences that all state a
// transfer the other does not (a frame is the claim's identity: a
// sentence that does not state it is about something else).
func (g *grouping) frameApart(a, b []int) bool {
	if g.transfersApart(a, b) {
		return true
	}
	closed := func(x, y []int) bool {
		if len(x) < 2 {
			return false
		}
		t, ok := sharedTransfer(g.units, x)
		if !ok {
			return false
		}
		for _, m := range y {
			if !slices.Contains(g.units[m].transfers, t) {
				return true
			}
		}
		return false
	}
	return closed(a, b) || closed(b, a)
}
