package nlp

import (
	"strings"
	"unicode/utf8"

	"crosscheck/internal/lang"
)

// The forms of attribution in spaced languages besides "X said that …"
// (reportedThat), each read from the language's lexicon; a language whose
// lexicon lacks a class has no such form:
//
//   - an opening clause names the speaker of the rest: "Как заявил
//     Песков, …", "Wie Müller sagte, …" (as-cue-openers);
//   - a source phrase: "По словам свидетелей, …", "…, за словами
//     прокурора." (source-phrases);
//   - direct speech after a dash, its attribution between dashes: "— Мы
//     готовы, — заявил Песков." (speech-dashes);
//   - a clause after a cue and a comma, marked as reported by its mood:
//     "Müller sagte, die Lage sei ernst" (reported-mood-words);
//   - a cue after the clause it reports: "…, передает УНН", "Die Lage sei
//     ernst, sagte Müller." (in a language with a reported mood, only a
//     clause in that mood; never after a subordinate clause).

// reportedSpaced finds reported speech (or dash-introduced direct speech)
// in a sentence of spaced text.
func (w *words) reportedSpaced(text string, s Sentence) (Quote, bool) {
	ts := wordsOfSpan(text, s.Start, s.End)
	if len(ts) < 3 {
		return Quote{}, false
	}
	for _, form := range []func(string, Sentence, []mlTok) (Quote, bool){
		w.reportedThat, w.reportedAsCue, w.reportedSource, w.dashSpeech, w.reportedMood, w.reportedAfter,
	} {
		if q, ok := form(text, s, ts); ok {
			return q, true
		}
	}
	return Quote{}, false
}

// reportedBody makes a reported quote of text[start:end], trimmed of the
// sentence's closing punctuation; false when fewer than three words are
// left.
func reportedBody(text string, start, end int, speaker, cue string) (Quote, bool) {
	body := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text[start:end]), ".!?…,;:"))
	if len(strings.Fields(body)) < 3 {
		return Quote{}, false
	}
	start += strings.Index(text[start:end], body)
	return Quote{Text: body, Speaker: speaker, Cue: cue, Kind: QuoteReported, Span: Span{start, start + len(body)}}, true
}

// commaClauseEnd returns the index of the first word of ts[from:] that ends
// with a comma, within limit words and before any other punctuation that
// ends a clause; -1 when there is none.
func commaClauseEnd(ts []mlTok, from, limit int) int {
	for i := from; i < len(ts) && i < from+limit; i++ {
		p := ts[i].punct
		if strings.ContainsAny(p, ".!?:;") {
			return -1
		}
		if strings.Contains(p, ",") {
			return i
		}
	}
	return -1
}

// reportedThat: a speaker, a cue and a complementizer ("Scholz sagte,
// dass …", "sagte Scholz, dass …").
func (w *words) reportedThat(text string, s Sentence, ts []mlTok) (Quote, bool) {
	low := lowers(ts)
	for k := 0; k < len(ts)-2; k++ {
		n := w.cueAt(low, k)
		if n == 0 || w.afterCues[strings.Join(low[k:k+n], " ")] {
			continue
		}
		c := k + n
		speaker := ""
		if !w.impersonal(low[k : k+n]) {
			speaker = w.speakerBefore(ts[:k])
		}
		if speaker == "" && c < len(ts) {
			// "sagte Scholz, dass": the speaker after the cue.
			var sp []mlTok
			for c < len(ts) && len(sp) < 4 {
				sp = append(sp, ts[c])
				c++
				if ts[c-1].punct != "" {
					break
				}
			}
			speaker = w.speakerAfter(sp)
		}
		// "avait annoncé par avance qu'il": a short adverbial between
		// the cue and its clause.
		for skip := 0; skip < 2 && c+1 < len(ts) && !w.complement[ts[c].lower] && ts[c].punct == "" && !w.cueSet[ts[c].lower]; skip++ {
			c++
		}
		if c >= len(ts) || !w.complement[ts[c].lower] || speaker == "" {
			continue
		}
		return reportedBody(text, ts[c].end, s.End, speaker, joinToks(ts[k:k+n]))
	}
	return Quote{}, false
}

