package nlp

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// accordingTo reads "according to X" at byte i of sentence s: the source
// is X up to a comma or the sentence's end (over a list of names: "the
// US, Britain, South Korea, and Japan"), and what it says the rest of the
// sentence, joined where the frame is cut out.
func (d *Index) accordingTo(si int, s Sentence, i int, phrase string) (Quote, bool) {
	srcStart := s.Start + i + len(phrase) + 1
	// "sorted according to who is in them": in accordance with, no
	// source.
	if next := Tokenize(d.Text[srcStart:min(s.End, srcStart+20)], srcStart); len(next) > 0 && questionWords[next[0].Text] {
		return Quote{}, false
	}
	// "if everything goes according to plan": a bare noun of a plan or
	// custom says in accordance with what, and no one's account follows.
	if next := Tokenize(d.Text[srcStart:min(s.End, srcStart+40)], srcStart); len(next) > 0 && accordanceNouns[next[0].Text] {
		return Quote{}, false
	}
	cut := sourceEnd(d.Text, srcStart, s.End)
	if ms := d.MentionsIn(srcStart, s.End); len(ms) > 0 && ms[0].Start < cut {
		if e := d.listEnd(ms[0].Span, s.End); e > cut {
			cut = e
		}
	}
	// "according to webcast video of the landing": a record shows what
	// the writer tells and says nothing; no one's account follows
	// (record-nouns).
	if recordSource(strings.Fields(d.Text[srcStart:cut])) {
		return Quote{}, false
	}
	sp, ok := d.phraseSpeaker(srcStart, cut)
	if !ok {
		return Quote{}, false
	}
	// "According to the country's interim prime minister, Claude
	// Joseph, the president's home …": the name set off after a role
	// is the source's, no part of what it says.
	if name, end, ok := d.appositiveName(sp, cut, s.End); ok {
		sp, cut = name, end
	}
	// A source that holds a verb of its own ("according to FLDS
	// detractors depicts an abusive underage marriage", the comma after
	// the source left out) runs into what it says: where one ends and
	// the other starts is not known.
	if verbInPhrase(Tokenize(sp.name, 0)) {
		return Quote{}, false
	}
	// A source that cannot speak ("according to state law", "according
	// to estimates") still frames what follows as another's claim, but
	// names no speaker. A document's phrase may stop before its issuer
	// ("according to a statement | released by the company").
	if iss, ok := d.documentAfter(sp, srcStart, cut); ok {
		sp = iss
	} else if nsp, ok := d.nameable(sp); ok {
		sp = nsp
	} else {
		sp = speaker{"", -1}
	}
	before := strings.TrimRight(s.Text[LabelEnd(s.Text):i], " ,;")
	// "…, a government spokesman said, according to the Associated
	// Press": the source relays what the speaker before it said
	// (speaker_relay.go).
	if from, inner, cue, ok := d.closingAttribution(s.Start, s.Start+LabelEnd(s.Text)+len(before)); ok && before != "" {
		sp, phrase = inner, cue
		before = strings.TrimRight(d.Text[s.Start+LabelEnd(s.Text):from], " ,;")
	}
	// "… the only reasonable solution according to Cincinnati Zoo
	// Director Thane Maynard: “The choice was made …”": a colon after
	// the source presents the quotation that follows as its words; the
	// words before are the writer's lead-in to it, and the quotation
	// is read as a direct quote of the source's.
	if strings.HasPrefix(d.Text[cut:s.End], ":") {
		return Quote{}, false
	}
	after := strings.TrimLeft(d.Text[cut:s.End], " ,;:")
	// "According to a report by The Sun yesterday, 27 March, the remains
	// …": a date set off after a source that ends on a day is that day's
	// date, no part of what the source says.
	if src := Tokenize(d.Text[srcStart:cut], srcStart); len(src) > 0 && calendarWord[strings.ToLower(src[len(src)-1].Text)] {
		after = dropLeadingDate(after)
	}
	// "those affected which, according to Microsoft, was about 8.5
	// million": the source vouches for a relative clause whose
	// antecedent the writer's words hold; what it says alone is not
	// known.
	if bt := Tokenize(before, 0); len(bt) > 0 && relativeWord[strings.ToLower(bt[len(bt)-1].Text)] {
		return Quote{}, false
	}
	// "The plane, which had only been in service since November,
	// according to the New York Times, was able to land": a source right
	// after a relative clause set off by commas vouches for that clause,
	// whose antecedent and the clause around it are the writer's.
	if asideRelative(before) && after != "" {
		return Quote{}, false
	}
	// "With wind gusts of up to 235mph, according to some reports,
	// Haiyan carved a path …": a source set off after an opening phrase
	// of circumstance vouches for that phrase, which states nothing by
	// itself; the main clause is the writer's (reported_made_known.go).
	if circumstanceSource(before) && after != "" {
		return Quote{}, false
	}
	// "…, according to the county, making it the deadliest fire in a
	// century": the writer's adjunct after the source is no part of
	// what it says.
	if k := adjunctStart(", " + after); k >= 0 {
		after = after[:max(k-2, 0)]
	}
	// "…, according to Civil Defense, as mining giant Vale announced
	// …": the writer's circumstance after the source is no part of what
	// it vouches for (reported_circumstance.go).
	if before != "" && circumstanceAfterSource(after) {
		after = ""
	}
	// "There were reports of buildings collapsing and, according to
	// ABC News, 10 people were injured": a source set off after a
	// conjunction vouches for the clause it opens, not the writer's
	// clause before it (reported_source_scope.go).
	if conjunctionLast(before) && !gapVerb(after) {
		before = ""
	}
	// "According to the French prosecutor, the gunmen killed ten
	// people, ABC reported Wednesday": the outlet that relays the
	// source's account closes the sentence; it is no part of it.
	if before == "" {
		after = dropClosingReport(after)
	} else if listContinuation(after) {
		after = ""
	}
	// "…, according to X, a move that …": the writer's phrase summing
	// up what X said, or relative clause on a noun of it, is no part of
	// it (reported_writer_aside.go).
	if after != "" {
		joined := before + ", " + after
		for _, start := range []func(string) int{summaryAppositiveStart, asideRelativeStart} {
			if k := start(joined); k >= len(before) {
				after = strings.TrimRight(joined[len(before)+2:max(k, len(before)+2)], " ,")
			}
		}
	}
	if before == "" {
		after = dropAside(after)
	} else if attributionOnly(after) || sourceApposition(after) || sourceRelative(after) {
		// "…, according to a source, the paper said": the frame of the
		// whole report is no part of what the source said; nor is
		// "…, according to Lisa Paulson, executive director of the
		// association": the source's own description.
		after = ""
	}
	rest := trimResidue(strings.Trim(trimFootnoteMarks(strings.TrimSpace(before+" "+after)), " ,.;—–"))
	if len(strings.Fields(rest)) < 3 {
		return Quote{}, false
	}
	return Quote{Text: rest, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: phrase, Sentence: si, Span: Span{s.Start, s.End}}, true
}

// attributionOnly reports whether s is a short clause of attribution
// and nothing else: a verb of saying and at most five other words, none
// opening a clause ("the paper said", "said the Times on Monday").
func attributionOnly(s string) bool {
	toks := Tokenize(s, 0)
	if len(toks) < 2 || len(toks) > 6 {
		return false
	}
	cue := false
	for _, t := range toks {
		w := t.Text
		if complementizers[strings.ToLower(w)] {
			return false
		}
		cue = cue || indirectCues[w]
	}
	return cue
}

// nounModifier reports whether a speech participle that is also a noun
// ("warning") stands between two lower-case content words with no
// punctuation, so that it modifies the noun after it ("why emergency
// warning systems did not sound"); a participial clause of saying opens
// after a comma or a verb, and names what was said with "that" within
// its first words ("warning officials that the dam …").
func nounModifier(text string, prev, cue Token, next []Token) bool {
	p, n := prev.Text, next[0].Text
	if !ingNoun[strings.ToLower(cue.Text)] || p != strings.ToLower(p) || n != strings.ToLower(n) || IsStopword(p) || IsStopword(n) {
		return false
	}
	if strings.TrimSpace(text[prev.Span.End:cue.Span.Start]) != "" || strings.TrimSpace(text[cue.Span.End:next[0].Span.Start]) != "" {
		return false
	}
	if len(next) > 1 && complementizers[strings.ToLower(next[1].Text)] {
		return false
	}
	return !hasFiniteVerb([]Token{{}, prev}, 1)
}

// sourceApposition reports whether the words after an "according to X,"
// that closes a sentence describe X rather than say anything: a phrase
// with no finite verb whose head, among its first words, names a role
// ("executive director of the …", "a spokesman for …").
func sourceApposition(s string) bool {
	// "director of the survey center, which conducted the poll": the
	// relative clause is about the apposition's noun.
	toks := Tokenize(s, 0)
	for k := 1; k < len(toks); k++ {
		if w := toks[k].Text; relativeWord[w] && !complementizers[w] && strings.Contains(s[toks[k-1].Span.End:toks[k].Span.Start], ",") {
			toks = toks[:k]
			break
		}
	}
	if len(toks) == 0 || hasFiniteVerb(toks, len(toks)) {
		return false
	}
	// "Lisa Paulson, executive director of the association"; "Lusa,
	// the national news agency": a role or an organisation's noun.
	for k := 0; k < len(toks) && k < 4; k++ {
		if w := strings.ToLower(toks[k].Text); roleHeads[w] || orgSuffix[w] {
			return true
		}
	}
	return false
}

// sourceRelative reports whether the words after an "according to X,"
// that closes a sentence are a relative clause about X ("…, according to
// citizen journalist Ryan Boyette, who was on the phone with sources"),
// no part of what X said.
func sourceRelative(s string) bool {
	toks := Tokenize(s, 0)
	return len(toks) > 0 && toks[0].Span.Start == 0 && relativeWord[toks[0].Text] && !complementizers[toks[0].Text]
}

