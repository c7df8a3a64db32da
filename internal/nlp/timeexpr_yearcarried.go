package nlp

import "strings"

// A year carries to a month or day told after it in the same sentence of
// past narration: "Pope Francis became personally involved early in
// 2014, bringing up a Cuba-U.S. thaw with Obama at a meeting in March"
// is March 2014. Told in the past, the sentence stays in the time it has
// set; one that looks ahead ("was founded in 2014 and will list in
// March") leaves it, so the year's clause must be marked past and the
// yearless time's not marked future. A year sets a wider scene than a
// dated day (carriedYears), which the narration leaves sooner, so more
// must hold:
//   - the same sentence, not the next;
//   - no word marking a tense between them: a verb of its own opens
//     another clause, whose time the year does not set ("was extradited
//     in 2014 and pleaded guilty in May", "which became legal in late
//     2013, continued … in October"). A year fronted before the
//     sentence's first clause and set off by a comma ("In 2008, Barack
//     Obama's campaign began airing ads in mid-September") sets that
//     clause's time: its one verb is the clause's own, a second opens
//     another;
//   - the month names no step of its own ("last July") and no time right
//     after it dates it ("in May last year");
//   - the year does not follow another year of the sentence: that is a
//     list, whose items each name their own time ("Egypt in 1979, Jordan
//     in 1994 and the UAE in August").

// yearCarriedMonths gives the yearless months and days of out the year
// written right before them in the same sentence.
func yearCarriedMonths(d *Doc, out []TimeExpr) {
	for i := 1; i < len(out); i++ {
		a, t := out[i-1], &out[i]
		if !t.RefYear || !t.Resolved || t.Open != "" || t.Granularity != GranDay && t.Granularity != GranMonth || hasWeekday(t.Text) {
			continue
		}
		if !a.Resolved || a.Relative || a.RefYear || a.Open != "" || a.Start.IsZero() || a.Granularity != GranYear ||
			a.Sentence != t.Sentence || strings.Contains(d.Text[a.Span.End:t.Span.Start], "\n\n") {
			continue
		}
		// A time right after the month dates it ("in May last year"); a
		// year after another of the sentence is an item of a list, each
		// with its own time ("Egypt in 1979, Jordan in 1994 and the UAE
		// in August").
		if i+1 < len(out) && strings.TrimSpace(d.Text[t.Span.End:out[i+1].Span.Start]) == "" ||
			i >= 2 && out[i-2].Sentence == t.Sentence && out[i-2].Granularity == GranYear {
			continue
		}
		verbs := 0
		if frontedYear(d, a) {
			verbs = 1
		}
		if stepped(t.Text) || finitesBetween(d.Text, a.Span.End, t.Span.Start) > verbs {
			continue
		}
		if at := futureClause(d, a.Sentence, a.Span.Start, a.Span.End); !at.known || at.future ||
			futureClause(d, t.Sentence, t.Span.Start, t.Span.End).future {
			continue
		}
		years := a.Start.Year() - t.Start.Year()
		start := t.Start.AddDate(years, 0, 0)
		if start.Day() != t.Start.Day() {
			continue
		}
		t.Start, t.End = start, t.End.AddDate(years, 0, 0)
		t.RefYear = false
	}
}

// stepped reports whether a time names its own step from the telling
// ("last July", "this May").
func stepped(text string) bool {
	for _, tok := range Tokenize(text, 0) {
		if _, ok := englishTime.steps[strings.ToLower(tok.Text)]; ok {
			return true
		}
	}
	return false
}

// finitesBetween counts the words between from and to that mark a tense:
// verbs of their own, each of which opens a clause ("was extradited in
// 2014 and pleaded guilty in May", "which became legal in late 2013,
// continued … in October").
func finitesBetween(text string, from, to int) int {
	toks := Tokenize(text[from:to], from)
	n := 0
	for i := range toks {
		if _, ok := tenseAt(toks, i); ok {
			n++
		}
	}
	return n
}

// frontedYear reports whether the year a opens its sentence, a comma
// right after it: "In 2008, Barack Obama's campaign began …".
func frontedYear(d *Doc, a TimeExpr) bool {
	if a.Sentence < 0 || a.Sentence >= len(d.Sentences) {
		return false
	}
	lead := strings.TrimLeft(d.Text[d.Sentences[a.Sentence].Start:a.Span.Start], " \t\n\"“‘'(")
	return lead == "" && strings.HasPrefix(d.Text[a.Span.End:], ",")
}
