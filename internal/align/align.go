// Package align lines up what several articles of one story say: it groups
// sentences from different articles that state the same thing into claims,
// counts which outlets carry each claim (syndicated copies count once), and
// reports conflicts where articles disagree on a number, a date, a weekday,
// a place or a person, with every variant and who reported it.
//
// Claims are made of clauses (nlp.Clauses splits a sentence at
// coordination, semicolons, relative and participial clauses and
// reported-speech frames), so that a sentence stating three facts can
// support three claims. Sentences and clauses are tf-idf vectors over
// content words folded to concepts (British and American spelling, a light
// stem, a small table of news paraphrases: travel/visit/trip,
// meeting/summit/talks), story entities (so "Kim Jong-un" and "the North
// Korean leader" match) and quantities, the document frequencies counted
// over a large story's first articles (frozen.go), so that an article
// joining it leaves the weights of the others as they were; a clause
// about the past ("in
// 2019") and one about the future ("would meet") count as less alike.
// Grouping runs in two passes, each merging the most similar pairs first
// and never putting two units of one article in a claim. Pass 1 groups
// whole sentences above Options.Threshold, and a sentence left alone joins
// the claim it is most similar to on average if that is close enough; a
// sentence's links in a claim must stand on one of its clauses (its
// carrier, read with the frame that reports it), so a sentence is not
// merged whole with one outlet through its main clause and with another
// through an aside.
// Pass 2 takes the clauses other than the carrier and
// links them, above 1.5 times the threshold, with other such clauses or with a
// claim or lone sentence of another article; a clause that joins a claim
// is taken out of its sentence's own. Last, a sentence also joins every
// claim of two or more sources whose core (the terms all its members
// state, frames and the story's topic terms left out) it contains, so that
// a sentence stating two facts in one clause supports both (entail.go).
// A transfer of goods ("buy shells from", "supply of weapons to") is also
// matched by its roles and the predicate that governs it (transfer.go):
// one transfer wanted and one warned against are different claims, and
// sentences stating one transfer under one predicate are one claim.
//
// Conflicts: every number, date and place is a value with a context (the
// words and entities of its clause). Values of different sources whose
// contexts match — and, for numbers, the same unit, the same word next to
// them and the same landmark ("from the border") — form a slot, one value
// per article. A slot whose values cannot all be true is a conflict. A
// plain number stands for itself give or take half its last significant
// digit (at most Options.NumberTolerance of it): "75 miles" and "129 km"
// disagree. A hedged one ("about") stands for NumberTolerance either way,
// and an open bound ("less than 100 miles") for everything on its side, so
// it never makes a variant of its own. Dates disagree when their intervals
// do not overlap; with unknown publication dates, weekdays are compared.
// Units are converted within a dimension (nautical miles, km, miles; °F,
// °C; short tons, tonnes); counts of people compare whatever word counts
// them ("two sailors", "three crew members", "two of them"); a mass and a
// volume of the same thing are aligned but, with no density to convert
// by, reported as Conflict.Unconvertible rather than compared. Values of
// sentences in one claim are linked first; two distances with the same
// direction word ("off") and landmarks that may be one place ("off Port
// Ardlow", "off the coast") are linked even when their clauses share no
// other word.
// Persons disagree when the same quoted words are given to different
// speakers; places when aligned sentences name different places after the
// same preposition.
package align

import (
	"time"

	"crosscheck/internal/nlp"
)

// Input is one article of the story.
type Input struct {
	ArticleID int64
	Outlet    string
	Published time.Time
	Text      string
	// Doc is Text's analysis; Align runs nlp.Analyze itself when Doc has no
	// sentences.
	Doc nlp.Doc
	// DuplicateOf is the ArticleID of the article this one copies, 0 if it
	// is an original. Copies add their outlet to a claim but count once
	// towards its status.
	DuplicateOf int64
}

// Claim statuses.
const (
	StatusAll  = "all"  // every source reports it
	StatusSome = "some" // more than one source but not all
	StatusOne  = "one"  // a single source
)

// Claim is a group of sentences, at most one per article, that state the
// same thing.
type Claim struct {
	ID        int   `json:"id"`
	Sentences []Ref `json:"sentences"`
	// Outlets are the distinct outlets of the sentences, in input order.
	// They and Sources and Status count every credit the alignment
	// makes, confident or not (Ref.Uncertain); the briefing counts the
	// confident ones.
	Outlets []string `json:"outlets"`
	// Sources is the number of distinct original articles behind the
	// claim: a copy (Input.DuplicateOf != 0) counts with its original.
	Sources int `json:"sources"`
	// Status is StatusAll, StatusSome or StatusOne, counted over the
	// story's original articles.
	Status string `json:"status"`
	// Subjects are the story entities the claim is about (canonical names).
	Subjects []string `json:"subjects,omitempty"`
	// Text is a representative sentence: the one whose clause is most
	// similar to the rest; Clause is that clause, the part of Text the
	// claim is about (all of Text when the sentence states one thing).
	Text   string `json:"text"`
	Clause string `json:"clause"`
}