// verbInPhrase reports whether a noun phrase holds a word that can only
// be a verb: a lower-case content word right before a determiner that is
// neither a function word, a predeterminer, an adverb nor a participle
// ("detractors depicts an
// abusive …"; "a report released the day before" is a participle's
// phrase).
func verbInPhrase(toks []Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Text
		if w != strings.ToLower(w) || !phraseDeterminers[toks[k+1].Text] || IsStopword(w) || predeterminers[w] || adverb(w) ||
			headPrepositions[w] || phraseOpeners[w] || pastSuffixes.SuffixOf(w) || participleSuffixes.SuffixOf(w) || irregularParticiples[w] {
			continue
		}
		return true
	}
	return false
}

// sourceEnd returns where the source named after "according to" at
// start ends: at a comma, a semicolon or a colon before a quotation, or before a dash that opens an
// aside. A full stop inside the sentence is no sentence's end (the
// splitter ran first): it ends an initial or an abbreviation ("the U.S.
// Geological Survey", "spokesperson Const. Tim Fanning"), and the source
// goes on, unless lower-case residue follows it ("TMZ. com").
func sourceEnd(text string, start, end int) int {
	cut := end
loop:
	for k := start; k < end; k++ {
		switch text[k] {
		case ',', ';':
			cut = k
			break loop
		case ':':
			// "according to Director Thane Maynard: “The choice …”":
			// a colon that presents a quotation; one inside a title
			// ("''The Fixers: Eddie Mannix …''") or before a list is
			// left.
			if quotationAfterColon(text[k+1:end]) && !insideQuotation(text[start:k]) {
				cut = k
				break loop
			}
		case '.':
			next := strings.TrimLeft(text[k+1:end], " ")
			if r, _ := utf8.DecodeRuneInString(next); k+1 < end && text[k+1] == ' ' && unicode.IsLower(r) {
				cut = k
				break loop
			}
		}
	}
	// A dash set off by spaces opens an aside ("the Tax Policy Center -
	// half a percentage point of …"); a hyphen that tokenised text spaces
	// joins a word to a short rest of its phrase ("a major - league
	// source").
	for k := start; k < cut; k++ {
		for _, dash := range []string{" - ", " — ", " – ", " -- "} {
			if strings.HasPrefix(text[k:cut], dash) && len(strings.Fields(text[k+len(dash):cut])) > 3 {
				return k
			}
		}
	}
	return cut
}

// dropAside drops an aside about the source that opens what it says:
// "According to analysts at NK News, a site specializing in North Korea,
// the exhibition also included …". An aside is a short phrase in lower
// case without a finite verb ("a company based in …", "producer of the
// telecast"), followed by a comma and a clause. A phrase followed by an
// age set off by commas ("the Prime Minister, 55, remains …") is the
// clause's subject, no aside.
func dropAside(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLower(r) {
		return s
	}
	k := clauseComma(s)
	if k < 0 {
		return s
	}
	words := strings.Fields(s[:k])
	if len(words) > 8 || len(strings.Fields(s[k+1:])) < 3 || ageAside(s[k+1:]) {
		return s
	}
	for _, w := range words {
		if finiteWords[strings.ToLower(w)] {
			return s
		}
	}
	// "the sharp-tongued, silver-haired politician": a determiner and
	// one adjective before the comma are the first of coordinate
	// adjectives of the subject, no aside.
	if len(words) == 2 && phraseDeterminers[words[0]] && (strings.Contains(words[1], "-") || pastSuffixes.SuffixOf(words[1])) {
		return s
	}
	return strings.TrimSpace(s[k+1:])
}

// ageAside reports whether s opens with a person's age set off by a
// comma ("55, remains …").
func ageAside(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || !strings.HasSuffix(f[0], ",") {
		return false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(f[0], ","))
	return err == nil && n > 0 && n < 120
}

// trimResidue cuts what a page's scraping left after the last sentence
// of a text: ". from North" after "… the Russia-Korea border". It is a
// full stop after a word of three letters or more, followed by at most
// three words starting in lower case.
func trimResidue(s string) string {
	k := strings.LastIndex(s, ". ")
	if k < 0 || len(strings.Fields(s[k+2:])) > 3 {
		return s
	}
	r := []rune(s[k+2:])
	if len(r) == 0 || !unicode.IsLower(r[0]) {
		return s
	}
	if w := lastWord(strings.TrimRight(s[:k], " ")); len([]rune(w)) < 3 || strings.Contains(w, ".") || otherAbbrev[strings.ToLower(w)] || titleAbbrev[strings.ToLower(w)] || monthAbbrev[strings.ToLower(w)] {
		return s
	}
	return strings.TrimRight(s[:k], " ")
}

// listenerAndRest splits what follows a cue into whom it was said to and
// what was said ("the NY Times" / "is far from certain" after "told"),
// and reports false when the cue does not report a statement ("asked the
// public to stay off …").
func listenerAndRest(cue, after string) (listener, rest string, ok bool) {
	toks := Tokenize(after, 0)
	// "telling them she was not driving", "told him the talks were
	// off": an object pronoun after a cue of telling is whom it was
	// told, when a clause opens after it.
	if listenerCues[cue] && len(toks) > 1 {
		w, next := strings.ToLower(toks[0].Text), toks[1].Text
		if pronouns[w] && !subjectPronouns[w] && (subjectPronouns[strings.ToLower(next)] || phraseDeterminers[next] || complementizers[next] || isCapitalised(next)) {
			return toks[0].Text, strings.TrimSpace(after[toks[0].Span.End:]), true
		}
	}
	// "told News Corporation the aircraft was believed to …": after a
	// cue of telling, a name is the one told, and a determiner after it
	// opens what was told.
	if objectCues[cue] {
		if k := nameRunEnd(after, toks); k > 0 && k < len(toks)-1 && (phraseDeterminers[toks[k].Text] || expletiveSubjects[toks[k].Text]) {
			return strings.TrimSpace(after[:toks[k].Span.Start]), strings.TrimSpace(after[toks[k].Span.Start:]), true
		}
	}
	if objectCues[cue] {
		if l, r, ok := titledListener(after, toks); ok {
			return l, r, true
		}
	}
	// The listener may carry where and when it was told ("told families
	// at a private briefing Wednesday afternoon that …").
	maxListener := 6
	if listenerCues[cue] {
		maxListener = 12
	}
	for k, t := range toks {
		if k > maxListener || strings.ContainsAny(after[:t.Span.Start], ",;:") {
			break
		}
		w := strings.ToLower(t.Text)
		if complementizers[w] && listenerCues[cue] && k > 0 {
			return strings.TrimSpace(after[:t.Span.Start]), strings.TrimSpace(after[t.Span.Start:]), true
		}
		// "told CNN's host Chris Cuomo she believed …", "told YTN from
		// a gym on a nearby island he jumped …": a subject pronoun opens
		// what was told, after the listener and where it was told (no
		// verb stands before it: the loop stops at one).
		if subjectPronouns[w] && w == t.Text && listenerCues[cue] && k > 0 && k <= maxListener && !clauseInListener(toks[:k]) {
			return strings.TrimSpace(after[:t.Span.Start]), strings.TrimSpace(after[t.Span.Start:]), true
		}
		if complementizers[w] {
			break
		}
		// The object is a short phrase: a pronoun subject or a verb
		// before "to" makes it a clause ("told People she went to …").
		if infinitiveMarkers[w] && k > 0 && k <= 3 && controlCues[cue] {
			return "", "", false
		}
		// "asked Twitter users for logo ideas": what is asked for is a
		// thing, no words.
		if requestedThingPreps[w] && k > 0 && k <= 3 && requestCues[strings.ToLower(cue)] {
			return "", "", false
		}
		// A capitalised word after the first is part of a name ("told
		// The Associated Press that …"), not a verb in the past.
		// "in an unexpected late night broadcast": a past form after
		// an article is an adjective.
		// A capitalised first word too ("told Associated Press that
		// …").
		past := pastSuffixes.SuffixOf(w) && w == t.Text && (k == 0 || !phraseDeterminers[strings.ToLower(toks[k-1].Text)])
		if subjectPronouns[w] || finiteWords[w] || past {
			break
		}
	}
	return "", after, true
}

// nameRunEnd returns the index of the first word after the capitalised
// words that open toks, the words of text, with nothing but spaces
// between them ("The Associated Press", "News Corporation"); 0 when toks
// opens with no capitalised word.
func nameRunEnd(text string, toks []Token) int {
	k := 0
	for k < len(toks) && isCapitalised(toks[k].Text) && (k == 0 || strings.TrimSpace(text[toks[k-1].Span.End:toks[k].Span.Start]) == "") {
		k++
	}
	return k
}

// clauseInListener reports whether the words before a subject pronoun
// after a cue of telling hold a relative or question word ("voters who
// wonder why he …", "the story of how he …"): the pronoun is that
// clause's subject, not the start of what was told.
func clauseInListener(toks []Token) bool {
	for _, t := range toks {
		if w := strings.ToLower(t.Text); relativeWord[w] || questionWords[w] {
			return true
		}
	}
	return false
}

// dropThat drops the conjunction opening reported speech ("said that the
// train had left"), but not a "that" that is the subject ("told the NY
// Times that is far from certain").
func dropThat(s string) string {
	rest, ok := cutWordPrefixIn(s, complementizers, "")
	if !ok {
		return s
	}
	if next := Tokenize(rest, 0); len(next) > 0 && finiteWords[strings.ToLower(next[0].Text)] {
		return s
	}
	return rest
}

// indexFold is strings.Index ignoring ASCII case. Unlike searching
// strings.ToLower(s), it returns an offset into s itself: lower-casing
// can change a text's length (invalid UTF-8 becomes U+FFFD).
func indexFold(s, asciiSub string) int {
	for i := 0; i+len(asciiSub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(asciiSub)], asciiSub) {
			return i
		}
	}
	return -1
}

