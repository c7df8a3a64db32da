package nlp

import "regexp"

// leadLabel matches what an article prints before its first words: a
// dateline ("PORT ARDLOW, March 10 (Northwire) - ", "WASHINGTON (Reuters)
// — ", "TRIPOLI, Libya (AP) _ ", AP's underscore standing for a dash), a section label in capitals ("NORTH KOREA: ") or a label word
// ("Details: ", "More details: ").
var leadLabel = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}\p{N} .'’-]*\p{Lu}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s+\([^()]{2,40}\))?\s+(?:[-–—_]|--)\s+|\p{Lu}[\p{Lu} ]*\p{Lu}:\s+|(?:Details|More details|Quote|Background|Context|Update|Analysis|Editor's note|Editor’s note):\s+)`)

// LabelEnd returns how many bytes at the start of a sentence are a
// dateline or a label rather than what the sentence states; 0 when none.
func LabelEnd(sentence string) int {
	return len(leadLabel.FindString(sentence))
}
