// Package brief turns the articles of one story into a briefing: what every
// outlet agrees on, what only some report, where they contradict each other,
// who is quoted, who cites whom, a timeline and a cited extractive summary.
//
// The Briefing type is the contract of the JSON export; docs/briefing.md
// documents it field by field. Changing a field's meaning needs a new
// SchemaVersion.
package brief

import (
	"strings"
	"time"

	"crosscheck/internal/nlp"
)

// SchemaVersion names the JSON layout of a Briefing.
const SchemaVersion = "crosscheck.briefing/v1"

// Story names the story being briefed.
type Story struct {
	ID    int64  `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
}

// Briefing is everything a reader needs to weigh one story across outlets.
// Slices are never nil in a built briefing, so that the JSON form always
// carries every section.
type Briefing struct {
	Schema   string `json:"schema"`
	Story    Story  `json:"story"`
	Headline string `json:"headline"`
	// Date is the story's reference date: the earliest publication date
	// among its articles; zero when no article's date is known.
	Date time.Time `json:"date,omitzero"`

	// Summary is a short extractive summary; every sentence cites the
	// sentences it was taken from and those that say the same.
	Summary []SummarySentence `json:"summary"`

	// Agreed holds facts every outlet reports, Partial facts more than one
	// but not all report, Single facts only one outlet reports.
	Agreed  []Fact `json:"agreed"`
	Partial []Fact `json:"partial"`
	Single  []Fact `json:"single"`

	// Conflicts are the confident conflicts: values that fill one slot
	// of one event and disagree. Uncertain holds conflicts whose values
	// may not be of one slot, each with why; Updates holds values of a
	// count that moves (casualties) given at different times. Only
	// Conflicts are counted as conflicts.
	Conflicts []Conflict      `json:"conflicts"`
	Uncertain []Conflict      `json:"uncertain_conflicts"`
	Updates   []Conflict      `json:"updates"`
	Quotes    []SpeakerQuotes `json:"quotes"`
	Citations []Citation      `json:"citations"`
	Timeline  []Event         `json:"timeline"`
	Outlets   []Outlet        `json:"outlets"`
}

// Ref points at one sentence of one article. Sentence is the index of the
// sentence in the article's text (title excluded), counted from zero.
type Ref struct {
	Article  int64  `json:"article"`
	Sentence int    `json:"sentence"`
	Outlet   string `json:"outlet"`
	Origin   string `json:"origin"`
	// Clause is, in a fact's references, the part of the sentence that
	// states the fact, when the sentence states more than that fact;
	// empty otherwise.
	Clause string `json:"clause,omitempty"`
}

// SummarySentence is one sentence of the summary and where it came from:
// the sentence itself first, then the sentences of other outlets that say
// the same.
type SummarySentence struct {
	Text string `json:"text"`
	Refs []Ref  `json:"refs"`
}

// Fact is one claim and the outlets that report it. ID is stable within a
// briefing ("F1", "F2", ...) so that the matrix and the outlets section can
// point at it.
type Fact struct {
	ID string `json:"id"`
	// Text is the sentence that best stands for the fact. Clause is the
	// part of it that states the fact, when Text states more than this
	// fact (a clause of a longer sentence: "…, his first trip abroad since
	// the pandemic"); empty when the fact is all of Text.
	Text    string   `json:"text"`
	Clause  string   `json:"clause,omitempty"`
	Outlets []string `json:"outlets"`
	Refs    []Ref    `json:"refs"`
	// CopiedBy are outlets that carry the fact only through a copy of
	// another outlet's article; they are not counted as evidence.
	CopiedBy []string `json:"copied_by"`
	// Abroad are sentences of articles in other languages than the
	// fact's that give some of its figures, days and names, with what
	// they share (abroad.go); omitted in a story told in one language.
	Abroad []Abroad `json:"abroad,omitempty"`
	// MayAlso are outlets whose sentence may state the fact, on
	// evidence too weak for a credit: they are not among Outlets and
	// count in nothing that says how many outlets agree. Each says what
	// evidence is missing.
	MayAlso []MayAlso `json:"may_also,omitempty"`
}

// MayAlso is an outlet that may also report a fact: its sentence (Ref)
// and why its credit is uncertain (Reason: "no third outlet states it;
// shares names and figures but not the verb").
type MayAlso struct {
	Outlet string `json:"outlet"`
	Reason string `json:"reason"`
	Ref    Ref    `json:"ref"`
}

// TextParts is a fact's sentence cut around the clause that states the
// fact, for renderers that mark the clause.
type TextParts struct {
	Before, Clause, After string
}

// Parts cuts Text around Clause; with no clause (or one not found in
// Text), all of Text is Before.
func (f Fact) Parts() TextParts {
	i := -1
	if f.Clause != "" {
		i = strings.Index(f.Text, f.Clause)
	}
	if i < 0 {
		return TextParts{Before: f.Text}
	}
	return TextParts{Before: f.Text[:i], Clause: f.Clause, After: f.Text[i+len(f.Clause):]}
}

// Conflict is one point on which outlets disagree.
type Conflict struct {
	// Kind is what differs: "number", "date", "weekday", "place" or
	// "person".
	Kind string `json:"kind"`
	// Fact is the ID of the fact whose reports disagree; Subject is that
	// fact's text.
	Fact     string    `json:"fact"`
	Subject  string    `json:"subject"`
	Variants []Variant `json:"variants"`
	// Unconvertible, when set, says why the variants could not be
	// compared ("l vs t: converting needs a density"): outlets give the
	// value in units that convert only with what the text does not say.
	// The variants are listed for a reader to check.
	Unconvertible string `json:"unconvertible,omitempty"`
	// Slot says what the values are values of ("people injured", "when:
	// depart"); Evidence why they fill that one slot ("both sentences
	// state one fact (…)").
	Slot     string `json:"slot"`
	Evidence string `json:"evidence"`
	// Uncertain, in an uncertain conflict, says why the values may not
	// contradict each other; empty in a confident one.
	Uncertain string `json:"uncertain,omitempty"`
}

// Variant is one value of a conflict and who gives it.
type Variant struct {
	Value   string   `json:"value"`
	Outlets []string `json:"outlets"`
	Refs    []Ref    `json:"refs"`
	// Sources are the sources the outlets cite for this value ("the New
	// York Times", "South Korean media"); empty when none is named.
	Sources []string `json:"sources"`
	// Published is when the earliest article giving the value was
	// published, zero when unknown: an update's values in order of time.
	Published time.Time `json:"published,omitzero"`
}

// SpeakerQuotes are the quotes attributed to one speaker.
type SpeakerQuotes struct {
	Speaker string  `json:"speaker"`
	Quotes  []Quote `json:"quotes"`
}

// Quote kinds, as in nlp.
const (
	// QuoteDirect: Text is exactly the words between the outlet's
	// quotation marks.
	QuoteDirect = "direct"
	// QuoteReported: Text is the outlet's wording of what was said
	// (indirect speech), never to be shown in quotation marks.
	QuoteReported = "reported"
)

// Quote is one quotation as one outlet reports it.
type Quote struct {
	Text string `json:"text"`
	// Kind is QuoteDirect or QuoteReported.
	Kind string `json:"kind"`
	// Cue is the reporting verb or phrase ("said", "told reporters").
	Cue    string `json:"cue"`
	Outlet string `json:"outlet"`
	Ref    Ref    `json:"ref"`
	// SpeakerUncertain says, in plain words, why the speaker the quote is
	// listed under is not asserted ("speaker read from “he”, named two
	// sentences earlier"); empty when the speaker is confident.
	SpeakerUncertain string `json:"speaker_uncertain,omitempty"`
	// SpeakerEvidence is what the speaker rests on (nil without one).
	SpeakerEvidence *nlp.SpeakerEvidence `json:"speaker_evidence,omitempty"`
}

// Citation is one edge of the who-cites-whom graph: Outlet attributes
// information to Cites, which in turn got it from Via (when the outlet
// says so: "the New York Times, citing US officials").
type Citation struct {
	Outlet   string   `json:"outlet"`
	Cites    string   `json:"cites"`
	Via      []string `json:"via"`
	Evidence []Ref    `json:"evidence"`
}

// Event is one dated happening on the timeline.
type Event struct {
	// Start and End are ISO dates (2006-01-02), both inclusive; End
	// equals Start for a single day. An open interval has one of them
	// empty (see Open); an unresolved entry has both empty.
	Start string `json:"start"`
	End   string `json:"end"`
	// Open is "after" for an interval from Start on ("since 1995"),
	// "before" for one up to End ("until Tuesday"); "" when closed.
	Open string `json:"open,omitempty"`
	// Unresolved says why the expression could not be dated ("the
	// article's publication date is not known"); "" when dated.
	Unresolved string `json:"unresolved,omitempty"`
	// Precision is "day", "week", "month", "year" or "range" (between
	// two written ends: "1950-53", "from January to March").
	Precision string `json:"precision"`
	// Expression is the time expression as written ("on Tuesday").
	Expression string `json:"expression"`
	// Text is the sentence that dates the event.
	Text string `json:"text"`
	Refs []Ref  `json:"refs"`
	// Anchor is "published" when the article's own date is known: what
	// it says relative to that date ("on Tuesday") was counted from it.
	// Articles of unknown date leave such expressions unresolved, so
	// their entries have no anchor.
	Anchor string `json:"anchor,omitempty"`
	// Basis, for an article of unknown date, says where the date its
	// expression was counted from came from when the article's own
	// title, dateline or text gave it ("year from the title (…)"), so
	// that a reader can check it; "" otherwise.
	Basis string `json:"basis,omitempty"`
}

// When is the entry's interval as a reader sees it: "2009-02-22",
// "1950-01-01 – 1953-12-31", "from 1996-01-01", "until 1994-12-31", or
// "undated (reason)".
func (e Event) When() string {
	switch {
	case e.Unresolved != "":
		return "undated (" + e.Unresolved + ")"
	case e.Open == "after":
		return "from " + e.Start
	case e.Open == "before":
		return "until " + e.End
	case e.End != e.Start:
		return e.Start + " – " + e.End
	}
	return e.Start
}

// Outlet is one publisher of the story and what it contributes.
type Outlet struct {
	Name string `json:"name"`
	// Articles are the outlet's pages, copies included.
	Articles []Source `json:"articles"`
	// Adds are the IDs of facts no other outlet reports.
	Adds []string `json:"adds"`
	// Copies are the outlet's pages that copy another article; they count
	// as no evidence of their own.
	Copies []Copy `json:"copies"`
	// Reuses are paragraphs of the outlet's own pages that an earlier
	// article of another outlet printed first; what they state counts as
	// that outlet's evidence.
	Reuses []Reuse `json:"reuses"`
}

// Source is one article as ingested.
type Source struct {
	Article int64  `json:"article"`
	Title   string `json:"title"`
	// Origin is the path or URL the page was read from.
	Origin string `json:"origin"`
	URL    string `json:"url,omitempty"`
	// Published is zero when unknown; PublishedFrom is the evidence for it
	// ("json-ld", "dateline", ...).
	Published     time.Time `json:"published,omitzero"`
	PublishedFrom string    `json:"published_from,omitempty"`
	// AnalysedIn is the language whose lexicon the article was analysed
	// with ("de", "zh"); empty for an English article read as English.
	AnalysedIn string `json:"analysed_in,omitempty"`
	// LanguageFallback is the article's own language ("th", or "und"
	// when unknown) when no lexicon of it exists and English's stood in:
	// its quotes, dates and facts come from rules not made for it.
	LanguageFallback string `json:"language_fallback,omitempty"`
}

// Reuse is a paragraph an article shares with an earlier article of
// another outlet.
type Reuse struct {
	Article int64 `json:"article"`
	// Paragraph counts the article's paragraphs from zero; Sentences are
	// the paragraph's sentences.
	Paragraph int    `json:"paragraph"`
	Sentences []int  `json:"sentences"`
	Of        int64  `json:"of"`
	OfOutlet  string `json:"of_outlet"`
	// How is "quoted" when the article credits the outlet it took the
	// paragraph from, "copied" when it runs it as its own words.
	How string `json:"how"`
	// Overlap is the share of the paragraph's word 4-grams found in the
	// earlier article, from 0 to 1.
	Overlap float64 `json:"overlap"`
}

// Copy is a duplicate or syndicated page and the article it copies.
type Copy struct {
	Article  int64  `json:"article"`
	Origin   string `json:"origin"`
	Of       int64  `json:"of"`
	OfOutlet string `json:"of_outlet"`
	// Overlap is the share of the copy's word 4-grams found in the
	// original, from 0 to 1.
	Overlap float64 `json:"overlap"`
}

// LanguageNote says how the article was read, for the rendered briefing:
// empty for an English article read as English.
func (s Source) LanguageNote() string {
	switch {
	case s.LanguageFallback == "und":
		return "language unknown: analysed with the English rules (fallback)"
	case s.LanguageFallback != "":
		return "no lexicon for " + s.LanguageFallback + ": analysed with the English rules (fallback)"
	case s.AnalysedIn != "":
		return "analysed in " + s.AnalysedIn
	}
	return ""
}
