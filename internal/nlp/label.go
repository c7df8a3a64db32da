package nlp

import (
	"regexp"

	"crosscheck/internal/lang"
)

// leadLabel matches a label an article prints before its first words
// other than a dateline (ReadDateline): a section label in capitals
// ("NORTH KOREA: ") or a label word ("Details: ", "More details: ").
var leadLabel = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu} ]*\p{Lu}:\s+|` + wordsRe(en.Set(lang.LeadLabels), " ") + `:\s+)`)

// LabelEnd returns how many bytes at the start of a sentence are a
// dateline or a label rather than what the sentence states; 0 when none.
func LabelEnd(sentence string) int {
	if d := ReadDateline(sentence); d.End > 0 {
		return d.End
	}
	return len(leadLabel.FindString(sentence))
}
