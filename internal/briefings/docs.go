package briefings

import (
	"bytes"
	"sync"
	"time"

	"crosscheck/internal/analysis"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// docsKept keeps the analyses a build of a story was given, by article
// id with what each was made from, so that the next build makes only
// the analyses of articles new or changed since. An analysis is either
// decoded from the stored one (analysis.Serves), a function of the
// stored analysis byte for byte and the article's text; or made afresh
// (nlp.AnalyzeIn), a function of the text, the declared language and the
// day relative dates count from. The second is most of a dated story's
// undated articles: their days count from the story's, not the
// article's own (zero) date the stored analysis was made against, so
// each update of the 1,000-article ECB+ story analysed every article
// again (3.4 s of CPU). A decoded one is kept by the stored analysis's
// sum (storage.DocSum, stored with it), so that an update reads the sums
// and only the stored analyses it needs and does not hold. A build reads
// the analyses and never changes them (TestDocsKeptUnchanged). The zero docsKept keeps nothing yet; a
// docsKept is used by one build at a time.
type docsKept struct {
	docs  map[int64][]keptDoc
	bytes int
	// dated are the stored analyses made against a day other than the
	// article's own (storage.DatedAnalysis), read by a build that holds
	// none (the first after the process started): one serves an analysis
	// made afresh when made against the same day, by the same rules, from
	// the same text and language (datedServes).
	dated map[int64][]storage.DatedAnalysis

	mu   sync.Mutex
	next map[int64][]keptDoc // this build's, under mu
	size int
	made map[int64]bool // articles analysed afresh by this build, under mu
}

// keptDoc is an analysis with what it was made from: decoded from the
// stored analysis whose sum is sum (or, stored without one, whose
// encoding is stored) and text when fresh is false, else
// nlp.AnalyzeIn(text, ref, language).
type keptDoc struct {
	fresh    bool
	sum      []byte
	stored   []byte
	text     string
	language string
	ref      time.Time
	doc      nlp.Doc
	bytes    int
}

// makes says whether kd is the analysis made from these; stored is nil
// when fresh.
func (kd *keptDoc) makes(fresh bool, stored *storage.Analysis, text, language string, ref time.Time) bool {
	if kd.fresh != fresh || kd.text != text {
		return false
	}
	if !fresh {
		// The sum is the encoding's SHA-256, stored with it.
		if stored.Sum != nil {
			return kd.sum != nil && bytes.Equal(kd.sum, stored.Sum)
		}
		return kd.sum == nil && kd.stored != nil && bytes.Equal(kd.stored, stored.Doc)
	}
	// The same instant in the same location: a date's fields read in
	// another location may be another day.
	return kd.language == language && kd.ref.Equal(ref) && kd.ref.Location() == ref.Location()
}

// decodedPerEncoded is about the bytes a decoded analysis holds per byte
// of its encoding (12.4 MB for the 8.4 MB of a 1,000-article story's);
// decodedPerText per byte of the article's text (12.4 MB for its 1.9
// MB).
const (
	decodedPerEncoded = 3 / 2.0
	decodedPerText    = 13 / 2.0
)

// doc is analysis.Doc of article id's stored analysis (nil: none), the
// one kept when made from the same analysis, text, language and day,
// and keeps it for the next build (see done). The stored analysis may
// come without its encoding (Store.StoryAnalysisSums): read is then
// asked for it when it is needed, that is when it serves and is not the
// one kept. It may be called from several goroutines at once.
func (dk *docsKept) doc(id int64, stored *storage.Analysis, text, language string, published, ref time.Time, read func() *storage.Analysis) nlp.Doc {
	served := analysis.Serves(stored, published, ref)
	if served && stored.Doc == nil && stored.Sum == nil {
		// Stored without a sum: compared by its encoding.
		stored = read()
		served = analysis.Serves(stored, published, ref)
	}
	var given *storage.Analysis
	if served {
		given = stored
	}
	for i := range dk.docs[id] {
		if kd := &dk.docs[id][i]; kd.makes(!served, given, text, language, ref) {
			dk.keep(id, *kd)
			return kd.doc
		}
	}
	if served && stored.Doc == nil {
		stored = read()
	}
	if !served {
		if d, ok := dk.fromDated(id, text, language, ref); ok {
			dk.keep(id, keptDoc{fresh: true, text: text, doc: d, language: language, ref: ref, bytes: int(float64(len(text)) * (1 + decodedPerText))})
			return d
		}
	}
	d, served := analysis.Doc(stored, text, language, published, ref)
	if !served {
		dk.mu.Lock()
		if dk.made == nil {
			dk.made = make(map[int64]bool)
		}
		dk.made[id] = true
		dk.mu.Unlock()
	}
	kd := keptDoc{fresh: !served, text: text, doc: d}
	switch {
	case !served:
		kd.language, kd.ref = language, ref
		kd.bytes = int(float64(len(text)) * (1 + decodedPerText))
	case stored.Sum != nil:
		kd.sum = stored.Sum
		kd.bytes = len(text) + len(kd.sum) + int(float64(len(stored.Doc))*decodedPerEncoded)
	default:
		kd.stored = stored.Doc
		kd.bytes = len(text) + int(float64(len(stored.Doc))*(1+decodedPerEncoded))
	}
	dk.keep(id, kd)
	return d
}

func (dk *docsKept) keep(id int64, kd keptDoc) {
	dk.mu.Lock()
	defer dk.mu.Unlock()
	if dk.next == nil {
		dk.next = make(map[int64][]keptDoc)
	}
	for _, k := range dk.next[id] {
		if k.fresh == kd.fresh && k.text == kd.text && bytes.Equal(k.sum, kd.sum) && bytes.Equal(k.stored, kd.stored) && k.language == kd.language && k.ref.Equal(kd.ref) && k.ref.Location() == kd.ref.Location() {
			return
		}
	}
	dk.next[id] = append(dk.next[id], kd)
	dk.size += kd.bytes
}

// holds says whether dk keeps any analysis.
func (dk *docsKept) holds() bool { return dk != nil && len(dk.docs) > 0 }

// done makes what this build was given what dk keeps: the analyses of
// the articles no longer in the story, and those made against a day no
// longer the article's, go.
func (dk *docsKept) done() {
	dk.mu.Lock()
	defer dk.mu.Unlock()
	dk.docs, dk.bytes = dk.next, dk.size
	dk.next, dk.size, dk.made, dk.dated = nil, 0, nil, nil
}

// Bytes is about what dk keeps: each analysis's encoding and its
// decoding, and the article's text; 0 for nil.
func (dk *docsKept) Bytes() int {
	if dk == nil {
		return 0
	}
	return dk.bytes
}
