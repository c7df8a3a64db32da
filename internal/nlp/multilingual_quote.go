package nlp

import (
	"crosscheck/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"
)

// separators end the clause a speaker is named in, in unspaced text.
const clauseSeparators = "，,、。；;：:！？!?「」『』“”\"《》（）() 　"

// mlTok is a word of spaced text with its span and the punctuation that
// follows it.
type mlTok struct {
	text, lower string
	start, end  int
	punct       string // punctuation right after the word (",", ":")
	lead        string // punctuation right before the word ("(")
}

// wordsOfSpan splits text[start:end] at spaces into words, punctuation
// trimmed off their ends (and kept in punct).
func wordsOfSpan(text string, start, end int) []mlTok {
	var out []mlTok
	i := start
	for i < end {
		for i < end {
			r, n := utf8.DecodeRuneInString(text[i:end])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if j == i {
			break
		}
		f := text[i:j]
		s := strings.TrimLeftFunc(f, isEdgePunct)
		core := strings.TrimRightFunc(s, isEdgePunct)
		if core != "" {
			ts := i + len(f) - len(s)
			out = append(out, mlTok{text: core, lower: strings.ToLower(core), start: ts, end: ts + len(core), punct: s[len(core):], lead: f[:len(f)-len(s)]})
		} else if len(out) > 0 {
			out[len(out)-1].punct += f
		}
		i = j
	}
	return out
}

func isEdgePunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
}

// quoteSpan is a pair of quote marks in the text: [open, close) holds the
// opening mark, the words and the closing mark.
type quoteSpan struct{ open, inner, innerEnd, close int }

// sentenceQuoteSpans finds the quotes that open in sentence si after
// from; a quote may close in one of the next three sentences of its
// paragraph ("…заявила: "Я отримала лист … о 17:20. Лист і чернетка —
// все"."), which the splitter cut where marks alike at both ends could not
// tell it was inside a quote.
func (w *words) sentenceQuoteSpans(d *Doc, si, from int) []quoteSpan {
	s := d.Sentences[si]
	end := s.End
	for k := si + 1; k < len(d.Sentences) && k <= si+3 && d.Sentences[k].Paragraph == s.Paragraph; k++ {
		end = d.Sentences[k].End
	}
	var out []quoteSpan
	for _, q := range w.quoteSpans(d.Text, max(s.Start, from), end) {
		if q.open < s.End {
			out = append(out, q)
		}
	}
	return out
}

// innerAttribution finds an attribution set off by speech dashes inside
// a quote ("«Мы готовы, — заявил Песков, — к переговорам»", "“Questi
// orologi – scrivono gli attivisti – attirano …”") and returns the quote's
// words around it as two parts.
func (w *words) innerAttribution(text string, q quoteSpan) (cue, speaker string, parts []Span, ok bool) {
	dashes := w.lex.Set(lang.SpeechDashes)
	if len(dashes) == 0 {
		return "", "", nil, false
	}
	endsWithDash := func(t mlTok) bool {
		r, n := utf8.DecodeLastRuneInString(strings.TrimSpace(t.punct))
		return n > 0 && dashes[string(r)]
	}
	ts := wordsOfSpan(text, q.inner, q.innerEnd)
	low := lowers(ts)
	for i := 0; i+2 < len(ts); i++ {
		if !endsWithDash(ts[i]) {
			continue
		}
		n := w.cueAt(low, i+1)
		if n == 0 {
			return "", "", nil, false
		}
		for j := i + n; j < len(ts)-1 && j <= i+n+6; j++ {
			if !endsWithDash(ts[j]) {
				continue
			}
			sp := w.speakerAfter(ts[i+1+n : j+1])
			if sp == "" {
				return "", "", nil, false
			}
			return joinToks(ts[i+1 : i+1+n]), sp, []Span{{q.inner, ts[i].end}, {ts[j+1].start, q.innerEnd}}, true
		}
		return "", "", nil, false
	}
	return "", "", nil, false
}

// joinParts joins the parts of a quote with a space, the comma before an
// attribution dropped.
func joinParts(text string, parts []Span) string {
	var b strings.Builder
	for _, p := range parts {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSuffix(strings.TrimSpace(text[p.Start:p.End]), ","))
	}
	return b.String()
}

