package nlp

// capitalDescription recognises "the North Korean capital", "the Russian
// capital" at token i: a mention of the capital the gazetteer gives that
// country, with the country named inside it a mention of its own. It
// returns the number of tokens used, 0 if there is none.
func (f *finder) capitalDescription(i int) int {
	if !definiteArticles.HasWord(f.toks[i].Text) || i+2 >= len(f.toks) || !f.adjacent(i) {
		return 0
	}
	end := min(len(f.toks), i+1+f.g.maxLen)
	for p := i + 2; p < end; p++ {
		if !capitalNouns[f.toks[p].Text] || !f.adjacent(p-1) {
			continue
		}
		n, e := f.gazMatch(i+1, p)
		capital := f.g.capitals[e.country]
		if n != p-i-1 || e.kind != KindPlace || !(e.demonym || e.name == e.country) || capital == "" {
			return 0
		}
		c := f.newMention(i, p+1, KindPlace)
		c.canonical, c.country = capital, e.country
		a := f.newMention(i+1, p, KindPlace)
		a.canonical, a.country = e.country, e.country
		f.mentions = append(f.mentions, a, c)
		return p + 1 - i
	}
	return 0
}
