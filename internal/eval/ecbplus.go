package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ECB+ (Cybulska and Vossen, LREC 2014) in its CROMER XML: tokens with
// sentence numbers, then mentions of event components anchored to
// tokens, then within- and cross-document coreference between mentions.
// The alignment gold reads it: two annotated sentences of different
// articles whose action mentions share a cross-document instance state
// the same event, and the time, location and participant chains tell
// whether two values are of one thing.

// Mention components, from the annotation tag's prefix.
const (
	ComponentAction      = "action"      // ACTION_*, NEG_ACTION_*
	ComponentTime        = "time"        // TIME_*
	ComponentLocation    = "location"    // LOC_*
	ComponentParticipant = "participant" // HUMAN_PART_*, NON_HUMAN_PART*
)

// ECBDoc is one annotated article.
type ECBDoc struct {
	// Name is the file's name without extension ("4_10ecb").
	Name  string
	Topic int
	// Event is the topic and corpus half ("4ecb", "4ecbplus"): the two
	// halves of a topic report two different seminal events.
	Event string
	// Text is the article rebuilt from its tokens, one sentence a line.
	Text      string
	Sentences []ECBSentence
	Mentions  []ECBMention
}

// ECBSentence is one sentence of an ECB+ article.
type ECBSentence struct {
	// Number is the sentence number of the annotation (0 is a URL in
	// the ecbplus half).
	Number int
	// Start and End are byte offsets in ECBDoc.Text.
	Start, End int
	// Annotated marks a sentence listed in ECBplus_coreference_sentences.csv:
	// only those were annotated for coreference.
	Annotated bool
}

// ECBMention is one mention of an event component.
type ECBMention struct {
	ID string // m_id
	// Tag is the annotation tag ("ACTION_OCCURRENCE", "TIME_DATE").
	Tag       string
	Component string
	// Sentence is the index in ECBDoc.Sentences of the mention's first
	// token; Start and End are its byte offsets in ECBDoc.Text.
	Sentence   int
	Start, End int
	// Chain is the coreference chain: the cross-document instance id
	// ("ACT16369833899538926"), or NAME/r_id for a chain within the
	// article; "" for a mention in no chain.
	Chain string
	// CrossDoc marks a chain that is a cross-document instance.
	CrossDoc bool
}

// Text returns the mention's words.
func (d *ECBDoc) MentionText(m ECBMention) string {
	if m.Start < 0 || m.End > len(d.Text) || m.Start > m.End {
		return ""
	}
	return d.Text[m.Start:m.End]
}

