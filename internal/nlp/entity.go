package nlp

import (
	"crosscheck/internal/lang"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one occurrence of a name before mentions are grouped into
// entities.
type mention struct {
	span        Span
	text        string // as written, possessive stripped
	key         string // nameKey of text
	kind        string
	canonical   string   // gazetteer name, if known
	country     string   // the country of a place, from the gazetteer
	roles       []string // role keys stated with this mention
	roleText    string   // the role as written ("Kremlin spokesman")
	descriptive bool     // "the Russian president": a role, not a name
	// apposed marks a description set off after a person's name ("Julian
	// Assange, the Wikileaks founder"): a mention of that person whose
	// words are no part of the name.
	apposed bool
	initial bool // first word of its sentence
	// guessed marks a kind taken for want of evidence: a name of two to
	// four unknown words is taken for a person's, a title-case phrase
	// for a name of no kind. Evidence (a gazetteer entry, a suffix, a
	// role, a noun that says what is named) overrides it.
	guessed bool
	entity  int
}

// roleHeads are the nouns that end a role description.
var roleHeads = en.Set(lang.RoleHeads)

// nameSuffixes follow a name ("Jr.", "III") and are no head of it.
var nameSuffixes = en.Set(lang.NameSuffixes)

// modifiedHeads are role heads that name a role only after a modifier:
// "the harbour master", but "the master permit".
var modifiedHeads = en.Set(lang.ModifiedRoleHeads)

// reportingVerbs end a backwards walk for a role before a name.
var reportingVerbs = en.Set(lang.RoleStopVerbs)

// nameConnectors may appear inside a capitalised name ("Bashar al-Assad",
// "Ministry of Defence").
var nameConnectors = en.Set(lang.NameConnectors)

// FindEntities returns the entities named in d, with their mentions. It
// runs after the sentences are split.
func FindEntities(d *Doc) []Entity {
	g := loadGazetteer()
	toks := Tokenize(d.Text, 0)
	sent := make([]int, len(toks))
	initial := make([]bool, len(toks))
	si := 0
	for i, t := range toks {
		for si+1 < len(d.Sentences) && d.Sentences[si+1].Start <= t.Span.Start {
			si++
		}
		sent[i] = si
		initial[i] = i == 0 || sent[i-1] != si
	}
	f := finder{text: d.Text, toks: toks, sent: sent, initial: initial, g: g}
	f.capitalisedElsewhere = map[string]bool{}
	f.lowerSeen = map[string]bool{}
	f.headline = map[int]bool{}
	capWords, words := map[int]int{}, map[int]int{}
	for i, t := range toks {
		if !initial[i] && isCapitalised(t.Text) {
			f.capitalisedElsewhere[stripPossessive(t.Text)] = true
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
			f.lowerSeen[stripPossessive(t.Text)] = true
		}
		if len(t.Text) > 3 {
			words[sent[i]]++
			if isCapitalised(t.Text) {
				capWords[sent[i]]++
			}
		}
	}
	for s, n := range words {
		// A credit line ("Reporting by Mairead Quill; Editing by Tom
		// Ashby", "Read more at The Coastal Times.") is short and mostly
		// names, but no headline: its names are names.
		if isCreditLine(d.Sentences[s].Text) {
			continue
		}
		if n >= 4 && capWords[s]*10 >= n*7 {
			f.headline[s] = true
		}
	}
	for i := 0; i < len(toks); {
		if n := f.capitalDescription(i); n > 0 {
			i += n
			continue
		}
		if n := f.roleDescription(i); n > 0 {
			i += n
			continue
		}
		if !isCapitalised(toks[i].Text) {
			i++
			continue
		}
		i = f.run(i)
	}
	return f.group()
}

type finder struct {
	text                 string
	toks                 []Token
	sent                 []int
	initial              []bool
	g                    *gazetteer
	capitalisedElsewhere map[string]bool
	lowerSeen            map[string]bool // words seen in lower case
	headline             map[int]bool    // sentences written in title case
	mentions             []mention
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func stripPossessive(w string) string {
	for _, s := range possessiveEndings {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return w[:len(w)-len(s)]
		}
	}
	for _, s := range []string{"'", "’"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// adjacent reports whether tokens i and i+1 are in one sentence with only a
// single space (or a hyphen) between them.
func (f *finder) adjacent(i int) bool {
	if i+1 >= len(f.toks) || f.sent[i] != f.sent[i+1] {
		return false
	}
	gap := f.text[f.toks[i].Span.End:f.toks[i+1].Span.Start]
	if gap == ". " && isInitial(f.toks[i].Text) {
		return true // "Harry M. Reid", "J. J. Price"
	}
	return gap == " " || gap == "-" || gap == "\u00a0"
}

// isInitial reports whether w is one capital letter, a name's initial.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// ampersand reports whether tokens i and i+1 are joined by an ampersand
// inside a name: "Nordhavn P&I Club", "AT&T", "S&P".
func (f *finder) ampersand(i int) bool {
	return i+1 < len(f.toks) && f.sent[i] == f.sent[i+1] && f.text[f.toks[i].Span.End:f.toks[i+1].Span.Start] == "&" &&
		isCapitalised(f.toks[i].Text) && isCapitalised(f.toks[i+1].Text)
}

// nameAfterStop reports whether token j is a capitalised word right after
// an abbreviation's full stop in the same sentence ("Capt. Jane").
func (f *finder) nameAfterStop(j int) bool {
	if j <= 0 || j >= len(f.toks) || f.sent[j-1] != f.sent[j] {
		return false
	}
	return f.text[f.toks[j-1].Span.End:f.toks[j].Span.Start] == ". " && isCapitalised(f.toks[j].Text)
}

func (f *finder) possessive(i int) bool { return stripPossessive(f.toks[i].Text) != f.toks[i].Text }

// spanText returns the text of tokens [i, j) with a trailing possessive
// stripped, and its span.
func (f *finder) spanText(i, j int) (string, Span) {
	sp := Span{f.toks[i].Span.Start, f.toks[j-1].Span.End}
	s := f.text[sp.Start:sp.End]
	if t := stripPossessive(s); t != s {
		sp.End -= len(s) - len(t)
		s = t
	}
	return s, sp
}

// gazMatch returns the length in tokens of the longest gazetteer name
// starting at token i and ending before j.
func (f *finder) gazMatch(i, j int) (int, gazEntry) {
	for n := min(f.g.maxLen, j-i); n >= 1; n-- {
		s, _ := f.spanText(i, i+n)
		if e, ok := f.g.lookup(s); ok {
			return n, e
		}
	}
	return 0, gazEntry{}
}

// run handles the capitalised sequence starting at token i and returns the
// index of the first token after it.
func (f *finder) run(i int) int {
	j := i + 1
	for j-1 < len(f.toks) && (f.adjacent(j-1) || f.ampersand(j-1)) && !f.possessive(j-1) {
		next := f.toks[j].Text
		// "Soon I'll be like all the others": a pronoun with its verb
		// contracted is no piece of a name.
		if pronounContraction(next) {
			break
		}
		if isCapitalised(next) {
			j++
			continue
		}
		if nameConnectors[next] && f.adjacent(j) && isCapitalised(f.toks[j+1].Text) {
			j += 2
			continue
		}
		// "Pier 33", "Terminal 5": a number after a place word ends it.
		if isNumber(next) && numberedPlaces[strings.ToLower(f.toks[j-1].Text)] {
			j++
		}
		break
	}
	// "head of the Red Crescent Society Pir-Hossein Kolivand": the
	// holder's name after the organisation is a name of its own
	// (entity_cues.go).
	if s := f.holderAfterOrg(i, j); s > 0 {
		j = s
	}
	// A leading sentence starter ("The", "But", "In") is not a name, unless
	// the gazetteer knows the whole ("The New York Times").
	p := i
	var titles []int // tokens of titles and anchors before a name
	for p < j {
		n, e := f.gazMatch(p, j)
		if n > 0 {
			m := f.newMention(p, p+n, e.kind)
			m.canonical = e.name
			if e.kind == KindPlace {
				m.country = e.country
			}
			if e.demonym || e.seat {
				m.canonical = e.country
				if e.seat && e.kind == KindOrg {
					m.canonical = e.name
				}
			}
			if e.role != "" {
				m.roles = append(m.roles, e.role)
			}
			if len(titles) > 0 && e.kind == KindPerson {
				f.attachRole(&m, titles, p)
			}
			f.mentions = append(f.mentions, m)
			if e.kind != KindPerson {
				titles = append(titles, p)
			} else {
				titles = nil
			}
			p += n
			continue
		}
		if f.compound(p) {
			p++
			continue
		}
		w := strings.ToLower(strings.TrimSuffix(f.toks[p].Text, "."))
		if !(p == i && (IsStopword(w) || sentenceStarter[w] || phraseOpeners[w] || subordinators[w])) && f.institution(p, j) {
			// "Ardlow General Hospital", "State Department": a title
			// inside the name of an institution is no title.
			f.unknown(p, j, titles)
			titles = nil
			p = j
			continue
		}
		if titleWords[w] && p+1 < j {
			titles = append(titles, p)
			p++
			continue
		}
		if p == i && (IsStopword(w) || sentenceStarter[w] || phraseOpeners[w] || subordinators[w] || f.openingGerund(p, j)) {
			p++
			continue
		}
		// An unknown name runs to the end, to the next gazetteer name or
		// to a title with a name after it ("Qeshm Governor Mehdi
		// Irannejad": "Qeshm" is the title's anchor).
		q := p + 1
		middle := false
		for q < j {
			if n, e := f.gazMatch(q, j); n > 0 && !f.surname(p, q, n, e, j, titles) {
				// "Donald J. Trump": the gazetteer's person with a
				// middle initial is that person.
				if e.kind == KindPerson && q-p == 2 && isInitial(f.toks[p+1].Text) && slices.Contains(strings.Fields(nameKey(e.name)), nameKey(f.toks[p].Text)) {
					m := f.newMention(p, q+n, e.kind)
					m.canonical = e.name
					if len(titles) > 0 {
						f.attachRole(&m, titles, p)
					}
					f.mentions = append(f.mentions, m)
					titles = nil
					p = q + n
					middle = true
				}
				break
			}
			if q+1 < j && titleWords[strings.ToLower(strings.TrimSuffix(f.toks[q].Text, "."))] {
				break
			}
			q++
		}
		if middle {
			continue
		}
		if q < j && titleWords[strings.ToLower(strings.TrimSuffix(f.toks[q].Text, "."))] {
			// The words before the title name what the title is of.
			titles = append(titles, rangeInts(p, q)...)
			p = q
			continue
		}
		for q > p+1 && nameConnectors[f.toks[q-1].Text] {
			q--
		}
		// "Coast Guard Capt. Jane Doe": the abbreviation's full stop
		// ends the run, but the title belongs to the name after it.
		for q == j && q > p+1 && titleWords[strings.ToLower(f.toks[q-1].Text)] && f.nameAfterStop(j) {
			q--
		}
		f.unknown(p, q, titles)
		titles = nil
		p = q
	}
	return j
}

// surname reports whether the gazetteer name of n tokens at q, which
// ends the capitalised run [p, j) after unknown words, is the surname of
// the person they begin: after a person's title ("Rep. Steve Israel",
// "Mayor Don Guardian") or when it is a demonym, an adjective that ends
// no phrase of its own ("David French of the National Retail
// Federation").
func (f *finder) surname(p, q, n int, e gazEntry, j int, titles []int) bool {
	// "Joseph R. Biden Jr.": a suffix may close the name.
	last := q+1 == j || q+2 == j && nameSuffixes[strings.ToLower(strings.TrimSuffix(f.toks[q+1].Text, "."))]
	if n != 1 || !last || q-p > 2 {
		return false
	}
	if e.kind == KindPerson {
		return f.otherBearer(p, q, e)
	}
	for k := p; k < q; k++ {
		if titleWords[strings.ToLower(strings.TrimSuffix(f.toks[k].Text, "."))] {
			return false
		}
	}
	hasTitle := false
	for _, t := range titles {
		hasTitle = hasTitle || titleWords[strings.ToLower(strings.TrimSuffix(f.toks[t].Text, "."))]
	}
	return hasTitle || e.demonym
}

// otherBearer reports whether the gazetteer person e, matched at token q
// by its surname alone, is named there with first names of another
// ("Lois Scholz" is not Olaf Scholz): the name [p, q] is someone else's
// who bears the same surname.
func (f *finder) otherBearer(p, q int, e gazEntry) bool {
	if nameKey(f.toks[q].Text) == nameKey(e.name) {
		return false
	}
	given := strings.Fields(nameKey(e.name))
	for k := p; k < q; k++ {
		w := nameKey(strings.TrimSuffix(f.toks[k].Text, "."))
		if titleWords[w] || slices.Contains(given, w) {
			return false
		}
	}
	return true
}

// compound records the places of a hyphenated compound such as
// "Russia-Korea" (border) or "US-China" (talks) when every part is a place
// the gazetteer knows, and reports whether it did.
func (f *finder) compound(p int) bool {
	t := f.toks[p]
	word := stripPossessive(t.Text)
	if !strings.Contains(word, "-") {
		return false
	}
	if _, ok := f.g.lookup(word); ok {
		return false // a name with a hyphen of its own
	}
	parts := strings.Split(word, "-")
	var es []gazEntry
	for _, part := range parts {
		e, ok := f.g.lookup(part)
		if !ok || e.kind != KindPlace {
			return false
		}
		es = append(es, e)
	}
	off := t.Span.Start
	for i, part := range parts {
		e := es[i]
		m := mention{span: Span{off, off + len(part)}, text: part, key: nameKey(part), kind: KindPlace, canonical: e.name, initial: f.initial[p], entity: -1}
		if e.demonym || e.seat {
			m.canonical = e.country
		}
		m.country = e.country
		f.mentions = append(f.mentions, m)
		off += len(part) + 1
	}
	return true
}

func (f *finder) newMention(i, j int, kind string) mention {
	s, sp := f.spanText(i, j)
	return mention{span: sp, text: s, key: nameKey(s), kind: kind, initial: f.initial[i], entity: -1}
}

// unknown records the name made of tokens [i, j) that the gazetteer does
// not know, guessing its kind from its words and the titles before it.
func (f *finder) unknown(i, j int, titles []int) {
	for i < j && nameConnectors[f.toks[i].Text] {
		i++
	}
	if i == j || f.headline[f.sent[i]] || calendarWord[strings.ToLower(f.toks[i].Text)] || pronounContraction(f.toks[i].Text) {
		return
	}
	allTitles := true
	for p := i; p < j; p++ {
		allTitles = allTitles && titleWords[strings.ToLower(f.toks[p].Text)]
	}
	if allTitles {
		// "Sergei Shoigu, Russian Defense Minister,": a role for the name
		// before the comma.
		if t := f.appositiveTarget(i, titles); t != nil {
			f.addRoles(t, firstOf(titles, i), j)
		}
		return
	}
	m := f.newMention(i, j, "")
	first := stripPossessive(f.toks[i].Text)
	if j-i == 1 && m.initial && !f.capitalisedElsewhere[first] && len(titles) == 0 {
		return // a capitalised sentence opener, not a name
	}
	if j-i == 1 && len(first) == 1 {
		return
	}
	if len(titles) == 0 && f.commonWords(i, j) {
		m.kind = KindOther // a title-case phrase, not a name
		m.guessed = true
	}
	if k := f.ownKind(i, j); k != "" {
		// The words of a name of two or more are evidence, title case or
		// not; a lone "Summit" or "Club" is not.
		m.kind, m.guessed = k, m.guessed && j-i == 1
	} else if len(titles) == 0 && i > 0 && f.adjacent(i-1) && vesselNouns[f.toks[i-1].Text] {
		// "the bulk carrier Corran Star", "its bulker Corran Star": the
		// noun before the name says it names a ship.
		m.kind, m.guessed = KindOther, false
		f.mentions = append(f.mentions, m)
		return
	}
	f.attachRole(&m, titles, i)
	if m.kind == "" || (m.kind == KindOther && m.guessed) {
		if k := f.cueKind(i, j); k != "" && len(m.roles) == 0 {
			m.kind, m.guessed = k, false
		}
	}
	if m.kind == "" || (m.kind == KindOther && len(m.roles) > 0) {
		m.guessed = false
		switch {
		case len(m.roles) > 0:
			m.kind = KindPerson
		case j-i >= 2 && j-i <= 4 && !strings.Contains(m.text, "&"):
			// "Q&A", "AT&T" are no person's names.
			m.kind, m.guessed = KindPerson, true
		case i > 0 && placeNamePrepositions[f.toks[i-1].Text]:
			m.kind = KindPlace
		}
	}
	f.mentions = append(f.mentions, m)
}

// attachRole finds the role written before a name (tokens in titles and the
// words just before them: "Kremlin spokesman", "North Korean dictator",
// "US national security adviser") and after it as an appositive ("John
// Kirby, the White House spokesman,"). It records the role keys on m.
func (f *finder) attachRole(m *mention, titles []int, nameStart int) {
	start := nameStart
	if len(titles) > 0 {
		start = titles[0]
	}
	k := start - 1
	for n := 0; k >= 0 && n < 5; n++ {
		if !f.adjacent(k) {
			break
		}
		w := strings.ToLower(f.toks[k].Text)
		if IsStopword(w) || reportingVerbs[w] || adverbSuffixes.SuffixOf(w) || (pastSuffixes.SuffixOf(w) && !roleHeads[w]) {
			break
		}
		k--
	}
	k++
	if k < nameStart {
		f.addRoles(m, k, nameStart)
	}
}

// addRoles records on m the roles in tokens [i, j): every role head with the
// first country, seat or organisation named before it as its anchor.
func (f *finder) addRoles(m *mention, i, j int) {
	anchor := ""
	var words []string
	for p := i; p < j; p++ {
		w := strings.ToLower(strings.TrimSuffix(f.toks[p].Text, "."))
		if n, e := f.gazMatch(p, j); n > 0 && e.kind != KindPerson {
			anchor = nameKey(e.name)
			if e.country != "" {
				anchor = nameKey(e.country)
			}
			p += n - 1
			continue
		}
		if anchor == "" && isCapitalised(f.toks[p].Text) && !titleWords[w] && !roleHeads[w] {
			anchor = nameKey(f.toks[p].Text)
			continue
		}
		words = append(words, w)
		if roleHeads[w] {
			head := w
			if len(words) >= 2 && roleModifiers[words[len(words)-2]] {
				head = words[len(words)-2] + " " + w
			}
			m.roles = append(m.roles, roleKey(anchor, head))
		}
	}
	if len(m.roles) > 0 {
		s, _ := f.spanText(i, j)
		m.roleText = s
	}
}

// roleDescription recognises "the North Korean leader", "the Kremlin boss",
// "the Russian president" at token i and records a descriptive mention. It
// returns the number of tokens used, 0 if there is none.
func (f *finder) roleDescription(i int) int {
	if !definiteArticles.HasWord(f.toks[i].Text) {
		return 0
	}
	end := -1
	for p := i + 1; p < len(f.toks) && p <= i+5 && f.adjacent(p-1); p++ {
		w := strings.ToLower(f.toks[p].Text)
		if roleHeads[w] && !(p == i+1 && modifiedHeads[w]) {
			end = p + 1
			break
		}
		if IsStopword(w) || reportingVerbs[w] {
			break
		}
	}
	if end < 0 {
		return 0
	}
	// "the Corran Star", "the Toronto Star": a head that is no title,
	// capitalised after a capitalised word, ends a name; a description
	// is written in lower case ("the Hollywood star").
	if head := f.toks[end-1].Text; end-1 > i+1 && isCapitalised(head) && !titleWords[strings.ToLower(head)] && isCapitalised(f.toks[end-2].Text) {
		return 0
	}
	// "the Russian President Vladimir Putin": a title, not a description.
	if end < len(f.toks) && f.adjacent(end-1) && isCapitalised(f.toks[end].Text) {
		return 0
	}
	m := f.newMention(i+1, end, KindPerson)
	m.descriptive = true
	f.addRoles(&m, i+1, end)
	if len(m.roles) == 0 {
		return 0
	}
	if t := f.appositiveTarget(i, nil); t != nil && !f.subjectOfVerbAt(end) && !(t.descriptive && f.afterSourcePhrase(t.span.Start)) {
		t.roles = append(t.roles, m.roles...)
		m.descriptive = false
		m.apposed = true
		m.canonical = t.canonical
		m.key = t.key
	}
	m.span.Start = f.toks[i].Span.Start
	m.text = f.text[m.span.Start:m.span.End]
	// Anchors inside ("North Korean", "Kremlin") are mentions too.
	for p := i + 1; p < end; p++ {
		if n, e := f.gazMatch(p, end); n > 0 && e.kind != KindPerson {
			a := f.newMention(p, p+n, e.kind)
			a.canonical = e.name
			if e.kind == KindPlace {
				a.country = e.country
			}
			if e.demonym || (e.seat && e.kind == KindPlace) {
				a.canonical = e.country
			}
			f.mentions = append(f.mentions, a)
			p += n - 1
		}
	}
	f.mentions = append(f.mentions, m)
	return end - i
}

func rangeInts(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

func firstOf(toks []int, def int) int {
	if len(toks) > 0 {
		return toks[0]
	}
	return def
}

// appositiveTarget returns the person mention that ends just before ", "
// preceding token i (or the first of titles), if any.
func (f *finder) appositiveTarget(i int, titles []int) *mention {
	i = firstOf(titles, i)
	if i == 0 || f.sent[i-1] != f.sent[i] {
		return nil
	}
	gap := f.text[f.toks[i-1].Span.End:f.toks[i].Span.Start]
	if gap != ", " {
		return nil
	}
	end := f.toks[i-1].Span.End
	for k := len(f.mentions) - 1; k >= 0; k-- {
		m := &f.mentions[k]
		if m.span.End == end || m.span.End == end-2 { // possessive stripped
			if m.kind == KindPerson {
				return m
			}
			return nil
		}
		if m.span.End < end {
			return nil
		}
	}
	return nil
}

// commonWords reports whether some word of tokens [i, j) is written in lower
// case elsewhere in the text: then the sequence is title case, not a name.
func (f *finder) commonWords(i, j int) bool {
	for p := i; p < j; p++ {
		if f.lowerSeen[strings.ToLower(stripPossessive(f.toks[p].Text))] {
			return true
		}
	}
	return false
}

var calendarWord = en.Set(lang.CalendarWords)

// vesselNouns, written just before a name, say it names a ship or boat.
var vesselNouns = en.Set(lang.VesselNouns)

var orgSuffix = en.Set(lang.OrganisationSuffixes)

var eventSuffix = en.Set(lang.EventSuffixes)

var placeSuffix = en.Set(lang.PlaceSuffixes)

// group merges mentions into entities: same gazetteer name, same name key,
// a surname or first name of a fuller person name, initials of one, or a
// role description matching a person's role.
func (f *finder) group() []Entity {
	ms := f.mentions
	slices.SortStableFunc(ms, func(a, b mention) int { return a.span.Start - b.span.Start })
	var ents []Entity
	byKey := map[string]int{}
	newEntity := func(m *mention, key string) int {
		id := len(ents)
		name := m.text
		if m.canonical != "" {
			name = m.canonical
		}
		kind := m.kind
		if kind == "" {
			kind = KindOther
		}
		ents = append(ents, Entity{ID: id, Name: name, Kind: kind, KindGuessed: m.guessed || m.kind == "", Country: m.country})
		byKey[key] = id
		return id
	}
	// A surname the gazetteer knows for one person ("Scholz") names the
	// person of the text who bears it in full ("Lois Scholz"), not the
	// gazetteer's: it joins that name in pass 2.
	bearers := map[string]bool{}
	for _, m := range ms {
		if words := strings.Fields(m.key); len(words) > 1 && m.canonical == "" && !m.descriptive && m.kind == KindPerson {
			bearers[words[len(words)-1]] = true
		}
	}
	for i := range ms {
		if m := &ms[i]; m.canonical != "" && m.kind == KindPerson && !strings.Contains(m.key, " ") && bearers[m.key] && m.key != nameKey(m.canonical) {
			m.canonical = ""
			m.roles = nil
		}
	}
	// Pass 1: names known to the gazetteer and full names.
	for i := range ms {
		m := &ms[i]
		switch {
		case m.descriptive:
			continue
		case m.canonical != "":
			key := "G:" + nameKey(m.canonical)
			id, ok := byKey[key]
			if !ok {
				id = newEntity(m, key)
			}
			m.entity = id
		case strings.Contains(m.key, " "):
			id, ok := byKey[m.key]
			if !ok {
				id = newEntity(m, m.key)
			}
			m.entity = id
		}
	}
	// Pass 2: single words — a part of a fuller person name (the nearest
	// one before, else after), initials, or a name of their own.
	parts := nameParts(ents, ms)
	roled := map[int]bool{}
	for _, o := range ms {
		if o.entity >= 0 && len(o.roles) > 0 {
			roled[o.entity] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.descriptive || m.entity >= 0 {
			continue
		}
		// A word with evidence of another kind ("AMD", an organisation by
		// its cues) is no part of a person's name.
		other := m.kind != "" && m.kind != KindPerson && !m.guessed
		key := m.key
		if id, shared := f.sharedNamePart(ents, parts[m.key], m); shared && len(m.key) > 1 && !other {
			if id >= 0 {
				m.entity = id
				continue
			}
			// "Mr. Khan" and "Ms. Khan" left to themselves are two,
			// and each a person, as the bearers are.
			key += sexKeys[f.sexBefore(m.span)]
			if m.kind == "" || m.guessed {
				m.kind, m.guessed = KindPerson, false
			}
		} else if id := nearest(parts[m.key], m.span.Start, func(int) bool { return true }); id >= 0 && len(m.key) > 1 && !other && !f.productOwner(ents[id], m, ms, roled) {
			m.entity = id
			continue
		}
		id, ok := byKey[key]
		if !ok {
			id = newEntity(m, key)
		}
		m.entity = id
	}
	// Roles of entities, then descriptions resolved against them.
	for i := range ms {
		m := &ms[i]
		if m.descriptive {
			continue
		}
		e := &ents[m.entity]
		if m.kind != "" {
			e.Kind, e.KindGuessed = mergeKind(e.Kind, e.KindGuessed, m.kind, m.guessed)
		}
		for _, r := range m.roles {
			if !slices.Contains(e.Roles, r) {
				e.Roles = append(e.Roles, r)
			}
		}
	}
	byRole := roleMentions(ents, ms)
	for i := range ms {
		m := &ms[i]
		if !m.descriptive {
			continue
		}
		found := -1
		for _, r := range m.roles {
			_, class, _ := strings.Cut(r, "|")
			found = nearest(byRole[class], m.span.Start, func(e int) bool { return rolesMatch(ents[e].Roles, m.roles) })
			if found >= 0 {
				break
			}
		}
		if k := samePhraseBefore(ms, i); k >= 0 {
			m.entity = ms[k].entity
			continue
		}
		if found >= 0 && !roleAmbiguous(ents, byRole, m, found) {
			m.entity = found
			continue
		}
		key := "R:" + m.roles[0]
		id, ok := byKey[key]
		if !ok {
			id = newEntity(m, key)
			ents[id].Name = trimArticle(m.text)
			ents[id].Roles = m.roles
			ents[id].Descriptive = true
		}
		m.entity = id
	}
	for _, m := range ms {
		e := &ents[m.entity]
		// A dateline's "PORT ARDLOW" gives way to "Port Ardlow", and
		// "Renee" to "Renée".
		if betterSpelling(e.Name, m.text) {
			e.Aliases = append(e.Aliases, e.Name)
			e.Name = m.text
		}
		e.Mentions = append(e.Mentions, m.span)
		if m.text != e.Name && !slices.Contains(e.Aliases, m.text) {
			e.Aliases = append(e.Aliases, m.text)
		}
	}
	return ents
}

// mergeKind returns the kind of an entity of kind have when another of its
// mentions (or, across a story, another article's entity) is of kind got:
// a kind from evidence beats a guessed one, and between equals a person
// beats no kind.
func mergeKind(have string, haveGuessed bool, got string, gotGuessed bool) (string, bool) {
	switch {
	case haveGuessed && !gotGuessed:
		return got, false
	case haveGuessed == gotGuessed && have == KindOther && got == KindPerson:
		return got, gotGuessed
	}
	return have, haveGuessed
}

// samePhraseBefore returns the index of the last named mention before
// ms[i] that the description ms[i], a role phrase with words of its own
// ("the incumbent president"), was written before ("incumbent president
// Dario Lenk"): a description repeating a phrase with its modifiers
// refers to what that phrase named (Vieira and Poesio 2000, "An
// empirically based system for processing definite descriptions",
// Computational Linguistics 26(4)), whoever else holds its head's role.
// -1 when there is none.
func samePhraseBefore(ms []mention, i int) int {
	phrase := strings.ToLower(trimArticle(ms[i].text))
	if !strings.Contains(phrase, " ") {
		return -1
	}
	for k := i - 1; k >= 0; k-- {
		if o := ms[k]; !o.descriptive && o.entity >= 0 && strings.ToLower(o.roleText) == phrase {
			return k
		}
	}
	return -1
}

// roleWindow is how far back, in bytes, another person of a
// description's role makes it ambiguous: a few sentences.
const roleWindow = 600

// roleAmbiguous reports whether the bare description m ("the leader",
// no anchor of its own) could stand for a person other than found
// as well: another person the text gives m's role was named in the few
// sentences before it. Then which one it means is not known, and it is
// left a description of its own rather than given to the wrong one.
func roleAmbiguous(ents []Entity, byRole map[string][]posEntity, m *mention, found int) bool {
	if len(strings.Fields(trimArticle(m.text))) > 1 {
		return false // "the incumbent president": a phrase of its own
	}
	for _, r := range m.roles {
		anchor, class, _ := strings.Cut(r, "|")
		if anchor != "" {
			return false
		}
		for _, pe := range byRole[class] {
			if pe.entity != found && pe.pos < m.span.Start && pe.pos >= m.span.Start-roleWindow && rolesMatch(ents[pe.entity].Roles, m.roles) {
				return true
			}
		}
	}
	return false
}

// posEntity is a mention's position and entity, for the lookups below.
type posEntity struct{ pos, entity int }

// nearest returns the entity of the last item before pos in list (sorted
// by position) that ok accepts, else of the first after it; -1 if none.
// It visits at most lookBack items on each side.
func nearest(list []posEntity, pos int, ok func(entity int) bool) int {
	i := sort.Search(len(list), func(i int) bool { return list[i].pos >= pos })
	for k := i - 1; k >= 0 && k >= i-lookBack; k-- {
		if ok(list[k].entity) {
			return list[k].entity
		}
	}
	for k := i; k < len(list) && k < i+lookBack; k++ {
		if ok(list[k].entity) {
			return list[k].entity
		}
	}
	return -1
}

// nameParts indexes the person mentions grouped so far by every word of
// their names and by their initials ("kju" for "Kim Jong Un").
func nameParts(ents []Entity, ms []mention) map[string][]posEntity {
	parts := map[string][]posEntity{}
	for _, o := range ms {
		if o.entity < 0 || o.descriptive || ents[o.entity].Kind != KindPerson {
			continue
		}
		seen := map[string]bool{}
		// "Wikileaks confirmed" after "Julian Assange, the Wikileaks
		// founder": the words of a description set off after the name
		// are no part of it.
		names := []string{ents[o.entity].Name}
		if !o.apposed {
			names = append(names, o.text)
		}
		for _, name := range names {
			words := strings.Fields(nameKey(name))
			written := strings.Fields(name)
			if len(words) < 2 {
				continue
			}
			var initials strings.Builder
			for k, w := range words {
				initials.WriteByte(w[0])
				// A name taken for a person's for want of evidence
				// whose first word is an acronym ("AMD Opteron",
				// "IBM Watson") names a product of that
				// organisation: "AMD" alone is the organisation.
				if k == 0 && ents[o.entity].KindGuessed && len(written) == len(words) && allCaps(written[0]) && len(written[0]) > 1 {
					continue
				}
				seen[w] = true
			}
			seen[initials.String()] = true
		}
		for k := range seen {
			parts[k] = append(parts[k], posEntity{o.span.Start, o.entity})
		}
	}
	return parts
}

// roleMentions indexes the mentions of persons by the class of each of
// their roles.
func roleMentions(ents []Entity, ms []mention) map[string][]posEntity {
	out := map[string][]posEntity{}
	for _, o := range ms {
		if o.descriptive || o.entity < 0 || ents[o.entity].Kind != KindPerson {
			continue
		}
		seen := map[string]bool{}
		for _, r := range ents[o.entity].Roles {
			_, class, _ := strings.Cut(r, "|")
			if !seen[class] {
				seen[class] = true
				out[class] = append(out[class], posEntity{o.span.Start, o.entity})
			}
		}
	}
	return out
}

// rolesMatch reports whether a description's roles fit a person's: same
// anchor and class, or the same class when the description has no anchor.
func rolesMatch(have, want []string) bool {
	for _, w := range want {
		wa, wc, _ := strings.Cut(w, "|")
		for _, h := range have {
			ha, hc, _ := strings.Cut(h, "|")
			if wc == hc && (wa == ha || wa == "") {
				return true
			}
		}
	}
	return false
}

// allCaps reports whether s has letters and no lower-case one.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
