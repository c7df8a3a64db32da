package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// PolNeAR (Newell, Margolin and Ruths 2018, "An Attribution Relations
// Corpus for Political News", LREC) annotates every attribution of 924 US
// political news articles: a Source, a Cue and a Content span joined by an
// Attribution event, in brat standoff over plain text. Direct quotes,
// paraphrases and reported beliefs are all annotated; see polnear_gold.go
// for what this package takes from them as gold quotes.

// Range is a byte range [Start, End) of a document's text.
type Range struct{ Start, End int }

// PolDoc is one PolNeAR article with the attributions of one annotator.
type PolDoc struct {
	// Name is the article's file name without ".txt".
	Name string
	// Annotator is the suffix of the .ann file used ("4e07").
	Annotator    string
	Text         string
	Attributions []PolAttribution
}

// PolAttribution is one attribution; a role the annotator left out
// (Attribution-no-source has no Source) is nil. Ranges are in bytes.
type PolAttribution struct {
	Source, Cue, Content []Range
}

// LoadPolNeAR reads one split directory of PolNeAR (holding text/NAME.txt
// and attributions/NAME_ANNOTATOR.ann). An article annotated by several
// annotators is read with the first of its .ann files in name order, so
// that every article counts once; an article without any is an error.
func LoadPolNeAR(dir string) ([]PolDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("loading PolNeAR %s: %w", dir, err)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("loading PolNeAR %s: no text/*.txt", dir)
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("loading PolNeAR %s: %w", dir, err)
	}
	sort.Strings(anns)
	first := map[string]string{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		k := strings.LastIndexByte(base, '_')
		if k < 0 {
			continue
		}
		if _, ok := first[base[:k]]; !ok {
			first[base[:k]] = a
		}
	}
	sort.Strings(texts)
	var docs []PolDoc
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		ap, ok := first[name]
		if !ok {
			return nil, fmt.Errorf("loading PolNeAR: %s has no attributions/%s_*.ann", tp, name)
		}
		text, err := os.ReadFile(tp)
		if err != nil {
			return nil, fmt.Errorf("loading PolNeAR: %w", err)
		}
		ann, err := os.ReadFile(ap)
		if err != nil {
			return nil, fmt.Errorf("loading PolNeAR: %w", err)
		}
		d, err := ReadPolDoc(ap, string(text), ann)
		if err != nil {
			return nil, err
		}
		d.Name = name
		base := strings.TrimSuffix(filepath.Base(ap), ".ann")
		d.Annotator = base[strings.LastIndexByte(base, '_')+1:]
		docs = append(docs, d)
	}
	return docs, nil
}

// ReadPolDoc parses the .ann file annName (its bytes ann) of text: the
// Attribution and Attribution-no-source events with their roles, offsets
// converted from characters to bytes. An offset past the text is an error.
func ReadPolDoc(annName, text string, ann []byte) (PolDoc, error) {
	if !utf8.ValidString(text) {
		return PolDoc{}, fmt.Errorf("%s: the text is not valid UTF-8", annName)
	}
	b, err := ParseBrat(annName, ann)
	if err != nil {
		return PolDoc{}, err
	}
	// byteAt[i] is the byte offset of the i-th rune (and of the end).
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	ranges := func(id string) ([]Range, error) {
		if id == "" {
			return nil, nil
		}
		sp, ok := b.Spans[id]
		if !ok {
			return nil, fmt.Errorf("%s: event refers to %s, which is not a span", annName, id)
		}
		var out []Range
		for _, f := range sp.Frags {
			if f[1] >= len(byteAt) {
				return nil, fmt.Errorf("%s: %s ends at character %d, past the text's %d", annName, id, f[1], len(byteAt)-1)
			}
			out = append(out, Range{byteAt[f[0]], byteAt[f[1]]})
		}
		return out, nil
	}
	d := PolDoc{Text: text}
	for _, ev := range b.Events {
		if ev.Type != "Attribution" && ev.Type != "Attribution-no-source" {
			continue
		}
		var a PolAttribution
		for role, dst := range map[string]*[]Range{"Source": &a.Source, "Cue": &a.Cue, "Content": &a.Content} {
			r, err := ranges(ev.Args[role])
			if err != nil {
				return PolDoc{}, err
			}
			*dst = r
		}
		d.Attributions = append(d.Attributions, a)
	}
	return d, nil
}

// Join returns the text of ranges rs of text, joined by a space.
func Join(text string, rs []Range) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		parts = append(parts, text[r.Start:r.End])
	}
	return strings.Join(parts, " ")
}

// hull is the range from the first range's start to the last one's end.
func hull(rs []Range) Range {
	if len(rs) == 0 {
		return Range{}
	}
	h := rs[0]
	for _, r := range rs[1:] {
		h.Start = min(h.Start, r.Start)
		h.End = max(h.End, r.End)
	}
	return h
}
