// Package nlp analyses one article's text: sentences, named entities and
// their aliases, direct and indirect quotes with their speakers, attribution
// chains ("South Korean media, citing government sources"), quantities with
// normalised units, and time expressions resolved against the article's
// publication date.
//
// Everything is rules and a small gazetteer embedded in the binary; nothing
// is downloaded at run time. Analyze runs in time roughly linear in the
// length of the text.
//
// Offsets are byte offsets into the text given to Analyze. Indexes
// (Sentence, SpeakerEntity, …) refer to the slices of the same Doc; -1 means
// "none".
//
// LinkEntities merges the entities of several articles of one story, so that
// "Kim Jong Un", "Kim Jong-un", "Kim", "KJU" and "the North Korean leader"
// become one story entity.
package nlp

import "time"

// Span is a byte range [Start, End) of the analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Doc is the analysis of one article.
type Doc struct {
	// Text is the analysed text; every Span and offset points into it.
	Text         string        `json:"-"`
	Sentences    []Sentence    `json:"sentences"`
	Entities     []Entity      `json:"entities,omitempty"`
	Quotes       []Quote       `json:"quotes,omitempty"`
	Attributions []Attribution `json:"attributions,omitempty"`
	Quantities   []Quantity    `json:"quantities,omitempty"`
	Times        []TimeExpr    `json:"times,omitempty"`
	// Language is the lexicon AnalyzeIn read the text with; zero after
	// Analyze, which reads English.
	Language Language `json:"language,omitzero"`
}

// Sentence is one sentence of the text.
type Sentence struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	// Start and End are byte offsets of the sentence in the article text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Paragraph is the index of the paragraph (block of text between blank
	// lines or line breaks) the sentence is in.
	Paragraph int `json:"paragraph"`
	// Credit marks a sentence that only credits sources or staff
	// ("Source: The New York Times", "(Reporting by …; Editing by …)"),
	// or is a note to editors or readers ("Eds: Updates with details.",
	// "6th graf prv", a live blog's "8:20 a.m.", "(AP Photo/…)"): not a
	// claim about the story.
	Credit bool `json:"credit,omitempty"`
	// Cut marks the text's last sentence when it stops short, as a
	// truncated page, teaser or excerpt does ("…he thought he would not
	// bear livi"): what it would have said is not known, so it states
	// no claim and reports no one's words.
	Cut bool `json:"cut,omitempty"`
}

// Entity kinds.
const (
	KindPerson = "person"
	KindOrg    = "org"
	KindPlace  = "place"
	KindEvent  = "event"
	KindOther  = "other"
)

// Entity is a person, organisation, place or event named in the article,
// with every mention of it (full name, surname, initials, role description).
type Entity struct {
	// ID is the entity's index in Doc.Entities.
	ID int `json:"id"`
	// Name is the canonical name: the longest full form seen, or the
	// gazetteer's name ("Kim Jong Un" for "Kim Jong-un").
	Name string `json:"name"`
	// Kind is one of KindPerson, KindOrg, KindPlace, KindEvent, KindOther.
	Kind string `json:"kind"`
	// KindGuessed marks a kind taken for want of evidence (an unknown
	// name of two to four words is taken for a person's), which another
	// article's evidence may override.
	KindGuessed bool `json:"kind_guessed,omitempty"`
	// Country is the country a place lies in (a country's own name for a
	// country), when the gazetteer knows it.
	Country string `json:"country,omitempty"`
	// Aliases are the other surface forms used for the entity in the text.
	Aliases []string `json:"aliases,omitempty"`
	// Roles are the role descriptions tied to the entity ("Kremlin
	// spokesman", "Russian president"), lower case, without articles.
	Roles    []string `json:"roles,omitempty"`
	Mentions []Span   `json:"mentions"`
	// Descriptive marks an entity known in this article only by a role
	// description ("the Kremlin boss"); LinkEntities ties it to the story
	// entity holding that role.
	Descriptive bool `json:"descriptive,omitempty"`
}

