package align

import (
	"encoding/binary"
	"math"
	"time"

	"crosscheck/internal/nlp"
)

// analysisSum is a 64-bit sum (FNV-1a) of every field of an analysis:
// what a result kept per claim (stated_kept.go) may have read of an
// article, which is more than docSum's share (quotes and their
// speakers, times as resolved, a quantity's step and qualifier, which
// entities are descriptions). TestAnalysisSumFields holds it to the
// fields nlp.Doc has: a field added there must be summed here.
func analysisSum(d *nlp.Doc) uint64 {
	w := newSumWriter()
	w.str(d.Text)
	w.str(d.Language.Code)
	w.str(d.Language.Declared)
	w.flag(d.Language.Fallback)
	w.num(len(d.Sentences))
	for _, s := range d.Sentences {
		w.num(s.Index)
		w.str(s.Text)
		w.num(s.Start)
		w.num(s.End)
		w.num(s.Paragraph)
		w.flag(s.Credit)
		w.flag(s.Cut)
	}
	w.num(len(d.Entities))
	for _, e := range d.Entities {
		w.num(e.ID)
		w.entity(e.Name, e.Kind, e.KindGuessed, e.Country, e.Aliases, e.Roles)
		w.num(len(e.Mentions))
		for _, m := range e.Mentions {
			w.span(m)
		}
		w.flag(e.Descriptive)
	}
	w.num(len(d.Quotes))
	for _, q := range d.Quotes {
		w.str(q.Text)
		w.str(q.Speaker)
		w.num(q.SpeakerEntity)
		w.str(q.Cue)
		w.str(q.Listener)
		w.str(q.Kind)
		w.flag(q.Direct)
		w.num(len(q.Parts))
		for _, p := range q.Parts {
			w.span(p)
		}
		w.num(q.Sentence)
		w.span(q.Span)
		w.str(q.SpeakerUncertain)
		w.flag(q.SpeakerEvidence != nil)
		if ev := q.SpeakerEvidence; ev != nil {
			w.str(ev.Path)
			w.str(ev.Word)
			w.num(ev.Back)
			w.flag(ev.SameParagraph)
			w.num(ev.Others)
			w.num(ev.Between)
			w.str(ev.Kind)
			w.num(ev.Words)
			w.flag(ev.Cue)
			w.flag(ev.NextToCue)
			w.flag(ev.Evident)
			w.str(ev.Head)
			w.str(ev.CueSubject)
			w.str(ev.OtherSubject)
			w.flag(ev.Dateline)
		}
	}
	w.num(len(d.Attributions))
	for _, a := range d.Attributions {
		w.str(a.Cited)
		w.num(a.CitedEntity)
		w.str(a.Via)
		w.str(a.Kind)
		w.num(a.Sentence)
		w.span(a.Span)
	}
	w.num(len(d.Quantities))
	for _, q := range d.Quantities {
		w.str(q.Text)
		w.float(q.Value)
		w.float(q.ValueMax)
		w.str(q.Unit)
		w.str(q.Qualifier)
		w.float(q.Step)
		w.str(q.Noun)
		w.num(q.Sentence)
		w.span(q.Span)
	}
	w.num(len(d.Times))
	for _, t := range d.Times {
		w.str(t.Text)
		w.time(t.Start)
		w.time(t.End)
		w.str(t.Granularity)
		w.num(t.Weekday)
		w.str(t.PartOfDay)
		w.num(t.Sentence)
		w.flag(t.Resolved)
		w.span(t.Span)
		w.flag(t.Dateline)
		w.flag(t.Relative)
		w.flag(t.RefYear)
		w.str(t.Open)
		w.str(t.Unresolved)
	}
	return w.sum()
}

// analysisSums are the analysisSum of each of an alignment's documents,
// each made when first asked: the kept checks of claims and the kept
// values of articles read the same sums.
type analysisSums struct {
	docs []nlp.Doc
	sums []uint64
	made []bool
}

func newAnalysisSums(docs []nlp.Doc) *analysisSums {
	return &analysisSums{docs: docs, sums: make([]uint64, len(docs)), made: make([]bool, len(docs))}
}

// of is analysisSum of document i.
func (a *analysisSums) of(i int) uint64 {
	if !a.made[i] {
		a.sums[i], a.made[i] = analysisSum(&a.docs[i]), true
	}
	return a.sums[i]
}

// sumWriter feeds numbers, strings and times to a 64-bit FNV-1a sum,
// each string after its length so that no two sequences of fields are
// written alike. It is the sum of hash/fnv's New64a, kept in a word so
// that the many small sums of stated_kept.go allocate nothing.
type sumWriter struct{ h uint64 }

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

func newSumWriter() *sumWriter { return &sumWriter{h: fnvOffset64} }

func (w *sumWriter) sum() uint64 { return w.h }

func (w *sumWriter) add(b byte) { w.h = (w.h ^ uint64(b)) * fnvPrime64 }

func (w *sumWriter) num(v int) { w.i64(int64(v)) }

func (w *sumWriter) i64(v int64) {
	var b [binary.MaxVarintLen64]byte
	for _, c := range b[:binary.PutVarint(b[:], v)] {
		w.add(c)
	}
}

func (w *sumWriter) u64(v uint64) {
	for range 8 {
		w.add(byte(v))
		v >>= 8
	}
}

func (w *sumWriter) float(f float64) { w.u64(math.Float64bits(f)) }

func (w *sumWriter) flag(b bool) { w.num(boolInt(b)) }

func (w *sumWriter) span(sp nlp.Span) { w.num(sp.Start); w.num(sp.End) }

func (w *sumWriter) str(s string) {
	w.num(len(s))
	h := w.h
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime64
	}
	w.h = h
}

func (w *sumWriter) strs(ss []string) {
	w.num(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}

// entity writes what an entity is called and what it is, the fields an
// article's entity (nlp.Entity) and a story's (nlp.StoryEntity) share:
// one writer for both, so that the sums of the two read them alike.
func (w *sumWriter) entity(name, kind string, kindGuessed bool, country string, aliases, roles []string) {
	w.str(name)
	w.str(kind)
	w.flag(kindGuessed)
	w.str(country)
	w.strs(aliases)
	w.strs(roles)
}

// time writes an instant and its zone's offset and name: the code reads
// times by instant, by calendar day and by how they print.
func (w *sumWriter) time(t time.Time) {
	name, offset := t.Zone()
	w.flag(t.IsZero())
	w.i64(t.Unix())
	w.num(t.Nanosecond())
	w.num(offset)
	w.str(name)
}
