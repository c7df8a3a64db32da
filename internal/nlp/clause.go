package nlp

import (
	"crosscheck/internal/lang"
	"slices"
	"strings"
	"unicode"
)

// Clause is a part of a sentence that states one proposition, or the
// reported-speech frame ("John Kirby, the White House spokesman, said",
// "according to the officials") that attributes the sentence's
// propositions to someone.
type Clause struct {
	Span Span `json:"span"`
	// Frame marks a reported-speech frame: who says, not what is said.
	Frame bool `json:"frame,omitempty"`
	// Inner is a clause nested inside this one and not part of it ("Kim
	// and Putin, [who first met in 2019,] are aiming …"); zero if none.
	Inner Span `json:"inner,omitzero"`
}

// Clauses splits sentence s of text into clauses, in text order, covering
// the sentence's words. It is a shallow, rule-based splitter in the spirit
// of clause-based open information extraction (Del Corro and Gemulla,
// "ClausIE", WWW 2013) without a parser: it cuts at semicolons and dashes,
// at a comma before a conjunction, subordinator, non-restrictive relative
// pronoun or participle (", and", ", while", ", which", ", adding"), at
// "and that", after a reporting verb ("X said (that) …") and around
// "according to X". A piece with fewer than two content words is no
// proposition and stays with its neighbour, so lists ("shells, rockets,
// and rounds") and short asides are not cut up.
func Clauses(text string, s Sentence) []Clause {
	sent := text[s.Start:s.End]
	toks := Tokenize(sent, s.Start)
	if len(toks) == 0 {
		return []Clause{{Span: Span{s.Start, s.End}}}
	}
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text)
	}
	// pieceEnd(i) is the token before which the comma-delimited piece
	// starting at token i ends.
	// digitColon(i) tells a colon between two figures, "22:29" or a
	// score "2:1": one value, no clause break.
	digitColon := func(i int) bool {
		return text[toks[i-1].Span.End:toks[i].Span.Start] == ":" && allDigits(toks[i-1].Text) && allDigits(toks[i].Text)
	}
	pieceEnd := func(i int) int {
		for j := i + 1; j < len(toks); j++ {
			if strings.ContainsAny(text[toks[j-1].Span.End:toks[j].Span.Start], ",;:") && !digitColon(j) {
				return j
			}
		}
		return len(toks)
	}
	// gap(i) is the text between token i-1 and token i.
	gap := func(i int) string {
		if i == 0 {
			return ""
		}
		return text[toks[i-1].Span.End:toks[i].Span.Start]
	}
	// cut[i] marks a clause starting at token i; frameEnd[i] marks a
	// clause ending before token i that is a reported-speech frame.
	cut := make([]bool, len(toks)+1)
	soft := make([]bool, len(toks)+1)   // a cut at a participle, which a frame may span
	resume := make([]bool, len(toks)+1) // a piece continuing the one before a nested relative clause
	frameBefore := make([]bool, len(toks)+1)
	frameFrom := make([]bool, len(toks)+1)
	for i := 1; i < len(toks); i++ {
		g := gap(i)
		w := lower[i]
		switch {
		case digitColon(i):
		case strings.Contains(g, ":") && i <= 3:
			// A kicker or label ("NORTH KOREA:", "Details:") stays
			// with its clause.
		case strings.ContainsAny(g, ";:") || strings.Contains(g, " — ") || strings.Contains(g, " – "):
			cut[i] = true
		case strings.Contains(g, ","):
			switch {
			case i+1 < len(toks) && sourcePhrases[w+" "+lower[i+1]]:
				cut[i], frameFrom[i] = true, true
			case len(toks)-i <= 6 && reportingCue[lower[len(toks)-1]]:
				// ", officials said." / ", US authorities have revealed."
				cut[i], frameFrom[i] = true, true
			case trailingFrame(lower[i:]):
				// ", the governor told ISNA news agency."
				cut[i], frameFrom[i] = true, true
			case coordinator[w]:
				// ", and small arms rounds" lists; ", and the summit
				// would be held" coordinates a clause.
				cut[i] = hasVerb(lower[i+1 : pieceEnd(i)])
			case clauseOpener[w]:
				cut[i] = true
				// "Kim and Putin, who first met in 2019, are aiming":
				// the main clause resumes after the relative one.
				if relativePronoun[w] {
					if e := pieceEnd(i); e < len(toks) && strings.Contains(gap(e), ",") && hasVerb(lower[e:e+1]) {
						cut[e], resume[e] = true, true
					}
				}
			case isParticiple(toks[i].Text) || adverbSuffixes.SuffixOf(w) && i+1 < len(toks) && isParticiple(toks[i+1].Text):
				cut[i], soft[i] = true, true
			case infinitiveMarkers[w] && i+1 < len(toks) && unicode.IsLower([]rune(toks[i+1].Text)[0]) && infinitive(lower[i+1]) && contentWords(lower[i+1:pieceEnd(i)]) >= 2:
				// A purpose clause set off by a comma: "…, to persuade
				// Kim to step up arms sales".
				cut[i] = true
			case determinerLike[w] && pieceEnd(i) == len(toks) && !hasVerb(lower[i:]):
				// A closing appositive: "…, his first trip abroad since
				// the pandemic."
				cut[i] = true
			}
		case joiningConjunctions[w] && i+1 < len(toks) && complementizers[lower[i+1]]:
			cut[i] = true
		case strongSubordinator[w] && contentWords(lower[i+1:pieceEnd(i)]) >= 3:
			// "… for a meeting with Putin amid concerns that …"
			cut[i] = true
		}
		// "X said (that) …": the words up to the cue are the frame.
		if reportingCue[lower[i-1]] && !strings.ContainsAny(g, ",.;:") && i+2 < len(toks) && !inTrailingFrame(frameFrom, cut, i) {
			j := i
			if complementizers[w] {
				j = i + 1
			}
			if tellCues[lower[i-1]] {
				j = afterListener(lower, i)
			}
			if j < len(toks) && !reportingObject[lower[j]] {
				cut[j] = true
				frameBefore[j] = true
				// The frame starts at the last cut before the cue
				// that is not a participle ("South Korean media,
				// citing government sources, said"); a participle cue
				// (", adding that") is a frame of its own.
				if !cut[i-1] {
					for k := i - 2; k > 0 && (!cut[k] || soft[k]); k-- {
						cut[k] = false
					}
				}
			}
		}
	}
	// "According to X, …": the frame ends at the first comma.
	if len(toks) > 1 && sourcePhrases[lower[0]+" "+lower[1]] {
		frameFrom[0] = true
		for i := 2; i < len(toks); i++ {
			if strings.Contains(gap(i), ",") {
				cut[i] = true
				break
			}
		}
	}
	// Pieces between cuts.
	type piece struct {
		from, to int // token range
		frame    bool
		inner    [2]int // token range of a nested clause
	}
	var pieces []piece
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !cut[i] {
			continue
		}
		p := piece{from: start, to: i, frame: frameBefore[i] || frameFrom[start]}
		if n := len(pieces); resume[start] && n >= 2 {
			// Join the main clause around the nested one.
			host := &pieces[n-2]
			host.inner = [2]int{host.to, start}
			host.to = i
		} else {
			pieces = append(pieces, p)
		}
		start = i
	}
	// Merge pieces with too little content into a neighbour: the next one,
	// or the previous one at the end.
	content := func(p piece) int { return contentWords(lower[p.from:p.to]) }
	var merged []piece
	for k := 0; k < len(pieces); k++ {
		p := pieces[k]
		if !p.frame && content(p) < 2 {
			switch {
			case k+1 < len(pieces):
				pieces[k+1].from = p.from
				continue
			case len(merged) > 0 && !merged[len(merged)-1].frame:
				merged[len(merged)-1].to = p.to
				continue
			}
		}
		merged = append(merged, p)
	}
	out := make([]Clause, len(merged))
	for k, p := range merged {
		c := Clause{Span: Span{toks[p.from].Span.Start, toks[p.to-1].Span.End}, Frame: p.frame}
		switch {
		case p.from == 0:
			c.Span.Start = s.Start
		case p.to == len(toks):
			c.Span.End = s.End
		case k+1 < len(merged) && merged[k+1].from == p.to:
			// Up to the next clause, closing quotes and brackets
			// included, separating punctuation not.
			next := toks[p.to].Span.Start
			c.Span.End = c.Span.Start + len(strings.TrimRightFunc(text[c.Span.Start:next], func(r rune) bool {
				return unicode.IsSpace(r) || strings.ContainsRune(",;:—–", r)
			}))
		}
		if p.to == len(toks) {
			c.Span.End = s.End
		}
		if p.inner[1] > p.inner[0] {
			c.Inner = Span{toks[p.inner[0]].Span.Start, toks[p.inner[1]-1].Span.End}
		}
		out[k] = c
	}
	return out
}

