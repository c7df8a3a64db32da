package nlp

import "strings"

// dropLeadingDay drops the day that follows a cue with no "that" ("Bayer
// said Wednesday the transaction brings …"): it says when the words were
// said, not what they were. A day that is the reported clause's subject
// ("said Wednesday was the deadline") has its verb right after it and
// stays, and so does a date ("said March 3 the …" is left whole: which
// words are the date is not read here).
func dropLeadingDay(rest string) string {
	toks := Tokenize(rest, 0)
	if len(toks) < 3 {
		return rest
	}
	first, next := strings.ToLower(toks[0].Text), toks[1].Text
	if _, month := englishTime.months[first]; !calendarWord[first] || month || isNumber(next) || finiteWords[strings.ToLower(next)] {
		return rest
	}
	if strings.TrimSpace(rest[toks[0].Span.End:toks[1].Span.Start]) != "" {
		return rest
	}
	// "tweeted Tuesday night he considered …": the part of the day goes
	// with it.
	// "said Tuesday night was the deadline": with a verb right after
	// it, the day and its part are what was said of, and stay.
	k := 1
	if englishTime.parts[strings.ToLower(next)] {
		if len(toks) <= 3 || finiteWords[strings.ToLower(toks[2].Text)] {
			return rest
		}
		k = 2
	}
	return rest[toks[k].Span.Start:]
}

// dropLeadingDate drops from rest a date set off by a comma that opens it
// ("27 March, the remains …"): up to four numbers, month names and
// calendar words before the first comma.
func dropLeadingDate(rest string) string {
	k := strings.Index(rest, ", ")
	if k < 0 {
		return rest
	}
	toks := Tokenize(rest[:k], 0)
	if len(toks) == 0 || len(toks) > 4 {
		return rest
	}
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if _, month := englishTime.months[w]; !month && !calendarWord[w] && !isNumber(w) {
			return rest
		}
	}
	return rest[k+2:]
}
