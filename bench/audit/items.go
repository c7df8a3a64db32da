package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"crosscheck/internal/brief"
)

// The questions put to the judge, one per kind of item. They say what
// counts as right in the terms of the issue, and nothing of how the
// briefing was made.
const (
	askPair          = "The briefing credits source %s with the fact shown. Does that source's text state this fact: the same happening, with compatible who/what/where/when, and the same tense and modality (what will or may happen is not what happened)? A sentence that merely shares a name, a number or a topic word with the fact does not state it."
	askPairOutlet    = " (These sources are articles of one outlet, %s: answer yes if any of them states it.)"
	askConflict      = "The briefing lists these values as contradicting each other. Answer yes only if the values fill the same slot of the same event (the same measured quantity of the same thing and owner, the same time of the same happening, or the same place of it) AND at least two of them disagree. Answer no if they are about different things, events, owners or times, or if they are consistent with each other."
	askUpdate        = "The briefing lists these values as updates of one count that changes over time (the later value updating the earlier, not a contradiction). Answer yes only if the values are of the same count of the same event given at different times."
	askQuoteWords    = "The briefing shows the text as a direct quotation from source %s. Answer yes only if it is exactly words that stand between quotation marks in that source (pieces of one quotation split around its attribution may be joined by a space), including no narration or attribution, and cutting no word or number."
	askQuoteSpeaker  = "The briefing says %s said this (in source %s). Answer yes if, according to that source, this is who said it (a shorter or fuller form of the right name, or the right group or organisation, is fine). Answer no if it is someone else, or not a speaker at all (a place, a date, a thing, a fragment)."
	askReported      = "The briefing shows the text as reported (indirect) speech from source %s, not in quotation marks. Answer yes only if the source presents this content as what its speaker said, claimed or reported (not as the journalist's own narration) and the briefing's text keeps its meaning."
	askTimeline      = "The briefing's timeline places the expression shown at the date or interval shown. Answer yes only if that is right given the source text. The sources carry no publication date unless their text states one, so an expression that needs one (\"on Tuesday\", \"yesterday\", \"last month\") must be marked undated; a range (\"1950-53\") must stay a range; \"since X\" or \"after X\" is an open interval."
	askTimelineDated = "The briefing's timeline places the expression shown at the date or interval shown. Answer yes only if that is right given the source text and the publication date printed at its top: an expression that needs a date to count from (\"on Tuesday\", \"yesterday\", \"last month\") counts from it; a range (\"1950-53\") must stay a range; \"since X\" or \"after X\" is an open interval."
	askCitation      = "The briefing's summary sentence is shown. It cites the sentence of source %s below as stating the same thing. Answer yes only if the cited sentence states the summary sentence's claim (the same happening, compatible details). Sharing a topic, a name or a place is not enough."
)

// drawItems cuts the stories' briefings into items: every conflict and
// every summary citation, and a draw of whole facts (all their outlets),
// quotes and timeline entries large enough for the floors.
func drawItems(stories []*story, rng *rand.Rand) []item {
	var items, facts, quotes, events []item
	var factGroups [][]item
	for _, s := range stories {
		b := s.briefing
		for _, f := range append(append([]brief.Fact{}, b.Agreed...), b.Partial...) {
			factGroups = append(factGroups, s.pairItems(f))
		}
		// A fact of one outlet that others may also report is drawn
		// too: its uncertain credits are pairs to judge.
		for _, f := range b.Single {
			if len(f.MayAlso) > 0 {
				factGroups = append(factGroups, s.pairItems(f))
			}
		}
		items = append(items, s.conflictItems("conflict", askConflict, b.Conflicts)...)
		items = append(items, s.conflictItems("uncertain", askConflict, b.Uncertain)...)
		items = append(items, s.conflictItems("update", askUpdate, b.Updates)...)
		items = append(items, s.citationItems()...)
		for _, sq := range b.Quotes {
			for _, q := range sq.Quotes {
				quotes = append(quotes, s.quoteItems(sq.Speaker, q)...)
			}
		}
		for _, e := range b.Timeline {
			events = append(events, s.timelineItem(e))
		}
	}
	rng.Shuffle(len(factGroups), func(i, j int) { factGroups[i], factGroups[j] = factGroups[j], factGroups[i] })
	for _, g := range factGroups {
		if len(facts) >= minPairs {
			break
		}
		facts = append(facts, g...)
	}
	items = append(items, facts...)
	items = append(items, sampleQuotes(quotes, rng)...)
	items = append(items, sample(events, minTimeline, rng)...)
	for i := range items {
		items[i].ID = fmt.Sprintf("%s-%03d", items[i].Story, i+1)
	}
	return items
}

// sampleQuotes draws quotes whole: a direct quote is judged on its words
// and its speaker, reported speech on its content and its speaker. Direct
// quotes are drawn minQuotes strong, reported speech half that.
func sampleQuotes(all []item, rng *rand.Rand) []item {
	byQuote := map[string][]item{}
	var direct, reported []string
	for _, it := range all {
		if _, ok := byQuote[it.Group]; !ok {
			if it.Kind == "quote-words" {
				direct = append(direct, it.Group)
			} else {
				reported = append(reported, it.Group)
			}
		}
		byQuote[it.Group] = append(byQuote[it.Group], it)
	}
	var out []item
	for _, k := range append(sample(direct, minQuotes, rng), sample(reported, minQuotes/2, rng)...) {
		out = append(out, byQuote[k]...)
	}
	return out
}