// reportedAsCue: "Как заявил вице-спикер Влад Батрынча, …", "Wie Müller
// sagte, …".
func (w *words) reportedAsCue(text string, s Sentence, ts []mlTok) (Quote, bool) {
	if !w.lex.Set(lang.AsCueOpeners)[ts[0].lower] || ts[0].punct != "" {
		return Quote{}, false
	}
	end := commaClauseEnd(ts, 1, 9)
	if end < 0 {
		return Quote{}, false
	}
	low := lowers(ts[:end+1])
	for k := 1; k <= end; k++ {
		n := w.cueAt(low, k)
		if n == 0 {
			continue
		}
		speaker := w.speakerAfter(ts[k+n : end+1])
		if speaker == "" {
			speaker = w.speakerBefore(ts[1:k])
		}
		if speaker == "" || end+1 >= len(ts) {
			return Quote{}, false
		}
		return reportedBody(text, ts[end+1].start, s.End, speaker, joinToks(ts[k:k+n]))
	}
	return Quote{}, false
}

// sourcePhraseAt returns the number of words of a source phrase ("по
// словам") at ts[i:], or 0.
func (w *words) sourcePhraseAt(ts []mlTok, i int) int {
	phrases := w.lex.Set(lang.SourcePhrases)
	for n := min(3, len(ts)-i); n >= 1; n-- {
		if phrases[strings.Join(lowers(ts[i:i+n]), " ")] && ts[i+n-1].punct == "" {
			return n
		}
	}
	return 0
}

// impersonal reports whether a cue names no speaker before it ("heißt
// es").
func (w *words) impersonal(cue []string) bool {
	return w.lex.Set(lang.ImpersonalCues)[strings.Join(cue, " ")]
}

// reportedSource: "По словам свидетелей, …", "…, по словам Пескова.",
// and a source named right after its phrase without a comma ("Seit 2000
// hat die EU laut dem Europäischen Rechnungshof …"). The source is kept as
// written (a name, a role or a group).
func (w *words) reportedSource(text string, s Sentence, ts []mlTok) (Quote, bool) {
	if n := w.sourcePhraseAt(ts, 0); n > 0 {
		end := commaClauseEnd(ts, n, 5)
		if end < 0 {
			if sp, e := w.sourceAfter(ts, n); sp != "" && e < len(ts) {
				return reportedBody(text, ts[e].start, s.End, sp, joinToks(ts[:n]))
			}
			return Quote{}, false
		}
		if end+1 >= len(ts) {
			return Quote{}, false
		}
		speaker := w.speakerAfter(ts[n : end+1])
		if speaker == "" {
			speaker = joinToks(ts[n : end+1])
		}
		return reportedBody(text, ts[end+1].start, s.End, speaker, joinToks(ts[:n]))
	}
	for i := 3; i < len(ts); i++ {
		if !strings.HasSuffix(ts[i-1].punct, ",") {
			continue
		}
		n := w.sourcePhraseAt(ts, i)
		if n == 0 || i+n >= len(ts) || len(ts)-(i+n) > 5 {
			continue
		}
		speaker := w.speakerAfter(ts[i+n:])
		if speaker == "" {
			speaker = joinToks(ts[i+n:])
		}
		return reportedBody(text, ts[0].start, ts[i-1].end, speaker, joinToks(ts[i:i+n]))
	}
	for i := 1; i < len(ts)-1; i++ {
		if ts[i-1].punct != "" {
			continue
		}
		if n := w.sourcePhraseAt(ts, i); n > 0 {
			if sp, _ := w.sourceAfter(ts, i+n); sp != "" {
				return reportedBody(text, ts[0].start, s.End, sp, joinToks(ts[i:i+n]))
			}
		}
	}
	return Quote{}, false
}

// sourceAfter reads the source named right after a source phrase without
// a comma: an optional determiner and up to four capitalised words ("dem
// Europäischen Rechnungshof", "Polizei"). It returns the source and the
// index of the word after it.
func (w *words) sourceAfter(ts []mlTok, i int) (string, int) {
	from := i
	if i < len(ts) && w.determiners[ts[i].lower] && ts[i].punct == "" {
		i++
	}
	j := i
	for j < len(ts) && j < i+4 && !isLowerStart(ts[j].text) && !w.determiners[ts[j].lower] && !w.pronouns[ts[j].lower] {
		j++
		if ts[j-1].punct != "" {
			break
		}
	}
	if j == i {
		return "", i
	}
	if w.capNouns {
		// Capitals make no name in German: "der Feuerwehr" is kept
		// with its determiner, a group and not a name.
		return joinToks(ts[from:j]), j
	}
	return joinToks(ts[i:j]), j
}

