package nlp

import "strings"

// epithetSpeaker returns the person a definite description that stands
// as q's speaker may stand for ("Roger Federer … The tennis player
// confirmed that …"), or "". News text names its subject once and then
// calls them by an epithet ("the tennis player", "the 41-year-old");
// an unnamed source is brought in as one ("a spokesman", "officials")
// or by a noun of those who speak for others (lang proxy-speaker-nouns). The
// description is the speaker only in so far as it is the person named
// before, which is not read here: the speaker is shown uncertain.
func (d *Index) epithetSpeaker(q Quote) string {
	if q.SpeakerEntity < 0 || q.SpeakerEntity >= len(d.Entities) || q.Sentence < 0 {
		return ""
	}
	e := d.Entities[q.SpeakerEntity]
	if !e.Descriptive || len(e.Mentions) == 0 || !epithetNouns[phraseHead(strings.Fields(e.Name))] {
		return ""
	}
	for _, a := range e.Aliases {
		if w, _, _ := strings.Cut(a, " "); !definiteArticles[strings.ToLower(w)] {
			return ""
		}
	}
	// The description is first met where it speaks, after exactly one
	// person named by name (however cased: "Roger federer" in a
	// headline; a name of no known kind with a known given name is a
	// person's).
	first := e.Mentions[0].Start
	if d.SentenceAt(first) != q.Sentence {
		return ""
	}
	named := ""
	for _, m := range d.MentionsIn(0, d.Sentences[q.Sentence].Start) {
		o := d.Entities[m.Entity]
		person := o.Kind == KindPerson || o.Kind == KindOther && givenName(o.Name) != genderUnknown
		if !person || o.Descriptive || d.inQuote(m.Start) || strings.EqualFold(o.Name, named) {
			continue
		}
		if named != "" {
			return ""
		}
		named = o.Name
	}
	return named
}
