package nlp

import "strings"

// datelineSpeaker reports whether the speaker of q, a name not known to
// be a person's (no title, role or known given name), stands where news
// puts its dateline: first in its paragraph, closed by a dash, or by a
// colon after a date or before another person's name, after at most a
// date ("San Fransisco: “The bird is free,” was Tesla CEO
// Elon Musk's first tweet", "SEYNE-LES-ALPES Mar. 27: Investigators now
// believe …"). A place misspelt or unknown to the gazetteer is then taken for a
// person's name; the words are someone else's.
func (d *Index) datelineSpeaker(q Quote, ev *SpeakerEvidence) bool {
	if ev.Evident || ev.Kind != SpeakerPerson && ev.Kind != SpeakerNameOnly || q.Speaker == "" {
		return false
	}
	s := d.Sentences[q.Sentence]
	if q.Sentence > 0 && d.Sentences[q.Sentence-1].Paragraph == s.Paragraph {
		return false
	}
	text := strings.TrimLeft(d.Text[s.Start:s.End], " \t\n")
	if !strings.HasPrefix(text, q.Speaker) {
		return false
	}
	rest := text[len(q.Speaker):]
	for {
		rest = strings.TrimLeft(rest, " .,")
		w, tail, _ := strings.Cut(rest, " ")
		day := strings.TrimRight(w, ".,:")
		if day == "" || !monthAbbrev[strings.ToLower(day)] && !calendarWord[strings.ToLower(day)] && !allDigits(day) {
			break
		}
		if strings.HasSuffix(w, ":") {
			return true
		}
		rest = tail
	}
	mark, _, ok := strings.Cut(rest, " ")
	if ok && mark != ":" && datelineMarks[mark] {
		return true
	}
	// A bare colon also labels a transcript's speaker ("Luciana Lopez:
	// Saying to people …"); it is a dateline only when the sentence
	// names another person, whose words the quote then is.
	return strings.HasPrefix(rest, ":") && ev.Others > 0
}

// unnamedReport reports whether the speaker phrase is a bare news report
// ("reports", "local reports", "Reports"): it names no person,
// organisation or group, only that something was reported. A report a
// determiner points to ("a report released by the authority", "The
// report suggests") is one the text names and is left to the other
// checks.
func unnamedReport(speaker string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 || !unnamedReportNouns[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words[1:] {
		if isCapitalised(w) {
			return false
		}
	}
	return !determiners[strings.ToLower(words[0])] && (len(words) == 1 || !isCapitalised(words[0]))
}