// wholeSentence reports whether quote q is all of sentence s but for
// punctuation around it.
func (w *words) wholeSentence(text string, s Sentence, q quoteSpan) bool {
	edge := func(x string) bool { return strings.TrimFunc(x, isEdgePunct) == "" }
	return q.open >= s.Start && q.close <= s.End && edge(text[s.Start:q.open]) && edge(text[q.close:s.End])
}

// sentenceEndAt returns the end of the sentence holding offset i.
func (d *Doc) sentenceEndAt(i int) int {
	for _, s := range d.Sentences {
		if i >= s.Start && i < s.End {
			return s.End
		}
	}
	return len(d.Text)
}

// quoteSpans finds the quotes of text[start:end] in the language's marks.
// Marks that are alike at both ends (") pair in order.
func (w *words) quoteSpans(text string, start, end int) []quoteSpan {
	var out []quoteSpan
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		c, ok := w.quotes[r]
		if !ok || r == '\'' {
			i += n
			continue
		}
		depth := 0
		j := i + n
		found := -1
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == c && depth == 0 {
				found = j
				break
			}
			if r2 == c {
				depth--
			} else if r2 == r && r != c {
				depth++
			}
			j += n2
		}
		if found < 0 {
			i += n
			continue
		}
		_, cn := utf8.DecodeRuneInString(text[found:end])
		out = append(out, quoteSpan{open: i, inner: i + n, innerEnd: found, close: found + cn})
		i = found + cn
	}
	return out
}

// findQuotes finds the direct quotes with a cue beside them and the
// reported speech after a cue, and names their speakers.
func (w *words) findQuotes(d *Doc) []Quote {
	var out []Quote
	lastNamed, lastSentence := "", -10
	add := func(q Quote) {
		if q.Speaker != "" && w.isPronoun(q.Speaker) {
			q.Speaker = ""
			if q.Sentence-lastSentence <= 3 {
				q.Speaker = lastNamed // "„…“, sagte er.": the speaker just named
			}
		} else if q.Speaker != "" {
			lastNamed = q.Speaker
		}
		if q.Speaker != "" {
			lastSentence = q.Sentence
		}
		if q.Speaker == "" && q.Kind == QuoteReported {
			return // reported words with nobody to put them on
		}
		q.SpeakerEntity = -1
		q.Direct = q.Kind == QuoteDirect
		out = append(out, q)
	}
	covered := 0 // the end of the last quote that ran over its sentence
	for si, s := range d.Sentences {
		if s.End <= covered {
			continue // inside a quote of several sentences
		}
		found := false
		spans := w.sentenceQuoteSpans(d, si, covered)
		used := make([]bool, len(spans))
		for qi, q := range spans {
			inner := strings.TrimSpace(d.Text[q.inner:q.innerEnd])
			if !w.speechLength(inner) {
				continue
			}
			// The attribution lies between this quote and the next.
			afterEnd := d.sentenceEndAt(q.close - 1)
			if qi+1 < len(spans) {
				afterEnd = spans[qi+1].open
			}
			beforeStart := max(s.Start, covered)
			if qi > 0 {
				beforeStart = spans[qi-1].close
			}
			cue, speaker, ok := w.attribution(d.Text, beforeStart, q.open, q.close, afterEnd)
			if !ok && qi > 0 {
				// "„A“, sagte X. „B“": the second part of one quote.
				if n := len(out); n > 0 && out[n-1].Sentence == si && out[n-1].Kind == QuoteDirect {
					cue, speaker, ok = out[n-1].Cue, out[n-1].Speaker, true
				}
			}
			parts := []Span{{q.inner, q.innerEnd}}
			if !ok {
				// "“Questi orologi – scrivono gli attivisti – attirano …”".
				if c, sp, p, found := w.innerAttribution(d.Text, q); found {
					cue, speaker, parts, ok = c, sp, p, true
					inner = joinParts(d.Text, parts)
				}
			}
			if !ok && qi == 0 && w.wholeSentence(d.Text, s, q) {
				// "„A“, sagt X. „B.“": a quote standing alone goes on
				// the quote of the sentence before.
				if n := len(out); n > 0 && out[n-1].Sentence == si-1 && out[n-1].Kind == QuoteDirect && out[n-1].Speaker != "" && d.Sentences[si-1].Paragraph == s.Paragraph {
					cue, speaker, ok = out[n-1].Cue, out[n-1].Speaker, true
				}
			}
			if !ok {
				continue
			}
			used[qi], found = true, true
			add(Quote{Text: inner, Speaker: speaker, Cue: cue, Kind: QuoteDirect, Parts: parts, Sentence: si, Span: Span{q.open, q.close}})
			if q.close > s.End {
				covered = q.close
			}
		}
		if found || s.Start < covered || !w.spaced && len(spans) > 0 {
			continue
		}
		q, ok := w.reported(d.Text, s)
		if !ok {
			continue
		}
		q.Sentence = si
		add(q)
		if q.Kind != QuoteReported || len(out) == 0 || out[len(out)-1].Span != q.Span {
			continue
		}
		// Quotes inside reported speech are its speaker's words:
		// "Как сказал Песков, … и вообще «это …»".
		for qi, sp := range spans {
			inner := strings.TrimSpace(d.Text[sp.inner:sp.innerEnd])
			if used[qi] || sp.open < q.Span.Start-1 || sp.close > q.Span.End+len("»") || !w.speechLength(inner) {
				continue
			}
			add(Quote{Text: inner, Speaker: q.Speaker, Cue: q.Cue, Kind: QuoteDirect, Parts: []Span{{sp.inner, sp.innerEnd}}, Sentence: si, Span: Span{sp.open, sp.close}})
		}
	}
	return out
}

