package brief

import (
	"slices"
	"time"

	"crosscheck/internal/article"
	"crosscheck/internal/nlp"
)

// pageDayRead is the day an article's page gives as its own, as the
// analysis read it (nlp.PageDay for an article of unknown date,
// nlp.LaterPageDay for a dated one), with all it was read from: the
// text and its language (the analysis is DocFunc's, which gives what
// Analyze would of them), the day its relative dates count from (ref),
// the update stamp and the dropped date lines. Each is a function of
// those alone, and read for every article at every build (about 0.05 s
// of each update of the 1,000-article ECB+ story, most of whose articles
// are undated), so Words keeps them by article id from one build of a
// story to the next, and an update reads only the pages new or changed.
type pageDayRead struct {
	later    bool // LaterPageDay's: the article is dated, ref is its date
	text     string
	language string
	ref      time.Time
	stamp    time.Time
	lines    []string
	day      time.Time
	ok       bool
}

// pageDayOf says what the analysis reads of a's page as its own day
// against ref (a's date when it has one, else the story's).
func pageDayOf(a *article.Article, ref time.Time, doc func(ref time.Time) nlp.Doc) (nlp.Doc, pageDayRead) {
	pd := pageDayRead{later: !a.Published.IsZero(), text: a.Text, language: a.Language, ref: ref, stamp: a.Modified, lines: a.DateLines}
	d := doc(ref)
	if pd.later {
		pd.day, pd.ok = nlp.LaterPageDay(&d, ref, a.DateLines)
	} else {
		pd.day, pd.ok = nlp.PageDay(&d, ref, a.Modified, a.DateLines)
	}
	return d, pd
}

// reads says whether pd is what the analysis reads of a's page against
// ref. Times are compared as instants in one location, as the analysis
// reads a date's fields in its location.
func (pd *pageDayRead) reads(a *article.Article, ref time.Time) bool {
	same := func(x, y time.Time) bool { return x.Equal(y) && x.Location() == y.Location() }
	return pd.later == !a.Published.IsZero() && pd.text == a.Text && pd.language == a.Language &&
		same(pd.ref, ref) && same(pd.stamp, a.Modified) && slices.Equal(pd.lines, a.DateLines)
}

// pageDayBytes is about what a kept page day holds besides its text and
// lines: the times, the headers and the map's own room.
const pageDayBytes = 160

// keepPageDays makes reads, this build's page days by article id, the
// ones words keeps (nil: none); those of articles gone go.
func (w *Words) keepPageDays(reads map[int64]pageDayRead) {
	if w == nil {
		return
	}
	w.pageDays, w.pageDayBytes = reads, 0
	for _, pd := range reads {
		w.pageDayBytes += pageDayBytes + len(pd.text)
		for _, l := range pd.lines {
			w.pageDayBytes += len(l)
		}
	}
}

// pageDayKept is the page day words keeps of article a against ref, if
// it is what the analysis would read.
func (w *Words) pageDayKept(a *article.Article, ref time.Time) (pageDayRead, bool) {
	if w == nil {
		return pageDayRead{}, false
	}
	pd, ok := w.pageDays[a.ID]
	if !ok || !pd.reads(a, ref) {
		return pageDayRead{}, false
	}
	// The text and lines of this build's article, equal to those kept:
	// what Words holds of an article is then one copy of its text (the
	// last build's), not one of each build that read it.
	pd.text, pd.lines = a.Text, a.DateLines
	return pd, true
}
