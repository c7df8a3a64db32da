package nlp

import "sort"

// MentionRef is one entity mention: its span and the entity's index in
// Doc.Entities.
type MentionRef struct {
	Span
	Entity int
}

// Index is a Doc with its entity mentions sorted by position, so that
// finding the entity at an offset takes logarithmic time; that keeps the
// analysis of long texts near linear. Build it after the entities are set.
type Index struct {
	*Doc
	refs []MentionRef
	// quoted holds the spans of the text's quotations, in order, when
	// known: a name inside a quotation is the quoted speaker's word, not
	// the narrator's, and no antecedent of the narration's "he".
	quoted []Span
	// antecedents holds the person each "he" or "she" resolved so far
	// stands for, by the pronoun's offset (-1: none).
	antecedents map[int]int
}

// NewIndex indexes the entity mentions of d.
func NewIndex(d *Doc) *Index {
	var refs []MentionRef
	for ei, e := range d.Entities {
		for _, m := range e.Mentions {
			refs = append(refs, MentionRef{m, ei})
		}
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].Start < refs[j].Start })
	return &Index{Doc: d, refs: refs}
}

func (d *Index) mentionIndex() []MentionRef { return d.refs }

// MentionsIn returns the mentions lying inside [start, end), in order.
func (d *Index) MentionsIn(start, end int) []MentionRef {
	idx := d.mentionIndex()
	lo := sort.Search(len(idx), func(i int) bool { return idx[i].Start >= start })
	hi := lo
	for hi < len(idx) && idx[hi].Start < end {
		hi++
	}
	var out []MentionRef
	for _, m := range idx[lo:hi] {
		if m.End <= end {
			out = append(out, m)
		}
	}
	return out
}

// EntityAt returns the index in d.Entities of the entity with a mention
// covering byte offset off, or -1.
func (d *Index) EntityAt(off int) int {
	idx := d.mentionIndex()
	i := sort.Search(len(idx), func(i int) bool { return idx[i].Start > off })
	// Mentions do not nest deeply: look back a few for one covering off.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if idx[k].Start <= off && off < idx[k].End {
			return idx[k].Entity
		}
	}
	return -1
}

// lookBack bounds how many mentions a backwards search visits, so that a
// text without persons does not make every lookup scan all of it.
const lookBack = 400

// lastPersonBefore returns the person entity mentioned last before off.
func (d *Index) lastPersonBefore(off int) int {
	idx := d.mentionIndex()
	i := sort.Search(len(idx), func(i int) bool { return idx[i].Start >= off })
	for k := i - 1; k >= 0 && k >= i-lookBack; k-- {
		if idx[k].End <= off && d.Entities[idx[k].Entity].Kind == KindPerson && !d.inQuote(idx[k].Start) {
			return idx[k].Entity
		}
	}
	return -1
}

// firstPersonIn returns the person entity, not a mere description,
// mentioned first in [start, end) outside quotations.
func (d *Index) firstPersonIn(start, end int) int {
	for _, m := range d.MentionsIn(start, end) {
		if e := d.Entities[m.Entity]; e.Kind == KindPerson && !e.Descriptive && !d.inQuote(m.Start) {
			return m.Entity
		}
	}
	return -1
}

// entityIn returns the entity with the first mention inside [start, end),
// or -1.
func (d *Index) entityIn(start, end int) int {
	if ms := d.MentionsIn(start, end); len(ms) > 0 {
		return ms[0].Entity
	}
	return -1
}

// inQuote reports whether off lies inside one of d's quotations.
func (d *Index) inQuote(off int) bool {
	i := sort.Search(len(d.quoted), func(i int) bool { return d.quoted[i].End > off })
	return i < len(d.quoted) && d.quoted[i].Start <= off
}
