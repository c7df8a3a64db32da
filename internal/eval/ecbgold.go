package eval

import (
	"slices"
	"strings"
)

// ECBStory is the articles of one ECB+ event (topic and corpus half): the
// story a clustering that got it right would hand the briefing.
type ECBStory struct {
	Event string
	Docs  []*ECBDoc
}

// ECBStories groups docs by event, in order of first appearance.
func ECBStories(docs []ECBDoc) []ECBStory {
	var out []ECBStory
	at := map[string]int{}
	for i := range docs {
		d := &docs[i]
		k, ok := at[d.Event]
		if !ok {
			k = len(out)
			at[d.Event] = k
			out = append(out, ECBStory{Event: d.Event})
		}
		out[k].Docs = append(out[k].Docs, d)
	}
	return out
}

// SameFactGold returns the gold groups of a story for PairwiseAlignment:
// for every cross-document action instance, the annotated sentences with
// a mention of it; and every annotated sentence on its own, so that a
// sentence sharing no instance still counts. Sentences are keyed by the
// document's name and the sentence's index in ECBDoc.Sentences.
func (s ECBStory) SameFactGold() [][]SentKey {
	byChain := map[string][]SentKey{}
	var chains []string
	var out [][]SentKey
	for _, d := range s.Docs {
		for i, sent := range d.Sentences {
			if sent.Annotated {
				out = append(out, []SentKey{{Doc: d.Name, Sentence: i}})
			}
		}
		for _, m := range d.Mentions {
			if m.Component != ComponentAction || !m.CrossDoc || m.Sentence < 0 || !d.Sentences[m.Sentence].Annotated {
				continue
			}
			k := SentKey{Doc: d.Name, Sentence: m.Sentence}
			if _, ok := byChain[m.Chain]; !ok {
				chains = append(chains, m.Chain)
			}
			if !slices.Contains(byChain[m.Chain], k) {
				byChain[m.Chain] = append(byChain[m.Chain], k)
			}
		}
	}
	for _, c := range chains {
		if len(byChain[c]) > 1 {
			out = append(out, byChain[c])
		}
	}
	return out
}

// ValueAt is one value of a predicted conflict: where it is written.
type ValueAt struct {
	Doc *ECBDoc
	// Start and End are byte offsets of the value in Doc.Text.
	Start, End int
	// Kind is the conflict's kind ("number", "date", "weekday",
	// "place", "person").
	Kind string
}

// Conflict verdicts.
const (
	VerdictRight    = "right"    // the gold puts both values in one slot of one event
	VerdictWrong    = "wrong"    // the gold has both values, not in one slot
	VerdictUnjudged = "unjudged" // a value outside the annotated sentences or mentions
)

// JudgeValues says whether two values of a conflict fill the same slot of
// the same event by the ECB+ gold, and why. The sentences must share a
// cross-document action instance (one event). Then, by kind:
//   - a number fills the slot of the participant mention it is in: two
//     counts are of one slot when their mentions are one participant
//     chain ("five people" and "two people" injured);
//   - a time or a place fills the slot of the event whose mention is
//     nearest to it in its sentence: both must be nearest to a mention of
//     the shared instance, and they must not be one chain (one chain is
//     one time or one place: no disagreement);
//   - a person (the speaker of one quote) fills the slot of the nearest
//     action as a place does, and two speakers of one chain agree.
//
// ECB+ annotates no links between an action and its time or place, so
// "nearest" stands in for them; it does not know that a town lies in a
// region, so two places of one event in different chains count as a
// right disagreement.
func JudgeValues(a, b ValueAt) (verdict, reason string) {
	ma, sa, okA := a.mention()
	mb, sb, okB := b.mention()
	switch {
	case sa < 0 || sb < 0 || !a.Doc.Sentences[sa].Annotated || !b.Doc.Sentences[sb].Annotated:
		return VerdictUnjudged, "a value outside the sentences annotated for coreference"
	case !okA || !okB:
		return VerdictUnjudged, "a value the annotators marked no mention for"
	}
	shared := sharedActions(a.Doc, sa, b.Doc, sb)
	if len(shared) == 0 {
		return VerdictWrong, "the sentences share no event"
	}
	if a.Kind == "number" {
		if ma.Chain != "" && ma.Chain == mb.Chain {
			return VerdictRight, "counts of one participant chain of a shared event"
		}
		return VerdictWrong, "counts of different participants"
	}
	na, nb := nearestAction(a.Doc, sa, ma), nearestAction(b.Doc, sb, mb)
	if !slices.Contains(shared, na) || !slices.Contains(shared, nb) {
		return VerdictWrong, "a value nearest another event in its sentence"
	}
	if ma.Chain != "" && ma.Chain == mb.Chain {
		return VerdictWrong, "both values are one chain: the same " + ma.Component
	}
	return VerdictRight, ma.Component + "s of one shared event, in different chains"
}

// mention returns the gold mention the value lies in (of the component
// its kind calls for), the value's sentence, and whether there is one.
func (v ValueAt) mention() (ECBMention, int, bool) {
	si := v.Doc.SentenceOf(v.Start)
	want := map[string]string{"number": ComponentParticipant, "date": ComponentTime, "weekday": ComponentTime,
		"place": ComponentLocation, "person": ComponentParticipant}[v.Kind]
	var best ECBMention
	found := false
	for _, m := range v.Doc.Mentions {
		if m.Component != want || m.End <= v.Start || m.Start >= v.End {
			continue
		}
		if !found || m.Chain != "" && best.Chain == "" {
			best, found = m, true
		}
	}
	return best, si, found
}

// sharedActions returns the cross-document action instances mentioned in
// both sentences.
func sharedActions(a *ECBDoc, sa int, b *ECBDoc, sb int) []string {
	var in []string
	for _, m := range a.Mentions {
		if m.Component == ComponentAction && m.CrossDoc && m.Sentence == sa {
			in = append(in, m.Chain)
		}
	}
	var out []string
	for _, m := range b.Mentions {
		if m.Component == ComponentAction && m.CrossDoc && m.Sentence == sb && slices.Contains(in, m.Chain) && !slices.Contains(out, m.Chain) {
			out = append(out, m.Chain)
		}
	}
	return out
}

// nearestAction returns the chain of the action mention of sentence si
// nearest to mention m ("" for none or an action in no chain).
func nearestAction(d *ECBDoc, si int, m ECBMention) string {
	best, dist := "", -1
	for _, o := range d.Mentions {
		if o.Component != ComponentAction || o.Sentence != si {
			continue
		}
		k := max(o.Start-m.End, m.Start-o.End, 0)
		if dist < 0 || k < dist {
			best, dist = o.Chain, k
		}
	}
	return best
}

// FindValue returns the byte offsets in d.Text of value as written in
// sentence si (case folded), or false.
func FindValue(d *ECBDoc, si int, value string) (int, int, bool) {
	if si < 0 || si >= len(d.Sentences) || value == "" {
		return 0, 0, false
	}
	s := d.Sentences[si]
	i := strings.Index(strings.ToLower(d.Text[s.Start:s.End]), strings.ToLower(value))
	if i < 0 {
		return 0, 0, false
	}
	return s.Start + i, s.Start + i + len(value), true
}