// speechLength tells quoted speech from a quoted term or title: three
// words, or five characters of unspaced text.
func (w *words) speechLength(s string) bool {
	if w.spaced {
		return len(strings.Fields(s)) >= 3
	}
	return utf8.RuneCountInString(s) >= 5
}

func (w *words) isPronoun(s string) bool { return w.pronouns[strings.ToLower(s)] }

// attribution finds the cue and speaker of a quote from the text before
// its opening mark (text[from:open]) and after its closing one
// (text[close:to]).
func (w *words) attribution(text string, from, open, close, to int) (cue, speaker string, ok bool) {
	if w.spaced {
		return w.attributionSpaced(text, from, open, close, to)
	}
	return w.attributionUnspaced(text, from, open, close, to)
}

func (w *words) attributionSpaced(text string, from, open, close, to int) (string, string, bool) {
	// After: "„…“, sagte Scholz.", "«…», a déclaré le ministre."
	after := wordsOfSpan(text, close, to)
	if len(after) > 0 && !strings.ContainsAny(text[close:after[0].start], ".!?…") {
		if n := w.cueAt(lowers(after), 0); n > 0 && !strings.ContainsAny(after[n-1].punct, ".!?") {
			return joinToks(after[:n]), w.speakerAfter(after[n:]), true
		}
		if n := w.cueAt(lowers(after), 0); n > 0 {
			return joinToks(after[:n]), "", true
		}
		// "«…», a-t-il déclaré", "„…“, er sagte".
		if n := w.cueAt(lowers(after), 1); n > 0 && w.isPronoun(after[0].lower) && after[0].punct == "" {
			return joinToks(after[1 : 1+n]), after[0].text, true
		}
	}
	// Before: "Scholz sagte: „…“", "Dazu sagte Scholz: „…“".
	before := wordsOfSpan(text, from, open)
	if len(before) == 0 {
		return "", "", false
	}
	if last := before[len(before)-1]; strings.ContainsAny(last.punct, ".!?") {
		return "", "", false
	}
	low := lowers(before)
	for k := len(before) - 1; k >= 0 && k >= len(before)-7; k-- {
		if w.lex.Set(lang.NamingCues)[low[k]] && k > 0 && noPunct(before[k:len(before)-1]) {
			// "Санду охарактеризовала этот законопроект как “…”": what
			// the speaker called a thing, the speaker before the cue.
			if sp := w.speakerBefore(before[:k]); sp != "" {
				return before[k].text, sp, true
			}
		}
		n := w.cueAt(low, k)
		if n == 0 || k+n > len(before) || w.afterCues[strings.Join(low[k:k+n], " ")] {
			continue
		}
		cue := joinToks(before[k : k+n])
		if k+n == len(before) {
			return cue, w.speakerBefore(before[:k]), true
		}
		if sp := w.speakerAfter(before[k+n:]); sp != "" {
			return cue, sp, true
		}
	}
	return "", "", false
}

// noPunct reports whether no word of ts is followed by punctuation.
func noPunct(ts []mlTok) bool {
	for _, t := range ts {
		if t.punct != "" {
			return false
		}
	}
	return true
}

func lowers(ts []mlTok) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.lower
	}
	return out
}

func joinToks(ts []mlTok) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.text
	}
	return strings.Join(s, " ")
}