// indirect finds reported speech in sentence si: "X said (that) …",
// "according to X, …", "…, X said", one frame per cue. A cue inside a
// direct quote, or the attribution right after one ("…,” he said"),
// frames that quote, not reported speech; one further on may open a
// frame of its own ("…,” said Priebus, though he added that …").
func (d *Index) indirect(si int, s Sentence, prev []Quote) []Quote {
	var quotes []Span // the direct quotes of the sentence
	for _, q := range prev {
		if q.Direct && q.Span.Start < s.End && q.Span.End > s.Start {
			quotes = append(quotes, q.Span)
		}
	}
	// Where the words reported end: at an outlet's "according to" that
	// relays another's report, else at the sentence's end.
	reportEnd := s.End
	if phrase, i := indexSourcePhraseFold(s.Text); i >= 0 {
		if inSpans(s.Start+i, quotes) || len(quotes) > 0 && quotes[0].Start <= s.Start+i {
			return nil
		}
		q, ok := d.accordingTo(si, s, i, phrase)
		if !ok {
			return nil
		}
		// "Estimates have ranged from 50 kilotons, according to the
		// weather agency, to over 100 kilotons according to a
		// Norway-based group": words that hold another source's
		// attribution are not all the first source's.
		if _, j := indexSourcePhraseFold(q.Text); j >= 0 {
			return nil
		}
		switch {
		case q.Speaker == "" && inClause(s.Text, i) && innerReport(s.Text[LabelEnd(s.Text):i]):
			// "Woo Won-shik said the president should lift the order
			// according to the parliament's resolution, noting …": a
			// source nobody speaks for, with no comma setting it off
			// inside the frame the sentence opens with, is part of what
			// that frame's speaker said; the frame is read at its cue.
		case !d.outletSpeaker(speaker{q.Speaker, q.SpeakerEntity}) || !innerReport(q.Text):
			return []Quote{q}
		default:
			// "The defence minister said troops would stay, according
			// to Yonhap": the outlet relays (speaker_relay.go); the
			// frame is read at the cue of the one it names saying it.
			reportEnd = s.Start + i
		}
	}
	var out []Quote
	toks := Tokenize(s.Text, s.Start)
	from := s.Start
	subjectFrom := s.Start // where a cue's subject may start
	// A report inside what a closing attribution says is that speaker's
	// account (speaker_relay.go): its cue opens no frame of its own.
	if fin := d.finalAttribution(s); fin >= 0 {
		from = fin
	}
	for ti, t := range toks {
		w := t.Text
		if t.Span.Start < from || !indirectCues[w] || inscriptionVerbs[w] || ti == 0 {
			continue
		}
		if inSpans(t.Span.Start, quotes) || d.attributesQuote(t, quotes) {
			continue
		}
		if nounLikeCues[w] {
			prev := strings.ToLower(stripPossessive(toks[ti-1].Text))
			that := ti+1 < len(toks) && complementizers[strings.ToLower(toks[ti+1].Text)]
			if !subjectPronouns[prev] && !cueAuxiliaries[prev] && !(that && isCapitalised(toks[ti-1].Text)) {
				continue
			}
		}
		// "no indication that warning sirens sounded", "the warning
		// signs": a participle right after a determiner or "that" and
		// before a noun modifies the noun, it is no saying; "issued a
		// warning that …" is one.
		if participleCues[w] && ti+1 < len(toks) && !complementizers[strings.ToLower(toks[ti+1].Text)] {
			prev := strings.ToLower(toks[ti-1].Text)
			if determiners[prev] || complementizers[prev] || nounModifier(d.Text, toks[ti-1], t, toks[ti+1:]) {
				continue
			}
			// "its first-ever red warning for extreme heat": a noun
			// (reported_noun_cue.go).
			if possessiveNounCue(d.Text, toks, ti) {
				continue
			}
		}
		// "with no reported survivors", "the announced cuts": a past
		// participle after a determiner and before a noun modifies it.
		if prev := strings.ToLower(toks[ti-1].Text); (negatingDeterminers[prev] || determinerLike[prev]) && pastForm(w) && ti+1 < len(toks) && !isCapitalised(toks[ti+1].Text) && !complementizers[strings.ToLower(toks[ti+1].Text)] {
			continue
		}
		// "among the 115 confirmed victims": after a number too a past
		// participle before a lower-case word modifies that word.
		if ti+1 < len(toks) && pastForm(w) && w == strings.ToLower(w) {
			prev, next := strings.ToLower(toks[ti-1].Text), toks[ti+1].Text
			if (phraseDeterminers[prev] || isNumber(prev)) && next == strings.ToLower(next) && !complementizers[next] && !headPrepositions[next] && !IsStopword(next) && strings.TrimSpace(d.Text[toks[ti-1].Span.End:t.Span.Start]) == "" {
				continue
			}
		}
		// "Wednesday's announced pivot": an adjective after a
		// possessive (reported_unsaid.go).
		if possessiveAttribute(toks, ti) {
			continue
		}
		// "a recently announced round of store closures": an adverb
		// between them leaves the participle a modifier
		// (reported_fragment.go).
		if adverbModifiedParticiple(toks, ti) {
			continue
		}
		// "has not indicated that he will act", "never said that": a
		// denied cue reports nothing its subject said.
		if negatedCue(toks[:ti]) || d.negatedSubject(s.Start, t.Span.Start) {
			continue
		}
		// "what Trump says his plan would do", "how experts say it
		// would work": a clause with a gap, no statement.
		if freeRelativeSubject(d.Text, toks[:ti]) {
			continue
		}
		// "it's worth noting the role …": the writer's own remark;
		// "the address announcing military rule is unlikely to …": a
		// participle in the subject (reported_made_known.go).
		if writerGerund(toks, ti) || subjectParticiple(d.Text, s.Start, toks, ti) {
			continue
		}
		// "are said to have": a rumour, not a speaker's words.
		// "tough to predict": an infinitive, not a report.
		// "have been reported among the victims": a passive names no
		// one who said it. "may argue", "will announce": what a
		// modal puts ahead or in doubt has not been said (a modal is
		// written in lower case: "Theresa May announced"). "It could be
		// recalled that …", "it must be noted that …": a passive after a
		// modal is the writer's own formula, naming no one either.
		if prev := strings.ToLower(toks[ti-1].Text); finiteBeForms[prev] || anyBeForms[prev] && pastForm(w) || unsaidModals[toks[ti-1].Text] || modalBeforeAdverbs(toks, ti) || passiveAfterAdverbs(toks, ti) || infinitiveMarkers[prev] || ti+1 < len(toks) && infinitiveMarkers[strings.ToLower(toks[ti+1].Text)] {
			continue
		}
		// "…, said James Henson, a professor.": the cue right after a
		// comma, its speaker after it and the words reported before.
		quoteBefore := len(quotes) > 0 && quotes[0].Start < t.Span.Start
		if !listenerCues[w] && len(out) == 0 && !quoteBefore && strings.HasSuffix(strings.TrimSpace(d.Text[s.Start:t.Span.Start]), ",") && shortTail(d.Text[t.Span.End:s.End]) {
			if q, ok := d.invertedAttribution(si, s, t); ok {
				return append(out, q)
			}
			// "… continue to block the Stilly, said Steve Thompson,
			// who heads …": the words after the cue name its speaker
			// even when those before it cannot be read as a
			// statement; they are never what was said.
			tailEnd := s.End
			if k := clauseComma(d.Text[t.Span.End:s.End]); k >= 0 {
				tailEnd = t.Span.End + k
			}
			if d.namedAfterCue(t, tailEnd, s.End) {
				// "The contrast with Trump, said Doyle, would be
				// clear": the clause goes on after the speaker.
				if q, ok := d.parentheticalAttribution(si, s, t, tailEnd); ok {
					return append(out, q)
				}
				continue
			}
		}
		end := s.End
		if t.Span.End < reportEnd {
			end = reportEnd
		}
		// "Lee's reasoning (he told REUTERS) was that …": a cue inside
		// brackets reports nothing past them (reported_bracket.go).
		aside := bracketEnd(d.Text, s.Start, t.Span.Start, end)
		inAside := aside < end
		end = aside
		listener, rest, speech := listenerAndRest(w, d.Text[t.Span.End:end])
		if !speech {
			continue
		}
		rest = dropLeadingAside(strings.TrimSpace(rest))
		// "denied reports that he has been selected": the report's
		// words, which the subject denies (reported_writer_words.go).
		if deniedClaim(w, rest) {
			continue
		}
		// "…, the Vatican has said – just one day after …": the
		// writer's aside follows; what was said stands before the cue.
		if writerAfterCue(rest) && strings.Count(rest, rest[:strings.IndexByte(rest, ' ')+1]) == 1 {
			if len(out) == 0 && !quoteBefore && !inAside {
				if q, ok := d.trailingAttribution(si, s, t, prev); ok {
					return append(out, q)
				}
			}
			continue
		}
		rest = skipToThat(rest)
		_, hadThat := cutWordPrefixIn(rest, complementizers, "")
		rest = dropThat(rest)
		rest = clauseEnd(runOnEnd(rest))
		rest = narrationRunOn(w, rest)
		// ", with the ITF confirming that …": another source's word
		// (reported_fragment.go).
		if k := otherSourceStart(rest); k >= 0 {
			rest = rest[:k]
		}
		// "had denied that … and had brushed off calls": a second verb
		// phrase of the speaker's is the writer's (reported_made_known.go).
		rest = sharedAuxiliaryEnd(toks, ti, rest)
		// "Pfizer, which says its vaccine is 95 percent effective, is
		// racing": a frame inside a relative aside ends where the main
		// clause's verb resumes (reported_writer_aside.go).
		if relativeAsideCue(d.Text, toks, ti) {
			if k := resumedPredicateStart(rest); k >= 0 {
				rest = rest[:k]
			}
		}
		// "researchers who predicted the event have announced",
		// "scientists who have been observing the shelf said …": a cue
		// inside a restrictive relative clause whose object, a noun
		// phrase, runs into the main clause's verb of saying reports no
		// statement (reported_writer_aside.go).
		if restrictiveRelativeCue(d.Text, toks, ti) && mainCueAfterObject(rest) {
			continue
		}
		// "… one that Trump says hit him in the ear, at a campaign
		// event …": a relative clause ends at its comma
		// (reported_source_scope.go).
		if relativeFrame(toks, ti) && gapVerb(rest) {
			if k := strings.Index(rest, ", "); k > 0 && !insideQuotation(rest[:k]) {
				rest = rest[:k]
			}
		}
		// "Although Trump has admitted using the tax code, he does not
		// defend it": a frame inside a clause that opens the sentence
		// with a subordinator ends with that clause, at its comma.
		if before := d.Text[s.Start:t.Span.Start]; (openingSubordinate(before) || subordinateNameAside(before)) && !comparativeAs(before) {
			if k := clauseComma(rest); k >= 0 {
				rest = rest[:k]
			}
		} else if openingSubordinate(before) && !hadThat && mainSubjectInside(rest) {
			// "As she concluded the speech she fought back tears": an
			// "as" clause with no comma to close it before the main
			// clause's subject tells when; nothing was said.
			continue
		}
		rest = trimResidue(strings.Trim(trimFootnoteMarks(rest), " ,."))
		// "…, Sauvageot said.", "…, the ministry announced in Port
		// Ardlow.": the words reported come before the attribution.
		// "…, with US President Barack Obama saying:": a cue before a
		// colon presents the words after it, not the writer's clause
		// before it.
		if len(out) == 0 && !quoteBefore && !inAside && attributionTail(rest) && !colonAfter(d.Text[t.Span.End:end]) {
			if q, ok := d.trailingAttribution(si, s, t, prev); ok {
				return append(out, q)
			}
		}
		// "Sam Altman will leave OpenAI, the company's board announced
		// Friday in a surprise move …": a day and a phrase after the
		// cue are its adjuncts; what was said comes before it.
		if !hadThat && len(out) == 0 && !quoteBefore && !inAside && dayThenPhrase(rest) {
			if q, ok := d.trailingAttribution(si, s, t, prev); ok {
				return append(out, q)
			}
			continue
		}
		// "warned them about interactions with the media": a topic, not
		// what was said (reported_topic.go); a closing attribution's
		// topic ("…, Raducanu said about Fernandez") was read above.
		if topicOnly(listener, rest) {
			continue
		}
		// "explaining his decision to withdraw …": the matter
		// explained (reported_unsaid.go).
		if explainedTopic(w, rest, hadThat) {
			continue
		}
		if !hadThat {
			rest = dropLeadingDay(rest)
		}
		// "declared a state of emergency", "concluded a summit": with
		// no clause after it, the cue names an act; "announced the
		// news on state television": the channel is no part of what
		// was said (reported_act.go).
		// "announced the news to the nation": a happening made known,
		// no words; "reported the
		// Red Cross as saying": the object is the speaker of another
		// frame (reported_made_known.go).
		if !hadThat && (madeKnownEvent(rest) || speakerAsObject(rest)) {
			continue
		}
		// "declared a state of emergency and ordered troops
		// deployed": the act's object ends at the second act.
		if !hadThat && actCues[strings.ToLower(w)] && actObject(firstActConjunct(rest)) {
			continue
		}
		if !hadThat && nounPhraseObject(rest) {
			if actCues[strings.ToLower(w)] && actObject(rest) {
				continue
			}
			// "announced his retirement in 2006 when he received the
			// award": an act the writer dates (reported_fragment.go).
			if actObject(rest) && timedAct(rest) {
				continue
			}
			// "NRK posted pictures of the blond, blue-eyed
			// Norwegian": a picture or a video shows, it carries no
			// words, so the cue names the act of showing it.
			if recordObject(rest) {
				continue
			}
			// "Atlantis announced its arrival with a double sonic
			// boom": a sign, not words (reported_act.go).
			if signalledArrival(rest) {
				continue
			}
			// "announced the name of the new pope": the object stands
			// for an answer the sentence does not give; nothing said is
			// reported.
			if concealedQuestion(rest) {
				continue
			}
			rest = dropMediumTail(rest)
		}
		// "…, the university said in a statement": the channel only
		// (medium_phrase.go).
		if len(strings.Fields(rest)) < 3 || !hadThat && !opensClause(rest, w) || hadThat && !thatClause(rest) || mediumOnly(rest) {
			continue
		}
		// "… which caused more than": cut off where the page broke
		// its line; what is left may say something else.
		if unfinished(rest) || unfinishedComplement(rest) {
			continue
		}
		// "“…,” Kislakci said he was told": a passive of telling with
		// nothing after it points back at the quotation (reported_told_back.go).
		if toldBack(rest) {
			continue
		}
		// "while she received that email", "the actor, who is black
		// and gay …", "Smollett said that the men": a piece of what
		// was said that is no statement (reported_fragment.go).
		if fragmentContent(rest) {
			continue
		}
		sp, ok := d.frameSpeaker(si, s, t, slices.Concat(prev, out), subjectFrom)
		if !ok {
			continue
		}
		// "…, said Capt. Bill Urban of US Central Command", no subject
		// before the cue: the words after it name its speaker
		// (reported_speaker_words.go).
		if !hadThat && sp.name == "" && d.speakerAsWords(s, t, rest) {
			continue
		}
		// "Yonhap reported that the defence minister said troops would
		// stay": the outlet relays (speaker_relay.go); the frame is the
		// one its report names saying it, read at the inner cue, whose
		// subject starts what the outlet reported.
		if d.outletSpeaker(sp) && innerReport(rest) {
			if k := strings.Index(d.Text[t.Span.End:s.End], rest); k >= 0 {
				subjectFrom = t.Span.End + k
			}
			continue
		}
		out = append(out, Quote{Text: rest, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: w, Listener: listener, Sentence: si, Span: Span{s.Start, s.End}})
		// A further frame may follow what this one reports.
		if k := strings.Index(d.Text[t.Span.End:s.End], rest); k >= 0 {
			from = t.Span.End + k + len(rest)
		} else {
			break
		}
	}
	return out
}

