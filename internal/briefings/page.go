package briefings

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"crosscheck/internal/brief"
	"crosscheck/internal/storage"
)

// PageItems is how many items of each list of a briefing its first page
// holds: facts of each kind, conflicts of each kind, speakers, timeline
// entries, citations, outlets, rows of the fact × outlet matrix. A
// reader of a story of a thousand articles is shown the first of each
// and asks for the rest; no one reads five thousand facts on one page.
const PageItems = 50

// ItemRefs is how many of an item's own list the first page keeps: a
// fact's references, a speaker's quotes, an outlet's articles. Ten
// citation chips say who reports a fact; the rest are on the whole page.
// (At 50 of each, a 1,000-article story's first page was 862 kB.)
const ItemRefs = 10

// pageFormat names the layout and the cuts of a stored page: a page
// stored under another is made again from the whole briefing.
const pageFormat = 2

// RelatedNames is how many names of a story's people and places its page
// keeps for finding related stories (cluster.Names).
const RelatedNames = 8

// Page is the first page of a briefing: the briefing with every list cut
// to its first PageItems items, how long each list is, the first rows of
// the fact × outlet matrix (made from the whole briefing, so that a row
// marks the odd one out among all outlets) and the names the story is
// about. It is stored beside the whole briefing, so that a story page
// reads and decodes kilobytes whatever the story's size.
type Page struct {
	Format   int            `json:"format"`
	Briefing brief.Briefing `json:"briefing"`
	Totals   Totals         `json:"totals"`
	Matrix   brief.Matrix   `json:"-"` // stored as compactMatrix
	Names    []string       `json:"names"`
	// All marks a page that holds the whole briefing (Whole).
	All bool `json:"all,omitempty"`

	// Fragment is the page as a renderer stored it (PutFragment), and
	// FragmentKey that renderer's version; empty when none is stored.
	// They are stored beside the page, not in it.
	Fragment    []byte `json:"-"`
	FragmentKey string `json:"-"`
	// version and revision are those of the stored briefing the page was
	// read from, for PutFragment.
	version  string
	revision int64
}

// Totals are the lengths of a briefing's lists, before the cut.
type Totals struct {
	Summary   int `json:"summary"`
	Agreed    int `json:"agreed"`
	Partial   int `json:"partial"`
	Single    int `json:"single"`
	Conflicts int `json:"conflicts"`
	Uncertain int `json:"uncertain_conflicts"`
	Updates   int `json:"updates"`
	Quotes    int `json:"quotes"`
	Citations int `json:"citations"`
	Timeline  int `json:"timeline"`
	Outlets   int `json:"outlets"`
	// Matrix is the number of rows of the whole matrix: every fact.
	Matrix int `json:"matrix"`
	// ItemsCut says that some item kept on the page lost part of a list
	// of its own: references, a speaker's quotes, an outlet's articles.
	ItemsCut bool `json:"items_cut"`
}

// Cut says whether any list of the page is shorter than the briefing's.
func (p *Page) Cut() bool {
	if p.All {
		return false
	}
	b, t := &p.Briefing, p.Totals
	if len(b.Summary) < t.Summary || len(b.Agreed) < t.Agreed || len(b.Partial) < t.Partial || len(b.Single) < t.Single ||
		len(b.Conflicts) < t.Conflicts || len(b.Uncertain) < t.Uncertain || len(b.Updates) < t.Updates ||
		len(b.Quotes) < t.Quotes || len(b.Citations) < t.Citations || len(b.Timeline) < t.Timeline ||
		len(b.Outlets) < t.Outlets || len(p.Matrix.Rows) < t.Matrix {
		return true
	}
	return t.ItemsCut
}

// PageOf makes the first page of b, with names as the story's names.
// b is not changed.
func PageOf(b *brief.Briefing, names []string) *Page {
	return pageOf(b, names, PageItems)
}

// Whole is a page of all of b, for a reader who asked for all of it.
func Whole(b *brief.Briefing, names []string) *Page {
	p := pageOf(b, names, -1)
	p.All = true
	return p
}

