package briefings

import (
	"sync"

	"crosscheck/internal/align"
)

// keptHeldBytes bounds the Kept a Keeper holds, counted as their
// encoding: a 1,000-article story's is 7.7 MB, 25 MB decoded.
const keptHeldBytes = 16 << 20

// keptHeld holds, for the stories a Keeper built last, the Kept each
// build returned, so that the next build of the story takes it instead
// of reading the one stored beside the briefing back and decoding it
// (0.06 s of each update of a 1,000-article story). Any Kept gives the
// same briefing (align.AlignKept), so one held while another process
// stored a later one costs time, not the briefing; one kept under other
// rules (Version) is not taken.
type keptHeld struct {
	mu      sync.Mutex
	stories map[int64]heldKept
	bytes   int // of the encodings of the Kept held
	tick    uint64
}

type heldKept struct {
	version string
	kept    *align.Kept
	bytes   int
	used    uint64
}

// take returns the Kept held for story under version and lets go of
// it: a build changes the Kept it is given, and builds the next one.
func (kh *keptHeld) take(story int64, version string) *align.Kept {
	kh.mu.Lock()
	defer kh.mu.Unlock()
	h, ok := kh.stories[story]
	if !ok {
		return nil
	}
	delete(kh.stories, story)
	kh.bytes -= h.bytes
	if h.version != version {
		return nil
	}
	return h.kept
}

// hold holds kept, whose encoding is size bytes, as story's under
// version. The stories built longest ago go first; a Kept over the bound
// alone is not held.
func (kh *keptHeld) hold(story int64, version string, kept *align.Kept, size int) {
	kh.mu.Lock()
	defer kh.mu.Unlock()
	if h, ok := kh.stories[story]; ok {
		delete(kh.stories, story)
		kh.bytes -= h.bytes
	}
	if kept == nil || size > keptHeldBytes {
		return
	}
	if kh.stories == nil {
		kh.stories = make(map[int64]heldKept)
	}
	kh.tick++
	kh.stories[story] = heldKept{version: version, kept: kept, bytes: size, used: kh.tick}
	kh.bytes += size
	for kh.bytes > keptHeldBytes {
		oldest := story
		for id, h := range kh.stories {
			if id != story && (oldest == story || h.used < kh.stories[oldest].used) {
				oldest = id
			}
		}
		kh.bytes -= kh.stories[oldest].bytes
		delete(kh.stories, oldest)
	}
}