// attributionTail reports whether what follows a cue is only the rest
// of an attribution that closes the sentence: a few words, or a phrase
// of time, place or audience with no verb of its own, up to a comma or
// the end ("…, the mayor said Tuesday afternoon at a news briefing.",
// "…, the FDIC announced Friday, in what is the largest bank failure
// since 2008": the writer's words after the comma are no more what was
// said than the time is).
func attributionTail(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) < 3 {
		return true
	}
	head := rest
	if k := clauseComma(rest); k >= 0 {
		head = rest[:k]
	}
	htoks := Tokenize(head, 0)
	if len(htoks) == 0 || len(htoks) > 6 || hasFiniteVerb(htoks, len(htoks)) {
		return false
	}
	first := strings.ToLower(htoks[0].Text)
	return afterCueWord[first] || calendarWord[first] || headPrepositions[first] || mediumOnly(head)
}

// negatedCue reports whether the words right before a cue, over its
// auxiliaries and adverbs, hold a negation ("did not say", "has never
// said", "hasn't indicated").
func negatedCue(before []Token) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		w := strings.ToLower(before[k].Text)
		switch {
		case cueNegations[w]:
			return true
		case cueAuxiliaries[w] || adverb(before[k].Text):
		default:
			return false
		}
	}
	return false
}

// negatedSubject reports whether the subject of the clause that runs up
// to a cue at end opens with a word that denies it: "Neither RIM nor
// T-Mobile has announced …", "No one has said that …".
func (d *Index) negatedSubject(sentStart, end int) bool {
	cs := clauseStart(d.Text, sentStart, end)
	toks := Tokenize(d.Text[cs:end], cs)
	if len(toks) == 0 || !negativeSubjects[strings.ToLower(toks[0].Text)] {
		return false
	}
	// The cue's own auxiliaries and adverbs aside, a verb between the
	// negative word and the cue belongs to another clause: "Neither
	// Kasich nor Rubio has won a state and Cruz suggested …".
	n := len(toks)
	for n > 1 && (cueAuxiliaries[strings.ToLower(toks[n-1].Text)] || adverb(toks[n-1].Text)) {
		n--
	}
	for _, t := range toks[1:n] {
		if w := strings.ToLower(t.Text); cueAuxiliaries[w] || finiteWords[w] || pastForm(w) {
			return false
		}
	}
	return true
}

