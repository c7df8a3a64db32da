package nlp

// untilBefore reports whether the expression at start follows an "until"
// bound that is no deadline ("until", "till", "through"; not "by"): the
// end of a state, which may lie past the telling of a past decision
// ("the prorogation of Parliament until October 14th had been unlawful",
// "the road was closed until June 3").
func untilBefore(text string, start int) bool {
	phrase, _ := boundPhraseBefore(text, start)
	return phrase != "" && englishTime.bounds[phrase] == "until" && !deadlineBounds.Has(phrase)
}

// untilDayYear is the year of a day without its year that an "until"
// bound ends in a past clause: the reference date's, as for a month
// ("was closed until October" in a September text is this October,
// resolveMonth). The past tense tells when the state began or was
// decided, not that its end is past; and news writes a day almost a year
// gone with its year.
func untilDayYear(c timeContext) int {
	return c.ref.Year()
}
