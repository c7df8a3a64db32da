package brief

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// analysis is what a briefing is assembled from: each article's sentences,
// quotes, attributions and resolved dates, and the claims and conflicts
// across articles, with entity references already turned into names. It
// is plain data, so that the seed goldens can pin it in testdata and test
// the assembly apart from the stages that produce it.
type analysis struct {
	Articles  []articleAnalysis `json:"articles"`
	Claims    []align.Claim     `json:"claims"`
	Conflicts []align.Conflict  `json:"conflicts"`
}

// articleAnalysis is one article's analysis, indexes as in the article's
// sentences.
type articleAnalysis struct {
	Sentences []string `json:"sentences"`
	// Paragraphs holds each sentence's paragraph (block of text between
	// line breaks), counted from zero.
	Paragraphs []int `json:"paragraphs"`
	// Credits are the sentences that only credit sources or staff ("Read
	// more at …", "(Reporting by …)"): who-cites-whom shows them, the
	// summary does not.
	Credits []int `json:"credits,omitempty"`
	// Cut is the text's last sentence when the text stops inside it
	// (nlp.Sentence.Cut): it says nothing whole, and is never picked.
	Cut          []int         `json:"cut,omitempty"`
	Quotes       []quoteFound  `json:"quotes"`
	Attributions []attribution `json:"attributions"`
	Times        []timeFound   `json:"times"`
	// Language is the lexicon the article was analysed with, when that
	// is not English: the language, and whether English stood in for
	// one without a lexicon. Empty for English read as English.
	Language string `json:"language,omitempty"`
	// Fallback is the article's declared language ("und" when none was
	// known) when English's lexicon stood in for one it lacks.
	Fallback string `json:"language_fallback,omitempty"`
}

// quoteFound is a quote with its speaker named as the story entity it
// resolves to, so that "Kirby" and "John Kirby" meet.
type quoteFound struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Cue     string `json:"cue"`
	// Kind is nlp.QuoteDirect or nlp.QuoteReported.
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
	// SpeakerUncertain says why the speaker is not asserted, if so;
	// SpeakerEvidence is what the speaker rests on.
	SpeakerUncertain string               `json:"speaker_uncertain,omitempty"`
	SpeakerEvidence  *nlp.SpeakerEvidence `json:"speaker_evidence,omitempty"`
}

// attribution is a cited source, named as its story entity when it has
// one, and whom the source got it from.
type attribution struct {
	Cited    string `json:"cited"`
	Via      string `json:"via"`
	Sentence int    `json:"sentence"`
}