// SentenceOf returns the index of the sentence holding byte offset off,
// or -1.
func (d *ECBDoc) SentenceOf(off int) int {
	i, _ := slices.BinarySearchFunc(d.Sentences, off, func(s ECBSentence, off int) int {
		switch {
		case s.End < off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if i < len(d.Sentences) && d.Sentences[i].Start <= off && off <= d.Sentences[i].End {
		return i
	}
	return -1
}

// ComponentOf returns the component of an annotation tag, "" for tags
// that are none (instance descriptors of unknown kind).
func ComponentOf(tag string) string {
	switch {
	case strings.HasPrefix(tag, "ACTION_"), strings.HasPrefix(tag, "NEG_ACTION_"):
		return ComponentAction
	case strings.HasPrefix(tag, "TIME_"):
		return ComponentTime
	case strings.HasPrefix(tag, "LOC_"):
		return ComponentLocation
	case strings.HasPrefix(tag, "HUMAN_PART"), strings.HasPrefix(tag, "NON_HUMAN_PART"):
		return ComponentParticipant
	}
	return ""
}

// maxECBBytes bounds one unzipped document: the largest ECB+ file is
// well under a megabyte.
const maxECBBytes = 32 << 20

// LoadECBPlus reads every TOPIC/NAME.xml.gz under dir (the alignment/
// ecbplus directory) and marks the sentences listed in the CSV at
// sentencesCSV as annotated. keep, when not nil, picks the topics to
// read.
func LoadECBPlus(dir, sentencesCSV string, keep func(topic int) bool) ([]ECBDoc, error) {
	annotated, err := loadAnnotatedSentences(sentencesCSV)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.xml.gz"))
	if err != nil {
		return nil, fmt.Errorf("listing ECB+ files in %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no ECB+ files (TOPIC/NAME.xml.gz) in %s", dir)
	}
	slices.Sort(files)
	var docs []ECBDoc
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".xml.gz")
		topic, event, err := ecbName(name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", f, err)
		}
		if keep != nil && !keep(topic) {
			continue
		}
		d, err := loadECBFile(f)
		if err != nil {
			return nil, err
		}
		d.Name, d.Topic, d.Event = name, topic, event
		for i := range d.Sentences {
			d.Sentences[i].Annotated = annotated[name][d.Sentences[i].Number]
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func loadECBFile(path string) (ECBDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return ECBDoc{}, fmt.Errorf("reading ECB+ document: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return ECBDoc{}, fmt.Errorf("reading ECB+ document %s: %w", path, err)
	}
	d, err := ReadECBDoc(io.LimitReader(z, maxECBBytes))
	if err != nil {
		return ECBDoc{}, fmt.Errorf("reading ECB+ document %s: %w", path, err)
	}
	return d, nil
}

// ecbName splits "4_10ecbplus" into topic 4 and event "4ecbplus".
func ecbName(name string) (int, string, error) {
	t, rest, ok := strings.Cut(name, "_")
	topic, err := strconv.Atoi(t)
	if !ok || err != nil || topic <= 0 {
		return 0, "", fmt.Errorf("file name %q is not TOPIC_NUMBERecb[plus]", name)
	}
	half := "ecb"
	if strings.HasSuffix(rest, "ecbplus") {
		half = "ecbplus"
	} else if !strings.HasSuffix(rest, "ecb") {
		return 0, "", fmt.Errorf("file name %q is not TOPIC_NUMBERecb[plus]", name)
	}
	return topic, t + half, nil
}

// loadAnnotatedSentences reads ECBplus_coreference_sentences.csv
// ("Topic,File,Sentence Number") into file name → sentence numbers.
func loadAnnotatedSentences(path string) (map[string]map[int]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the ECB+ annotated sentences: %w", err)
	}
	defer f.Close()
	out := map[string]map[int]bool{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(strings.TrimSpace(sc.Text()), ",")
		if line == 1 || len(fields) == 1 && fields[0] == "" {
			continue
		}
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want Topic,File,Sentence Number, got %q", path, line, sc.Text())
		}
		n, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: sentence number %q: %w", path, line, fields[2], err)
		}
		name := fields[0] + "_" + fields[1]
		if out[name] == nil {
			out[name] = map[int]bool{}
		}
		out[name][n] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no annotated sentences", path)
	}
	return out, nil
}

// ReadECBDoc reads one CROMER XML document. Mentions anchored to unknown
// tokens, coreference between unknown mentions and descriptor markables
// (which have no tokens) are left out; a document without tokens is an
// error. Name, Topic and Event are left for the caller.
func ReadECBDoc(r io.Reader) (ECBDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	type token struct {
		sentence int
		text     string
	}
	var (
		tokens   []token
		tokenAt  = map[string]int{}
		anchors  = map[string][]string{} // m_id → t_ids
		tags     = map[string]string{}
		mOrder   []string
		chainOf  = map[string]string{}
		crossDoc = map[string]bool{}
		inToken  string
		tokText  strings.Builder
		tokSent  int
		inMark   string // m_id of the markable being read
		relation string // chain id of the relation being read
		relCross bool
		sources  []string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return ECBDoc{}, fmt.Errorf("XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range t.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch name := t.Name.Local; {
			case name == "token":
				inToken = attr("t_id")
				n, err := strconv.Atoi(attr("sentence"))
				if err != nil || inToken == "" || n < 0 {
					return ECBDoc{}, fmt.Errorf("line %d: token without a t_id or a sentence number", lineOf(dec))
				}
				tokSent = n
				tokText.Reset()
			case name == "token_anchor":
				if inMark != "" {
					anchors[inMark] = append(anchors[inMark], attr("t_id"))
				}
			case name == "CROSS_DOC_COREF" || name == "INTRA_DOC_COREF":
				relCross = name == "CROSS_DOC_COREF"
				relation = attr("note")
				if !relCross || relation == "" {
					relation = "r" + attr("r_id")
				}
				sources = sources[:0]
			case name == "source":
				if relation != "" {
					sources = append(sources, attr("m_id"))
				}
			case name == "target":
				if relation != "" && !relCross {
					// A within-article chain is named by its target
					// descriptor, which several relations may share.
					relation = "m" + attr("m_id")
				}
			case attr("m_id") != "" && inMark == "" && relation == "":
				id := attr("m_id")
				if _, seen := tags[id]; !seen {
					mOrder = append(mOrder, id)
				}
				tags[id] = name
				inMark = id
			}
		case xml.CharData:
			if inToken != "" {
				tokText.Write(t)
			}
		case xml.EndElement:
			switch name := t.Name.Local; {
			case name == "token":
				if _, dup := tokenAt[inToken]; !dup {
					tokenAt[inToken] = len(tokens)
					tokens = append(tokens, token{sentence: tokSent, text: strings.TrimSpace(tokText.String())})
				}
				inToken = ""
			case name == "CROSS_DOC_COREF" || name == "INTRA_DOC_COREF":
				for _, s := range sources {
					if _, taken := chainOf[s]; !taken || relCross {
						chainOf[s] = relation
						crossDoc[s] = relCross
					}
				}
				relation = ""
			case inMark != "" && name == tags[inMark]:
				inMark = ""
			}
		}
	}
	if len(tokens) == 0 {
		return ECBDoc{}, errors.New("no tokens")
	}
	var d ECBDoc
	var b strings.Builder
	start := make([]int, len(tokens))
	end := make([]int, len(tokens))
	for i, t := range tokens {
		if i == 0 || t.sentence != tokens[i-1].sentence {
			if i > 0 {
				d.Sentences[len(d.Sentences)-1].End = b.Len()
				b.WriteByte('\n')
			}
			d.Sentences = append(d.Sentences, ECBSentence{Number: t.sentence, Start: b.Len()})
		} else if spaceBefore(tokens[i-1].text, t.text, i >= 2 && tokens[i-2].sentence == t.sentence && joins(tokens[i-2].text, tokens[i-1].text, t.text) ||
			i+1 < len(tokens) && tokens[i+1].sentence == t.sentence && joins(tokens[i-1].text, t.text, tokens[i+1].text)) {
			b.WriteByte(' ')
		}
		start[i] = b.Len()
		b.WriteString(t.text)
		end[i] = b.Len()
	}
	d.Sentences[len(d.Sentences)-1].End = b.Len()
	d.Text = b.String()
	sentenceOf := func(tok int) int {
		return d.SentenceOf(start[tok])
	}
	for _, id := range mOrder {
		tag := tags[id]
		comp := ComponentOf(tag)
		if comp == "" || len(anchors[id]) == 0 {
			continue
		}
		lo, hi := -1, -1
		for _, a := range anchors[id] {
			k, ok := tokenAt[a]
			if !ok {
				lo = -1
				break
			}
			if lo < 0 || k < lo {
				lo = k
			}
			hi = max(hi, k)
		}
		if lo < 0 {
			continue
		}
		m := ECBMention{ID: id, Tag: tag, Component: comp, Sentence: sentenceOf(lo), Start: start[lo], End: end[hi], Chain: chainOf[id], CrossDoc: crossDoc[id]}
		if sentenceOf(hi) != m.Sentence {
			m.End = d.Sentences[m.Sentence].End
		}
		d.Mentions = append(d.Mentions, m)
	}
	return d, nil
}

func lineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}

// spaceBefore says whether detokenised text puts a space between two
// tokens of a sentence: none before closing punctuation and clitics, none
// after opening brackets, and none on either side of a token that joins
// its neighbours (joined tells, for prev).
func spaceBefore(prev, next string, joined bool) bool {
	switch {
	case joined:
		return false
	case len(prev) == 1 && strings.ContainsAny(prev, "([{$"):
		return false
	case len(next) == 1 && strings.ContainsAny(next, ",.;:!?)]}%"):
		return false
	case next == "'s" || next == "n't" || next == "'re" || next == "'ve" || next == "'ll" || next == "'d" || next == "'m" || next == "’s":
		return false
	}
	return true
}

// joins reports whether mid was written without spaces between a and b:
// the point and comma of a number ("6 . 9", "31 , 000"), the hyphen of a
// compound ("38 - year"), the slash of "9 / 11".
func joins(a, mid, b string) bool {
	if a == "" || b == "" {
		return false
	}
	digit := func(s string, at int) bool { return s[at] >= '0' && s[at] <= '9' }
	alnum := func(s string, at int) bool {
		c := s[at]
		return digit(s, at) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	switch mid {
	case ".", ",":
		return digit(a, len(a)-1) && digit(b, 0) && (mid == "." || len(b) == 3)
	case "-", "/":
		return alnum(a, len(a)-1) && alnum(b, 0)
	}
	return false
}
