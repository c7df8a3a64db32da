package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// class is a line's verdict, after jusText's block classes (J. Pomikálek,
// "Removing Boilerplate and Duplicate Content from Web Corpora", 2011):
// good and bad are sure, short and nearGood are settled by their
// neighbours.
type class uint8

const (
	classBad class = iota
	classShort
	classNearGood
	classGood
)

// params are the classifier's and the region search's thresholds.
// Lengths are in characters, densities are the share of stop-word tokens.
// The values were chosen on the extraction evaluation set (see
// BENCHMARKS.md for the cross-validated score).
type params struct {
	lengthLow, lengthHigh int
	stopLow, stopHigh     float64
	menuMaxWord           int
	// badShare and badToll price a bad line in the region search.
	badShare, badToll float64
	// nearDecay is the distance below the headline, in lines, at which a
	// region's score counts half.
	nearDecay float64
}

var tuned = params{
	lengthLow:   70,
	lengthHigh:  150,
	stopLow:     0.15,
	stopHigh:    0.22,
	menuMaxWord: 5,
	badShare:    1.0,
	badToll:     80,
	nearDecay:   10,
}

// measure fills the shape features of each line.
func measure(lines []line) {
	for i := range lines {
		l := &lines[i]
		l.chars = utf8.RuneCountInString(l.text)
		toks := tokenize(l.text)
		l.words = len(toks)
		if cjk := unspacedLetters(l.text); cjk > 0 {
			// A run of Chinese or Japanese is one token between
			// commas, however long: count a word for every two of
			// its characters, about a word's length there, as
			// internal/pagetype does.
			l.words = max(l.words, (cjk+1)/2+len(tokenize(stripUnspaced(l.text))))
		}
		// Numbers are neither function words nor content words: a
		// results line ("beating Jarry 6-4, 6-3") is as much prose as
		// its words make it.
		stops, counted := 0, 0
		for _, t := range toks {
			if isDigits(t) {
				continue
			}
			counted++
			if isStopword(t) {
				stops++
			}
		}
		if counted > 0 {
			l.stopRatio = float64(stops) / float64(counted)
		}
		l.sentenceEnd = endsSentence(l.text)
		l.chrome = on("chromeLine") && isChromeLine(l.text, l.words) || on("teaserSnippet") && isTeaserSnippet(l.text, l.chars) || on("dateOnly") && isDateOnly(l.text, l.words) || on("commenter") && commenterLine.MatchString(l.text) || on("slideCounter") && isSlideCounter(l.text)
		l.slot = on("slot") && adSlots[normalizePhrase(l.text)]
		l.caption = on("caption") && l.words <= 60 && isLabelledCaption(l.text)
		l.barrier = on("barrier") && l.words <= 12 && (commentsHeader.MatchString(normalizePhrase(l.text)) || authorBoxHeader.MatchString(l.text))
	}
	for _, m := range lineMarks {
		if on(m.name) {
			m.mark(lines)
		}
	}
}

// markKickerTeasers flags a tabloid's teaser box: three or more pairs
// of a kicker in capitals ("TIME TRAVELLER") over a headline without a
// sentence end. A story's own subhead in capitals is followed by its
// prose, which ends sentences. Up to two lines of a card may sit between
// one pair and the next kicker — a one-word label, the card's source and
// tags ("2 diggs theatlantic.com Crime Histories"), its blurb; the last
// card keeps as many as the card before it.
func markKickerTeasers(lines []line) {
	for i := 0; i < len(lines); {
		j, pairs, gap := i, 0, -1
		for j+1 < len(lines) {
			if !isKickerPair(lines, j) {
				break
			}
			pairs++
			j += 2
			g := 0
			for g < 2 && j+g < len(lines) && !isKickerPair(lines, j+g) && lines[j+g].words <= 60 {
				g++
			}
			if !isKickerPair(lines, j+g) {
				break
			}
			gap = g
			j += g
		}
		if pairs >= 3 {
			for k := 0; k < max(gap, 0) && j < len(lines) && lines[j].words <= 60 && !isKicker(lines[j].text); k++ {
				j++
			}
			for k := i; k < j; k++ {
				lines[k].chrome = true
			}
			i = j
			continue
		}
		i++
	}
}

// isKickerPair tells a kicker in capitals over a headline: a line of four
// or more words that does not end like a statement. A headline may ask
// or exclaim ("'Why Don't You Go Fight For The Reindeer?'"); it does not
// close on a full stop or a colon as a story's sentence does.
func isKickerPair(lines []line, j int) bool {
	return j+1 < len(lines) && isKicker(lines[j].text) && headlineEnding(lines[j+1]) && lines[j+1].words >= 4 && !isKicker(lines[j+1].text)
}

