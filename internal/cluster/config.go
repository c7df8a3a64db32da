// Package cluster groups articles into stories as they arrive.
//
// The method is single-pass clustering against story centroids, as in the
// TDT first-story-detection systems (Allan, Papka and Lavrenko, "On-line new
// event detection and tracking", SIGIR 1998), with two additions: stories
// merge when one article links two of them, and candidate stories come from
// an inverted index over the articles' salient terms, so the cost of an
// article does not grow with the number of stories. See docs/clustering.md
// for the thresholds and how they were chosen.
package cluster

import "time"

// Config holds the clustering thresholds. The zero value is not useful;
// start from DefaultConfig.
type Config struct {
	// Assign is the lowest cosine similarity between an article and a
	// story's centroid (tf-idf, names boosted) at which the article joins
	// the story; below it the article opens a new story.
	Assign float64
	// Merge is the lowest similarity between two stories' centroids at which
	// they are folded into one. It is only tested between the story an
	// article joins and the other stories that article also reached
	// Assign with, so merging needs an article that links both.
	Merge float64
	// MergeLink is the lowest similarity between an article and a story
	// for the article to link that story to the one it joined.
	MergeLink float64

	// NameWeight multiplies the weight of a capitalised word that does not
	// start a sentence — a cheap proxy for a named entity — and of the pairs
	// of such words ("Tara Reid"). Two stories of the same kind (two
	// earthquakes, two rehab check-ins) differ mostly in their names.
	NameWeight float64
	// NameRuns makes each run of three or more capitalised words written
	// together ("Democratic National Convention") a term of its own,
	// weighted as a name, besides its words and pairs (entities.go).
	NameRuns bool
	// TitleWeight multiplies the weight of terms in the title.
	TitleWeight float64
	// The first LeadWords words of the text count LeadWeight times more:
	// news states which event it reports in its lead (who, what, where,
	// when), and tells the background the event shares with others of
	// its kind further down.
	LeadWords  int
	LeadWeight float64

	// DocTerms is how many of an article's highest-weighted terms make up
	// its vector; StoryTerms how many a story's centroid keeps. Both bound
	// memory and time per article.
	DocTerms, StoryTerms int
	// IndexTerms of each article's top terms are posted in the inverted
	// index under its story; QueryTerms of a new article's top terms are
	// looked up there; at most Candidates stories (most shared terms first)
	// are scored in full. PostingCap bounds each term's posting list (the
	// most recently posted stories are kept).
	IndexTerms, QueryTerms, Candidates, PostingCap int

	// Window is how far apart in publication time an article and a story
	// may be for the article to join it; HalfLife is the time gap at which
	// the similarity counts half. Both apply only when the article and the
	// story have dates. A story with no article within Window of the newest
	// publication time seen leaves the index, as does one that has not
	// grown in IdleArticles arrivals, so memory stays flat on an endless
	// stream.
	Window, HalfLife time.Duration
	IdleArticles     int64

	// MinDocs is the document count below which inverse document
	// frequencies are computed as if MinDocs articles had been seen, so
	// that the first articles of a stream do not treat every word as rare.
	MinDocs int

	// YearConflict keeps an article out of a story, and two stories from
	// merging, when they disagree on the years they mention — the nearest
	// thing to a date that undated text has (see yearConflict). YearGap is
	// how many years later than anything in a story an article may
	// mention and still join it (a follow-up mentions next year's trial).
	// ConflictAssign is the similarity at or above which an article joins
	// a story all the same, the years being background.
	YearConflict   bool
	YearGap        int
	ConflictAssign float64
	// YearMentions is how many times an article must mention a year for
	// it to date the article; a year named once in passing is weak
	// evidence. A mention in the title or the lead counts twice.
	YearMentions int

	// BurstHalfLife, when positive, weights each term by how much more
	// often it occurs in recent dated articles (counts halved every
	// BurstHalfLife) than overall, from 1 up to BurstMax, once it has
	// been seen in BurstMinDocs recent articles (see burst.go).
	BurstHalfLife time.Duration
	BurstMinDocs  float64
	BurstMax      float64

	// Members is how many of its articles a story keeps a sample of
	// (half the earliest, half the latest); two stories an article links
	// merge only when the mean cosine between their samples, that article
	// left out, is at least MergeMembers (members.go; 0 turns the test
	// off).
	Members      int
	MergeMembers float64

	// Consolidate, when positive, is the average link between two live
	// stories' sampled members at or above which Consolidate merges
	// them, with hindsight (consolidate.go); Evaluate consolidates at
	// the end of the stream.
	Consolidate float64

	// OccasionQuorum, when positive, lets a dated article that no story
	// takes on its words join the most similar story reached at
	// OccasionAssign and dated within OccasionDays of it, of which
	// OccasionQuorum articles are set at one of the article's occasions:
	// a named gathering in the title or lead, or the dateline's place
	// (occasions.go).
	OccasionQuorum int
	OccasionAssign float64
	OccasionDays   int
	// OccasionPlaceBurst is the burst weight (burst.go) a dateline's
	// place must have to be an occasion: a standing dateline (the
	// capital, an outlet's home city) is no gathering.
	OccasionPlaceBurst float64
	// OccasionUndated lets an undated article join an undated story by
	// an occasion too, the years it mentions standing in for the date
	// (occasions.go).
	OccasionUndated bool

	// CrossLanguage links an article to live stories in other languages
	// by what survives translation — numbers with units, resolved days,
	// transliterated names (package signature; crosslang.go): an article
	// no story of its own words takes joins one whose signature ties it
	// to the same event, and Assignment.Related lists the ones it is
	// related to. Off by default: an article's signature needs its full
	// analysis (nlp.AnalyzeIn, some 8 ms for a short article), too slow
	// for ingest's target of 2,000 articles a second on two cores.
	CrossLanguage bool
}

// DefaultConfig returns the thresholds documented in docs/clustering.md.
func DefaultConfig() Config {
	return Config{
		Assign:             0.2,
		Merge:              0.4,
		MergeLink:          0.1,
		NameWeight:         2,
		NameRuns:           true,
		TitleWeight:        2,
		LeadWords:          40,
		LeadWeight:         1,
		DocTerms:           60,
		StoryTerms:         300,
		IndexTerms:         12,
		QueryTerms:         20,
		Candidates:         24,
		PostingCap:         256,
		Window:             14 * 24 * time.Hour,
		HalfLife:           7 * 24 * time.Hour,
		IdleArticles:       200_000,
		MinDocs:            500,
		YearConflict:       true,
		YearGap:            2,
		ConflictAssign:     0.4,
		YearMentions:       2,
		BurstHalfLife:      7 * 24 * time.Hour,
		BurstMinDocs:       2,
		BurstMax:           3,
		Members:            8,
		MergeMembers:       0.15,
		OccasionQuorum:     1,
		OccasionAssign:     0.08,
		OccasionDays:       7,
		OccasionPlaceBurst: 2,
		OccasionUndated:    true,
	}
}
