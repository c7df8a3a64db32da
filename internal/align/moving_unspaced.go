package align

import (
	"strings"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// movingReach is how many characters on each side of a number, within its
// clause, a moving count's word may stand in a language written without
// spaces: "造成土耳其20213人不幸遇难", "死者は1500人に".
const movingReach = 8

// clauseMarks end a clause in text written without spaces, full-width
// marks as well as ASCII ones.
const clauseMarks = ",;()—–，；（）、。！？!?"

// unspacedMoving is, for each language written without spaces, its moving
// counts' words mapped to what they count.
var unspacedMoving = func() map[string]map[string]string {
	byLang := map[string]map[string]string{}
	for _, code := range lang.Codes() {
		lex, _ := lang.For(code)
		if lex.Map(lang.Writing)["spaces"] != "no" || !lex.Has(lang.EventMovingCounts) {
			continue
		}
		kinds := lex.Map(lang.EventMovingCountKinds)
		m := map[string]string{}
		for w := range lex.Set(lang.EventMovingCounts) {
			m[w] = w
			if k, ok := kinds[w]; ok {
				m[w] = k
			}
		}
		byLang[code] = m
	}
	return byLang
}()

// movingKindAround is, in a language written without spaces, what the
// moving count next to v counts (its word nearest v in v's clause, within
// movingReach characters), "" when none is; ok is false for languages
// written with spaces, whose tokens carry the word.
func (j *judge) movingKindAround(v *value) (kind string, ok bool) {
	words, ok := unspacedMoving[j.language(v)]
	if !ok {
		return "", false
	}
	x := j.indexes[v.input]
	if v.sentence < 0 || v.sentence >= len(x.Sentences) || !inside(x.Sentences[v.sentence], v.q.Span) {
		return "", true
	}
	s := x.Sentences[v.sentence]
	before := x.Text[s.Start:v.q.Span.Start]
	if i := strings.LastIndexAny(before, clauseMarks); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		before = before[i+n:]
	}
	after := x.Text[v.q.Span.End:s.End]
	if i := strings.IndexAny(after, clauseMarks); i >= 0 {
		after = after[:i]
	}
	before, after = lastRunes(before, movingReach), firstRunes(after, movingReach)
	best := movingReach + 1
	for w, k := range words {
		if i := strings.Index(after, w); i >= 0 {
			if d := utf8.RuneCountInString(after[:i]); d < best || d == best && k < kind {
				best, kind = d, k
			}
		}
		if i := strings.LastIndex(before, w); i >= 0 {
			if d := utf8.RuneCountInString(before[i+len(w):]); d < best || d == best && k < kind {
				best, kind = d, k
			}
		}
	}
	return kind, true
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if n--; n == 0 {
			return s[i:]
		}
	}
	return s
}