// frameSpeaker finds the speaker of the frame whose cue is t: the subject
// before the cue; for a participle ("…, adding that …") the speaker of a
// quote or frame before it in the sentence, else the sentence's subject;
// for "who" ("X, who said that …") what the relative stands for. The
// subject starts at subjectFrom or later: after an outlet's "reported
// that" it relays.
func (d *Index) frameSpeaker(si int, s Sentence, t Token, prev []Quote, subjectFrom int) (speaker, bool) {
	if participleCues[t.Text] {
		// "Xinhua cited a witness as saying …": the one quoted is the
		// speaker, the subject only relays (speaker_modifier_name.go).
		if sp, ok := d.quotedAsSpeaker(s.Start, t.Span.Start); ok {
			return sp, true
		}
		// "… and Mr Kim saying …": the name right before the participle
		// is its subject (reported_next_speaker.go).
		if toks := Tokenize(d.Text[s.Start:t.Span.End], s.Start); len(toks) > 0 {
			if b := namedParticipleSubject(d.Text, toks, len(toks)-1); b >= 0 {
				if sp, ok := d.speakerIn(toks[b].Span.End, t.Span.Start, true); ok && sp.name != "" {
					return sp, true
				}
			}
		}
		// "“…,” Jean-Pierre told reporters when pressed about Joe
		// Biden previously saying …": a participle with a subject of its
		// own after a preposition is that subject's, not the speaker's
		// of the quote before it (speaker_gerund.go).
		if sp, ok := d.gerundSubject(s.Start, t.Span.Start); ok {
			return sp, true
		}
		// "…, with others saying …": the phrase after "with" is the
		// participle's subject; when no name was read above, the
		// frame is left unnamed (reported_fragment.go).
		if _, ok := absoluteWithSubject(d.Text[s.Start:t.Span.Start]); ok {
			return speaker{"", -1}, true
		}
		for i := len(prev) - 1; i >= 0; i-- {
			if q := prev[i]; q.Sentence == si && q.Speaker != "" && q.Span.Start < t.Span.Start {
				return speaker{q.Speaker, q.SpeakerEntity}, true
			}
		}
		// A participle reports speech whoever its subject is: the
		// frame stands, unnamed when the main clause's subject is no
		// speaker one can name.
		if sp, ok := d.participleSpeaker(s.Start, t.Span.Start, t.Text); ok {
			return sp, true
		}
		return speaker{entity: -1}, true
	}
	// "…, with the RTÉ exit poll suggesting …": any participle of
	// saying after an absolute "with" has its own subject.
	if participleSuffixes.SuffixOf(t.Text) {
		if _, ok := absoluteWithSubject(d.Text[s.Start:t.Span.Start]); ok {
			if sp, ok := d.gerundSubject(s.Start, t.Span.Start); ok {
				return sp, true
			}
			// An inference cue's subject there is evidence ("the
			// exit poll suggesting"), no speaker; any other is left
			// unnamed, never the main clause's subject.
			if inferenceCues[t.Text] {
				return speaker{}, false
			}
			return speaker{"", -1}, true
		}
	}
	cs := clauseStart(d.Text, max(s.Start, subjectFrom), t.Span.Start)
	cs = d.subordinateStart(cs, t.Span.Start)
	end := subjectEnd(d.Text, cs, t.Span.Start)
	// "… say he left but his fiancee, who was waiting outside, said":
	// before a relative aside, after a clause, the subject opens at the
	// conjunction (reported_speaker_words.go).
	if end < t.Span.Start {
		cs = conjoinedSubjectStart(d.Text, cs, end)
	}
	// "The findings suggest that …": evidence's, the writer's inference
	// (reported_inference.go).
	if d.evidenceSubject(cs, t.Span.Start, t.Text) {
		return speaker{}, false
	}
	// "A second quake was detected, suggesting the possibility of a
	// tunnel collapse": an inference cue's participle after a comma,
	// with no one to name as the main clause's subject, is what the
	// writer reads from the happening told before it.
	if d.inferenceAfterHappening(s, t) {
		return speaker{}, false
	}
	before := strings.TrimSpace(d.Text[cs:end])
	rel, ok := strings.CutSuffix(before, ", who")
	// "PML-N’s Ayaz Sadiq, who was chairing the Session of the
	// National Assembly has announced": a relative aside whose closing
	// comma is left out runs to the cue; the subject is what it hangs
	// on, never a name inside it.
	if k := strings.LastIndex(before, ", who "); !ok && k > 0 && !strings.ContainsAny(before[k+2:], ",;:()—–-?!") && !strings.ContainsAny(before[:k], "?!") && !relativeAfter(before[k+6:]) {
		relEnd := cs + k + strings.Index(d.Text[cs:end], before)
		if sp, ok := d.speakerIn(cs, relEnd, true); ok && sp.entity >= 0 && d.mentionEndsAt(sp.entity, relEnd) {
			return sp, true
		}
	}
	if !ok {
		// "…, followed by the Balochistan Province, which reported
		// eight deaths": "which" stands for the phrase right before it.
		rel, ok = strings.CutSuffix(before, ", which")
	}
	if ok {
		relEnd := cs + len(rel) + strings.Index(d.Text[cs:end], before)
		// "Mr Smith criticised Pfizer, which said …": the name right
		// before the comma (speaker_relative_aside.go).
		if sp, ok := d.relativeAntecedent(cs, relEnd); ok {
			return sp, true
		}
		sp, ok := d.speakerIn(cs, relEnd, true)
		// "who" stands for the phrase right before it: in "Sanders won
		// 70 percent of voters under 30, who said …" the voters said
		// it, not Sanders; the frame stays, its speaker unnamed.
		if ok && sp.entity >= 0 && !d.mentionEndsAt(sp.entity, relEnd) {
			return speaker{"", -1}, true
		}
		return sp, ok
	}
	// "the government which took office in June said": the subject is
	// the phrase the relative clause hangs on, not the clause's words
	// (with no aside set off by commas, whose own relative clause it
	// would be: "Mark Cuban, the owner of the Mavericks who …, says").
	subj := d.afterOpeningPhrases(cs, end)
	if k := relativeInSubject(d.Text, subj, end); k > subj && !strings.Contains(d.Text[subj:end], ",") {
		if sp, ok := d.speakerIn(subj, k, true); ok {
			return sp, true
		}
	}
	if sp, ok := d.speakerIn(cs, end, true); ok {
		return sp, true
	}
	// "The statement mentioned that …": a document that names no
	// issuer reports speech all the same, its speaker unnamed.
	if d.documentSubject(cs, end) || d.namelessSubject(cs, end) {
		return speaker{"", -1}, true
	}
	if sp, ok := theySpeaker(d.Text[cs:t.Span.Start], si, prev); ok {
		return sp, true
	}
	// A pronoun right before the cue ("they said", "I told him") is a
	// speaker the text names elsewhere, if at all: the frame is reported
	// speech all the same, its speaker unnamed.
	toks := Tokenize(d.Text[cs:t.Span.Start], cs)
	for len(toks) > 1 && (cueAuxiliaries[strings.ToLower(toks[len(toks)-1].Text)] || notNouns[strings.ToLower(toks[len(toks)-1].Text)] || adverb(toks[len(toks)-1].Text)) {
		toks = toks[:len(toks)-1]
	}
	// So is a word standing for one ("Others said", "another added").
	if len(toks) > 0 && (pronouns[strings.ToLower(stripPossessive(toks[len(toks)-1].Text))] || pronounLikeWords[strings.ToLower(toks[len(toks)-1].Text)]) {
		return speaker{"", -1}, true
	}
	// A person is named before the cue but not as its subject ("O'Malley's
	// campaign says", "comparing it to Obama's action and says"): the
	// frame is reported speech, its speaker not named with confidence.
	for _, m := range d.MentionsIn(cs, end) {
		if d.Entities[m.Entity].Kind == KindPerson {
			return speaker{"", -1}, true
		}
	}
	return speaker{}, false
}

// relativeInSubject returns where a relative clause opened by "who" or
// "which" with no comma before it starts in the subject text[start:end]
// of a cue, after a noun phrase; -1 when there is none.
func relativeInSubject(text string, start, end int) int {
	toks := Tokenize(text[start:end], start)
	for k := 1; k < len(toks)-1; k++ {
		if relativePronoun[strings.ToLower(toks[k].Text)] && !strings.ContainsAny(text[toks[k-1].Span.End:toks[k].Span.Start], ",(—–") {
			return toks[k].Span.Start
		}
	}
	return -1
}

// mentionEndsAt reports whether a mention of entity ei ends at off, or
// right before an aside that ends there ("Smith, 67, a retiree").
func (d *Index) mentionEndsAt(ei, off int) bool {
	for _, m := range d.Entities[ei].Mentions {
		if m.End > off {
			continue
		}
		gap := strings.TrimLeft(strings.TrimSpace(d.Text[m.End:off]), ".") // "Donald Trump Jr."
		if gap == "" || strings.HasPrefix(gap, ",") || strings.HasPrefix(gap, "(") {
			return true
		}
	}
	return false
}

// attributesQuote reports whether cue t is the attribution of a direct
// quote before it: no more than eight words after the quote's close, and
// no other cue or clause between ("…,” Smith said", "…,” said Reince
// Priebus").
func (d *Index) attributesQuote(t Token, quotes []Span) bool {
	for _, q := range quotes {
		if q.End > t.Span.Start {
			continue
		}
		gap := Tokenize(d.Text[q.End:t.Span.Start], q.End)
		if len(gap) > 8 {
			continue
		}
		clean := true
		for _, g := range gap {
			if lw := strings.ToLower(g.Text); indirectCues[lw] || clauseConjunctions[lw] || subordinators[lw] || additiveConjunctions[lw] {
				clean = false
			}
		}
		if clean {
			return true
		}
	}
	return false
}

func inSpans(off int, spans []Span) bool {
	return slices.ContainsFunc(spans, func(sp Span) bool { return sp.Start <= off && off < sp.End })
}

