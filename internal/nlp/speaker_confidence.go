package nlp

import (
	"fmt"
	"strconv"

	"crosscheck/internal/lang"
)

// speakerUncertain returns why the speaker ev describes is uncertain, in
// plain words, or "" when it is confident (or there is no speaker).
//
// A speaker is confident when it is a person and no other person is
// named between where the text names them and the quote, or when it is
// a role or a group ("officials", "the host", "police") in a sentence
// that names no other person, and in either case when the sentence
// naming it has it as the subject of the cue (speaker_cue_subject.go).
// The rule was chosen by leave-one-round-out
// over the judged speakers of the spent audit rounds 10-15 and the
// PolNeAR train split (bench/speakerconf; BENCHMARKS "2026-12-12 session
// 12: speaker confidence"): organisations, places, documents and names
// of no known kind are wrong too often to be asserted, and so is a
// person or a role read across another person.
func speakerUncertain(ev *SpeakerEvidence) string {
	if ev == nil {
		return ""
	}
	var why string
	switch {
	case ev.CueSubject == CueSubjectNo:
		why = "the sentence names the speaker, but not as the one who said it"
	case ev.Dateline:
		why = "the name stands where a dateline or a headline's words do, not as one who said it"
	case ev.OtherSubject != "":
		// The path words would say the sentence names no speaker: it
		// names another.
		return "speaker carried over from " + backWords(ev) + ", but the quote's sentence names " + ev.OtherSubject + " as the one who said it"
	case ev.Kind == SpeakerPerson:
		if ev.Between > 0 {
			why = countPeople(ev.Between) + " named between that and the quote"
		}
	case ev.Kind == SpeakerDescription && ev.Head == HeadRole:
		if ev.Others > 0 {
			why = "the speaker is a description, and the sentence names " + countPeople(ev.Others)
		}
	case ev.Kind == SpeakerDescription && ev.Head == HeadDocument:
		why = "the speaker is a document or a finding, not a person"
	case ev.Kind == SpeakerDescription:
		why = "the speaker is a phrase not known to name a person or a group"
	case ev.Kind == SpeakerOrg:
		why = "the speaker is an organisation, which may only relay the words"
	case ev.Kind == SpeakerCountry:
		why = "the speaker is a place's name"
	default:
		why = "the speaker is a name not known to be a person's"
	}
	if why == "" {
		return ""
	}
	return speakerPathWords(ev) + "; " + why
}

// speakerPathWords says where the speaker was read: "named in the
// sentence", "read from “he”, named two sentences earlier".
func speakerPathWords(ev *SpeakerEvidence) string {
	where := backWords(ev)
	switch ev.Path {
	case SpeakerNamed:
		return "speaker named in the quote's sentence"
	case SpeakerPronoun:
		return fmt.Sprintf("speaker read from “%s”, named %s", ev.Word, where)
	}
	return "the quote's sentence names no speaker; speaker carried over from " + where
}

// backWords says where before the quote the speaker was named: "one
// sentence earlier", "earlier in the text".
func backWords(ev *SpeakerEvidence) string {
	switch {
	case ev.Back == 1:
		return "one sentence earlier"
	case ev.Back > 1:
		return numberWord(ev.Back) + " sentences earlier"
	}
	return "earlier in the text"
}

// countPeople is "another person" or "three other people".
func countPeople(n int) string {
	if n == 1 {
		return "another person"
	}
	return numberWord(n) + " other people"
}

// numberWord writes small counts in words ("two"), larger ones in
// figures.
func numberWord(n int) string {
	if w, ok := smallNumberWords[n]; ok {
		return w
	}
	return fmt.Sprint(n)
}

// smallNumberWords are the words of the numbers up to ten, by value.
var smallNumberWords = func() map[int]string {
	out := map[int]string{}
	for w, v := range en.Map(lang.NumberWords) {
		if n, err := strconv.Atoi(v); err == nil && n <= 10 {
			out[n] = w
		}
	}
	return out
}()

// speakerPronouns are the pronouns that stand for a speaker named
// before: "he", "she", "they".
var speakerPronouns = union(personalSubjectPronouns, pluralSubjectPronouns)
