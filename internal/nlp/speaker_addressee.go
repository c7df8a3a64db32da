package nlp

import "strings"

// The one talked to is no speaker: an interviewer, a show or an outlet a
// speaker told something ("said in an interview with CNBC", "the athlete
// told the host") hears the words; a quote that goes on after such a
// sentence is still the speaker's.

// talkedTo reports whether the name at m is the object of an interview
// frame (lang.InterviewFrames), over a determiner.
func (d *Index) talkedTo(m Span) bool {
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return false
	}
	before := strings.ToLower(strings.TrimRight(d.Text[d.Sentences[si].Start:m.Start], " "))
	for a := range determiners {
		if rest, ok := strings.CutSuffix(before, " "+a); ok {
			before = rest
			break
		}
	}
	return endsWithWords(before, interviewFrames)
}