// pageOf is the page of b whose lists are cut to n items; n < 0 cuts
// nothing.
func pageOf(b *brief.Briefing, names []string, n int) *Page {
	m := b.MatrixFirst(n)
	p := &Page{
		Format: pageFormat,
		Totals: Totals{
			Summary: len(b.Summary), Agreed: len(b.Agreed), Partial: len(b.Partial), Single: len(b.Single),
			Conflicts: len(b.Conflicts), Uncertain: len(b.Uncertain), Updates: len(b.Updates),
			Quotes: len(b.Quotes), Citations: len(b.Citations), Timeline: len(b.Timeline),
			Outlets: len(b.Outlets), Matrix: b.MatrixRows(),
		},
		Names: names,
	}
	if p.Names == nil {
		p.Names = []string{}
	}
	if n < 0 {
		p.Briefing, p.Matrix = *b, m
		return p
	}
	c := cutter{n: n, within: ItemRefs, cut: &p.Totals.ItemsCut}
	pb := *b
	pb.Summary = cutEach(c, pb.Summary, func(s brief.SummarySentence) brief.SummarySentence { s.Refs = cutList(c, s.Refs); return s })
	pb.Agreed = c.facts(pb.Agreed)
	pb.Partial = c.facts(pb.Partial)
	pb.Single = c.facts(pb.Single)
	pb.Conflicts = c.conflicts(pb.Conflicts)
	pb.Uncertain = c.conflicts(pb.Uncertain)
	pb.Updates = c.conflicts(pb.Updates)
	pb.Quotes = cutEach(c, pb.Quotes, func(q brief.SpeakerQuotes) brief.SpeakerQuotes { q.Quotes = cutList(c, q.Quotes); return q })
	pb.Citations = cutEach(c, pb.Citations, func(x brief.Citation) brief.Citation { x.Evidence = cutList(c, x.Evidence); return x })
	pb.Timeline = cutEach(c, pb.Timeline, func(e brief.Event) brief.Event { e.Refs = cutList(c, e.Refs); return e })
	pb.Outlets = cutEach(c, pb.Outlets, func(o brief.Outlet) brief.Outlet {
		o.Articles, o.Copies, o.Reuses, o.Adds = cutList(c, o.Articles), cutList(c, o.Copies), cutList(c, o.Reuses), cutList(c, o.Adds)
		return o
	})
	p.Briefing = pb
	// A row shows its fact's text; the references are the fact's own,
	// in its section.
	p.Matrix = brief.Matrix{Outlets: m.Outlets, Rows: cutEach(c, m.Rows, func(r brief.MatrixRow) brief.MatrixRow { r.Fact.Refs = nil; return r })}
	return p
}

// cutter cuts lists to n items and the lists within an item to within,
// and notes in cut when a list within an item lost some.
type cutter struct {
	n, within int
	cut       *bool
}

func (c cutter) fact(f brief.Fact) brief.Fact {
	f.Refs = cutList(c, f.Refs)
	return f
}

func (c cutter) facts(fs []brief.Fact) []brief.Fact { return cutEach(c, fs, c.fact) }

func (c cutter) conflicts(cs []brief.Conflict) []brief.Conflict {
	return cutEach(c, cs, func(x brief.Conflict) brief.Conflict {
		if len(x.Variants) > c.n { // values are few; all are kept up to n
			*c.cut = true
		}
		x.Variants = cutEach(c, x.Variants, func(v brief.Variant) brief.Variant { v.Refs = cutList(c, v.Refs); return v })
		return x
	})
}

// cutList is the first c.within of xs, an item's own list: noted in
// c.cut when it dropped any. It is nil only when xs is.
func cutList[T any](c cutter, xs []T) []T {
	if len(xs) <= c.within {
		return xs
	}
	*c.cut = true
	return xs[:c.within:c.within]
}

// cutEach is the first c.n of xs, each passed through f, in a new slice
// (xs is the briefing's own). It is nil only when xs is.
func cutEach[T any](c cutter, xs []T, f func(T) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, min(len(xs), c.n))
	for i := range out {
		out[i] = f(xs[i])
	}
	return out
}