// contentWords counts the words that carry content.
func contentWords(words []string) int {
	n := 0
	for _, w := range words {
		if len(w) > 1 && !IsStopword(w) && !reportingCue[w] {
			n++
		}
	}
	return n
}

// strongSubordinator open an adjunct clause even without a comma.
var strongSubordinator = en.Set(lang.StrongSubordinators)

// isParticiple reports whether a word reads as a present participle
// opening a clause (", killing one person"), not a noun in -ing.
func isParticiple(w string) bool {
	if w == "" || unicode.IsUpper([]rune(w)[0]) || len(w) < 6 || !participleSuffixes.SuffixOf(w) {
		return false
	}
	return !ingNoun[strings.ToLower(w)]
}

// infinitive reports whether the word after "to" reads as a verb rather
// than the start of a noun phrase ("to the border"): not a determiner,
// pronoun or other function word and not in a noun or adjective form. The
// caller checks it is not capitalised ("to Russia").
func infinitive(w string) bool {
	if IsStopword(w) || determinerLike[w] || len(w) < 2 {
		return false
	}
	return !nounAdjectiveSuffixes.SuffixOf(w)
}

// hasVerb reports whether words hold something that reads as a finite
// verb: an auxiliary or modal, or a past form in -ed.
// trailingFrame tells whether the words after a comma, to the sentence's
// end, are a frame that closes it with the cue's listener or medium after
// the cue: "…," the governor told ISNA news agency. Such a tail is short,
// and what follows its cue states nothing.
func trailingFrame(tail []string) bool {
	if len(tail) > 10 {
		return false
	}
	for k, w := range tail {
		if reportingCue[w] || tellCues[w] {
			rest := tail[k+1:]
			return len(rest) <= 4 && !hasVerb(rest) && !slices.ContainsFunc(rest, func(w string) bool { return complementizers[w] })
		}
	}
	return false
}