// clauseEnd cuts what was said where the sentence goes on with a clause
// of the writer's or another frame: at a semicolon or a dash, at ", but",
// ", while", ", although", ", even as", and before "and" or a comma that
// opens a clause with a cue of its own ("…, and added: …", "and others
// have said …").
func clauseEnd(rest string) string {
	rest = dropDashAsides(rest)
	cut := len(rest)
	// "… Khashoggi is dead.”We have evidence …": a sentence that ends
	// inside what was said ends it (reported_topic.go).
	if k := sentenceEndInside(rest); k >= 0 {
		cut = k
	}
	for _, sep := range []string{"; ", " — ", " – ", " -- ", " - "} {
		if k := strings.Index(rest, sep); k >= 0 && k < cut && (sep != " - " || hyphenDash(rest[:k], rest[k+len(sep):])) {
			cut = k
		}
	}
	if k := closingRelay(rest[:cut]); k >= 0 {
		cut = k
	}
	if k := adjunctStart(rest[:cut]); k >= 0 {
		cut = k
	}
	// The writer's sourcing, the occasion of the saying, a clause
	// after a phrase object (reported_circumstance.go) and the
	// writer's circumstance after a comma (", amid …").
	// The writer's phrase summing up what was said and relative
	// clause on a noun of it (reported_writer_aside.go).
	// What a report left out ("without naming a cause") and the
	// place and date of a picture's caption (reported_circumstance.go);
	// the writer's hindsight in a relative clause
	// (reported_writer_aside.go); the writer's "and it is unclear
	// whether …" (reported_writer_unknown.go).
	for _, start := range []func(string) int{sourceMarkerStart, occasionStart, clauseAfterPhrase, circumstanceStart, summaryAppositiveStart, asideRelativeStart, untoldDetailStart, captionStart, hindsightRelativeStart, writerUnknownStart} {
		if k := start(rest[:cut]); k >= 0 {
			cut = k
		}
	}
	if k := coordinatedPredicate(rest[:cut]); k >= 0 {
		cut = k
	}
	if k := nextActStart(rest[:cut]); k >= 0 {
		cut = k
	}
	// A conjunction after a comma, which may stand inside a closing
	// quotation mark (“…,” but …): the cut keeps the mark.
	ctoks := Tokenize(rest[:cut], 0)
	for k, t := range ctoks {
		evenAs := concessiveAdverbs[strings.ToLower(t.Text)] && k+1 < len(ctoks) && subordinators[strings.ToLower(ctoks[k+1].Text)] && clauseAfter(rest, ctoks[k+1:])
		if k == 0 || !clauseConjunctions[strings.ToLower(t.Text)] && !evenAs {
			continue
		}
		before := strings.TrimRight(rest[:t.Span.Start], " ")
		mark := strings.TrimRight(before, "”’\"'»")
		if strings.HasSuffix(mark, ",") {
			cut = len(before)
			if mark == before {
				cut--
			}
			break
		}
	}
	toks := Tokenize(rest[:cut], 0)
	for k, t := range toks {
		if k == 0 || !cueWords[t.Text] {
			continue
		}
		// A cry ends what was said only before the words cried ("…, at
		// which point Cosby yelled at Steele, “…”"), not as a verb of
		// what was said ("why hadn't she screamed?").
		if cryCues[t.Text] && !strings.ContainsAny(rest[t.Span.End:], "“\"‘") {
			continue
		}
		// "the rains … are predicted to continue": a passive cue
		// before an infinitive raises the clause's own subject; it is
		// the verb of what was said, no new frame.
		if beForms[strings.ToLower(toks[k-1].Text)] && k+1 < len(toks) && infinitiveMarkers[strings.ToLower(toks[k+1].Text)] {
			continue
		}
		// "the LAPD’s Robbery-Homicide Division, which probes …, also
		// responded to the location": a cue with no subject of its own
		// after a relative aside's comma resumes the subject's
		// predicate, and "to" and a noun phrase after it name where it
		// went or whom it answered, no words said, as after a frame's
		// own cue (opensClause); what was said goes on.
		if resumedPredicateCue(rest, toks, k) {
			continue
		}
		if participleCues[t.Text] {
			// "…, adding that …": the same speaker's next frame.
			if gap := rest[toks[k-1].Span.End:t.Span.Start]; strings.Contains(gap, ",") {
				return strings.TrimSpace(rest[:toks[k-1].Span.End+strings.IndexByte(gap, ',')])
			}
			// "tweeted a statement to his followers saying, “I’ve
			// worked hard …”": a participle with a comma or colon
			// before a quotation presents that quotation, the
			// statement, read as a direct quote; what was said in the
			// frame, if anything, stands before the participle.
			if presentsQuotation(rest[t.Span.End:]) {
				return strings.TrimSpace(rest[:t.Span.Start])
			}
			// "… a “great discussion” and Mr Kim saying they had …": a
			// name of its own before the participle opens another
			// speaker's frame (reported_next_speaker.go).
			if b := namedParticipleSubject(rest, toks, k); b >= 0 {
				return strings.TrimRight(strings.TrimSpace(rest[:toks[b].Span.Start]), ",")
			}
			continue
		}
		// Walk back over the new clause's subject (at most four words)
		// to the "and" or comma that opens it, and over a relative of
		// time opening that clause (", at which point Bill Cosby
		// yelled").
		for b := k - 1; b >= 0 && b >= k-5-relativeOpening(toks, k); b-- {
			gap := rest[toks[b].Span.End:toks[b+1].Span.Start]
			if strings.Contains(gap, ",") {
				// "but his fiancee, who was waiting outside, said": a
				// relative aside of the new subject is walked over to
				// the conjunction before that subject.
				if b == k-1 {
					if c := subjectBeforeAside(rest, toks, k); c >= 0 {
						return strings.TrimRight(strings.TrimSpace(rest[:c]), ",")
					}
				}
				return strings.TrimSpace(rest[:toks[b].Span.End+strings.IndexByte(gap, ',')])
			}
			if additiveConjunctions[strings.ToLower(toks[b].Text)] {
				// "… and Indonesia's search and rescue agency posted":
				// an "and" between two nouns joins them inside the new
				// subject; the clause opens at the "and" before them.
				if e := compoundSubjectStart(toks, b); e >= 0 {
					b = e
				}
				return strings.TrimRight(strings.TrimSpace(rest[:toks[b].Span.Start]), ",")
			}
		}
	}
	return strings.TrimSpace(rest[:cut])
}

