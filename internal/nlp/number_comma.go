package nlp

import "strings"

// numberComma reports whether the comma at s[i] separates the digit
// groups of a number ("2,000", "38,000 feet") rather than clauses: a
// clause comma never stands between two digits.
func numberComma(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i] == ',' && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1])
}

// clauseComma returns the index of the first comma of s that is not a
// number's separator, or -1.
func clauseComma(s string) int {
	for from := 0; ; {
		k := strings.IndexByte(s[from:], ',')
		if k < 0 {
			return -1
		}
		if !numberComma(s, from+k) {
			return from + k
		}
		from += k + 1
	}
}

// lastClauseComma returns the index of the last comma of s[:end] that is
// not a number's separator, or -1.
func lastClauseComma(s string, end int) int {
	for k := strings.LastIndexByte(s[:end], ','); k >= 0; k = strings.LastIndexByte(s[:k], ',') {
		if !numberComma(s, k) {
			return k
		}
	}
	return -1
}

func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }
