package briefings

import (
	"crypto/sha256"
	"encoding/json"
	"time"

	"crosscheck/internal/analysis"
	"crosscheck/internal/nlp"
	"crosscheck/internal/storage"
)

// An analysis made afresh against a day other than the article's own
// (nlp.AnalyzeIn of an undated article of a dated story) is stored too,
// as a storage.DatedAnalysis, so that a process that starts does not
// make it again: the first update of the 1,000-article ECB+ story after
// a Keeper started analysed all of its undated articles (4.2 s of CPU).

// datedRef is how the day an analysis was made against is stored: the
// instant in RFC 3339. Only a day in UTC is stored (ok false otherwise):
// what a decoded analysis holds comes back in UTC.
func datedRef(ref time.Time) (key string, ok bool) {
	if ref.Location() != time.UTC {
		return "", false
	}
	return ref.Format(time.RFC3339Nano), true
}

// madeFrom is the sum of what an analysis made afresh reads besides the
// day: the declared language and the text.
func madeFrom(text, language string) []byte {
	h := sha256.New()
	h.Write([]byte(language))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return h.Sum(nil)
}

// datedServes says whether a stored dated analysis is nlp.AnalyzeIn(text,
// ref, language) of this analysis.Version.
func datedServes(da *storage.DatedAnalysis, text, language string, ref time.Time) bool {
	key, ok := datedRef(ref)
	return ok && da.Version == analysis.Version && da.Ref == key && string(da.From) == string(madeFrom(text, language))
}

// fromDated is the dated analysis of article id stored for text,
// language and ref, decoded, when there is one.
func (dk *docsKept) fromDated(id int64, text, language string, ref time.Time) (nlp.Doc, bool) {
	for i := range dk.dated[id] {
		da := &dk.dated[id][i]
		if !datedServes(da, text, language, ref) {
			continue
		}
		var d nlp.Doc
		if json.Unmarshal(da.Doc, &d) != nil {
			return nlp.Doc{}, false
		}
		d.Text = text
		return d, true
	}
	return nlp.Doc{}, false
}

// madeDated are the analyses to store after a build: for each article
// this build analysed afresh, every analysis made afresh it was given
// (an article's dated analyses are stored together, replacing those
// there were). Called before done.
func (dk *docsKept) madeDated() []storage.DatedAnalysis {
	dk.mu.Lock()
	defer dk.mu.Unlock()
	var out []storage.DatedAnalysis
	for id := range dk.made {
		for _, kd := range dk.next[id] {
			key, ok := datedRef(kd.ref)
			if !kd.fresh || !ok {
				continue
			}
			data, err := json.Marshal(kd.doc)
			if err != nil {
				continue
			}
			out = append(out, storage.DatedAnalysis{Article: id, Ref: key, Version: analysis.Version, From: madeFrom(kd.text, kd.language), Doc: data})
		}
	}
	return out
}
