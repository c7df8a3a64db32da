package nlp

import (
	"crosscheck/internal/lang"
	"slices"
	"strings"
	"unicode/utf8"
)

// findEntities names the speakers of the quotes and, in languages that
// capitalise only names, the runs of capitalised words. A language that
// capitalises every noun (German) takes a run for a name only when it has
// two words or more, or follows a title ("Kanzler Scholz"): "Regierung"
// alone is a noun. Text without spaces has no capitals; its names are its
// speakers'.
func (w *words) findEntities(d *Doc) []Entity {
	var out []Entity
	byName := map[string]int{}
	add := func(name, kind string, sp Span) int {
		name = strings.TrimSpace(name)
		if name == "" {
			return -1
		}
		k, ok := byName[name]
		if !ok {
			k = len(out)
			byName[name] = k
			out = append(out, Entity{ID: k, Name: name, Kind: kind, KindGuessed: true})
		}
		out[k].Mentions = append(out[k].Mentions, sp)
		return k
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker == "" {
			continue
		}
		sp := q.Span
		if k := strings.Index(d.Text[d.Sentences[q.Sentence].Start:d.Sentences[q.Sentence].End], q.Speaker); k >= 0 {
			s := d.Sentences[q.Sentence].Start + k
			sp = Span{s, s + len(q.Speaker)}
		}
		kind := KindPerson
		if first := strings.ToLower(strings.Fields(q.Speaker + " ")[0]); w.determiners[first] {
			kind = KindOther // a role: "der Minister"
		}
		name, role := q.Speaker, ""
		if !w.spaced {
			name, role = w.splitTitle(q.Speaker)
		}
		q.SpeakerEntity = add(name, kind, sp)
		if role != "" && !slices.Contains(out[q.SpeakerEntity].Roles, role) {
			out[q.SpeakerEntity].Roles = append(out[q.SpeakerEntity].Roles, role)
		}
	}
	if !w.spaced {
		return out
	}
	for _, s := range d.Sentences {
		ts := wordsOfSpan(d.Text, s.Start, s.End)
		for k := 0; k < len(ts); {
			if !w.nameWord(ts[k]) || k == 0 && (w.capNouns || len(ts) > 1 && !w.nameWord(ts[1])) {
				k++
				continue
			}
			j := k + 1
			for j < len(ts) && w.nameWord(ts[j]) && ts[j-1].punct == "" {
				j++
			}
			titled := k > 0 && w.titles[ts[k-1].lower]
			if j-k >= 2 || titled || !w.capNouns && utf8.RuneCountInString(ts[k].text) > 1 {
				name := d.Text[ts[k].start:ts[j-1].end]
				kind := KindOther
				if j-k >= 2 && j-k <= 3 || titled {
					kind = KindPerson
				}
				if _, seen := byName[name]; !seen || out[byName[name]].Kind == kind {
					add(name, kind, Span{ts[k].start, ts[j-1].end})
				}
			}
			k = j
		}
	}
	return out
}

// splitTitle cuts a speaker written with a title into the name and the
// role: "外交部发言人毛宁" is 毛宁, the 外交部发言人; "岸田文雄首相" is
// 岸田文雄, the 首相. A speaker that is only a role stays whole.
func (w *words) splitTitle(s string) (name, role string) {
	best := ""
	for t := range w.titles {
		if len(t) > len(best) && strings.Contains(s, t) {
			best = t
		}
	}
	if best == "" {
		return s, ""
	}
	k := strings.LastIndex(s, best)
	after, before := s[k+len(best):], s[:k]
	for p := range w.lex.Set(lang.OwnerParticles) {
		if j := strings.LastIndex(before, p); j >= 0 {
			before = before[j+len(p):]
		}
	}
	switch {
	case after != "" && utf8.RuneCountInString(after) <= 4:
		return after, s[:k+len(best)]
	case after == "" && before != "" && utf8.RuneCountInString(before) <= 5:
		return before, best
	}
	return s, ""
}