// headlineEnding tells a line that ends as a headline can: without a
// sentence end, or on a question or exclamation mark.
func headlineEnding(l line) bool {
	if !l.sentenceEnd {
		return true
	}
	t := strings.TrimRightFunc(l.text, func(r rune) bool {
		return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || unicode.IsSpace(r)
	})
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

// isKicker tells a short line written in capitals: a teaser's kicker.
func isKicker(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 3 && upper == letters && len(strings.Fields(s)) <= 5
}

// markTeaserRuns flags the headlines that a teaser header ("More from
// UK", "Related stories") announces: the lines after it that are shaped
// like headlines (no sentence end), up to the first line that ends a
// sentence. Pages print such a box inside the article as often as after
// it, and each headline alone looks like a subhead. Two or more are
// needed: a header over one line is as likely a subhead of the story.
func markTeaserRuns(lines []line) {
	for i := 0; i < len(lines); i++ {
		if !isTeaserHeader(lines[i].text, lines[i].words) {
			continue
		}
		j := i + 1
		for j < len(lines) && !lines[j].sentenceEnd && !lines[j].barrier && lines[j].words >= 3 {
			j++
		}
		if j-i-1 >= 2 {
			for k := i + 1; k < j; k++ {
				lines[k].chrome = true
			}
		}
		i = j - 1
	}
}

// cardsMin is how many headline-and-blurb cards under a teaser header
// make a box: a story's subheads over single paragraphs look like one
// or two.
const cardsMin = 3

// markTeaserCards flags a box of cards under a teaser header ("more
// stories", "Related"): each card a headline without a sentence end
// over its blurb of a sentence or a few, an optional label ("Other
// Opinion Columns") between the header and the first card. The blurbs
// are prose and, counted as good, carried the story's region across the
// header into the box (the Herald Sun's opinion columns under its
// column).
func markTeaserCards(lines []line) {
	for i := 0; i < len(lines); i++ {
		if !isTeaserHeader(lines[i].text, lines[i].words) {
			continue
		}
		j := i + 1
		if j+1 < len(lines) && cardHeadline(lines[j]) && cardHeadline(lines[j+1]) {
			j++
		}
		cards := 0
		for j+1 < len(lines) && cardHeadline(lines[j]) && lines[j+1].sentenceEnd && lines[j+1].words <= cardBlurbMaxWords {
			cards++
			j += 2
		}
		if cards < cardsMin {
			continue
		}
		for k := i; k < j; k++ {
			lines[k].chrome = true
		}
		i = j - 1
	}
}

// cardBlurbMaxWords bounds a card's blurb: longer is a story's paragraph.
const cardBlurbMaxWords = 80

// cardHeadline tells a card's headline: a few words, no sentence end.
func cardHeadline(l line) bool {
	return !l.sentenceEnd && !l.barrier && l.words >= 2 && l.words <= 15
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the mark.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == ')' || r == ']' || r == '*' || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';', '؟', '।':
		return true
	}
	return false
}

// lineMarks are the passes over a page's measured lines that mark
// them by their neighbours, in the order they run, each by the name
// the site-held-out ablation (TestSiteCV) switches it off by.
var lineMarks = []struct {
	name string
	mark func([]line)
}{
	{"markDuplicates", markDuplicates},
	{"markMenus", markMenus},
	{"markCaptionsOverCredits", markCaptionsOverCredits},
	{"markNameBoxes", markNameBoxes},
	{"markTeaserRuns", markTeaserRuns},
	{"markTeaserCards", markTeaserCards},
	{"markKickerTeasers", markKickerTeasers},
	{"markReferenceLists", markReferenceLists},
	{"markTaggedTeasers", markTaggedTeasers},
	{"markSharedCards", markSharedCards},
	{"markGallery", markGallery},
}

// markDuplicates flags lines that repeat an earlier line within a run of
// such lines: a page that prints its body twice (a leaked HTML copy, a
// print version) keeps only the first copy, and so does a long paragraph.
// A single short repeated line — a recurring interview question, a
// refrain — is left alone.
func markDuplicates(lines []line) {
	seen := make(map[string]bool, len(lines))
	repeat := make([]bool, len(lines))
	for i := range lines {
		key := strings.ToLower(lines[i].text)
		repeat[i] = seen[key]
		seen[key] = true
	}
	for i := range lines {
		lines[i].dup = repeat[i] && (lines[i].chars >= 100 || i > 0 && repeat[i-1] || i+1 < len(lines) && repeat[i+1])
	}
}

