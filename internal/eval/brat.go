package eval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// BratSpan is a text-bound annotation of a brat standoff file ("T1\tSource
// 201 220\tO’Malley’s campaign"): a type and one or more fragments, in
// characters (runes) of the annotated text.
type BratSpan struct {
	ID    string
	Type  string
	Frags [][2]int
	// Text is the covered text as the file gives it (fragments joined by
	// a space); the offsets, not this, are authoritative.
	Text string
}

// BratEvent joins spans in roles ("E1\tAttribution:T4 Content:T3
// Cue:T2 Source:T1"): Type is the event type, Trigger its trigger span and
// Args its role → span id pairs.
type BratEvent struct {
	ID, Type, Trigger string
	Args              map[string]string
}

// BratDoc is one parsed .ann file.
type BratDoc struct {
	Spans  map[string]BratSpan
	Events []BratEvent
}

// ParseBrat reads a brat standoff .ann file. Text-bound (T) and event (E)
// records are kept; notes (#), attributes (A), relations (R) and the like
// are skipped, and so is a line that is no record at all (brat writes a
// span's text as is, so a text holding a line break goes on over the next
// lines). A malformed T or E record is an error naming name and the line.
func ParseBrat(name string, data []byte) (BratDoc, error) {
	doc := BratDoc{Spans: map[string]BratSpan{}}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		id, rest, ok := strings.Cut(line, "\t")
		if !ok || !isRecordID(id) {
			continue
		}
		bad := func(what string) error {
			return fmt.Errorf("%s:%d: %s in %q", name, i+1, what, truncate(line, 80))
		}
		switch id[0] {
		case 'T':
			head, text, _ := strings.Cut(rest, "\t")
			typ, offs, ok := strings.Cut(head, " ")
			if !ok || typ == "" {
				return doc, bad("no type and offsets")
			}
			sp := BratSpan{ID: id, Type: typ, Text: text}
			for _, f := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(f), " ")
				if !ok {
					return doc, bad("fragment without two offsets")
				}
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || s < 0 || e < s {
					return doc, bad("bad offsets " + strconv.Quote(f))
				}
				sp.Frags = append(sp.Frags, [2]int{s, e})
			}
			if _, dup := doc.Spans[id]; dup {
				return doc, bad("duplicate id " + id)
			}
			doc.Spans[id] = sp
		case 'E':
			fields := strings.Fields(rest)
			if len(fields) == 0 {
				return doc, bad("empty event")
			}
			ev := BratEvent{ID: id, Args: map[string]string{}}
			for k, f := range fields {
				role, ref, ok := strings.Cut(f, ":")
				if !ok || role == "" || ref == "" {
					return doc, bad("argument without role:id")
				}
				if k == 0 {
					ev.Type, ev.Trigger = role, ref
					continue
				}
				ev.Args[role] = ref
			}
			doc.Events = append(doc.Events, ev)
		}
	}
	return doc, nil
}

// isRecordID reports whether id names a brat record: a letter (or #, *)
// and digits.
func isRecordID(id string) bool {
	if len(id) < 2 || !strings.ContainsRune("TERAMN#*", rune(id[0])) {
		return false
	}
	for _, r := range id[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