// afterListener returns where what "told" reports starts, given the
// token i after the cue: past "that" when it comes within a few words
// ("told ISNA news agency that …"), else past a listener word ("told
// reporters the roads were closed"), else i.
func afterListener(lower []string, i int) int {
	for k := i; k < len(lower) && k < i+5; k++ {
		if complementizers[lower[k]] {
			return k + 1
		}
	}
	if listenerWord[lower[i]] && i+1 < len(lower) {
		return i + 1
	}
	return i
}

// listenerWord are whom a speaker tells, when one word names them.
var listenerWord = en.Set(lang.ListenerWords)

// inTrailingFrame tells whether token i lies in a piece that trailingFrame
// marked: the words after its cue are not a reported proposition.
func inTrailingFrame(frameFrom, cut []bool, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if cut[k] {
			return frameFrom[k]
		}
	}
	return false
}

func hasVerb(words []string) bool {
	for _, w := range words {
		if auxiliary[w] || len(w) > 4 && pastSuffixes.SuffixOf(w) {
			return true
		}
	}
	return false
}

var auxiliary = en.Set(lang.ClauseAuxiliaries)

var relativePronoun = en.Set(lang.RelativePronouns)

var coordinator = en.Set(lang.Coordinators)

// determinerLike open a noun phrase.
var determinerLike = en.Set(lang.NounPhraseOpeners)

// clauseOpener are the words that, after a comma, open a clause of their
// own: coordinating conjunctions, subordinators and relative pronouns.
var clauseOpener = en.Set(lang.ClauseOpeners)

// reportingCue are verbs that frame reported speech or belief: what
// follows them is the proposition reported.
var reportingCue = func() lang.Set {
	m := en.Union(lang.PropositionCues)
	for w := range cueWords {
		if !participleCues[w] {
			m[w] = true
		}
	}
	return m
}()

// reportingObject are words after a reporting verb that belong to the
// frame, not to what is reported ("told reporters", "said in a statement").
var reportingObject = en.Set(lang.ReportingObjects)

// ingNoun are common nouns ending in -ing that do not open a clause.
var ingNoun = en.Set(lang.IngNouns)

// allDigits reports whether s is a run of ASCII digits.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