// presentsQuotation reports whether after, the text after a participle
// cue, opens with a comma or a colon and a quotation mark (", “…").
func presentsQuotation(after string) bool {
	after = strings.TrimLeft(after, " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after[1:], " "))
	return strings.ContainsRune("“\"‘«", r)
}

// skipToThat skips what stands between a cue and the "that" opening what
// was said: a time, a place, a medium ("said Thursday during a taping in
// Buffalo that …", "said in an interview with The Associated Press last
// week that …"), when it opens with a preposition or a time word and holds
// no comma, within twelve words.
func skipToThat(rest string) string {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 {
		return rest
	}
	first := strings.ToLower(toks[0].Text)
	if !headPrepositions[first] && !mediumPrepositions[first] && !afterCueWord[first] && !calendarWord[first] {
		return rest
	}
	for k, t := range toks {
		if k > 12 || strings.ContainsAny(rest[:t.Span.Start], ",;:") {
			break
		}
		if complementizers[strings.ToLower(t.Text)] && k > 0 {
			return rest[t.Span.Start:]
		}
	}
	return rest
}

// opensClause reports whether the words after a cue can be a statement:
// not a phrase opened by a preposition, a question word or a participle
// ("said about Latinos", "asked who he was", "looking far from
// displeased"), nor a verb without its subject ("said was in the
// works"); after a cue that also takes a phrase ("pledged", "called",
// "denied"), a clause: a finite verb within its first seven words
// ("pledged delegates as the end …", "calling him a jerk" have none).
func opensClause(rest, cue string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 {
		return false
	}
	first := toks[0].Text
	if toks[0].Span.Start > 0 && strings.ContainsAny(rest[:toks[0].Span.Start], ":;“”\"'‘’«»") {
		return false // a direct quote, which is read as one
	}
	lw := strings.ToLower(first)
	// "we also said goodbye to Lemmy", "said a prayer": a set phrase
	// names an act of parting, greeting or prayer, not words.
	if sayingSetObjects[first] || len(toks) > 1 && phraseDeterminers[lw] && sayingSetObjects[toks[1].Text] {
		return false
	}
	// "announced the news himself in a Twitter message": the object
	// names the telling, not what was told, unless a "that" follows.
	if len(toks) > 1 && phraseDeterminers[lw] && tidingsObjects[toks[1].Text] && (len(toks) < 3 || !complementizers[strings.ToLower(toks[2].Text)]) {
		return false
	}
	// "he would reveal himself to be a doddering father": a reflexive
	// object makes the subject what was shown; words said follow only a
	// "that" ("told himself that …").
	if reflexiveObjects[lw] && (len(toks) < 2 || !complementizers[strings.ToLower(toks[1].Text)]) {
		return false
	}
	// "After the closing arguments concluded and the jury went into
	// deliberations": a conjunction after the verb joins another
	// clause to it; nothing was said.
	if headPrepositions[lw] || afterCueWord[lw] && !isCapitalised(first) || finiteWords[lw] || cueAuxiliaries[lw] || questionWords[lw] && !complementizers[lw] || subordinators[lw] || additiveConjunctions[lw] || listConjunctions[lw] {
		return false
	}
	if participleSuffixes.SuffixOf(lw) && len(lw) > 5 && lw == first {
		return false
	}
	// "Cocaine, he once said famously, had proven to be his “toughest
	// rival”": adverbs and a comma, then the predicate with no subject,
	// close a parenthetical cue; the subject stands before it.
	if k := leadingAdverbs(toks); k > 0 && k < len(toks) && strings.Contains(rest[toks[k-1].Span.End:toks[k].Span.Start], ",") {
		if w := strings.ToLower(toks[k].Text); finiteWords[w] || cueAuxiliaries[w] {
			return false
		}
	}
	// "reported directly to the ayatollah": "to" and a noun phrase
	// after the cue name whom its subject answers to or addresses;
	// nothing said follows unless a "that" clause does, which the
	// listener cues read.
	if k := leadingAdverbs(toks); k+1 < len(toks) && infinitiveMarkers[strings.ToLower(toks[k].Text)] {
		next := toks[k+1].Text
		if phraseDeterminers[strings.ToLower(next)] || isCapitalised(next) {
			return false
		}
	}
	// "She told the media outlet:" presents the quotation that follows;
	// in "told the court in his closing argument" the phrase is the
	// listener: nothing was said here unless a clause follows.
	if strings.HasSuffix(strings.TrimRight(rest, " "), ":") && !hasFiniteVerb(toks, len(toks)) {
		return false
	}
	// "told a news conference, “We don't know …”": the quotation is
	// the statement, read as a direct quote; the phrase before it is the
	// listener and no clause.
	if objectCues[strings.ToLower(cue)] && !subjectPronouns[lw] && !hasFiniteVerb(toks, wordsBeforeQuote(rest, toks)) {
		return false
	}
	lc := strings.ToLower(cue)
	if clauseOrObjectCues[lc] {
		main := mainClauseWords(rest, toks)
		return hasFiniteVerb(main, 12) || irregularPastAfterNoun(main, 12) || thatAfterDay(toks)
	}
	return clauseCues[lc] || hasFiniteVerb(mainClauseWords(rest, toks), 7)
}

// thatAfterDay reports whether toks open with a time and then "that"
// ("warned Sunday, that the state’s overall death toll … could exceed
// 100"): the clause after it is what was said.
func thatAfterDay(toks []Token) bool {
	for k, t := range toks {
		if complementizers[strings.ToLower(t.Text)] {
			return k > 0 && dayOnly(toks[:k])
		}
	}
	return false
}

// irregularPastAfterNoun reports whether one of toks after the first, up
// to the limit-th, is a finite past form that does not end in -ed (lang
// lead-verbs: "the email came hours after …") in lower case, with no
// determiner or preposition right before it.
func irregularPastAfterNoun(toks []Token, limit int) bool {
	for k := 1; k < len(toks) && k <= limit; k++ {
		w, prev := toks[k].Text, strings.ToLower(toks[k-1].Text)
		if leadVerbs[w] && !phraseDeterminers[prev] && !determiners[prev] && !headPrepositions[prev] && !infinitiveMarkers[prev] {
			return true
		}
	}
	return false
}

// leadingAdverbs returns how many adverbs in -ly open toks ("directly").
func leadingAdverbs(toks []Token) int {
	k := 0
	for k < len(toks) && adverb(toks[k].Text) {
		k++
	}
	return k
}

// wordsBeforeQuote returns how many of toks, the words of rest, stand
// before the first quotation mark in rest.
func wordsBeforeQuote(rest string, toks []Token) int {
	for k, t := range toks {
		if k > 0 && strings.ContainsAny(rest[toks[k-1].Span.End:t.Span.Start], "“”\"«»") {
			return k
		}
	}
	return len(toks)
}

// mainClauseWords returns the words of rest before a subordinator or a
// dash: a cue that also takes a thing as its object ("Di Maria added
// Argentina's second after a fine sweeping move - spearheaded by …")
// reports a clause only when its own verb follows, not a verb of an
// adjunct after the object. A word that opens an indirect question ("asked
// the students if they were …") is no such subordinator.
func mainClauseWords(rest string, toks []Token) []Token {
	for k := 1; k < len(toks); k++ {
		w := toks[k].Text
		if subordinators[w] && !questionWords[w] && !complementizers[w] || strings.ContainsAny(rest[toks[k-1].Span.End:toks[k].Span.Start], "—–") || strings.Contains(rest[toks[k-1].Span.End:toks[k].Span.Start], " - ") {
			return toks[:k]
		}
		// "Researchers confirmed two of these planets in 2016 but
		// upped the tally": a verb after "but" is the cue's subject's
		// second act; the words said need a verb before it.
		if contrastCoordinators[w] {
			return toks[:k]
		}
	}
	return toks
}

// thatClause reports whether what follows "said that" can be what was
// said: not a quotation opening it, nor a verb without a subject.
func thatClause(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 || toks[0].Span.Start > 0 && strings.ContainsAny(rest[:toks[0].Span.Start], ":;“”\"'‘’«»") {
		return false
	}
	lw := strings.ToLower(toks[0].Text)
	return !finiteWords[lw] && !cueAuxiliaries[lw]
}

// subordinateOnly reports whether text is a subordinate clause and
// nothing else ("Although both sides have not confirmed the takeover"):
// before a subject and its cue it is the writer's adverbial, not what was
// said, which would need a main clause after it ("If elected, he would
// cut taxes").
func subordinateOnly(text string) bool {
	toks := Tokenize(text, 0)
	return len(toks) > 0 && subordinators[strings.ToLower(toks[0].Text)] && !strings.ContainsAny(text, ",;:—–")
}

// statementBefore reports whether the words before a trailing
// attribution ("…, Sauvageot said") can be a statement: a clause with a
// finite verb, not a name with its description ("Another resident,
// Svetlana, said: …").
func statementBefore(text string) bool {
	toks := Tokenize(text, 0)
	// "However, at the Health Ministers … meeting … today, the WHO
	// confirmed …": a connective set off by a comma opens the sentence,
	// and the phrase after it is still the setting, not a statement.
	if len(toks) > 1 && discourseLinks[strings.ToLower(toks[0].Text)] && strings.HasPrefix(text[toks[0].Span.End:], ",") {
		toks = toks[1:]
	}
	return len(toks) > 0 && !headPrepositions[strings.ToLower(toks[0].Text)] && hasFiniteVerb(toks, len(toks))
}

// hasFiniteVerb reports whether one of the words after the first, up to
// the limit-th, is a finite verb: an auxiliary or a modal (also in a contraction:
// "he's", "don't"), a past tense in -ed, or a present in -s right after
// a name or a pronoun ("Trump leads", "she wants").
func hasFiniteVerb(toks []Token, limit int) bool {
	for k := 1; k < len(toks) && k <= limit; k++ {
		w := toks[k].Text
		lw := strings.ToLower(w)
		// A capitalised cue after the first word is part of a name
		// ("The Washington Post"), not a verb.
		if finiteWords[lw] || cueAuxiliaries[lw] || indirectCues[lw] && w == lw || subjectPronouns[strings.ToLower(toks[k-1].Text)] {
			return true
		}
		if i := strings.IndexAny(lw, "'’"); i > 0 {
			if tail := lw[i+len(string([]rune(lw[i:])[0])):]; contractionTails[tail] {
				if !ambiguousContractionTails[tail] || subjectPronouns[lw[:i]] || demonstrativeSubjects[lw[:i]] {
					return true
				}
			}
		}
		if w != lw {
			continue
		}
		// "in a televised address": a past form after an article
		// is an adjective; "better than expected results": after a
		// comparative's "than" it is a participle with its clause left
		// out ("profits more than doubled" is a verb).
		if len(lw) > 4 && pastSuffixes.SuffixOf(lw) && !phraseDeterminers[strings.ToLower(toks[k-1].Text)] && !ellipticThan(toks, k) {
			return true
		}
		prev := toks[k-1].Text
		if pluralRules.Match(lw) && !sNouns[lw] &&
			(isCapitalised(prev) || subjectPronouns[strings.ToLower(prev)]) {
			return true
		}
	}
	return false
}

// ellipticThan reports whether toks[k] follows "than" after a
// comparative adjective or adverb ("better than expected", "sooner than
// planned"), where a past form is a participle, not after "more", "less"
// or "rather", which make it a verb ("more than doubled").
func ellipticThan(toks []Token, k int) bool {
	if k < 2 || !comparisonWords[strings.ToLower(toks[k-1].Text)] {
		return false
	}
	return !quantityComparatives[strings.ToLower(toks[k-2].Text)]
}

// shortTail reports whether what follows a cue, up to a comma or the
// sentence's end, is short enough to be only its speaker: "said James
// Henson, director of …", not "said the ship was stable".
func shortTail(after string) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(after)); !unicode.IsLetter(r) {
		return false // "said: “…”" opens a quote
	}
	if k := clauseComma(after); k >= 0 {
		after = after[:k]
	}
	toks := Tokenize(after, 0)
	n := len(toks)
	return n > 0 && n <= 5 && !clauseInTail(toks)
}

// clauseInTail reports whether the words after a cue hold a verb of
// their own, so that they are what was said, not the speaker: "…, said
// the Khan family deserved better" (a past form after a noun; after a
// determiner it is an adjective: "said the embattled mayor").
func clauseInTail(toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		w := toks[k].Text
		lw := strings.ToLower(w)
		if w != lw {
			continue
		}
		if finiteWords[lw] || cueAuxiliaries[lw] {
			return true
		}
		if prev := strings.ToLower(toks[k-1].Text); len(lw) > 4 && pastSuffixes.SuffixOf(lw) && !phraseDeterminers[prev] && !determiners[prev] {
			return true
		}
	}
	return false
}

// invertedAttribution reads reported speech whose attribution follows a
// comma with the cue first: "Turnout was high, said James Henson, director
// of the Texas Politics Project." The speaker follows the cue.
func (d *Index) invertedAttribution(si int, s Sentence, t Token) (Quote, bool) {
	before := d.Text[s.Start:t.Span.Start]
	label := LabelEnd(before)
	k := strings.LastIndexByte(before, ',')
	if k < label {
		return Quote{}, false
	}
	text := strings.Trim(strings.TrimSpace(before[label:k]), " ,")
	if len(strings.Fields(text)) < 3 || !statementBefore(text) {
		return Quote{}, false
	}
	sp, ok := d.speakerIn(t.Span.End, s.End, false)
	if !ok {
		return Quote{}, false
	}
	return Quote{Text: text, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: t.Text, Sentence: si, Span: Span{s.Start, s.End}}, true
}

// trailingAttribution reads reported speech whose attribution follows it
// after a comma: "Salvors will try to pump the fuel out, Sauvageot said."
// The attribution is the longest stretch of at most eight words between a
// comma and the cue t, and must name the speaker.
func (d *Index) trailingAttribution(si int, s Sentence, t Token, prev []Quote) (Quote, bool) {
	const maxAttribution = 8
	before := d.Text[s.Start:t.Span.Start]
	// A dateline is not part of what was said.
	label := LabelEnd(before)
	for i := label; i < len(before); i++ {
		if before[i] != ',' || numberComma(before, i) {
			continue
		}
		seg := Tokenize(before[i+1:], s.Start+i+1)
		if len(seg) == 0 || len(seg) > maxAttribution {
			continue
		}
		// "The rest are missing, presumed dead, commander Stuart Cundy
		// said": a piece a participle opens goes on with what was said;
		// a speaker's phrase never opens with one.
		if w := seg[0].Text; w == strings.ToLower(w) && (pastForm(w) || participleSuffixes.SuffixOf(w)) && !speakerNouns[w] {
			continue
		}
		// "Besides the 13 service members killed, 15 were wounded, the
		// Pentagon said": a piece with a verb of its own before the next
		// comma is a clause of what was said, not the speaker's phrase.
		if clauseBeforeComma(d.Text, seg) {
			continue
		}
		text := afterLead(strings.Trim(strings.TrimSpace(before[label:i]), " ,"))
		// "… Pyongyang.North Korean leader …": a sentence break the
		// page lost its space at ends another sentence
		// (reported_run_on.go).
		text = text[runOnStart(text):]
		// "Smollett said that the men, who he claimed were masked":
		// another frame cut before its verb (reported_fragment.go).
		if cutInnerFrame(Tokenize(text, 0)) {
			return Quote{}, false
		}
		if len(strings.Fields(text)) < 3 || !statementBefore(text) || subordinateOnly(text) {
			return Quote{}, false
		}
		sp, ok := d.speakerIn(s.Start+i+1, t.Span.Start, true)
		if !ok {
			sp, ok = theySpeaker(d.Text[s.Start+i+1:t.Span.Start], si, prev)
		}
		if !ok {
			return Quote{}, false
		}
		// "… in his hotel room in Strasbourg, France, CNN reported":
		// a place after a capitalised word and a comma is the rest of
		// that place's name; the attribution starts at a later comma.
		if d.placeRestAt(sp, before[:i]) {
			continue
		}
		return Quote{Text: text, Speaker: sp.name, SpeakerEntity: sp.entity, Cue: t.Text, Sentence: si, Span: Span{s.Start, s.End}}, true
	}
	return Quote{}, false
}

