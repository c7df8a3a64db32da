// Package briefings is the read side: it keeps the briefings of stories
// current and answers for them. A briefing is assembled from the
// articles' analyses stored at ingest (package analysis), aligned and
// written (package brief), and stored with the story's revision, so that
// asking for a briefing is a read; when articles join a story, the
// briefing is rebuilt from the stored analyses, not from text, and the
// alignment takes the links between sentences that its last build kept
// (align.Kept, stored beside the briefing) instead of finding them all
// again. Ingest,
// the worker, the web server and the CLI all go through a Keeper.
package briefings

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"crosscheck/internal/align"
	"crosscheck/internal/analysis"
	"crosscheck/internal/article"
	"crosscheck/internal/brief"
	"crosscheck/internal/fingerprint"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// Version names the rules a briefing is built with: the analysis's, the
// aligner's and the briefing's own. A stored briefing of another version
// is rebuilt.
var Version = fingerprint.Of(nil, analysis.Version, align.Fingerprint, brief.Fingerprint, brief.SchemaVersion)

// Store is what a Keeper reads and writes: *storage.Store.
type Store interface {
	Story(ctx context.Context, id int64) (storage.Story, error)
	StoryArticles(ctx context.Context, story int64) ([]storage.StoredArticle, error)
	StoryAnalyses(ctx context.Context, story int64) (map[int64]storage.Analysis, error)
	StoryAnalysisSums(ctx context.Context, story int64) (map[int64]storage.Analysis, error)
	Analysis(ctx context.Context, article int64) (storage.Analysis, error)
	StoryDatedAnalyses(ctx context.Context, story int64) (map[int64][]storage.DatedAnalysis, error)
	PutDatedAnalyses(ctx context.Context, as []storage.DatedAnalysis) error
	Briefing(ctx context.Context, story int64) (storage.StoredBriefing, error)
	WithBriefing(ctx context.Context, story int64, fn func(storage.StoredBriefing) error) error
	WithBriefingGzip(ctx context.Context, story int64, fn func(storage.StoredBriefing) error) error
	BriefingPage(ctx context.Context, story int64) (storage.StoredBriefing, error)
	BriefingHead(ctx context.Context, story int64) (storage.StoredBriefing, error)
	BriefingAlignment(ctx context.Context, story int64) (storage.StoredBriefing, error)
	BriefingVersion(ctx context.Context, story int64) (storage.StoredBriefing, error)
	PutBriefing(ctx context.Context, b storage.StoredBriefing) (bool, error)
	PutBriefingPage(ctx context.Context, b storage.StoredBriefing) (bool, error)
	PutBriefingHead(ctx context.Context, b storage.StoredBriefing) (bool, error)
	PutBriefingGzip(ctx context.Context, b storage.StoredBriefing) (bool, error)
	PutBriefingFragment(ctx context.Context, b storage.StoredBriefing) (bool, error)
	StaleBriefings(ctx context.Context, version string, limit int) ([]int64, error)
}

// Keeper keeps the stored briefings of a store current.
type Keeper struct {
	store Store

	// renderer renders a briefing's first page when the briefing is
	// built (RenderWith); nil when no one does.
	renderer atomic.Pointer[Renderer]

	// names keeps each article's names for the first page of the
	// stories built last (PageOf).
	names namesKept
	// held holds the Kept of the stories built last (kept.go).
	held keptHeld

	mu sync.Mutex
	// building serialises the builds of one story in this process, so
	// that a burst of reads of a changed story builds it once.
	building map[int64]*sync.Mutex
}

// New returns a Keeper of the briefings of store.
func New(store Store) *Keeper {
	return &Keeper{store: store, building: make(map[int64]*sync.Mutex)}
}

// Renderer renders the first page of a briefing as readers are shown
// it. A Keeper given one renders every briefing it builds and stores the
// result beside it (the fragment, see PutFragment), so that the first
// reader of a story that changed reads the page as stored, not rendered.
type Renderer struct {
	// Key names the renderer's version: a page rendered under another
	// key is rendered again by its reader.
	Key string
	// Render renders the page; what it returns is stored as it is.
	Render func(*Page) ([]byte, error)
}

