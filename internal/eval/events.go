package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// EventDoc is one line of a clustering evaluation set such as
// clustering/ecbplus.jsonl: an article and the gold story it belongs to.
// Topic is optional; when set, a clustering can also be scored at topic level.
type EventDoc struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Event     string    `json:"event"`
	Topic     string    `json:"topic,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Outlet is the publisher, when the set names it (PolNeAR's metadata
	// does; ECB+ does not).
	Outlet string `json:"outlet,omitempty"`
	// Language is the article's language code, when the set gives it.
	Language string `json:"language,omitempty"`
}

// LoadEvents reads a JSONL clustering set from path.
func LoadEvents(path string) ([]EventDoc, error) {
	return loadEvents(path, true)
}

// LoadEventLabels reads a JSONL clustering set whose lines may leave the
// text out, for sets that keep only ids and labels (see FillPolNeAR).
func LoadEventLabels(path string) ([]EventDoc, error) {
	return loadEvents(path, false)
}

func loadEvents(path string, needText bool) ([]EventDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loading clustering set: %w", err)
	}
	defer f.Close()
	docs, err := readEvents(f, needText)
	if err != nil {
		return nil, fmt.Errorf("loading clustering set %s: %w", path, err)
	}
	return docs, nil
}

// ReadEvents reads JSONL lines of {"id","text","event"} with optional
// "title", "topic" and "published" (RFC 3339). Every line must have an id,
// a text and an event.
func ReadEvents(r io.Reader) ([]EventDoc, error) {
	return readEvents(r, true)
}

func readEvents(r io.Reader, needText bool) ([]EventDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var docs []EventDoc
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var d EventDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		switch {
		case d.ID == "":
			return nil, fmt.Errorf("line %d: no \"id\"", line)
		case d.Event == "":
			return nil, fmt.Errorf("line %d (id %q): no \"event\"", line, d.ID)
		case needText && d.Text == "":
			return nil, fmt.Errorf("line %d (id %q): no \"text\"", line, d.ID)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(docs) == 0 {
		return nil, errors.New("no articles")
	}
	return docs, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