// Ref points to one sentence of one article and, in a claim, to the
// clause of it the claim holds.
type Ref struct {
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Sentence  int    `json:"sentence"`
	Text      string `json:"text"`
	// Clause is the byte range of the clause in Text; zero when the
	// reference is to the whole sentence.
	Clause nlp.Span `json:"clause,omitzero"`
	// Uncertain, in a claim, says what evidence is missing when the
	// sentence's credit with the claim's fact is not confident
	// (confidence.go): the sentence may state the fact, but its outlet
	// is not counted among those that do.
	Uncertain string `json:"uncertain,omitempty"`
}

// Conflict kinds.
const (
	ConflictNumber  = "number"
	ConflictDate    = "date"
	ConflictWeekday = "weekday"
	ConflictPlace   = "place"
	ConflictPerson  = "person"
	// ConflictClock is of times of day (clock.go).
	ConflictClock = "clock"
)

// Conflict is a claim whose sentences disagree on a value after
// normalisation.
type Conflict struct {
	Kind string `json:"kind"`
	// Claim is the index of the claim in Result.Claims.
	Claim    int       `json:"claim"`
	Variants []Variant `json:"variants"`
	// Unconvertible says why the variants could not be compared ("l vs t:
	// converting needs a density") when they are in units that need more
	// than the text gives to convert; they are listed for a reader to
	// check, not found to disagree.
	Unconvertible string `json:"unconvertible,omitempty"`
	// Slot says what the values are values of: the quantity and what it
	// measures ("people injured"), or whose time or place ("when: hit").
	Slot string `json:"slot"`
	// Evidence says why the values belong to that one slot: what their
	// sentences share.
	Evidence string `json:"evidence"`
	// Uncertain, when set, says why the values may not be of one slot or
	// may not contradict each other; such a conflict is listed apart
	// from the confident ones.
	Uncertain string `json:"uncertain,omitempty"`
	// Update marks values of a count that moves (casualties, people
	// missing) given at different times: the later value updates the
	// earlier, no contradiction. Variants carry their times.
	Update bool `json:"update,omitempty"`
}

// Variant is one of the disagreeing values.
type Variant struct {
	// Value is the value as written ("75 miles", "Sunday night").
	Value string `json:"value"`
	// Normalised is the value after normalisation ("120.7 km",
	// "2023-09-10 night").
	Normalised string   `json:"normalised"`
	Outlets    []string `json:"outlets"`
	Refs       []Ref    `json:"refs"`
	// CitedSource is whom the sentence attributes the value to ("South
	// Korean media"), if anyone.
	CitedSource string `json:"cited_source,omitempty"`
	// Published is when the earliest article giving the value was
	// published; zero when unknown.
	Published time.Time `json:"published,omitzero"`
}

// Result is the alignment of a story.
type Result struct {
	Claims    []Claim    `json:"claims"`
	Conflicts []Conflict `json:"conflicts,omitempty"`
	// Entities are the story's entities merged across articles.
	Entities nlp.StoryEntities `json:"entities"`
}

// Options tune the alignment; the zero value uses the defaults.
type Options struct {
	// Threshold is the similarity (0-1) above which two sentences state the
	// same thing. Default 0.18 (chosen on the seed story; see BENCHMARKS.md for ECB+).
	Threshold float64
	// NumberTolerance is how far a hedged number ("about 20", "nearly
	// 60") may be from the truth, relative to it. Default 0.1 (10%). Plain
	// numbers are held to the precision they are written with: "129 km"
	// means 128.5 to 129.5 km, "4,000 miles" 3,500 to 4,500 miles.
	NumberTolerance float64
	// WordsOnly skips the same-event checks: claims are the sentences
	// grouped by word similarity alone and every slot of alike values is
	// a confident conflict, as before issue 13. It is the baseline
	// "crosscheck eval align" scores the alignment against.
	WordsOnly bool
	// credits, when set, is given the claims as keepStated leaves them,
	// with the check that decided them: the develop dump of the credits'
	// evidence (credit_dump_test.go) reads them there.
	credits func(k *statedCheck, claims [][]member)
	// noGate turns the credit gate (gate.go) off, for the develop dump
	// the gate is calibrated on.
	noGate bool
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = 0.18
	}
	if o.NumberTolerance == 0 {
		o.NumberTolerance = 0.1
	}
	return o
}