// RenderWith makes the Keeper render the first page of every briefing it
// builds from now on with r; nil stops it.
func (k *Keeper) RenderWith(r *Renderer) { k.renderer.Store(r) }

// ErrBuildPanicked marks a briefing whose build panicked. One bad story
// must not take a server or a worker down, so the panic becomes this
// story's error.
var ErrBuildPanicked = errors.New("building the briefing failed")

// Briefing returns the story (resolved through merges) and its briefing:
// the stored one when it is current, else one built now from the stored
// analyses and stored.
func (k *Keeper) Briefing(ctx context.Context, id int64) (storage.Story, *brief.Briefing, error) {
	st, err := k.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	return k.briefingFor(ctx, st)
}

// BriefingFor is Briefing of a story already read (Store.Story).
func (k *Keeper) BriefingFor(ctx context.Context, st storage.Story) (*brief.Briefing, error) {
	_, b, err := k.briefingFor(ctx, st)
	return b, err
}

func (k *Keeper) briefingFor(ctx context.Context, st storage.Story) (storage.Story, *brief.Briefing, error) {
	if b, ok, err := k.current(ctx, st); err != nil || ok {
		return st, b, err
	}
	m := k.lock(st.ID)
	defer m.Unlock()
	// Another reader may have built it meanwhile.
	if st2, err := k.store.Story(ctx, st.ID); err == nil && st2.Revision == st.Revision {
		if b, ok, err := k.current(ctx, st); err != nil || ok {
			return st, b, err
		}
	}
	st, b, err := k.build(ctx, st.ID)
	if b != nil {
		// Built but not stored (a read-only store, a busy one): the
		// reader has it all the same, and the next read tries again.
		return st, b, nil
	}
	return st, b, err
}

// Refresh rebuilds the stored briefing of a story from its stored
// analyses, whatever is stored: what ingest calls once articles joined
// the story.
func (k *Keeper) Refresh(ctx context.Context, id int64) (storage.Story, *brief.Briefing, error) {
	m := k.lock(id)
	defer m.Unlock()
	return k.build(ctx, id)
}

