package eval

import "strings"

// RougeScore is a ROUGE-N score of one candidate summary.
type RougeScore struct {
	Precision, Recall, F1 float64
}

// Rouge computes ROUGE-N (Lin 2004, "ROUGE: A Package for Automatic
// Evaluation of Summaries") of candidate against one or more reference
// summaries. Texts are split into \w+ tokens and lowercased, without
// stemming or stop-word removal; n-grams are counted as multisets. With
// several references the per-reference scores are averaged, like ROUGE
// 1.5.5's model averaging. No reference scores zero.
func Rouge(n int, candidate string, references ...string) RougeScore {
	if len(references) == 0 {
		return RougeScore{}
	}
	cand := ngrams(lowerTokens(candidate), n)
	var candTotal int
	for _, c := range cand {
		candTotal += c
	}
	var sum RougeScore
	for _, r := range references {
		var match, refTotal int
		for g, c := range ngrams(lowerTokens(r), n) {
			refTotal += c
			match += min(c, cand[g])
		}
		p := ratio(float64(match), float64(candTotal))
		rc := ratio(float64(match), float64(refTotal))
		sum.Precision += p
		sum.Recall += rc
		sum.F1 += F1(p, rc)
	}
	k := float64(len(references))
	return RougeScore{Precision: sum.Precision / k, Recall: sum.Recall / k, F1: sum.F1 / k}
}

func lowerTokens(s string) []string {
	toks := tokens(s)
	for i, t := range toks {
		toks[i] = strings.ToLower(t)
	}
	return toks
}

func ngrams(toks []string, n int) map[string]int {
	out := make(map[string]int)
	if n <= 0 {
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], "\x00")]++
	}
	return out
}