// Page returns the story (resolved through merges) and the first page of
// its briefing.
func (k *Keeper) Page(ctx context.Context, id int64) (storage.Story, *Page, error) {
	st, err := k.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	p, err := k.PageFor(ctx, st)
	return st, p, err
}

// PageFor is Page of a story already read (Store.Story): the stored page
// when the stored briefing is current; else the page of the briefing
// built now (and stored). A current briefing stored without a page (by
// an earlier release) gets one, made from the whole briefing, on the
// first read.
func (k *Keeper) PageFor(ctx context.Context, st storage.Story) (*Page, error) {
	sb, err := k.store.BriefingPage(ctx, st.ID)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return nil, err
	}
	if err == nil && sb.Version == Version && sb.Revision == st.Revision && sb.Page != nil {
		var p Page
		if err := json.Unmarshal(sb.Page, &p); err == nil && p.Format == pageFormat {
			p.Fragment, p.FragmentKey = sb.Fragment, sb.FragmentKey
			p.version, p.revision = sb.Version, sb.Revision
			return &p, nil
		}
	}
	b, err := k.BriefingFor(ctx, st)
	if err != nil {
		return nil, err
	}
	stored, err := k.store.StoryArticles(ctx, st.ID)
	if err != nil {
		return nil, err
	}
	p := PageOf(b, k.names.of(st.ID, stored))
	if enc, head, err := encodePage(p); err == nil {
		// Best effort: a reader has the page either way.
		if ok, _ := k.store.PutBriefingPage(ctx, storage.StoredBriefing{Story: st.ID, Version: Version, Revision: st.Revision, Page: enc, Head: head}); ok {
			p.version, p.revision = Version, st.Revision
		}
	}
	return p, nil
}

// PutFragment stores the page rendered (html) by a renderer of version
// key beside the stored briefing p was read from, unless that briefing
// was stored anew since; a page not read from the store is not kept.
// It says whether it was stored.
func (k *Keeper) PutFragment(ctx context.Context, story int64, p *Page, key string, html []byte) (bool, error) {
	if p.version == "" {
		return false, nil
	}
	return k.store.PutBriefingFragment(ctx, storage.StoredBriefing{Story: story, Version: p.version, Revision: p.revision, Fragment: html, FragmentKey: key})
}

// Encoded returns the story and its whole briefing encoded as JSON (what
// the API sends).
func (k *Keeper) Encoded(ctx context.Context, id int64) (storage.Story, []byte, error) {
	st, err := k.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	enc, err := k.EncodedFor(ctx, st)
	return st, enc, err
}

// EncodedFor is Encoded of a story already read: the stored bytes, not
// decoded, when the stored briefing is current.
func (k *Keeper) EncodedFor(ctx context.Context, st storage.Story) ([]byte, error) {
	sb, err := k.store.Briefing(ctx, st.ID)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return nil, err
	}
	if err == nil && sb.Version == Version && sb.Revision == st.Revision && looksWhole(sb.Briefing) {
		return sb.Briefing, nil
	}
	b, err := k.BriefingFor(ctx, st)
	if err != nil {
		return nil, err
	}
	return encodeJSON(b)
}

// errNotCurrent says that the stored briefing is not of the story's
// revision or of this Version.
var errNotCurrent = errors.New("the stored briefing is not current")

// WriteEncoded is EncodedFor handing the encoded briefing to write
// instead of returning it: the stored bytes as the store read them,
// valid only while write runs, so that a reader that sends them on
// (the API without a cache, `crosscheck brief --format json`) reads
// the whole briefing once and copies it nowhere.
func (k *Keeper) WriteEncoded(ctx context.Context, st storage.Story, write func(enc []byte) error) error {
	err := k.store.WithBriefing(ctx, st.ID, func(sb storage.StoredBriefing) error {
		if sb.Version != Version || sb.Revision != st.Revision || !looksWhole(sb.Briefing) {
			return errNotCurrent
		}
		return write(sb.Briefing)
	})
	if err == nil || !errors.Is(err, errNotCurrent) && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	b, err := k.BriefingFor(ctx, st)
	if err != nil {
		return err
	}
	enc, err := encodeJSON(b)
	if err != nil {
		return err
	}
	return write(enc)
}

