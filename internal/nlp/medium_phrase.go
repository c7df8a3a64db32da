package nlp

import "strings"

// A closing attribution may end on the channel of the saying ("…, the
// university said in a statement", "…, the ministry said on Twitter")
// and a subject may carry an aside set off by commas before its verb
// ("David Bennett, 57, is “still doing well”"): neither changes whose
// words the sentence reports. A cue followed by the channel alone
// reports nothing.

// withoutMediumTail drops from toks, an attribution that closes a
// sentence, a phrase of at most four words after its last cue that
// ends on a medium noun (lang medium-nouns: "in a statement", "in a
// televised address"), or toks as they are. The phrase's first word
// is not checked: pages garble the space after a preposition.
func withoutMediumTail(toks []Token) []Token {
	for k := len(toks) - 2; k >= 1 && k >= len(toks)-5; k-- {
		if !cueWords[toks[k].Text] {
			continue
		}
		tail := toks[k+1:]
		if !mediumNouns[strings.ToLower(tail[len(tail)-1].Text)] {
			return toks
		}
		for _, t := range tail {
			if lw := strings.ToLower(t.Text); finiteWords[lw] || cueWords[lw] {
				return toks
			}
		}
		return toks[:k+1]
	}
	return toks
}

// afterAside returns between, the narration from a subject to what
// follows it, less an aside of at most five words that it opens set
// off by commas (", 57,", ", a retired teacher,").
func afterAside(between string) string {
	t := strings.TrimLeft(between, " ")
	if !strings.HasPrefix(t, ",") {
		return between
	}
	k := strings.IndexByte(t[1:], ',')
	if k < 0 || len(Tokenize(t[1:1+k], 0)) > 5 {
		return between
	}
	return t[k+2:]
}

// mediumOnly reports whether rest, the words after a cue, are only a
// phrase of at most four words ending on a medium noun and holding no
// verb ("in a statement", "on Twitter"): where it was said, not what.
func mediumOnly(rest string) bool {
	toks := Tokenize(rest, 0)
	if len(toks) == 0 || len(toks) > 4 || !mediumNouns[strings.ToLower(toks[len(toks)-1].Text)] {
		return false
	}
	for _, t := range toks {
		if lw := strings.ToLower(t.Text); finiteWords[lw] || cueWords[lw] {
			return false
		}
	}
	return true
}