// Quote kinds.
const (
	// QuoteDirect is a direct quote: exactly the words between the
	// source's quotation marks, never its narration or attribution.
	QuoteDirect = "direct"
	// QuoteReported is reported speech: the source's own wording of what
	// someone said ("X said that …", "according to X, …"), which may hold
	// a partial quotation but is not verbatim as a whole.
	QuoteReported = "reported"
)

// Quote is something a speaker said, directly (in quotation marks) or
// indirectly ("X said that …", "according to X").
type Quote struct {
	// Text is the quoted words without the quotation marks; for a quote
	// split around its cue ("…," he said, "…") the parts joined by a space.
	Text string `json:"text"`
	// Speaker is the speaker as named in the text, or the resolved
	// entity's name when the text only says "he" or "she".
	Speaker string `json:"speaker,omitempty"`
	// SpeakerEntity is the speaker's index in Doc.Entities, -1 if unknown.
	SpeakerEntity int `json:"speaker_entity"`
	// Cue is the reporting verb or phrase: "said", "told", "according to".
	Cue string `json:"cue,omitempty"`
	// Listener is whom it was said to, as written: "the NY Times" in
	// "sources told the NY Times that …".
	Listener string `json:"listener,omitempty"`
	// Kind is QuoteDirect or QuoteReported; Direct is Kind == QuoteDirect.
	Kind   string `json:"kind"`
	Direct bool   `json:"direct"`
	// Parts are the byte ranges of a direct quote's words, without the
	// quotation marks: one per paragraph it runs over and per piece of a
	// quote split around its attribution. Empty for reported speech.
	Parts []Span `json:"parts,omitempty"`
	// Sentence is the index of the sentence where the quote starts.
	Sentence int  `json:"sentence"`
	Span     Span `json:"span"`
	// SpeakerEvidence is how the speaker was reached (nil without one).
	SpeakerEvidence *SpeakerEvidence `json:"speaker_evidence,omitempty"`
	// SpeakerUncertain says, in plain words, why the speaker is not
	// asserted ("speaker read from “he”, named two sentences earlier");
	// empty when the speaker is confident or there is none.
	SpeakerUncertain string `json:"speaker_uncertain,omitempty"`
}

// Attribution kinds.
const (
	AttrAccordingTo = "according-to" // "according to the New York Times"
	AttrCiting      = "citing"       // "South Korean media, citing government sources"
	AttrSourceLine  = "source-line"  // "Source: The New York Times"
	AttrContributed = "contributed"  // "Reuters and AP contributed to this report"
	AttrReadMore    = "read-more"    // "Read more at The Daily Beast"
	AttrToldBy      = "told"         // "sources told the NY Times", "the NYT's sources said"
)

// Attribution is one link of who-got-what-from-whom: the article (or a
// source it cites) cites Cited, which in turn got it Via someone.
type Attribution struct {
	// Cited is the outlet, organisation or group cited, as written.
	Cited string `json:"cited"`
	// CitedEntity is Cited's index in Doc.Entities, -1 if none.
	CitedEntity int `json:"cited_entity"`
	// Via is who Cited got it from ("government sources"), if stated.
	Via      string `json:"via,omitempty"`
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
	Span     Span   `json:"span"`
}

// Quantity qualifiers.
const (
	QualExact    = ""
	QualAbout    = "about"     // about, around, roughly, some, nearly, almost
	QualLessThan = "less-than" // less than, under, up to, fewer than
	QualMoreThan = "more-than" // more than, over, at least
)