// subjectEnd returns where the subject before a cue at end ends: before a
// relative clause set off by commas ("Halvard Line, whose chief executive
// arrived in Port Ardlow on Wednesday, says …"), else at end.
func subjectEnd(text string, start, end int) int {
	seg := text[start:end]
	if !strings.HasSuffix(strings.TrimSpace(seg), ",") {
		return end
	}
	for _, rel := range []string{", whose ", ", who ", ", which "} {
		if i := strings.Index(seg, rel); i > 0 {
			return start + i
		}
	}
	return end
}

// clauseStart returns where the clause holding off starts: after the last
// semicolon, dash or parenthesis between sentStart and off (not after a
// comma, which may close an appositive: "John Kirby, a spokesman, said"),
// or after a conjunction opening a clause ("…, although sources told").
func clauseStart(text string, sentStart, off int) int {
	seg := text[sentStart:off]
	start := sentStart
	if k := strings.LastIndexAny(seg, ";—–()"); k >= 0 {
		start = sentStart + k + 1
	}
	toks := Tokenize(text[start:off], start)
	// The conjunction follows a comma and a subject follows it: in "…,
	// but said that …" it joins two verbs of one subject.
	for k := len(toks) - 2; k > 0; k-- {
		next := strings.ToLower(toks[k+1].Text)
		if clauseConjunctions[strings.ToLower(toks[k].Text)] && strings.HasSuffix(strings.TrimSpace(text[toks[k-1].Span.End:toks[k].Span.Start]), ",") &&
			!finiteWords[next] && !cueWords[next] && !pastSuffixes.SuffixOf(next) {
			return toks[k].Span.End
		}
	}
	return subordinateClauseStart(text, start, off)
}

// subordinateClauseStart returns where the clause of a cue at off opens
// after a subordinator in text[start:off] ("An Ohio man was charged …
// after police said"): a subordinator opens a clause with a subject of
// its own, and the few words with no verb or comma between it and the
// cue are that subject; else start. "as" is left out: it is as often a
// preposition ("described the incident as an “…”"); so is "that", as
// often a determiner ("called that report a “…”") as a complementizer.
func subordinateClauseStart(text string, start, off int) int {
	toks := Tokenize(text[start:off], start)
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-6; k-- {
		w := strings.ToLower(toks[k].Text)
		if subordinators[w] && (!quotedAsWords[w] || asClauseSubject(toks[k+1:])) && k < len(toks)-1 {
			// "Halbritter, who …, because he claimed": a pronoun there
			// stands for someone of the clause before, which the
			// whole sentence is read for.
			if personalSubjectPronouns[strings.ToLower(toks[k+1].Text)] {
				return start
			}
			return toks[k].Span.End
		}
		if finiteWords[w] || cueWords[w] || cueAuxiliaries[w] || pastForm(w) || strings.ContainsAny(text[toks[k].Span.Start:off], ",:;()") {
			break
		}
	}
	return start
}

// freeRelativeSubject reports whether a cue whose preceding words in
// text are before stands in a free relative: a "what" or "how" before
// its subject (with auxiliaries and adverbs, six words at most: "what
// Trump says", "how some experts have said"), no punctuation, verb or
// conjunction between.
func freeRelativeSubject(text string, before []Token) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
		w := strings.ToLower(before[k].Text)
		// "the way we observe the universe": a manner noun after "the"
		// heads such a clause as "how" does.
		if freeRelatives[w] || mannerNouns[w] && k > 0 && phraseDeterminers[strings.ToLower(before[k-1].Text)] {
			return k < len(before)-1
		}
		if k > 0 && strings.ContainsAny(text[before[k-1].Span.End:before[k].Span.Start], ",;:()—–") {
			return false
		}
		if finiteWords[w] && !cueAuxiliaries[w] || clauseConjunctions[w] || additiveConjunctions[w] || complementizers[w] || len(w) > 4 && pastForm(w) {
			return false
		}
	}
	return false
}

// openingSubordinate reports whether the words of a sentence before a
// cue are the start of an adverbial clause that opens the sentence
// ("Although Trump has", "While experts"): a subordinator first, no
// comma after it yet.
func openingSubordinate(before string) bool {
	before = before[LabelEnd(before):]
	toks := Tokenize(before, 0)
	return len(toks) > 1 && subordinators[strings.ToLower(toks[0].Text)] && !strings.ContainsAny(before, ",;:")
}

// subordinateNameAside reports whether before, the words of a sentence
// before a cue, are a subordinator, a name of capitalised words and an
// aside about it set off by commas ("Although Billy Nungesser, the
// president of Plaquemines Parish, La., said …"): the subordinate clause
// still runs at the cue, as it does with no aside (openingSubordinate);
// "Although injured, the driver said" opens its main clause at the comma.
func subordinateNameAside(before string) bool {
	before = before[LabelEnd(before):]
	k := strings.IndexByte(before, ',')
	if k < 0 || !strings.HasSuffix(strings.TrimSpace(before), ",") || strings.ContainsAny(before, ";:") {
		return false
	}
	toks := Tokenize(before[:k], 0)
	if len(toks) < 2 || len(toks) > 5 || !subordinators[strings.ToLower(toks[0].Text)] {
		return false
	}
	for _, t := range toks[1:] {
		if !isCapitalised(t.Text) {
			return false
		}
	}
	return true
}

// comparativeAs reports whether the sentence opens with "as" ("As Trump
// said, the economy is weak"): what was said is the main clause after
// the comma, not the rest of the "as" clause.
func comparativeAs(before string) bool {
	toks := Tokenize(before[LabelEnd(before):], 0)
	return len(toks) > 0 && asWords[strings.ToLower(toks[0].Text)]
}

// dropDashAsides cuts the asides set off by a pair of dashes out of what
// was said: "Trump's call to ban all Muslim immigrants -- a position the
// nominee has since modified -- and his statements … bear some of the
// responsibility" is the writer's note inside the speaker's claim. A
// dash without its pair is left for clauseEnd to cut at. A hyphen set
// off by spaces is a dash when words follow it (hyphenDash).
func dropDashAsides(rest string) string {
	for _, dash := range []string{" — ", " – ", " -- ", " - "} {
		for {
			k := strings.Index(rest, dash)
			if k < 0 || dash == " - " && !hyphenDash(rest[:k], rest[k+len(dash):]) {
				break
			}
			k2 := strings.Index(rest[k+len(dash):], dash)
			if k2 < 0 {
				break
			}
			after := rest[k+len(dash)+k2+len(dash):]
			if len(strings.Fields(after)) < 2 || dash == " - " && quotationIn(rest[k:k+len(dash)+k2]) {
				break
			}
			rest = strings.TrimRight(rest[:k], " ") + " " + strings.TrimLeft(after, " ")
		}
	}
	return rest
}

// clauseAfter reports whether the words toks of rest, from a
// subordinator to the next comma, make a clause ("even as he says …")
// rather than a phrase ("even as a candidate,").
func clauseAfter(rest string, toks []Token) bool {
	for k, t := range toks {
		if k > 0 && strings.Contains(rest[toks[k-1].Span.End:t.Span.Start], ",") {
			toks = toks[:k]
			break
		}
	}
	return hasFiniteVerb(toks, len(toks))
}

// dayThenPhrase reports whether rest, what follows a cue, opens with a
// day ("Friday", "yesterday") and then a preposition: adjuncts of the
// cue, not a clause it reports.
func dayThenPhrase(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) < 2 {
		return false
	}
	first := strings.ToLower(toks[0].Text)
	if !calendarWord[first] && !afterCueWord[first] || headPrepositions[first] {
		return false
	}
	return headPrepositions[strings.ToLower(toks[1].Text)]
}

// afterLead returns what a trailing attribution reports when a headline
// or a lead ran into it before a colon ("Boeing 737 crashes between
// Ethiopia and Kenya: An Ethiopian Airlines flight … crashed on Sunday,
// the Prime Minister confirmed"): the statement after the colon, when it
// opens with a capital and is a clause of its own. Else text.
func afterLead(text string) string {
	k := strings.LastIndex(text, ": ")
	if k < 0 {
		return text
	}
	rest := strings.TrimSpace(text[k+2:])
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || len(strings.Fields(rest)) < 3 || !statementBefore(rest) {
		return text
	}
	return rest
}

// asideRelative reports whether before, the words ahead of an "according
// to" set off by commas, ends in a relative clause opened by a comma
// after its antecedent (", which had only been in service since
// November").
func asideRelative(before string) bool {
	k := strings.LastIndex(before, ",")
	if k < 0 {
		return false
	}
	toks := Tokenize(before[k+1:], 0)
	return len(toks) > 1 && relativeWord[strings.ToLower(toks[0].Text)] && !complementizers[strings.ToLower(toks[0].Text)]
}

// colonAfter reports whether the text after a cue opens with a colon
// ("saying: …"): the cue presents what follows the colon.
func colonAfter(after string) bool {
	return strings.HasPrefix(strings.TrimSpace(after), ":")
}

// placeRestAt reports whether sp, found right after a comma that ends
// before, is a place whose name goes on the one before the comma
// ("Strasbourg, France"): the comma joins the two places, and sets off
// no attribution.
func (d *Index) placeRestAt(sp speaker, before string) bool {
	if sp.entity < 0 || sp.entity >= len(d.Entities) || d.Entities[sp.entity].Kind != KindPlace {
		return false
	}
	toks := Tokenize(before, 0)
	return len(toks) > 0 && isCapitalised(toks[len(toks)-1].Text)
}