// markMenus flags the lines of paragraphs that are runs of short
// label-like lines, the flattened form of a menu or link list.
func markMenus(lines []line) {
	for i := 0; i < len(lines); {
		n := lines[i].runLen
		if n < 3 {
			i += max(n, 1)
			continue
		}
		short := 0
		for k := i; k < i+n; k++ {
			if lines[k].words <= tuned.menuMaxWord && !lines[k].sentenceEnd {
				short++
			}
		}
		if short*3 >= n*2 {
			for k := i; k < i+n; k++ {
				lines[k].menu = true
			}
		}
		i += n
	}
}

// classify gives each line its context-free class.
func classify(lines []line, proseByStopwords bool) {
	for i := range lines {
		l := &lines[i]
		switch {
		case l.chrome, l.dup, l.caption:
			l.class = classBad
		case l.menu && l.words <= tuned.menuMaxWord+3 && !l.sentenceEnd:
			l.class = classBad
		case l.chars < tuned.lengthLow, !l.sentenceEnd && l.chars < tuned.lengthHigh:
			// Headlines, subheads, captions and labels: the neighbours tell.
			l.class = classShort
		case proseByStopwords && !unspaced(l):
			switch {
			case l.stopRatio >= tuned.stopHigh && l.chars >= tuned.lengthHigh:
				l.class = classGood
			case l.stopRatio >= tuned.stopLow:
				l.class = classNearGood
			default:
				l.class = classBad
			}
		default:
			// Languages without a stop-word list: sentence shape and
			// length stand in for function-word density.
			switch {
			case l.sentenceEnd && l.chars >= tuned.lengthHigh/2:
				l.class = classGood
			case l.sentenceEnd || l.chars >= tuned.lengthHigh:
				l.class = classNearGood
			default:
				l.class = classBad
			}
		}
	}
}

// reviseByContext settles short and near-good lines by their neighbours,
// as jusText does: a short line between good ones is a heading or a short
// paragraph of the article; a near-good line next to good text is good.
func reviseByContext(lines []line) {
	orig := make([]class, len(lines))
	for i := range lines {
		orig[i] = lines[i].class
	}
	// The classes of the closest lines before and after each line,
	// skipping short lines, ad slots and labelled captions (and near-good ones for the Sure
	// variants); the document edges count as bad.
	n := len(lines)
	prevAny, prevSure := make([]class, n), make([]class, n)
	nextAny, nextSure := make([]class, n), make([]class, n)
	a, s := classBad, classBad
	for i := 0; i < n; i++ {
		prevAny[i], prevSure[i] = a, s
		if c := orig[i]; c != classShort && !lines[i].slot && !lines[i].caption {
			a = c
			if c != classNearGood {
				s = c
			}
		}
	}
	a, s = classBad, classBad
	for i := n - 1; i >= 0; i-- {
		nextAny[i], nextSure[i] = a, s
		if c := orig[i]; c != classShort && !lines[i].slot && !lines[i].caption {
			a = c
			if c != classNearGood {
				s = c
			}
		}
	}
	for i := range lines {
		if orig[i] != classShort {
			continue
		}
		prev, next := prevSure[i], nextSure[i]
		switch {
		case prev == classGood && next == classGood:
			lines[i].class = classGood
		case prev == classBad && next == classBad:
			lines[i].class = classBad
		default:
			// Between good text and chrome: a near-good neighbour or the
			// shape of a whole sentence ("Reuters contributed to this
			// report.") keeps it.
			if prevAny[i] == classNearGood || nextAny[i] == classNearGood || lines[i].sentenceEnd && lines[i].words >= 5 {
				lines[i].class = classGood
			} else {
				lines[i].class = classBad
			}
		}
	}
	prose := make([]bool, len(lines))
	if on("proseRuns") {
		prose = proseRuns(lines, orig)
	}
	for i := range lines {
		if orig[i] != classNearGood {
			continue
		}
		if prevSure[i] == classBad && nextSure[i] == classBad && !prose[i] {
			lines[i].class = classBad
		} else {
			lines[i].class = classGood
		}
	}
}

// proseRuns marks the near-good lines that stand in a run of at least
// proseRunLines near-good lines, one after another, each a whole
// sentence. jusText settles a near-good line between chrome as chrome,
// which is right for one teaser blurb or one comment; but a page that
// sets a photo credit or a "Trending" box between every few paragraphs
// leaves its short, plain paragraphs (a wire story's, a broadcaster's
// lead) with chrome on both sides, and several sentences in a row are
// the story's own: teaser boxes and comment threads put a headline, a
// name or a date between their blurbs. A headline ending in a question
// mark, printed again under its <title> (the page's first line) or in a
// breadcrumb, is not a sentence of the run.
func proseRuns(lines []line, orig []class) []bool {
	prose := make([]bool, len(lines))
	seen := make(map[string]bool, len(lines))
	sentence := func(j int) bool {
		l := lines[j]
		key := strings.ToLower(l.text)
		repeat := seen[key] || j > 0 && echoes(lines[0].text, l.text) != echoNone
		seen[key] = true
		return orig[j] == classNearGood && l.sentenceEnd && !l.menu && !repeat
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && sentence(j) {
			j++
		}
		if j-i >= proseRunLines {
			for k := i; k < j; k++ {
				prose[k] = true
			}
		}
		i = max(j, i+1)
	}
	return prose
}