// speakerAfter names the speaker that follows a cue: a pronoun, a name
// with the titles before it, or a role ("der Kanzler"), up to the first
// punctuation.
func (w *words) speakerAfter(ts []mlTok) string {
	var run []mlTok
	for _, t := range ts {
		run = append(run, t)
		abbrev := t.punct == "." && (w.abbrev[t.lower] || w.titles[t.lower])
		if t.punct != "" && !abbrev || len(run) == 6 {
			break
		}
	}
	if len(run) == 0 {
		return ""
	}
	if w.isPronoun(run[0].lower) {
		return run[0].text
	}
	// Skip the determiners and titles before the name; keep the longest
	// run of capitalised words after them.
	i := 0
	for i < len(run) && (w.determiners[run[i].lower] || w.titles[run[i].lower]) {
		i++
	}
	j := i
	for j < len(run) && w.nameWord(run[j]) && (j == i || run[j].lead == "") {
		j++
		// "Organização Mundial da Saúde": a connector between
		// capitalised words is inside the name.
		if c := w.connectorsAt(run, j); c > 0 && j+c < len(run) && w.nameWord(run[j+c]) && run[j-1].punct == "" {
			j += c
		}
	}
	if j == i {
		// "вице-спикер парламента Влад Батрынча": a role and what it
		// is of (lower case) before the name.
		for k := i; k < len(run) && k <= i+3 && !w.determiners[run[k].lower]; k++ {
			if w.nameWord(run[k]) {
				e := k
				for e < len(run) && w.nameWord(run[e]) {
					e++
				}
				if k > 0 && isLowerStart(run[0].text) {
					return joinToks(run[k:e])
				}
				break
			}
		}
	}
	switch {
	case j > i:
		return joinToks(run[i:j])
	case i > 0 && w.titles[run[i-1].lower]:
		// A role: "der Minister", "le chef de l'État".
		return joinToks(run[:i])
	case i > 0 && i < len(run):
		// A determiner and its noun: "le porte-parole".
		return joinToks(run[:i+1])
	}
	return ""
}

func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// speakerBefore names the speaker right before a cue (and the
// auxiliaries between them).
func (w *words) speakerBefore(ts []mlTok) string {
	k := len(ts)
	for k > 0 && w.lex.Set(lang.CueAuxiliaries)[ts[k-1].lower] && ts[k-1].punct == "" {
		k--
	}
	if k == 0 || ts[k-1].punct != "" && ts[k-1].punct != "," {
		return ""
	}
	if w.isPronoun(ts[k-1].lower) {
		return ts[k-1].text
	}
	j := k
	for j > 0 && w.nameWord(ts[j-1]) && (j == k || ts[j-1].punct == "") {
		j--
		// "Serviço Geológico dos EUA": a connector between capitalised
		// words is inside the name.
		if c := w.connectorsBefore(ts, j); c > 0 && w.nameWord(ts[j-c-1]) && ts[j-c-1].punct == "" {
			j -= c
		}
	}
	if j < k {
		if w.insidePhrase(ts, j) {
			// "presidente de Turquía", "aus einem nahegelegenen Ort":
			// the name ends a phrase about the speaker, not the speaker.
			return w.phraseSpeaker(ts, j, k)
		}
		// "Olaf Scholz", "Kanzler Scholz", "Scholz": next to its cue a
		// capitalised word that is no common noun names the speaker.
		return joinToks(ts[j:k])
	}
	// "der Minister sagte": a role after a determiner.
	if k >= 2 && w.determiners[ts[k-2].lower] && ts[k-2].punct == "" {
		return joinToks(ts[k-2 : k])
	}
	return ""
}

// connectorsAt counts the words of a name connector at ts[i]: the
// connector, and an article after it ("de las" of "Organización de las
// Naciones Unidas"); none followed by punctuation.
func (w *words) connectorsAt(ts []mlTok, i int) int {
	if i >= len(ts) || !w.connectors[ts[i].lower] || ts[i].punct != "" {
		return 0
	}
	if i+1 < len(ts) && w.determiners[ts[i+1].lower] && !w.connectors[ts[i+1].lower] && ts[i+1].punct == "" {
		return 2
	}
	return 1
}

// connectorsBefore counts the words of a name connector right before
// ts[i], as connectorsAt.
func (w *words) connectorsBefore(ts []mlTok, i int) int {
	for n := 2; n >= 1; n-- {
		if i-n >= 0 && w.connectorsAt(ts, i-n) == n {
			return n
		}
	}
	return 0
}

