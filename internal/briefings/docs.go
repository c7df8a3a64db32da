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
// again (3.4 s of CPU). A build reads the analyses and never changes
// them (TestDocsKeptUnchanged). The zero docsKept keeps nothing yet; a
// docsKept is used by one build at a time.
type docsKept struct {
	docs  map[int64][]keptDoc
	bytes int

	mu   sync.Mutex
	next map[int64][]keptDoc // this build's, under mu
	size int
}

// keptDoc is an analysis with what it was made from: decoded from
// stored and text when fresh is false, else nlp.AnalyzeIn(text, ref,
// language).
type keptDoc struct {
	fresh    bool
	stored   []byte
	text     string
	language string
	ref      time.Time
	doc      nlp.Doc
}

// makes says whether kd is the analysis made from these.
func (kd *keptDoc) makes(fresh bool, stored []byte, text, language string, ref time.Time) bool {
	if kd.fresh != fresh || kd.text != text {
		return false
	}
	if !fresh {
		return bytes.Equal(kd.stored, stored)
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
// and keeps it for the next build (see done). It may be called from
// several goroutines at once.
func (dk *docsKept) doc(id int64, stored *storage.Analysis, text, language string, published, ref time.Time) nlp.Doc {
	served := analysis.Serves(stored, published, ref)
	var enc []byte
	if served {
		enc = stored.Doc
	}
	for i := range dk.docs[id] {
		if kd := &dk.docs[id][i]; kd.makes(!served, enc, text, language, ref) {
			dk.keep(id, *kd)
			return kd.doc
		}
	}
	d, served := analysis.Doc(stored, text, language, published, ref)
	kd := keptDoc{fresh: !served, text: text, doc: d}
	if served {
		kd.stored = stored.Doc
	} else {
		kd.language, kd.ref = language, ref
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
	for i := range dk.next[id] {
		if dk.next[id][i].makes(kd.fresh, kd.stored, kd.text, kd.language, kd.ref) {
			return
		}
	}
	dk.next[id] = append(dk.next[id], kd)
	if kd.fresh {
		dk.size += int(float64(len(kd.text)) * (1 + decodedPerText))
	} else {
		dk.size += len(kd.text) + int(float64(len(kd.stored))*(1+decodedPerEncoded))
	}
}

// done makes what this build was given what dk keeps: the analyses of
// the articles no longer in the story, and those made against a day no
// longer the article's, go.
func (dk *docsKept) done() {
	dk.mu.Lock()
	defer dk.mu.Unlock()
	dk.docs, dk.bytes = dk.next, dk.size
	dk.next, dk.size = nil, 0
}

// Bytes is about what dk keeps: each analysis's encoding and its
// decoding, and the article's text; 0 for nil.
func (dk *docsKept) Bytes() int {
	if dk == nil {
		return 0
	}
	return dk.bytes
}