// Quantity is a number with its unit, normalised: distances in km (miles
// and nautical miles converted), speeds in km/h (mph, knots), temperatures
// in °C (°F), masses in t or kg (short and long tons converted), volumes in
// l (gallons, barrels), areas in km² (acres, hectares), calibres in mm,
// money in its currency code, counts of people in "people" and other counts
// in the counted noun ("shells"), ordinals that count occurrences in
// "ordinal NOUN" ("the fourth grounding"), durations in hours or months as
// written. Numbers may be written in words ("twenty-two", "a dozen",
// "dozens" as at least 24).
type Quantity struct {
	Text string `json:"text"`
	// Value is the number in Unit; ValueMax equals Value unless the text
	// gives a range ("10 to 13").
	Value    float64 `json:"value"`
	ValueMax float64 `json:"value_max"`
	Unit     string  `json:"unit"`
	// Qualifier is one of the Qual constants.
	Qualifier string `json:"qualifier,omitempty"`
	// Step is the precision of the number as written, in Unit: 1 km for
	// "129 km", 1.609 km for "75 miles", 0.1 for "5.6", 1000 miles in km
	// for "4,000 miles" (a round number). 0 when the text gives a range
	// of its own ("thousands").
	Step float64 `json:"step,omitempty"`
	// Noun is what a count counts as written, lower case ("sailors",
	// "crew members", "injured"), when Unit is a count: "people" for
	// every word for people, so that "two sailors" and "three crew
	// members" can be compared, else the noun itself ("tugs").
	Noun     string `json:"noun,omitempty"`
	Sentence int    `json:"sentence"`
	Span     Span   `json:"span"`
}

// Time granularities.
const (
	GranDay   = "day"
	GranWeek  = "week"
	GranMonth = "month"
	GranYear  = "year"
	GranRange = "range"
	GranPart  = "part-of-day" // "Sunday night"
)

// TimeExpr is a time expression resolved to an interval [Start, End) in the
// article's time zone. Resolved is false when the reference date was unknown
// (zero) and the expression is relative ("Monday", "last month"); Start and
// End are then zero and Unresolved says why. Resolved is false too for an
// open interval (Open set: "since 1995", "before Tuesday"), which has only
// one of Start and End.
type TimeExpr struct {
	Text  string    `json:"text"`
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	// Granularity is the precision of the expression as written: one of
	// the Gran constants.
	Granularity string `json:"granularity"`
	// Weekday is set (1-7, Monday=1) when the text names a day of the week,
	// so that "Monday" and "Sunday night" can be compared even when the
	// reference date is unknown; 0 otherwise.
	Weekday int `json:"weekday,omitempty"`
	// PartOfDay is "morning", "afternoon", "evening" or "night" if stated.
	PartOfDay string `json:"part_of_day,omitempty"`
	Sentence  int    `json:"sentence"`
	Resolved  bool   `json:"resolved"`
	Span      Span   `json:"span"`
	// Dateline marks a date in the article's dateline ("PORT ARDLOW,
	// March 10 (Northwire) -"): when it was written, not when anything
	// happened.
	Dateline bool `json:"dateline,omitempty"`
	// Relative marks an expression resolved by counting from the
	// reference date ("Tuesday", "next week", "yesterday"): when that
	// date was only the story's, borrowed for an article of unknown
	// date, its Start and End are a guess.
	Relative bool `json:"relative,omitempty"`
	// RefYear marks a day or month written without its year ("on
	// March 3", "in July"), whose year was taken from the reference
	// date: a guess, like Relative, when that date was borrowed.
	RefYear bool `json:"ref_year,omitempty"`
	// Open is OpenAfter for an interval from Start on without an end
	// ("since 1995": Start 1995-01-01; "after 1995": Start 1996-01-01),
	// OpenBefore for one up to End without a start ("before 1995": End
	// 1995-01-01; "until Tuesday": End the Wednesday); "" for a closed
	// interval. The bound word is part of Text.
	Open string `json:"open,omitempty"`
	// Unresolved says why a closed expression has no Start and End
	// (UnresolvedNoDate, UnresolvedNoYear, UnresolvedGeneric); "" when
	// resolved.
	Unresolved string `json:"unresolved,omitempty"`
}

// SentenceAt returns the index of the sentence containing byte offset off
// (or, between sentences, the one before it); -1 before the first sentence.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].Start <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}
