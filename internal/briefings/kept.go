package briefings

import (
	"sync"

	"crosscheck/internal/align"
	"crosscheck/internal/brief"
)

// keptHeldBytes bounds what a Keeper holds of its builds, the Kept
// counted as their encoding (a 1,000-article story's is 7.7 MB, 25 MB
// decoded), the content words as brief.Words.Bytes and the decoded
// analyses as docsKept.Bytes.
const keptHeldBytes = 48 << 20

// keptHeld holds, for the stories a Keeper built last, the Kept each
// build returned, so that the next build of the story takes it instead
// of reading the one stored beside the briefing back and decoding it
// (0.06 s of each update of a 1,000-article story), the content
// words of its sentences (brief.Words) and its decoded analyses
// (docsKept). Any Kept gives the same briefing
// (align.AlignKept), so one held while another process stored a later
// one costs time, not the briefing; neither is taken when kept under
// other rules (Version).
type keptHeld struct {
	mu      sync.Mutex
	stories map[int64]heldKept
	bytes   int // of the encodings of the Kept held
	tick    uint64
}

type heldKept struct {
	version string
	kept    *align.Kept
	words   *brief.Words
	docs    *docsKept
	sizes   encodedSizes
	bytes   int
	used    uint64
}

// encodedSizes are the lengths of what a story's last build encoded: the
// next build's buffers are made at them. Grown by doubling instead, the
// Kept's encoding allocated 21 MB per update of a 1,000-article story,
// 10 MB made at its last length (BENCHMARKS.md, issue 15, session 16).
// The briefing's JSON is encoded into room at its last length by
// encodeWhole.
type encodedSizes struct {
	kept int
	// whole is the length of the encoded briefing (encodeWhole).
	whole int
}

// take returns the Kept, the Words, the decoded analyses and the sizes
// of the last encodings held for story under version and lets go of
// them: a build changes what it is given, and builds the next. Words
// and analyses not held are new ones, never nil.
func (kh *keptHeld) take(story int64, version string) (*align.Kept, *brief.Words, *docsKept, encodedSizes) {
	kh.mu.Lock()
	defer kh.mu.Unlock()
	h, ok := kh.stories[story]
	if !ok {
		return nil, new(brief.Words), new(docsKept), encodedSizes{}
	}
	delete(kh.stories, story)
	kh.bytes -= h.bytes
	if h.version != version {
		return nil, new(brief.Words), new(docsKept), h.sizes
	}
	if h.docs == nil {
		h.docs = new(docsKept)
	}
	return h.kept, h.words, h.docs, h.sizes
}

// hold holds kept, whose encoding is size bytes, words and docs as
// story's under version, with the sizes of the build's encodings. The
// stories built longest ago go first; a story over the bound alone is
// held without docs, or not at all.
func (kh *keptHeld) hold(story int64, version string, kept *align.Kept, size int, words *brief.Words, docs *docsKept, sizes encodedSizes) {
	kh.mu.Lock()
	defer kh.mu.Unlock()
	if h, ok := kh.stories[story]; ok {
		delete(kh.stories, story)
		kh.bytes -= h.bytes
	}
	if words != nil {
		size += words.Bytes()
	}
	// The decoded analyses go first: they are the most bytes for the
	// time they save (23 MB of the 42 MB a 1,000-article story holds),
	// and the Kept and words of a story somewhat larger are still held.
	if size+docs.Bytes() > keptHeldBytes {
		docs = nil
	}
	size += docs.Bytes()
	if size > keptHeldBytes {
		return
	}
	if kh.stories == nil {
		kh.stories = make(map[int64]heldKept)
	}
	kh.tick++
	kh.stories[story] = heldKept{version: version, kept: kept, words: words, docs: docs, sizes: sizes, bytes: size, used: kh.tick}
	kh.bytes = letGoOldest(kh.stories, story, kh.bytes+size, keptHeldBytes)
}

func (h heldKept) heldBytes() int   { return h.bytes }
func (h heldKept) lastUsed() uint64 { return h.used }
