package cluster

import (
	"cmp"
	"slices"
	"strings"

	"crosscheck/internal/lang"
)

// Names returns the names the texts share most — runs of capitalised words
// as written ("Kim Jong Un", "Vladivostok") that hold a word capitalised in
// mid-sentence, so a sentence's first word alone is not taken for one —
// ordered by how many of the texts name them (longer names first among
// equals), at most n. Month and weekday names are left out. They say which
// people and places a story is about, for finding stories about the same
// ones (related stories): pass the texts, not the titles, whose capitals are
// a house style.
func Names(n int, texts ...string) []string {
	each := make([][]string, len(texts))
	for i, text := range texts {
		each[i] = TextNames(text)
	}
	return TopNames(n, each)
}

// TextNames returns the names one text holds, as Names takes them, each
// once, in the order first met. Names of the texts is TopNames of theirs:
// a caller that keeps each text's names (a story's articles between
// updates) counts them again without reading the texts.
func TextNames(text string) []string {
	en := lang.English()
	months, weekdays := en.Map(lang.Months), en.Map(lang.Weekdays)
	calendar := func(w string) bool {
		w = strings.ToLower(w)
		_, m := months[w]
		_, d := weekdays[w]
		return m || d
	}
	var out []string
	seen := make(map[string]bool)
	ws := words(text)
	for i := 0; i < len(ws); {
		if !ws[i].cap {
			i++
			continue
		}
		// A run of capitalised words, adjacent in the text; start
		// marks a word that opens a sentence, which ends a run.
		j, named := i, false
		var parts []string
		for j < len(ws) && ws[j].cap && (j == i || !ws[j].start && adjacent(text, ws[j-1], ws[j])) {
			if calendar(ws[j].raw) {
				break
			}
			named = named || ws[j].name
			parts = append(parts, trimPossessive(ws[j].raw))
			j++
		}
		if named && len(parts) > 0 {
			name := strings.Join(parts, " ")
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
		i = max(j, i+1)
	}
	return out
}

// TopNames is Names of texts whose names (TextNames, each once per text)
// are given: ordered by how many texts hold them, longer names first
// among equals, then as strings, at most n.
func TopNames(n int, each [][]string) []string {
	mentions := make(map[string]int)
	for _, names := range each {
		for _, name := range names {
			mentions[name]++
		}
	}
	out := make([]string, 0, len(mentions))
	for name := range mentions {
		out = append(out, name)
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(mentions[b], mentions[a]); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return out[:min(n, len(out))]
}

// adjacent reports whether only spaces stand between two words of text,
// so that a stop word or a comma ends a name.
func adjacent(text string, a, b word) bool {
	return strings.TrimSpace(text[a.at+len(a.raw):b.at]) == ""
}