// proseRunLines is how many near-good sentences in a row read as prose.
const proseRunLines = 2

// markNameBoxes flags author and site boxes: a short name line followed by
// the name glued to its address, and a bio that starts with the name
// ("Daily Global Times provides the latest news…").
func markNameBoxes(lines []line) {
	for i := 0; i+1 < len(lines); i++ {
		name := lines[i].text
		if lines[i].words == 0 || lines[i].words > 6 || lines[i].sentenceEnd {
			continue
		}
		j, linked := i+1, false
		for j < len(lines) && len(lines[j].text) > len(name) && strings.HasPrefix(lines[j].text, name) {
			rest := strings.TrimSpace(lines[j].text[len(name):])
			linked = linked || strings.HasPrefix(rest, "http") || strings.HasPrefix(rest, "www.")
			j++
		}
		if !linked {
			continue
		}
		for k := i; k < j; k++ {
			lines[k].chrome = true
		}
		i = j - 1
	}
}

// isTeaserSnippet reports whether s is a cut-off excerpt of another
// article, as teaser lists print them: prose that stops in mid-sentence
// with an ellipsis.
func isTeaserSnippet(s string, chars int) bool {
	if chars > 200 {
		return false
	}
	t := strings.TrimRight(s, " ]")
	if !strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "…") {
		return false
	}
	t = strings.TrimRight(t, ".… ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// isDateOnly reports whether a line is a bare date or timestamp, the
// furniture of comment threads, teaser lists and page headers: a date,
// and at most one word that is not part of it.
func isDateOnly(s string, words int) bool {
	if words > 10 || words == 0 {
		return false
	}
	if _, ok := parseDate(s); !ok {
		return false
	}
	other := 0
	for _, t := range tokenize(s) {
		if _, month := monthNames[t]; month || dateWords[t] || isDigits(t) {
			continue
		}
		other++
	}
	return other <= 1
}

// dateWords are the words that go with a date in a timestamp.
var dateWords = toSet(`
at|am|pm|a|m|p|on|um|de|del|le|à|the|of|updated|published|posted|modified|last|et|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest|ist|h
monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun
lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche
segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|st|nd|rd|th
`)

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// promoteIfNoneGood handles texts too short or too plain for the
// thresholds — a single pasted paragraph, a page of short reports: when no
// line is good by itself (noneGood, before the context pass), every
// sentence-shaped line that is not chrome counts. Asking before the
// context pass keeps a short text whose near-good sentences stand in a
// run (proseRuns) from losing its other sentences.
func promoteIfNoneGood(lines []line, noneGood bool) {
	if !noneGood {
		return
	}
	for i := range lines {
		l := &lines[i]
		if !l.chrome && !l.dup && !l.menu && l.sentenceEnd && l.words >= 6 {
			l.class = classGood
		}
	}
}

// unspaced reports whether a line is written without spaces between words
// (Chinese, Japanese): its stop-word density says nothing, even on a page
// whose menus are in English. The script tells, not the length of its
// tokens: Japanese prose puts a comma every few characters and Latin
// names and numbers among the kana ("改造したiPhoneを販売"), so its
// tokens can be as short as English words.
func unspaced(l *line) bool {
	if l.chars > 12*max(len(tokenize(l.text)), 1) {
		return true
	}
	letters := 0
	for _, r := range l.text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0 && unspacedLetters(l.text)*2 > letters
}

// isUnspacedRune tells whether r belongs to a script written without
// spaces between words.
func isUnspacedRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// unspacedLetters counts the letters of s in scripts written without
// spaces.
func unspacedLetters(s string) int {
	n := 0
	for _, r := range s {
		if isUnspacedRune(r) {
			n++
		}
	}
	return n
}

// stripUnspaced replaces the letters of scripts written without spaces
// with spaces, leaving the Latin names and numbers among them.
func stripUnspaced(s string) string {
	return strings.Map(func(r rune) rune {
		if isUnspacedRune(r) {
			return ' '
		}
		return r
	}, s)
}

// noneGood tells a text without a good line.
func noneGood(lines []line) bool {
	for _, l := range lines {
		if l.class == classGood {
			return false
		}
	}
	return true
}
