package nlp

import "strings"

// Several named together as a cue's subject ("The Duke and Duchess of
// Sussex said", "Mayor Jo Hart and Governor Al Kline said") said the
// words together: a joint statement. The speaker is the whole
// coordinated phrase; one of its names, or a bare title cut from it
// ("Duke"), is not who said them.

// markJointSpeakers widens each quote's speaker that is one part of a
// coordinated subject of its cue to the whole phrase, and a later quote
// carried over from that speaker (its sentence names it nowhere, "they
// said in a statement") with it.
func markJointSpeakers(doc *Doc) {
	d := quotedIndex(doc)
	type widened struct {
		from, to string
		entity   int
		sentence int
	}
	var done []widened
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker == "" || q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
			continue
		}
		if joint, ok := d.jointSubject(*q); ok {
			done = append(done, widened{q.Speaker, joint, q.SpeakerEntity, q.Sentence})
			q.Speaker, q.SpeakerEntity = joint, -1
			continue
		}
		for k := len(done) - 1; k >= 0; k-- {
			w := done[k]
			if w.from == q.Speaker && w.entity == q.SpeakerEntity && w.sentence < q.Sentence && !d.namesOutsideQuotes(q.Sentence, q.Speaker) {
				q.Speaker, q.SpeakerEntity = w.to, -1
				break
			}
		}
	}
}

// namesOutsideQuotes reports whether sentence si holds name outside
// quotation marks.
func (d *Index) namesOutsideQuotes(si int, name string) bool {
	s := d.Sentences[si]
	for off := 0; ; {
		i := strings.Index(s.Text[off:], name)
		if i < 0 {
			return false
		}
		if !d.inQuote(s.Start + off + i) {
			return true
		}
		off += i + len(name)
	}
}

// jointSubject returns the coordinated phrase q's speaker is one part of
// when that phrase is the subject right before q's cue: capitalised
// names (titles, "of" and "the" inside) joined by one "and", then at
// most three auxiliaries or adverbs, then the cue.
func (d *Index) jointSubject(q Quote) (string, bool) {
	s := d.Sentences[q.Sentence]
	at := -1
	for off := 0; ; {
		i := strings.Index(s.Text[off:], q.Speaker)
		if i < 0 {
			break
		}
		if !d.inQuote(s.Start + off + i) {
			at = s.Start + off + i
			break
		}
		off += i + len(q.Speaker)
	}
	if at < 0 || q.Cue == "" {
		return "", false
	}
	toks := Tokenize(d.Text[s.Start:s.End], s.Start)
	first, last := -1, -1
	for k, t := range toks {
		if t.Span.Start >= at && first < 0 {
			first = k
		}
		if t.Span.End <= at+len(q.Speaker) {
			last = k
		}
	}
	if first < 0 || last < first {
		return "", false
	}
	// The capitalised run holding the speaker, with connectors and
	// articles inside it ("Duchess of Sussex").
	inName := func(k int) bool {
		w := toks[k].Text
		return isCapitalised(w) || (nameConnectors[w] || determiners[w]) && k+1 < len(toks) && isCapitalised(toks[k+1].Text)
	}
	gapless := func(a, b int) bool { return strings.TrimSpace(d.Text[toks[a].Span.End:toks[b].Span.Start]) == "" }
	lo, hi := first, last
	for lo > 0 && inName(lo-1) && gapless(lo-1, lo) && !additiveConjunctions[toks[lo-1].Text] {
		lo--
	}
	for hi+1 < len(toks) && inName(hi+1) && gapless(hi, hi+1) {
		hi++
	}
	switch {
	case hi+2 < len(toks) && additiveConjunctions[toks[hi+1].Text] && gapless(hi, hi+1) && gapless(hi+1, hi+2):
		k := hi + 2
		if determiners[strings.ToLower(toks[k].Text)] && k+1 < len(toks) {
			k++
		}
		if !isCapitalised(toks[k].Text) {
			return "", false
		}
		hi = k
		for hi+1 < len(toks) && inName(hi+1) && gapless(hi, hi+1) {
			hi++
		}
	// "Amazon Founder and CEO Jeff Bezos": titles joined before one
	// name are one person's.
	case lo >= 2 && additiveConjunctions[toks[lo-1].Text] && gapless(lo-1, lo) && gapless(lo-2, lo-1) && isCapitalised(toks[lo-2].Text) && !personTitle(toks[lo-2].Text):
		lo -= 2
		for lo > 0 && inName(lo-1) && gapless(lo-1, lo) {
			lo--
		}
	default:
		return "", false
	}
	// The phrase is the cue's subject.
	k := hi + 1
	for n := 0; k < len(toks) && n < 3 && !strings.EqualFold(toks[k].Text, q.Cue); n++ {
		w := strings.ToLower(toks[k].Text)
		if !cueAuxiliaries[w] && !adverb(w) {
			return "", false
		}
		k++
	}
	if k >= len(toks) || !strings.EqualFold(toks[k].Text, q.Cue) || !gapless(k-1, k) {
		return "", false
	}
	for lo <= hi && determiners[strings.ToLower(toks[lo].Text)] {
		lo++
	}
	return d.Text[toks[lo].Span.Start:toks[hi].Span.End], true
}

// personTitle reports whether w is a person's title or role ("CEO",
// "Founder", "Governor").
func personTitle(w string) bool {
	lw := strings.ToLower(stripPossessive(w))
	return titleWords[lw] || personRoleNouns[lw] || speakerNouns[lw]
}