// insidePhrase reports whether the capitalised words from ts[j] on end a
// longer phrase: a connector or, where every noun is capitalised, another
// lower-case word that is no determiner or title stands right before
// them ("presidente de Turquía", "einem nahegelegenen Ort").
func (w *words) insidePhrase(ts []mlTok, j int) bool {
	if j == 0 || ts[j-1].punct != "" {
		return false
	}
	if w.connectorsBefore(ts, j) > 0 {
		return true
	}
	prev := ts[j-1]
	return w.capNouns && isLowerStart(prev.text) && !w.determiners[prev.lower] && !w.titles[prev.lower] && !w.lex.Set(lang.CueAuxiliaries)[prev.lower]
}

// phraseSpeaker is the speaker of a cue whose subject is a phrase ending
// in ts[j:k]: the name before the phrase when the phrase is an
// apposition ("Recep Tayyip Erdoğan, presidente de Turquía, precisó"),
// else the whole phrase when it is a short noun phrase ("Eine
// 29-Jährige aus einem nahegelegenen Ort sagte"); "" when neither.
func (w *words) phraseSpeaker(ts []mlTok, j, k int) string {
	p := j
	for p > 0 && ts[p-1].punct == "" {
		p--
	}
	if p > 0 && ts[p-1].punct == "," {
		e := p - 1
		b := e
		for b > 0 && w.nameWord(ts[b-1]) && ts[b-1].punct == "" {
			b--
		}
		if w.nameWord(ts[e]) && !w.insidePhrase(ts, b) && p-b <= 6 {
			return strings.TrimSuffix(joinToks(ts[b:e+1]), ",")
		}
		return ""
	}
	if p == 0 && k-p <= 8 && w.determiners[ts[p].lower] {
		return joinToks(ts[p:k])
	}
	return ""
}

// nameWord reports whether a word may be part of a name: capitalised, not
// a determiner, pronoun or stop word.
func (w *words) nameWord(t mlTok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if !unicode.IsUpper(r) || w.determiners[t.lower] || w.pronouns[t.lower] || w.stop[t.lower] || w.titles[t.lower] {
		return false
	}
	if w.capNouns {
		// Every noun is capitalised: leave out the common ones and
		// those with a common noun's ending ("Regierung").
		if w.commonNouns[t.lower] || w.months[t.lower] != 0 {
			return false
		}
		if _, wd := w.weekdays[t.lower]; wd {
			return false
		}
		for _, s := range w.nounSuffixes {
			if strings.HasSuffix(t.lower, s) && len(t.lower) > len(s)+2 {
				return false
			}
		}
	}
	return true
}

func (w *words) attributionUnspaced(text string, from, open, close, to int) (string, string, bool) {
	// After: "“…”他说。", "「…」と述べた。"
	after := strings.TrimLeft(text[close:to], " 　，,、：:")
	if cue, at := w.cueIn(after, 24); cue != "" {
		if sp := w.cutSpeaker(after[:at]); sp != "" || at == 0 {
			if sp == "" && len(w.particles) > 0 {
				sp = w.cutSpeaker(text[from:open]) // "岸田首相は…「…」と述べた"
			} else if sp == "" {
				sp = w.cutSpeaker(lastClause(text[from:open]))
			}
			return cue, sp, true
		}
	}
	// Before: "王毅说：“…”", "外交部发言人表示，“…”".
	before := strings.TrimRight(text[from:open], " 　，,、：:")
	for _, c := range w.cues {
		if strings.HasSuffix(before, c) && w.cueSet[c] {
			return c, w.cutSpeaker(lastClause(before[:len(before)-len(c)])), true
		}
	}
	return "", "", false
}

// cueIn finds the first cue within the first limit runes of s, before any
// sentence or clause break, and its byte offset.
func (w *words) cueIn(s string, limit int) (string, int) {
	end := len(s)
	if k := strings.IndexAny(s, wideTerminals+"「」『』“”\"，,"); k >= 0 {
		end = k
	}
	runes := 0
	for i := range s[:end] {
		if runes > limit {
			break
		}
		runes++
		for _, c := range w.cues {
			if strings.HasPrefix(s[i:end], c) {
				return c, i
			}
		}
	}
	return "", -1
}

// lastClause is the text after the last clause separator of s.
func lastClause(s string) string {
	k := strings.LastIndexAny(s, clauseSeparators)
	if k < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	return s[k+n:]
}

