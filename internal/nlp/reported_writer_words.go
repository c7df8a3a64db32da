package nlp

import "strings"

// modalBeforeAdverbs reports whether the cue at toks[ti] follows a modal
// that puts the saying ahead or in doubt, over the adverbs between them
// ("will officially say", "may yet announce"): what a federation "will
// officially say on Tuesday" is the writer's forecast, nothing it said.
func modalBeforeAdverbs(toks []Token, ti int) bool {
	k := ti - 1
	for k > 0 && adverb(toks[k].Text) {
		k--
	}
	return k < ti-1 && k >= 0 && unsaidModals[toks[k].Text]
}

// deniedClaim reports whether the cue w denies a claim named as its
// object before the "that" of rest ("denied reports that he has been
// selected"): the words after "that" are the report's, which the
// subject denies, not the subject's.
func deniedClaim(w, rest string) bool {
	if !denialCues[strings.ToLower(w)] {
		return false
	}
	for _, t := range Tokenize(rest, 0) {
		lw := strings.ToLower(t.Text)
		if complementizers[lw] {
			return false
		}
		if claimNouns[lw] {
			return true
		}
	}
	return false
}

// circumstanceStart returns where, after a comma, a preposition opens
// the writer's circumstance of what was reported (", amid hearing
// gunfire from automatic weapons in Libreville"), or -1.
func circumstanceStart(rest string) int {
	toks := Tokenize(rest, 0)
	for k := 1; k < len(toks); k++ {
		if !circumstancePreps[toks[k].Text] || insideQuotation(rest[:toks[k].Span.Start]) {
			continue
		}
		if before := strings.TrimRight(rest[:toks[k].Span.Start], " "); strings.HasSuffix(before, ",") {
			return len(before) - 1
		}
	}
	return -1
}

// unfinished reports whether the words reported stop on a word no clause
// ends with ("which caused more than" where the page broke its line
// before "1,500 pieces"): the words were cut off, and what is left may
// say something else.
func unfinished(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 0 && unfinishedEnds[strings.ToLower(f[len(f)-1])]
}

// writerAfterCue reports whether what follows a closing cue opens with a
// dash ("Pope Francis has died aged 88, the Vatican has said – just one
// day after he addressed …"): the writer's aside, not what was said,
// which stands before the cue.
func writerAfterCue(rest string) bool {
	for _, d := range []string{"–", "—", "--", "- "} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}