// looksWhole is a cheap check that stored JSON was not cut short: an
// object with its closing brace. Validating 6 MB would cost a good part
// of decoding it, and the store holds what json.Encoder wrote.
func looksWhole(enc []byte) bool {
	enc = bytes.TrimSpace(enc)
	return len(enc) >= 2 && enc[0] == '{' && enc[len(enc)-1] == '}'
}

// encodeJSON is v as stored: JSON as json.Encoder writes it, which is also
// what the API sends.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	return buf.Bytes(), nil
}

// compactMatrix is the matrix as a page stores it: a 1,000-article story
// has a hundred outlets, and a cell a byte instead of an object keeps
// the first page small.
type compactMatrix struct {
	Outlets []string     `json:"outlets"`
	Rows    []compactRow `json:"rows"`
}

type compactRow struct {
	Fact   brief.Fact `json:"fact"`
	Status string     `json:"status"`
	// States holds a cell's state a byte each, in Outlets order
	// (cellStates); Values the cells' values by index, when not empty.
	States string         `json:"states"`
	Values map[int]string `json:"values,omitempty"`
}

// cellStates are the matrix cell states by their byte in compactRow.States.
var cellStates = map[byte]string{'.': brief.CellSilent, 'r': brief.CellReports, 'c': brief.CellCopies, 'd': brief.CellDiffers, 's': brief.CellSplit, 'm': brief.CellMayAlso}

func cellByte(state string) (byte, bool) {
	for b, s := range cellStates {
		if s == state {
			return b, true
		}
	}
	return 0, false
}

// pageJSON is Page as stored: the fields it encodes itself, and the
// matrix in compact form.
type pageJSON struct {
	*pageFields
	Matrix compactMatrix `json:"matrix"`
}

// pageFields is Page without its methods, so that encoding it does not
// call Page.MarshalJSON again.
type pageFields Page

// MarshalJSON encodes the page with its matrix compact.
func (p *Page) MarshalJSON() ([]byte, error) {
	m := compactMatrix{Outlets: p.Matrix.Outlets, Rows: make([]compactRow, len(p.Matrix.Rows))}
	for i, r := range p.Matrix.Rows {
		states := make([]byte, len(r.Cells))
		row := compactRow{Fact: r.Fact, Status: r.Status}
		for j, c := range r.Cells {
			b, ok := cellByte(c.State)
			if !ok {
				return nil, fmt.Errorf("matrix cell state %q has no byte", c.State)
			}
			states[j] = b
			if c.Value != "" {
				if row.Values == nil {
					row.Values = make(map[int]string)
				}
				row.Values[j] = c.Value
			}
		}
		row.States = string(states)
		m.Rows[i] = row
	}
	return json.Marshal(pageJSON{pageFields: (*pageFields)(p), Matrix: m})
}

// UnmarshalJSON decodes a page encoded by MarshalJSON.
func (p *Page) UnmarshalJSON(data []byte) error {
	v := pageJSON{pageFields: (*pageFields)(p)}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	p.Matrix = brief.Matrix{Outlets: v.Matrix.Outlets, Rows: make([]brief.MatrixRow, len(v.Matrix.Rows))}
	for i, r := range v.Matrix.Rows {
		row := brief.MatrixRow{Fact: r.Fact, Status: r.Status, Cells: make([]brief.MatrixCell, len(r.States))}
		for j := range len(r.States) {
			state, ok := cellStates[r.States[j]]
			if !ok {
				return fmt.Errorf("matrix cell state byte %q", r.States[j])
			}
			row.Cells[j] = brief.MatrixCell{State: state, Value: r.Values[j]}
		}
		p.Matrix.Rows[i] = row
	}
	return nil
}