// cutSpeaker trims a clause before a cue to the speaker it names: up to
// the subject particle ("田中首相は…" → "田中首相"), before a word that
// opens what is not the speaker (a place, a time: "王毅在会上" → "王毅").
func (w *words) cutSpeaker(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range w.particles {
		if k := strings.Index(s, p); k > 0 {
			s = s[:k]
		}
	}
	for b := range w.lex.Set(lang.SpeakerBoundaries) {
		if k := strings.Index(s, b); k > 0 {
			s = s[:k]
		} else if k == 0 {
			return ""
		}
	}
	// A date after the speaker: "毛宁12日在…".
	if k := strings.IndexAny(s, "0123456789０１２３４５６７８９"); k > 0 {
		s = s[:k]
	}
	if s == "" || utf8.RuneCountInString(s) > 20 || strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return ""
	}
	// "報導指出": a report says it; its outlet, when named in title marks
	// before it ("《CNN》報導"), is the speaker.
	for n := range w.reportNouns {
		if strings.HasSuffix(s, n) {
			if a, b := strings.LastIndex(s, "《"), strings.LastIndex(s, "》"); a >= 0 && b > a+len("《") {
				return s[a+len("《") : b]
			}
			return ""
		}
	}
	return s
}

// reported finds reported speech in a sentence without quote marks: a
// speaker, a cue and what was said ("Scholz sagte, dass …", "王毅表示，…",
// "田中首相は…と述べた。").
func (w *words) reported(text string, s Sentence) (Quote, bool) {
	if !w.spaced {
		return w.reportedUnspaced(text, s)
	}
	return w.reportedSpaced(text, s)
}

func (w *words) reportedUnspaced(text string, s Sentence) (Quote, bool) {
	sent := text[s.Start:s.End]
	body := strings.TrimRight(sent, wideTerminals+latinTerminals)
	// "田中首相は…と述べた。": a cue that closes the sentence.
	for _, cue := range w.cues {
		if !w.afterCues[cue] || !strings.HasSuffix(body, cue) {
			continue
		}
		head := body[:len(body)-len(cue)]
		for _, p := range w.particles {
			k := strings.Index(head, p)
			if k <= 0 {
				continue
			}
			speaker := w.cutSpeaker(head[:k])
			said := strings.TrimLeft(head[k+len(p):], "、，, ")
			// "記者会見で、…": where it was said, not what.
			if c := strings.Index(said, "、"); c > 0 && w.endsWithBoundary(said[:c]) {
				said = said[c+len("、"):]
			}
			if speaker == "" || utf8.RuneCountInString(said) < 5 {
				return Quote{}, false
			}
			start := s.Start + strings.Index(sent, said)
			return Quote{Text: said, Speaker: speaker, Cue: cue, Kind: QuoteReported, Span: Span{start, start + len(said)}}, true
		}
		return Quote{}, false
	}
	// "王毅表示，…": speaker and cue open the sentence.
	for _, cue := range w.cues {
		k := strings.Index(body, cue)
		if k <= 0 || !w.cueSet[cue] {
			continue
		}
		rest := body[k+len(cue):]
		if !strings.HasPrefix(rest, "，") && !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ",") {
			continue
		}
		clause := lastClause(body[:k])
		// "據《CNN》報導指出": the title marks before a report are part
		// of its clause.
		if pre := strings.TrimSuffix(body[:k], clause); strings.HasSuffix(pre, "》") {
			if a := strings.LastIndex(pre, "《"); a >= 0 {
				clause = lastClause(pre[:a]) + pre[a:] + clause
			}
		}
		speaker := w.cutSpeaker(clause)
		if speaker == "" || utf8.RuneCountInString(clause) > 30 {
			return Quote{}, false
		}
		_, n := utf8.DecodeRuneInString(rest)
		said := rest[n:]
		if utf8.RuneCountInString(said) < 5 {
			return Quote{}, false
		}
		start := s.Start + k + len(cue) + n
		return Quote{Text: said, Speaker: speaker, Cue: cue, Kind: QuoteReported, Span: Span{start, start + len(said)}}, true
	}
	return Quote{}, false
}

// endsWithBoundary reports whether a phrase ends with one of the
// language's setting particles ("で", "に対し"): it tells where or to whom,
// not what was said.
func (w *words) endsWithBoundary(s string) bool {
	for p := range w.lex.Set(lang.SettingParticles) {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