// dashSpeech: "— Мы готовы к переговорам, — заявил Песков." A direct
// quote without marks: the words after the opening dash up to the dash
// before a cue.
func (w *words) dashSpeech(text string, s Sentence, ts []mlTok) (Quote, bool) {
	dashes := w.lex.Set(lang.SpeechDashes)
	lead := strings.TrimSpace(text[s.Start:ts[0].start])
	if len(dashes) == 0 || !dashes[lead] {
		return Quote{}, false
	}
	low := lowers(ts)
	for i := 0; i+1 < len(ts); i++ {
		p := strings.TrimSpace(ts[i].punct)
		last, size := utf8.DecodeLastRuneInString(p)
		if size == 0 || !dashes[string(last)] || !strings.ContainsAny(p[:len(p)-size], ",!?…") {
			continue
		}
		n := w.cueAt(low, i+1)
		if n == 0 {
			return Quote{}, false
		}
		speaker := w.speakerAfter(ts[i+1+n:])
		said := strings.TrimSpace(text[ts[0].start:ts[i].end])
		if len(strings.Fields(said)) < 3 {
			return Quote{}, false
		}
		return Quote{Text: said, Speaker: speaker, Cue: joinToks(ts[i+1 : i+1+n]), Kind: QuoteDirect, Parts: []Span{{ts[0].start, ts[i].end}}, Span: Span{ts[0].start, ts[i].end}}, true
	}
	return Quote{}, false
}

// moodMarked reports whether one of the first words of ts is a form of the
// mood of reported speech.
func (w *words) moodMarked(ts []mlTok, limit int) bool {
	mood := w.lex.Set(lang.ReportedMoodWords)
	for i := 0; i < len(ts) && i < limit; i++ {
		if mood[ts[i].lower] {
			return true
		}
	}
	return false
}

// reportedMood: "Der Präsident schrieb auf Twitter, er sei „glücklich“":
// a speaker and a cue, at most three words, a comma, and a clause in the
// mood of reported speech.
func (w *words) reportedMood(text string, s Sentence, ts []mlTok) (Quote, bool) {
	if len(w.lex.Set(lang.ReportedMoodWords)) == 0 {
		return Quote{}, false
	}
	low := lowers(ts)
	for k := 0; k < len(ts)-3; k++ {
		n := w.cueAt(low, k)
		if n == 0 || w.afterCues[strings.Join(low[k:k+n], " ")] {
			continue
		}
		if w.impersonal(low[k : k+n]) {
			continue
		}
		speaker := w.speakerBefore(ts[:k])
		end := commaClauseEnd(ts, k+n-1, 4)
		if speaker == "" || end < 0 || end+1 >= len(ts) || !w.moodMarked(ts[end+1:], 6) {
			continue
		}
		return reportedBody(text, ts[end+1].start, s.End, speaker, joinToks(ts[k:k+n]))
	}
	return Quote{}, false
}

// reportedAfter: "…, передает УНН со ссылкой на …", "Die Lage sei ernst,
// sagte Müller."
func (w *words) reportedAfter(text string, s Sentence, ts []mlTok) (Quote, bool) {
	subs := w.lex.Set(lang.Subordinators)
	if subs[ts[0].lower] || len(ts) > 1 && subs[ts[0].lower+" "+ts[1].lower] || w.lex.Set(lang.AsCueOpeners)[ts[0].lower] {
		return Quote{}, false
	}
	mood := len(w.lex.Set(lang.ReportedMoodWords)) > 0
	low := lowers(ts)
	for i := 3; i < len(ts); i++ {
		if !strings.HasSuffix(ts[i-1].punct, ",") {
			continue
		}
		n := w.cueAt(low, i)
		if n == 0 || w.afterCues[strings.Join(low[i:i+n], " ")] {
			continue
		}
		speaker := w.speakerAfter(ts[i+n:])
		if speaker == "" || mood && !w.moodMarked(ts[:i], i) {
			continue
		}
		return reportedBody(text, ts[0].start, ts[i-1].end, speaker, joinToks(ts[i:i+n]))
	}
	return Quote{}, false
}
