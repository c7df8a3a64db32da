package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lang"
	"crosscheck/internal/nlp"
)

// Outlets may give different days to what befell one person once:
// "Prince Charles was crowned … on May 8, 2023" and "King Charles III was
// crowned … on Saturday, May 6, 2023". A person dies, is born, is crowned
// or is assassinated once, so two days on which one named person did so
// cannot both be right, whatever else the sentences tell. What most
// people do, they do again (met, visited, announced, was arrested), and
// those days are not read.
//
// The day must be its sentence's only one and date the verb (the one
// nearest it, as times of day are read), told as done (not to come, not
// denied), whose subject is a person's name right before it ("Kim Jong
// Il died", "Charles III was crowned"; not "the wife of Kim died", nor
// "a child died …, Obama vows"). A verb a person undergoes ("crowned",
// "killed") is read only in the passive ("was crowned"): "Welby crowned"
// and "the gunman killed" tell what someone did, perhaps more than once.
// Two days are judged as days of the story's happening are
// (happeningPair), and only the days so read are shown (befellOnly).

var (
	onceVerbs    = english.Set(lang.SlotOnceVerbs)
	oncePassives = english.Set(lang.SlotOncePassives)
)

// personVerb is what personDay reads of a time value's article alone:
// the verb the value dates, as written, and the article's entity whose
// name is the verb's subject. Whether that entity is a person, and which
// story entity, is the story's to say (personDay), so that a personVerb
// is held with its article's scan (conflict_scan.go) while the story's
// entities move.
type personVerb struct {
	// at is the value's place among its article's values.
	at            int
	verb, written string
	entity        int
}

// personDay returns what time value v dates when it dates a verb one
// named person does or undergoes once (concept "verb E:id"), read as pv
// (personVerbOf); the zero happening when pv's subject is no person of
// the story.
func (j *judge) personDay(v *value, pv personVerb) happening {
	id := j.ents.Lookup(v.input, pv.entity)
	if id < 0 || j.ents.Entities[id].Kind != nlp.KindPerson {
		return happening{}
	}
	name := j.ents.Entities[id].Name
	return happening{concept: concept(pv.verb) + " E:" + strconv.Itoa(id), verb: pv.verb,
		slot: "when " + name + " " + pv.written,
		why:  "each sentence dates when " + name + " " + pv.written + ", which befalls a person once, and gives no other day"}
}

// personVerbOf reads what time value v dates of its article alone: a
// verb done or undergone once whose subject is a name right before it
// (subjectNameBefore); false when v dates none.
func (j *judge) personVerbOf(v *value) (personVerb, bool) {
	x := j.indexes[v.input]
	// Only a time value has a time text.
	if v.t.Text == "" || v.earlier || coarse(v.t) || !(v.t.Resolved || v.t.Weekday != 0) {
		return personVerb{}, false
	}
	days := 0
	for _, t := range x.Times {
		if t.Sentence == v.sentence && !t.Dateline && !coarse(t) && (t.Resolved || t.Weekday != 0) {
			days++
		}
	}
	if days != 1 {
		return personVerb{}, false
	}
	cl := j.clauseOf(v)
	toks := nlp.Tokenize(x.Text[cl.Span.Start:cl.Span.End], cl.Span.Start)
	k, ok := timedVerbAt(toks, v.t.Span, func(t nlp.Token) bool { return x.EntityAt(t.Span.Start) >= 0 })
	if !ok || moodBefore(x.Text, toks, k, true) != moodFact {
		return personVerb{}, false
	}
	w := strings.ToLower(toks[k].Text)
	written := w
	switch {
	case onceVerbs.Has(w):
	case oncePassives.Has(w) && passiveBe.Has(passiveAuxiliaryBefore(toks, k)):
		written = "was " + w
	default:
		return personVerb{}, false
	}
	e := subjectNameBefore(x, toks, k)
	if e < 0 {
		return personVerb{}, false
	}
	return personVerb{verb: w, written: written, entity: e}, true
}

// subjectNameBefore returns the entity of article x whose name is the
// subject of the verb at toks[k]: the name right before the verb,
// passing over auxiliaries, adverbs and an age in commas ("Kim Jong Il,
// 69, died", "Charles III was officially crowned"); -1 when no name
// stands there. Whether it names a person is the story's to say.
func subjectNameBefore(x *nlp.Index, toks []nlp.Token, k int) int {
	for i := k - 1; i >= 0; i-- {
		w := strings.ToLower(toks[i].Text)
		if passiveBe.Has(w) || auxiliary.Has(w) || adverbSuffixes.SuffixOf(w) || w == "," || strings.Trim(w, "0123456789") == "" {
			continue
		}
		e := x.EntityAt(toks[i].Span.Start)
		if e < 0 {
			return -1
		}
		// The name must open its phrase: "the wife of Kim died", "the
		// man who shot Kim died" tell of someone else.
		for i > 0 && x.EntityAt(toks[i-1].Span.Start) == e {
			i--
		}
		if !opensSubject(toks[:i]) {
			return -1
		}
		return e
	}
	return -1
}

