package nlp

import (
	"strings"

	"crosscheck/internal/lang"
)

// Speakers that cannot have said anything. A speaker is a person, an
// organisation or a group; two kinds of name the speaker search may land
// on are none of these:
//
//   - a time zone ("the palace said, adding he died at 15:52 (0852
//     GMT)"): the abbreviation after a clock time names an offset, never
//     whoever spoke;
//   - a crowd that chants ("the crowd chanted “Yes, we can!”",
//     "protesters chanted, “…”"): a slogan voiced together is no one
//     person's or organisation's statement, and the speaker search,
//     finding no single subject, lands on the one talked about (Obama
//     leaving the stage) or the outlet reporting it;
//   - the holder of a name in quotation marks: words in marks with no cue
//     whose words are all capitalised, bar short function words ("was
//     hosting “Congress on your Corner”", "“Salvator Mundi”, Latin for
//     …"), are a title or a name the writer cites, not words the subject
//     of the sentence said.
//
// Such quotes keep their words and lose their speaker: unnamed is right,
// a wrong name is not.

// dropNonSpeakers clears the speaker of each quote of doc whose speaker is
// a time zone, whose cue is a chant or whose words are a cited title.
func dropNonSpeakers(doc *Doc) {
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker == "" {
			continue
		}
		if timeZoneName(q.Speaker) || chantCues[q.Cue] || q.Direct && q.Cue == "" && citedTitle(q.Text) || labelSpeaker(q.Speaker) {
			q.Speaker, q.SpeakerEntity = "", -1
		}
	}
}

// partyLabels and anaphoricSources are speaker phrases that name no
// one: a party's label for one of its members ("the Republican told a
// news conference": Governor Rick Scott) and a phrase pointing back to a
// source named earlier ("according to the same source").
var (
	partyLabels      = en.Set(lang.PartyLabels)
	anaphoricSources = en.Set(lang.AnaphoricSources)
)

// labelSpeaker reports whether name, a speaker as written, is a bare
// party label or a phrase pointing back to an earlier source. A party
// named as a group ("Republicans", "the Democratic Party") is a name and
// speaks.
func labelSpeaker(name string) bool {
	lw := strings.ToLower(strings.TrimSpace(name))
	if anaphoricSources[lw] {
		return true
	}
	return partyLabels[strings.ToLower(trimArticle(strings.TrimSpace(name)))]
}

// timeZoneName reports whether name is a time zone's abbreviation
// ("GMT", "EDT").
func timeZoneName(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" || strings.ToUpper(name) != name {
		return false
	}
	_, ok := lang.ZoneOffset(name)
	return ok
}

// citedTitle reports whether text, the words of a quotation, read as a
// title: two to eight words, the first and the last capitalised, every
// other one capitalised or a function word, and no sentence's end mark
// ("Congress on your Corner", "Way of the Cross"; not "Yes, we can!").
func citedTitle(text string) bool {
	text = strings.TrimSpace(text)
	if strings.ContainsAny(text, ".!?;:") {
		return false
	}
	words := strings.Fields(strings.Trim(text, ","))
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	for k, w := range words {
		w = strings.Trim(w, ",")
		switch {
		case isCapitalised(w):
		case k > 0 && k < len(words)-1 && IsStopword(w):
		default:
			return false
		}
	}
	return true
}