// timeFound is a time expression resolved to the interval [Start, End),
// an open interval (Open: only Start, or only End, is set), or not
// resolved, with the reason (Unresolved: Start and End are zero).
type timeFound struct {
	Text        string    `json:"text"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	Granularity string    `json:"granularity"`
	Sentence    int       `json:"sentence"`
	Open        string    `json:"open,omitempty"`
	Unresolved  string    `json:"unresolved,omitempty"`
	// Basis says where the date an undated article's expression was
	// counted from came from, when its own words gave it
	// (nlp.InferPageReference): "year from the title (…)".
	Basis string `json:"basis,omitempty"`
}

// unknownDate is why an article's relative dates are left unresolved.
const unknownDate = "the article's publication date is not known"

// timeOf turns an expression of an article into what the timeline shows.
// The analysis resolves an article of unknown date against the story's
// date, which serves alignment; the timeline does not guess: what counts
// from the article's own date stays unresolved, with the reason.
func timeOf(t nlp.TimeExpr, published time.Time) (timeFound, bool) {
	// A pattern ("generally starts in late October") or "today" as
	// nowadays dates nothing: it is no entry of the timeline.
	if t.Unresolved == nlp.UnresolvedGeneric {
		return timeFound{}, false
	}
	f := timeFound{Text: t.Text, Start: t.Start, End: t.End, Granularity: t.Granularity, Sentence: t.Sentence, Open: t.Open, Unresolved: t.Unresolved}
	if published.IsZero() && (t.Relative || t.RefYear) {
		f.Start, f.End, f.Open, f.Unresolved = time.Time{}, time.Time{}, "", unknownDate
	}
	switch {
	case f.Unresolved != "":
		return f, true
	case f.Open != "":
		return f, !f.Start.IsZero() || !f.End.IsZero()
	}
	return f, t.Resolved && !t.Start.IsZero()
}

// analyze runs the per-article analysis, resolving relative dates against
// each article's publication date or, when unknown, the day its own text
// gives (nlp.PageDay) or else the story's, and then aligns the articles. Articles are independent, so they are analysed on
// all cores.
func (s *state) analyze(ctx context.Context) (analysis, error) {
	docs := make([]nlp.Doc, len(s.arts))
	// pageDays are the days undated articles' own text gives
	// (nlp.PageDay), or a later one than a dated article's
	// (nlp.LaterPageDay): their relative days count from it.
	pageDays := make([]time.Time, len(s.arts))
	// What each page gives as its own day, taken as the last build read
	// it when read from the same (pageday_kept.go); read on the
	// goroutines below, each article's into its own place.
	reads := make([]pageDayRead, len(s.arts))
	// pageRefs are the dates undated articles give themselves by their
	// title, dateline or text when PageDay finds none
	// (nlp.InferPageReference); yearDocs the analyses against a day of
	// the year such a date gives when it gives only the year.
	pageRefs := make([]nlp.PageReference, len(s.arts))
	yearDocs := make([]*nlp.Doc, len(s.arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(s.arts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := &s.arts[i]
				ref := a.Published
				if ref.IsZero() {
					ref = s.b.Date
				}
				pd, kept := s.words.pageDayKept(a, ref)
				switch {
				case !kept:
					docs[i], pd = pageDayOf(a, ref, func(ref time.Time) nlp.Doc { return s.doc(*a, ref) })
				case !pd.ok:
					docs[i] = s.doc(*a, ref)
				}
				reads[i] = pd
				if pd.ok {
					docs[i], pageDays[i] = s.doc(*a, pd.day), pd.day
				} else if a.Published.IsZero() {
					if r, ok := nlp.InferPageReference(a.Title, &docs[i], ref); ok {
						pageRefs[i] = r
						if r.Granularity == nlp.GranDay {
							docs[i], pageDays[i] = s.doc(*a, r.Day), r.Day
						} else {
							dy := s.doc(*a, r.Day)
							yearDocs[i] = &dy
						}
					}
				}
			}
		}()
	}
	for i := range s.arts {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return analysis{}, err
	}
	if s.words != nil {
		byID := make(map[int64]pageDayRead, len(reads))
		for i, a := range s.arts {
			byID[a.ID] = reads[i]
		}
		s.words.keepPageDays(byID)
	}

	s.readLanguages(docs)
	inputs := make([]align.Input, len(s.arts))
	for i, a := range s.arts {
		inputs[i] = align.Input{ArticleID: a.ID, Outlet: s.outlet[i], Published: a.Published, Text: a.Text, Doc: docs[i]}
		if r := s.root(i); r != i {
			inputs[i].DuplicateOf = s.arts[r].ID
		}
	}
	res, kept := align.AlignKept(inputs, align.Options{}, s.kept)
	s.kept = kept

	an := analysis{Claims: res.Claims, Conflicts: res.Conflicts, Articles: make([]articleAnalysis, len(docs))}
	name := func(doc, entity int, written string) string {
		if e := res.Entities.Lookup(doc, entity); e >= 0 && !roleNamedElsewhere(&docs[doc], doc, entity, res.Entities.Entities[e]) {
			// "Read more at The Coastal Times": an outlet's "The" is
			// part of its name, though the entity finder leaves it out.
			n, w := res.Entities.Entities[e].Name, strings.TrimSpace(written)
			if w == "The "+n {
				return w
			}
			// "NASA said" is the agency's word even where the story
			// linked the acronym to a person titled by it ("NASA
			// Administrator Bill Nelson"); an acronym that is the
			// title itself ("DGP D Gautam Sawang") stays the person's.
			if acronym(w) && res.Entities.Entities[e].Kind == nlp.KindPerson && titledByAcronym(n, w) {
				return w
			}
			return n
		}
		return strings.TrimSpace(written)
	}
	for i, d := range docs {
		aa := articleAnalysis{Sentences: make([]string, len(d.Sentences)), Paragraphs: make([]int, len(d.Sentences))}
		for k, sent := range d.Sentences {
			aa.Sentences[k] = sent.Text
			aa.Paragraphs[k] = sent.Paragraph
			if sent.Credit {
				aa.Credits = append(aa.Credits, k)
			}
			if sent.Cut {
				aa.Cut = append(aa.Cut, k)
			}
		}
		for _, q := range d.Quotes {
			// The cue names whom it was told to: "told the NY Times".
			cue := strings.TrimSpace(q.Cue + " " + q.Listener)
			aa.Quotes = append(aa.Quotes, quoteFound{Speaker: name(i, q.SpeakerEntity, q.Speaker), Text: q.Text, Cue: cue, Kind: q.Kind, Sentence: q.Sentence,
				SpeakerUncertain: q.SpeakerUncertain, SpeakerEvidence: q.SpeakerEvidence})
		}
		for _, at := range d.Attributions {
			aa.Attributions = append(aa.Attributions, attribution{Cited: name(i, at.CitedEntity, at.Cited), Via: strings.TrimSpace(at.Via), Sentence: at.Sentence})
		}
		published := s.arts[i].Published
		if !pageDays[i].IsZero() {
			published = pageDays[i]
		}
		times := d.Times
		if published.IsZero() {
			// An article of unknown date still dates its yearless days
			// by the year its own full dates fix or write with the
			// same day and month. A day written with its weekday
			// ("Wednesday, Oct. 22") takes no year from the weekday
			// near the story's day: that day is other pages', and the
			// text gives no year.
			times = nlp.TextYearDays(times)
			times = nlp.SameDayYearDays(times, s.b.Date)
		}
		var byYear []bool
		if yearDocs[i] != nil {
			times, byYear = nlp.YearReferenceTimes(&nlp.Doc{Text: d.Text, Times: times}, yearDocs[i])
		}
		for k, t := range times {
			switch {
			case k < len(byYear) && byYear[k]:
				if f, ok := timeOf(t, pageRefs[i].Day); ok {
					f.Basis = pageRefs[i].Evidence
					aa.Times = append(aa.Times, f)
				}
				continue
			case pageRefs[i].Granularity == nlp.GranDay && (t.Relative || t.RefYear) && ownMonth(t, published):
				// "In January" told on 2 January: this January or the
				// last, which a date the page gave itself does not tell.
				t.Relative = true
				if f, ok := timeOf(t, time.Time{}); ok {
					aa.Times = append(aa.Times, f)
				}
				continue
			}
			if f, ok := timeOf(t, published); ok {
				if pageRefs[i].Granularity == nlp.GranDay && (t.Relative || t.RefYear) && f.Unresolved == "" {
					f.Basis = pageRefs[i].Evidence
				}
				aa.Times = append(aa.Times, f)
			}
		}
		aa.Language, aa.Fallback = languageOf(d.Language)
		an.Articles[i] = aa
	}
	return an, nil
}

// ownMonth reports whether t is a month written without its year that is
// the month of day.
func ownMonth(t nlp.TimeExpr, day time.Time) bool {
	return t.RefYear && t.Granularity == nlp.GranMonth && !t.Start.IsZero() && t.Start.Month() == day.Month()
}

// languageOf is what a briefing says of the lexicon an article was
// analysed with: nothing for English read as English; the language's
// code otherwise, with the declared language when English stood in.
func languageOf(l nlp.Language) (code, fallback string) {
	switch {
	case l.Fallback && l.Declared == "":
		return l.Code, "und"
	case l.Fallback:
		return l.Code, l.Declared
	case l.Code == "en" || l.Code == "":
		return "", ""
	}
	return l.Code, ""
}

// acronym reports whether w is one word of capitals only ("NASA", "DW").
func acronym(w string) bool {
	if len(w) < 2 || strings.ContainsAny(w, " ") {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// personTitles are the English titles before a person's name ("Administrator"
// is not one of them, "Director" is).
var personTitles = lang.English().Set(lang.PersonTitles)

// agentSuffixes end nouns for people by what they do ("administrator").
var agentSuffixes = lang.English().Set(lang.AgentSuffixes)

// titledByAcronym reports whether the person's name n opens with the
// acronym w qualifying a title ("NASA Administrator Bill Nelson", "FBI
// Director Kash Patel"): then the acronym alone names the body.
func titledByAcronym(n, w string) bool {
	words := strings.Fields(n)
	if len(words) < 3 || words[0] != w {
		return false
	}
	second := strings.ToLower(words[1])
	if personTitles[second] {
		return true
	}
	for suf := range agentSuffixes { // "Administrator", "Commissioner"
		if len(second) > len(suf)+2 && strings.HasSuffix(second, suf) {
			return true
		}
	}
	return false
}