// RefreshStories brings the stored briefings of the given stories up to
// date, each once, skipping those current already; the error is the
// first story's that failed, the others are still done.
func (k *Keeper) RefreshStories(ctx context.Context, ids []int64) error {
	seen := make(map[int64]bool)
	var first error
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := k.refresh(ctx, id); err != nil && first == nil {
			first = err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return first
}

// refresh is Briefing for a caller that does not want the briefing: it
// reads only the stored briefing's version and revision to learn whether
// it is current (an update of a 1,000-article story read its whole 8 MB
// briefing to learn it was stale). A stored briefing that is current
// but unreadable is left for its reader (Briefing) to build again.
func (k *Keeper) refresh(ctx context.Context, id int64) error {
	st, err := k.store.Story(ctx, id)
	if err != nil {
		return err
	}
	if ok, err := k.isCurrent(ctx, st); err != nil || ok {
		return err
	}
	m := k.lock(st.ID)
	defer m.Unlock()
	// Another caller may have built it meanwhile.
	if st2, err := k.store.Story(ctx, st.ID); err == nil && st2.Revision == st.Revision {
		if ok, err := k.isCurrent(ctx, st); err != nil || ok {
			return err
		}
	}
	if _, b, err := k.build(ctx, st.ID); b == nil {
		return err
	}
	// Built but not stored (a read-only store, a busy one): as
	// Briefing, the next read tries again.
	return nil
}

// RefreshStale rebuilds the stored briefings that are missing or stale
// (of an earlier revision of their story, or of other rules), most
// recently updated stories first, up to limit of them, and says how many
// it rebuilt. A story whose build fails is logged by the caller through
// the returned error and skipped.
func (k *Keeper) RefreshStale(ctx context.Context, limit int) (int, error) {
	ids, err := k.store.StaleBriefings(ctx, Version, limit)
	if err != nil {
		return 0, err
	}
	n := 0
	var first error
	for _, id := range ids {
		if _, _, err := k.Refresh(ctx, id); err != nil {
			if ctx.Err() != nil {
				return n, ctx.Err()
			}
			if first == nil {
				first = err
			}
			continue
		}
		n++
	}
	return n, first
}

// Run keeps the stored briefings current until ctx is done: every
// interval it rebuilds those that went stale (articles joined, or the
// rules changed), telling failures to failed.
func (k *Keeper) Run(ctx context.Context, interval time.Duration, failed func(error)) {
	for {
		for {
			n, err := k.RefreshStale(ctx, 64)
			if err != nil && ctx.Err() == nil && failed != nil {
				failed(err)
			}
			if n == 0 || ctx.Err() != nil {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

func (k *Keeper) lock(id int64) *sync.Mutex {
	k.mu.Lock()
	m, ok := k.building[id]
	if !ok {
		m = new(sync.Mutex)
		k.building[id] = m
	}
	k.mu.Unlock()
	m.Lock()
	return m
}

// current returns the stored briefing of st when it is of st's revision
// and this Version.
func (k *Keeper) current(ctx context.Context, st storage.Story) (*brief.Briefing, bool, error) {
	sb, err := k.store.Briefing(ctx, st.ID)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if sb.Version != Version || sb.Revision != st.Revision {
		return nil, false, nil
	}
	var b brief.Briefing
	if err := json.Unmarshal(sb.Briefing, &b); err != nil {
		// Unreadable: built again, and stored over.
		return nil, false, nil
	}
	return &b, true, nil
}

// isCurrent says whether the stored briefing of st is of st's revision
// and this Version, reading only those.
func (k *Keeper) isCurrent(ctx context.Context, st storage.Story) (bool, error) {
	sb, err := k.store.BriefingVersion(ctx, st.ID)
	if errors.Is(err, storage.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return sb.Version == Version && sb.Revision == st.Revision, nil
}

// build builds the story's briefing from its stored analyses and stores
// it. The revision is read before the articles, so a briefing is never
// stored as of a revision later than its articles.
func (k *Keeper) build(ctx context.Context, id int64) (st storage.Story, b *brief.Briefing, err error) {
	defer func() {
		if p := recover(); p != nil {
			b, err = nil, fmt.Errorf("story %d: %w: %v\n%s", id, ErrBuildPanicked, p, debug.Stack())
		}
	}()
	st, err = k.store.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	stored, err := k.store.StoryArticles(ctx, st.ID)
	if err != nil {
		return st, nil, err
	}
	kept, words, docs, sizes := k.kept(ctx, st.ID)
	// A build holding analyses of the story reads the sums of the stored
	// ones, and reads an analysis only when it is needed and not held
	// (docsKept.doc); the first reads them all at once.
	read := k.store.StoryAnalyses
	if docs.holds() {
		read = k.store.StoryAnalysisSums
	} else if dated, err := k.store.StoryDatedAnalyses(ctx, st.ID); err == nil {
		// None held: those made against the story's day are read
		// (dated.go). A store that cannot give them costs time.
		docs.dated = dated
	}
	analyses, err := read(ctx, st.ID)
	if err != nil {
		return st, nil, err
	}
	arts, dups := Articles(stored)
	// The analysis stored at ingest was made against the article's own
	// date: a day the briefing finds its text stating (brief.statedDays)
	// is not that date, so it serves only for the date stored.
	published := make(map[int64]time.Time, len(arts))
	for _, a := range arts {
		published[a.ID] = a.Published
	}
	b, kept, err = brief.BuildKept(ctx, brief.Story{ID: st.ID, Title: st.Title}, arts, dups, func(a article.Article, ref time.Time) nlp.Doc {
		var an *storage.Analysis
		if x, ok := analyses[a.ID]; ok {
			an = &x
		}
		return docs.doc(a.ID, an, a.Text, a.Language, published[a.ID], ref, func() *storage.Analysis {
			// Unreadable now (gone, a failing store): the analysis
			// is made from the text, which is what the stored one
			// holds (analysis.Doc).
			x, err := k.store.Analysis(ctx, a.ID)
			if err != nil {
				return nil
			}
			return &x
		})
	}, kept, words)
	if err != nil {
		return st, nil, fmt.Errorf("briefing story %d: %w", st.ID, err)
	}
	if made := docs.madeDated(); len(made) > 0 {
		// Not stored: the next process makes them again.
		_ = k.store.PutDatedAnalyses(ctx, made)
	}
	docs.done()
	var keep []byte
	if kept != nil {
		if keep, err = kept.AppendBinary(make([]byte, 0, sizes.kept)); err != nil {
			return st, nil, fmt.Errorf("encoding what the alignment of story %d keeps: %w", st.ID, err)
		}
	}
	whole, err := encodeWhole(b, sizes.whole)
	if err != nil {
		return st, nil, fmt.Errorf("encoding the briefing of story %d: %w", st.ID, err)
	}
	k.held.hold(st.ID, Version, kept, len(keep), words, docs, encodedSizes{kept: len(keep), whole: len(whole)})
	first := PageOf(b, k.names.of(st.ID, stored))
	page, head, err := encodePage(first)
	if err != nil {
		return st, nil, fmt.Errorf("encoding the first page of the briefing of story %d: %w", st.ID, err)
	}
	gz, err := gzipJSON(whole)
	if err != nil {
		return st, nil, fmt.Errorf("compressing the briefing of story %d: %w", st.ID, err)
	}
	sb := storage.StoredBriefing{Story: st.ID, Version: Version, Revision: st.Revision, Briefing: whole, Page: page, Head: head, Alignment: keep, Gzip: gz}
	if r := k.renderer.Load(); r != nil {
		if frag, err := r.Render(first); err == nil {
			sb.Fragment, sb.FragmentKey = frag, r.Key
		}
		// A page that failed to render is rendered by its reader, who
		// is told why.
	}
	if _, err := k.store.PutBriefing(ctx, sb); err != nil {
		// The briefing is good; a reader still gets it.
		return st, b, err
	}
	return st, b, nil
}

// kept is what the alignment of the story's stored briefing kept, when
// that briefing is of this Version (the links were found by these
// rules), else nil: a build then computes every link. What is kept
// only saves work (align.AlignKept), so a store that cannot give it
// costs time, not the briefing. The Kept this Keeper's last build of the
// story returned, when held, is taken instead, with the content words,
// the decoded analyses the build kept and the sizes of its encodings
// (kept.go).
func (k *Keeper) kept(ctx context.Context, story int64) (*align.Kept, *brief.Words, *docsKept, encodedSizes) {
	held, words, docs, sizes := k.held.take(story, Version)
	if held != nil {
		return held, words, docs, sizes
	}
	sb, err := k.store.BriefingAlignment(ctx, story)
	if err != nil || sb.Version != Version || sb.Alignment == nil {
		return nil, words, docs, sizes
	}
	var kept align.Kept
	if kept.UnmarshalBinary(sb.Alignment) != nil {
		return nil, words, docs, sizes
	}
	sizes.kept = max(sizes.kept, len(sb.Alignment))
	return &kept, words, docs, sizes
}

// Articles returns a story's stored articles as a briefing takes them,
// with the copy links: copies count as no evidence.
func Articles(stored []storage.StoredArticle) ([]article.Article, map[int64]int64) {
	arts := make([]article.Article, len(stored))
	dups := make(map[int64]int64)
	for i, a := range stored {
		arts[i] = a.Article
		if a.DuplicateOf != 0 {
			dups[a.ID] = a.DuplicateOf
		}
	}
	return arts, dups
}