func sample[T any](all []T, n int, rng *rand.Rand) []T {
	all = append([]T(nil), all...)
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if len(all) > n {
		all = all[:n]
	}
	return all
}

func (s *story) pairItems(f brief.Fact) []item {
	shown := f.Text
	if f.Clause != "" {
		shown += "\n(the fact is the part: " + f.Clause + ")"
	}
	var out []item
	pair := func(o, credit string, refs []brief.Ref) {
		it := item{Story: s.name, Kind: "pair", Group: s.name + "/" + f.ID, Credit: credit, Shown: shown}
		for _, r := range refs {
			if r.Outlet == o {
				it.Evidence = append(it.Evidence, s.sentence(r))
			}
		}
		if len(it.Evidence) == 0 {
			return
		}
		it.Question = fmt.Sprintf(askPair, it.Evidence[0].Source)
		if srcs := sources(it.Evidence); len(srcs) > 1 {
			it.Question = fmt.Sprintf(askPair, strings.Join(srcs, " or ")) + fmt.Sprintf(askPairOutlet, o)
		}
		out = append(out, it)
	}
	for _, o := range f.Outlets {
		pair(o, creditConfident, f.Refs)
	}
	// An outlet that may also report the fact is asked about in the
	// same words; the score counts its pair apart.
	for _, m := range f.MayAlso {
		pair(m.Outlet, creditUncertain, m.Refs())
	}
	return out
}

// The credits of a pair item.
const (
	creditConfident = "confident"
	creditUncertain = "uncertain"
)

// The speakers of a quote-speaker item.
const (
	speakerConfident = "confident"
	speakerUncertain = "uncertain"
)

// sources lists the files the evidence is in, each once, in order.
func sources(evidence []cited) []string {
	var out []string
	for _, c := range evidence {
		if !slices.Contains(out, c.Source) {
			out = append(out, c.Source)
		}
	}
	return out
}

func (s *story) conflictItems(kind, ask string, cs []brief.Conflict) []item {
	var out []item
	for _, c := range cs {
		var shown strings.Builder
		fmt.Fprintf(&shown, "slot: %s\n", c.Slot)
		it := item{Story: s.name, Kind: kind, Question: ask}
		for _, v := range c.Variants {
			var srcs []string
			for _, r := range v.Refs {
				cs := s.sentence(r)
				srcs = append(srcs, cs.Source)
				it.Evidence = append(it.Evidence, cs)
			}
			fmt.Fprintf(&shown, "value %q given by %s\n", v.Value, strings.Join(srcs, ", "))
		}
		if c.Uncertain != "" {
			fmt.Fprintf(&shown, "(marked uncertain: %s)\n", c.Uncertain)
		}
		it.Shown = strings.TrimSpace(shown.String())
		out = append(out, it)
	}
	return out
}

func (s *story) citationItems() []item {
	var out []item
	for _, ss := range s.briefing.Summary {
		for _, r := range ss.Refs[min(1, len(ss.Refs)):] {
			c := s.sentence(r)
			out = append(out, item{Story: s.name, Kind: "citation", Question: fmt.Sprintf(askCitation, c.Source),
				Shown: ss.Text, Evidence: []cited{c}})
		}
	}
	return out
}

func (s *story) quoteItems(speaker string, q brief.Quote) []item {
	c := s.sentence(q.Ref)
	group := fmt.Sprintf("%s/%d/%d/%s", s.name, q.Ref.Article, q.Ref.Sentence, q.Text)
	shown := fmt.Sprintf("%s (%s, cue %q): %s", speaker, q.Kind, q.Cue, q.Text)
	var out []item
	if q.Kind == brief.QuoteDirect {
		out = append(out, item{Story: s.name, Kind: "quote-words", Group: group, Question: fmt.Sprintf(askQuoteWords, c.Source), Shown: shown, Evidence: []cited{c}})
	} else {
		out = append(out, item{Story: s.name, Kind: "reported-content", Group: group, Question: fmt.Sprintf(askReported, c.Source), Shown: shown, Evidence: []cited{c}})
	}
	if speaker != "" && speaker != "Unnamed speaker" {
		conf := speakerConfident
		if q.SpeakerUncertain != "" {
			conf = speakerUncertain
		}
		out = append(out, item{Story: s.name, Kind: "quote-speaker", Group: group, Question: fmt.Sprintf(askQuoteSpeaker, speaker, c.Source), Shown: shown, Evidence: []cited{c},
			Speaker: conf, SpeakerReason: q.SpeakerUncertain, SpeakerEvidence: q.SpeakerEvidence})
	}
	return out
}

func (s *story) timelineItem(e brief.Event) item {
	when := e.Start
	switch {
	case e.Unresolved != "":
		when = "undated (" + e.Unresolved + ")"
	case e.Open == "after":
		when = "from " + e.Start + " on"
	case e.Open == "before":
		when = "until " + e.End
	case e.End != e.Start:
		when = e.Start + " to " + e.End
	}
	if e.Basis != "" {
		// Counted from a date the page's own words gave: the judge
		// checks that date too.
		when += ", " + e.Basis
	}
	ask := askTimeline
	if s.dated {
		ask = askTimelineDated
	}
	it := item{Story: s.name, Kind: "timeline", Question: ask,
		Shown: fmt.Sprintf("expression %q placed at: %s (precision %s)", e.Expression, when, e.Precision)}
	for _, r := range e.Refs[:min(1, len(e.Refs))] {
		it.Evidence = append(it.Evidence, s.sentence(r))
	}
	return it
}
