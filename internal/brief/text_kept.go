package brief

import "crosscheck/internal/nlp"

// textReading is what the assembly reads of a sentence's text alone:
// where its dateline or label ends (nlp.LabelEnd: facts, conflicts and
// the timeline show a sentence without it), how many words it has
// (nlp.WordCount: a fact's least, the summary's bounds) and whether it
// reads out of context (standsAlone and not needsContext: the summary's
// picks). Each is a function of the text alone, so a reading is kept by
// its text, whole, from one build of a story to the next (Words.texts):
// an update reads only the sentences new to the story (the label ends
// alone were about 0.04 s of each update of a 1,000-article story).
type textReading struct {
	labelEnd int
	words    int
	alone    bool
}

func readText(text string) textReading {
	return textReading{labelEnd: nlp.LabelEnd(text), words: nlp.WordCount(text), alone: standsAlone(text) && !needsContext(text)}
}

// textEntryBytes is about what a kept reading holds besides its text:
// the string header, the reading and the map's own room.
const textEntryBytes = 64

// readings are the textReadings of one build: those kept from the last
// build of the story (kept, not changed) and this build's (now), which
// Words keeps next (textsDone). The zero value keeps nothing; a nil
// *readings reads every text afresh.
type readings struct {
	kept, now map[string]textReading
	bytes     int // of now's texts and entries
}

// newReadings starts this build's readings from those words keeps
// (nil: none).
func newReadings(words *Words) *readings {
	r := &readings{now: make(map[string]textReading)}
	if words != nil {
		r.kept = words.texts
	}
	return r
}

// of is readText(text), taken from this build's or the kept readings
// when they hold text.
func (r *readings) of(text string) textReading {
	if r == nil {
		return readText(text)
	}
	if tr, ok := r.now[text]; ok {
		return tr
	}
	tr, ok := r.kept[text]
	if !ok {
		tr = readText(text)
	}
	r.now[text] = tr
	r.bytes += len(text) + textEntryBytes
	return tr
}

// textsDone makes the readings of this build, r, the ones w keeps: the
// texts this build did not read go.
func (w *Words) textsDone(r *readings) {
	if w == nil || r == nil {
		return
	}
	w.texts, w.textBytes = r.now, r.bytes
}