// opensSubject reports whether the words of the clause before a name
// leave the name the subject of what follows, back to a mark or at most
// subjectWords words: no preposition ("the wife of", "the husband of
// singer …"), clause opener ("who") or verb other than one of saying
// ("the man who shot") stands there; "State media said Kim died" and
// "North Korean leader Kim died" do.
func opensSubject(before []nlp.Token) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-subjectWords; i-- {
		t := before[i]
		if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsLetter(r) {
			return true
		}
		b := strings.ToLower(t.Text)
		if qualifierPreps.Has(b) || clauseOpeners.Has(b) {
			return false
		}
		if p, ok := predicateOf(b, "", t.Text); ok && p.verbal {
			return false
		}
	}
	return true
}

// subjectWords bounds the words read before a name for what it is part
// of: a title and its qualifiers ("Cuban revolutionary icon").
const subjectWords = 6

// passiveAuxiliaryBefore returns the word before the participle at
// toks[k], passing over adverbs written between ("was officially
// crowned"), lower-cased.
func passiveAuxiliaryBefore(toks []nlp.Token, k int) string {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		w := strings.ToLower(toks[i].Text)
		if !adverbSuffixes.SuffixOf(w) {
			return w
		}
	}
	return ""
}

// personDayLinks finds the person and verb each time value dates
// (personDay) and links the times of different articles dating the same
// one. An article giving the verb another day anywhere tells of two
// happenings, or contradicts itself: none of its days is read. vals are
// in input order; scans are the inputs' (memo.scans), which hold each
// article's personVerbs.
func (j *judge) personDayLinks(vals []value, roots []int64, scans []*articleScan, memo *conflictMemo) (map[*value]happening, []link) {
	of := map[*value]happening{}
	var dated []int
	for start := 0; start < len(vals); {
		i := vals[start].input
		end := start + 1
		for end < len(vals) && vals[end].input == i {
			end++
		}
		for _, pv := range memo.personVerbsOf(j, i, scans[i], vals[start:end]) {
			v := &vals[start+pv.at]
			if h := j.personDay(v, pv); h.concept != "" {
				of[v] = h
				dated = append(dated, start+pv.at)
			}
		}
		start = end
	}
	var out []link
	for x, a := range dated {
		for _, b := range dated[x+1:] {
			if of[&vals[a]].concept == of[&vals[b]].concept && roots[vals[a].input] != roots[vals[b].input] {
				out = append(out, link{a, b, positionalScore, false})
			}
		}
	}
	return of, out
}

// personVerbs returns the personVerbs of the values of one article
// (vals, in order) that its article gives no other day (givesOtherDay).
func (j *judge) personVerbs(vals []value) []personVerb {
	var out []personVerb
	for k := range vals {
		v := &vals[k]
		if pv, ok := j.personVerbOf(v); ok && !j.givesOtherDay(vals, v, pv.verb) {
			pv.at = k
			out = append(out, pv)
		}
	}
	return out
}

// givesOtherDay reports whether v's article gives another day that
// disagrees with v in a sentence holding the verb as written ("died"),
// whoever its subject: "Kim died on March 7" and, later, "Kim died on
// March 9, a later report said" (read or not) tell of two days.
func (j *judge) givesOtherDay(vals []value, v *value, verb string) bool {
	x := j.indexes[v.input]
	for i := range vals {
		o := &vals[i]
		if o.input != v.input || o.t.Text == "" || o == v || coarse(o.t) || !(o.t.Resolved || o.t.Weekday != 0) || agree(v, o, 0) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(x.Sentences[o.sentence].Text)) {
			if strings.Trim(w, ",.;:!?\"'”’") == verb {
				return true
			}
		}
	}
	return false
}

// befellOnly keeps of a slot's classes the values dating what befell one
// person (concept befell): other days joined by their words ("Charles
// became king on September 8") date other happenings.
func (j *judge) befellOnly(vals []value, classes [][]int, befell string) [][]int {
	var out [][]int
	for _, cl := range classes {
		var kept []int
		for _, m := range cl {
			if j.dated[&vals[m]].concept == befell {
				kept = append(kept, m)
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}
